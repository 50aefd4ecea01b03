package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.hoctap.model.subject.Fixtures.award;
import static vn.hoctap.model.subject.Fixtures.failsAt;
import static vn.hoctap.model.subject.Fixtures.readFailsAt;
import static vn.hoctap.model.subject.Fixtures.roundTrip;

import java.util.List;
import org.junit.jupiter.api.Test;

class HamletCommunityTest {
    private static final HamletCommunity FULL = new HamletCommunity("thon-dong", "Thôn Đông", "00127",
            List.of("h1", "h2"), List.of(award(Title.LEARNING_COMMUNITY, 2024)));

    @Test
    void householdsAndRecognitionsMayBeLeftOut() {
        HamletCommunity h = new HamletCommunity("t1", "Tổ dân phố số 5", "00127", null, null);
        assertEquals(List.of(), h.householdIds());
        assertEquals(List.of(), h.recognitions());
    }

    @Test
    void idNameAndCommuneCodeAreRequired() {
        failsAt("id", () -> new HamletCommunity(null, "Thôn Đông", "00127", List.of(), List.of()));
        failsAt("name", () -> new HamletCommunity("t1", " ", "00127", List.of(), List.of()));
        failsAt("communeCode", () -> new HamletCommunity("t1", "Thôn Đông", null, List.of(), List.of()));
        failsAt("communeCode", () -> new HamletCommunity("t1", "Thôn Đông", "", List.of(), List.of()));
    }

    @Test
    void householdIdsAreDistinct() {
        failsAt("householdIds[1]", () -> new HamletCommunity("t1", "Thôn Đông", "00127", List.of("h1", "h1"),
                List.of()));
    }

    @Test
    void aHamletHoldsOnlyLearningCommunity() {
        failsAt("recognitions[0].title", () -> new HamletCommunity("t1", "Thôn Đông", "00127", List.of(),
                List.of(award(Title.LEARNING_UNIT, 2024))));
    }

    @Test
    void jsonRoundTrip() {
        assertEquals(FULL, roundTrip(FULL));
        HamletCommunity minimal = new HamletCommunity("t1", "Thôn Đông", "00127", List.of(), List.of());
        assertEquals(minimal, roundTrip(minimal));
    }

    @Test
    void jsonErrorsNameThePath() {
        readFailsAt("$.communeCode", "{\"id\": \"t1\", \"name\": \"Thôn Đông\"}", HamletCommunity.class);
        readFailsAt("$.householdIds[2]", """
                {"id": "t1", "name": "Thôn Đông", "communeCode": "00127", "householdIds": ["h1", "h2", "h2"]}
                """, HamletCommunity.class);
        readFailsAt("$.householdIds[0]", """
                {"id": "t1", "name": "Thôn Đông", "communeCode": "00127", "householdIds": [["h1"]]}
                """, HamletCommunity.class);
    }
}
