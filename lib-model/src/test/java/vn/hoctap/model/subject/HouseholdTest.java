package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.Fixtures.award;
import static vn.hoctap.model.subject.Fixtures.failsAt;
import static vn.hoctap.model.subject.Fixtures.person;
import static vn.hoctap.model.subject.Fixtures.readFailsAt;
import static vn.hoctap.model.subject.Fixtures.roundTrip;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.json.HoctapJson;

class HouseholdTest {
    private static final Household FULL = new Household("HK-0042", "Lê Văn Hùng", "00127",
            List.of(new Person("p1", "Lê Văn Hùng", 1975, TargetGroup.FARMERS_AND_RURAL_WORKERS,
                            List.of(award(Title.LEARNING_CITIZEN, 2024))),
                    new Person("p2", null, 2012, null, List.of())),
            List.of(award(Title.LEARNING_FAMILY, 2024)));

    @Test
    void idAndOneMemberAreEnough() {
        Household h = new Household("h1", null, null, List.of(person("p1")), null);
        assertEquals(List.of(), h.recognitions());
    }

    @Test
    void idIsRequired() {
        failsAt("id", () -> new Household(null, null, null, List.of(person("p1")), List.of()));
        failsAt("id", () -> new Household("", null, null, List.of(person("p1")), List.of()));
    }

    @Test
    void atLeastOneMember() {
        failsAt("members", () -> new Household("h1", null, null, List.of(), List.of()));
        failsAt("members", () -> new Household("h1", null, null, null, List.of()));
    }

    @Test
    void nullMemberIsRefused() {
        failsAt("members[1]", () -> new Household("h1", null, null, Arrays.asList(person("p1"), null), List.of()));
    }

    @Test
    void memberIdsAreDistinct() {
        var e = failsAt("members[2].id", () -> new Household("h1", null, null,
                List.of(person("p1"), person("p2"), person("p1")), List.of()));
        assertTrue(e.problem().contains("p1"), e.problem());
    }

    @Test
    void aHouseholdHoldsOnlyLearningFamily() {
        failsAt("recognitions[0].title", () -> new Household("h1", null, null, List.of(person("p1")),
                List.of(award(Title.LEARNING_CITIZEN, 2024))));
    }

    @Test
    void jsonRoundTrip() {
        assertEquals(FULL, roundTrip(FULL));
        Household minimal = new Household("h1", null, null, List.of(person("p1")), List.of());
        assertEquals(minimal, roundTrip(minimal));
    }

    @Test
    void duplicateMemberIdInJsonNamesTheSecondMember() {
        readFailsAt("$.members[1].id", """
                {"id": "h1", "members": [{"id": "p1"}, {"id": "p1", "birthYear": 2010}]}
                """, Household.class);
    }

    @Test
    void invalidMemberInJsonNamesTheMembersField() {
        readFailsAt("$.members[1].birthYear", """
                {"id": "h1", "members": [{"id": "p1"}, {"id": "p2", "birthYear": 1700}]}
                """, Household.class);
        readFailsAt("$.members[0].recognitions[0].title", """
                {"id": "h1", "members": [{"id": "p1", "recognitions":
                  [{"title": "LEARNING_FAMILY", "year": 2024, "decisionDate": "2025-01-10"}]}]}
                """, Household.class);
    }

    @Test
    void otherJsonErrorsNameThePath() {
        readFailsAt("$.members", "{\"id\": \"h1\", \"members\": []}", Household.class);
        readFailsAt("$.members", "{\"id\": \"h1\"}", Household.class);
        readFailsAt("$.members[0]", "{\"id\": \"h1\", \"members\": [null]}", Household.class);
        readFailsAt("$.members", "{\"id\": \"h1\", \"members\": {\"id\": \"p1\"}}", Household.class);
        readFailsAt("$.recognitions[0].title", """
                {"id": "h1", "members": [{"id": "p1"}],
                 "recognitions": [{"title": "LEARNING_CLAN", "year": 2024, "decisionDate": "2025-01-10"}]}
                """, Household.class);
    }

    @Test
    void jsonUsesTheComponentNames() {
        String json = HoctapJson.write(FULL);
        assertTrue(json.contains("\"headName\""), json);
        assertTrue(json.contains("\"administrativeUnitCode\" : \"00127\""), json);
    }
}
