package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.Fixtures.award;
import static vn.hoctap.model.subject.Fixtures.failsAt;
import static vn.hoctap.model.subject.Fixtures.readFailsAt;
import static vn.hoctap.model.subject.Fixtures.roundTrip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.model.json.HoctapJson;

class PersonTest {
    private static final Person FULL = new Person("079201000123", "Nguyễn Thị Lan", 1985,
            TargetGroup.FARMERS_AND_RURAL_WORKERS,
            List.of(award(Title.LEARNING_CITIZEN, 2023), award(Title.LEARNING_CITIZEN, 2024)));

    @Test
    void onlyTheIdIsRequired() {
        Person p = new Person("p1", null, null, null, null);
        assertEquals(List.of(), p.recognitions());
    }

    @Test
    void idIsRequired() {
        failsAt("id", () -> new Person(null, "A", 1990, null, List.of()));
        failsAt("id", () -> new Person("  ", "A", 1990, null, List.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 2101, 0, -5})
    void implausibleBirthYearIsRefused(int year) {
        failsAt("birthYear", () -> new Person("p1", null, year, null, List.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1900, 1960, 2100})
    void plausibleBirthYearIsAccepted(int year) {
        assertEquals(year, new Person("p1", null, year, null, List.of()).birthYear());
    }

    @Test
    void aPersonHoldsOnlyLearningCitizen() {
        var e = failsAt("recognitions[1].title", () -> new Person("p1", null, null, null,
                List.of(award(Title.LEARNING_CITIZEN, 2023), award(Title.LEARNING_FAMILY, 2023))));
        assertTrue(e.problem().contains("Công dân học tập"), e.problem());
    }

    @Test
    void nullRecognitionIsRefused() {
        failsAt("recognitions[0]", () -> new Person("p1", null, null, null, Arrays.asList((Recognition) null)));
    }

    @Test
    void anAwardCannotPrecedeBirth() {
        failsAt("recognitions[1].year", () -> new Person("p1", null, 2000, null,
                List.of(award(Title.LEARNING_CITIZEN, 2024), award(Title.LEARNING_CITIZEN, 1999))));
    }

    @Test
    void recognitionsAreCopied() {
        List<Recognition> source = new ArrayList<>(List.of(award(Title.LEARNING_CITIZEN, 2023)));
        Person p = new Person("p1", null, null, null, source);
        source.clear();
        assertEquals(1, p.recognitions().size());
        assertThrows(UnsupportedOperationException.class, () -> p.recognitions().add(award(Title.LEARNING_CITIZEN, 2024)));
    }

    @Test
    void holdsAnswersForTheAwardYearOnly() {
        assertTrue(FULL.holds(Title.LEARNING_CITIZEN, 2023));
        assertTrue(FULL.holds(Title.LEARNING_CITIZEN, 2024));
        assertFalse(FULL.holds(Title.LEARNING_CITIZEN, 2022));
        assertFalse(FULL.holds(Title.LEARNING_CITIZEN, 2025));
        assertFalse(FULL.holds(Title.LEARNING_FAMILY, 2023));
    }

    @Test
    void jsonRoundTrip() {
        assertEquals(FULL, roundTrip(FULL));
        Person minimal = Fixtures.person("p1");
        assertEquals(minimal, roundTrip(minimal));
    }

    @Test
    void jsonLeavesOutUnknownFieldsAndWritesNoHelpers() {
        String json = HoctapJson.write(Fixtures.person("p1"));
        assertFalse(json.contains("fullName"), json);
        assertFalse(json.contains("holds"), json);
    }

    @Test
    void jsonReadsTheDocumentedShape() {
        Person p = HoctapJson.read("""
                {"id": "p1", "fullName": "Trần Văn Minh", "birthYear": 1970,
                 "targetGroup": "INTELLECTUALS_OFFICIALS_AND_MANAGERS",
                 "recognitions": [{"title": "LEARNING_CITIZEN", "year": 2024, "decisionDate": "2025-01-10"}]}
                """, Person.class);
        assertTrue(p.holds(Title.LEARNING_CITIZEN, 2024));
        assertEquals(TargetGroup.INTELLECTUALS_OFFICIALS_AND_MANAGERS, p.targetGroup());
    }

    @Test
    void unknownTargetGroupInJsonNamesThePathAndTheAllowedValues() {
        var e = readFailsAt("$.targetGroup", "{\"id\":\"p1\",\"targetGroup\":\"FISHERS\"}", Person.class);
        assertTrue(e.problem().contains("FARMERS_AND_RURAL_WORKERS"), e.problem());
    }

    @Test
    void jsonErrorsNameThePath() {
        readFailsAt("$.id", "{\"fullName\": \"A\"}", Person.class);
        readFailsAt("$.birthYear", "{\"id\": \"p1\", \"birthYear\": 1850}", Person.class);
        readFailsAt("$.birthYear", "{\"id\": \"p1\", \"birthYear\": \"nineteen\"}", Person.class);
        readFailsAt("$.recognitions[0].title", """
                {"id": "p1", "recognitions": [{"title": "LEARNING_CLAN", "year": 2024, "decisionDate": "2025-01-10"}]}
                """, Person.class);
        readFailsAt("$.recognitions[0].year", """
                {"id": "p1", "recognitions": [{"title": "LEARNING_CITIZEN", "year": 1800, "decisionDate": "2025-01-10"}]}
                """, Person.class);
        readFailsAt("$.nickname", "{\"id\": \"p1\", \"nickname\": \"Minh\"}", Person.class);
    }
}
