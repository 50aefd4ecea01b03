package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.hoctap.model.subject.Fixtures.award;
import static vn.hoctap.model.subject.Fixtures.failsAt;
import static vn.hoctap.model.subject.Fixtures.readFailsAt;
import static vn.hoctap.model.subject.Fixtures.roundTrip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClanTest {
    private static final Clan FULL = new Clan("clan-1", "Họ Nguyễn Văn thôn Đông", List.of("h1", "h2", "h7"),
            List.of(award(Title.LEARNING_CLAN, 2023)));

    @Test
    void householdsAndRecognitionsMayBeLeftOut() {
        Clan c = new Clan("clan-1", "Họ Phạm", null, null);
        assertEquals(List.of(), c.householdIds());
        assertEquals(List.of(), c.recognitions());
    }

    @Test
    void idAndNameAreRequired() {
        failsAt("id", () -> new Clan(null, "Họ Phạm", List.of(), List.of()));
        failsAt("id", () -> new Clan(" ", "Họ Phạm", List.of(), List.of()));
        failsAt("name", () -> new Clan("c1", null, List.of(), List.of()));
        failsAt("name", () -> new Clan("c1", "", List.of(), List.of()));
    }

    @Test
    void householdIdsAreNonBlankAndDistinct() {
        failsAt("householdIds[1]", () -> new Clan("c1", "Họ Phạm", Arrays.asList("h1", null), List.of()));
        failsAt("householdIds[0]", () -> new Clan("c1", "Họ Phạm", List.of(" ", "h1"), List.of()));
        failsAt("householdIds[2]", () -> new Clan("c1", "Họ Phạm", List.of("h1", "h2", "h1"), List.of()));
    }

    @Test
    void householdIdsAreCopied() {
        List<String> ids = new ArrayList<>(List.of("h1"));
        Clan c = new Clan("c1", "Họ Phạm", ids, List.of());
        ids.add("h2");
        assertEquals(List.of("h1"), c.householdIds());
        assertThrows(UnsupportedOperationException.class, () -> c.householdIds().add("h3"));
    }

    @Test
    void aClanHoldsOnlyLearningClan() {
        failsAt("recognitions[0].title", () -> new Clan("c1", "Họ Phạm", List.of(),
                List.of(award(Title.LEARNING_FAMILY, 2023))));
    }

    @Test
    void jsonRoundTrip() {
        assertEquals(FULL, roundTrip(FULL));
        Clan minimal = new Clan("c1", "Họ Phạm", List.of(), List.of());
        assertEquals(minimal, roundTrip(minimal));
    }

    @Test
    void jsonErrorsNameThePath() {
        readFailsAt("$.name", "{\"id\": \"c1\"}", Clan.class);
        readFailsAt("$.householdIds[1]", "{\"id\": \"c1\", \"name\": \"Họ Phạm\", \"householdIds\": [\"h1\", \"h1\"]}",
                Clan.class);
        readFailsAt("$.householdIds[0]", "{\"id\": \"c1\", \"name\": \"Họ Phạm\", \"householdIds\": [\"\"]}",
                Clan.class);
        readFailsAt("$.households", "{\"id\": \"c1\", \"name\": \"Họ Phạm\", \"households\": []}", Clan.class);
        readFailsAt("$.recognitions[0].title", """
                {"id": "c1", "name": "Họ Phạm",
                 "recognitions": [{"title": "LEARNING_UNIT", "year": 2024, "decisionDate": "2025-01-10"}]}
                """, Clan.class);
    }
}
