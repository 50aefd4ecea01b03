package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.TargetGroup;

/**
 * A "Công dân học tập" request read strictly: scores are non-negative numbers under known names, and every refusal
 * names its JSON path. (The maximum per indicator is a parameter of the rules, checked by the evaluator.)
 */
class CitizenEvaluationRequestTest {
    private static final String VALID = """
            {
              "evaluationYear": 2024,
              "person": { "id": "079201000123", "fullName": "Nguyễn Thị Lan", "birthYear": 1985,
                          "targetGroup": "FARMERS_AND_RURAL_WORKERS",
                          "recognitions": [ { "title": "LEARNING_CITIZEN", "year": 2023 } ] },
              "scores": { "keepingInformed": 9, "learningPlan": 8.5, "communityLearning": 0,
                          "encouragingOthers": 10 },
              "qualification": "VOCATIONAL_OR_PROFESSIONAL"
            }
            """;

    private static InvalidInputException rejected(String json) {
        return assertThrows(InvalidInputException.class, () -> HoctapJson.read(json, CitizenEvaluationRequest.class));
    }

    private static String replace(String from, String to) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException("fixture does not contain " + from);
        }
        return VALID.replace(from, to);
    }

    @Test
    void theValidDocumentIsRead() {
        CitizenEvaluationRequest r = HoctapJson.read(VALID, CitizenEvaluationRequest.class);
        assertEquals(2024, r.evaluationYear());
        assertEquals(LocalDate.of(2024, 12, 31), r.effectiveReferenceDate());
        assertEquals(TargetGroup.FARMERS_AND_RURAL_WORKERS, r.person().targetGroup());
        assertEquals(Qualification.VOCATIONAL_OR_PROFESSIONAL, r.qualification());
        assertEquals(new BigDecimal("8.5"), r.scores().get(CitizenInput.LEARNING_PLAN).orElseThrow());
        assertEquals(0, r.scores().get(CitizenInput.COMMUNITY_LEARNING).orElseThrow().signum());
        assertTrue(r.scores().get(CitizenInput.NUMERACY).isEmpty(), "a score not given is absent, not zero");
        assertEquals(4, r.scores().given().size());
        assertEquals(1, r.person().recognitions().size());
    }

    @Test
    void aRequestSurvivesAJsonRoundTrip() {
        CitizenEvaluationRequest r = HoctapJson.read(VALID, CitizenEvaluationRequest.class);
        assertEquals(r, HoctapJson.read(HoctapJson.write(r), CitizenEvaluationRequest.class));
    }

    @Test
    void onlyTheYearAndThePersonAreRequired() {
        CitizenEvaluationRequest r = HoctapJson.read("""
                { "evaluationYear": 2025, "person": { "id": "p1" } }""", CitizenEvaluationRequest.class);
        assertEquals(CitizenScores.none(), r.scores());
        assertEquals(null, r.qualification());
        assertEquals("$.person", rejected("{ \"evaluationYear\": 2025 }").path());
        assertEquals("$.evaluationYear", rejected("{ \"person\": { \"id\": \"p1\" } }").path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.5", "-0.01"})
    void aNegativeScoreIsRefusedAtItsPath(String score) {
        InvalidInputException e = rejected(replace("\"learningPlan\": 8.5", "\"learningPlan\": " + score));
        assertEquals("$.scores.learningPlan", e.path());
        assertTrue(e.problem().contains("không được âm"), e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"8\"", "true", "[8]", "{}"})
    void aScoreThatIsNotANumberIsRefusedAtItsPath(String score) {
        assertEquals("$.scores.learningPlan",
                rejected(replace("\"learningPlan\": 8.5", "\"learningPlan\": " + score)).path());
    }

    @Test
    void anUnknownScoreIsRefusedAtItsPath() {
        InvalidInputException e = rejected(replace("\"learningPlan\": 8.5", "\"readingBooks\": 8.5"));
        assertEquals("$.scores.readingBooks", e.path());
        assertTrue(e.problem().contains("readingBooks"), e.problem());
    }

    @Test
    void unknownFieldsAndCodesAreRefused() {
        assertTrue(rejected(replace("\"qualification\"", "\"degree\"")).problem().contains("degree"));
        assertEquals("$.qualification", rejected(replace("\"VOCATIONAL_OR_PROFESSIONAL\"", "\"MASTER\"")).path());
        assertEquals("$.person.targetGroup", rejected(replace("\"FARMERS_AND_RURAL_WORKERS\"", "\"STUDENTS\"")).path());
    }

    @Test
    void implausibleYearsAreRefused() {
        assertEquals("$.evaluationYear", rejected(replace("\"evaluationYear\": 2024", "\"evaluationYear\": 1989")).path());
        assertEquals("$.referenceDate", rejected(replace("\"evaluationYear\": 2024",
                "\"evaluationYear\": 2024, \"referenceDate\": \"2023-12-31\"")).path());
        assertEquals("$.person.recognitions[0].title", rejected(replace("\"title\": \"LEARNING_CITIZEN\"",
                "\"title\": \"LEARNING_FAMILY\"")).path());
    }

    @Test
    void anExplicitReferenceDateIsKept() {
        CitizenEvaluationRequest r = new CitizenEvaluationRequest(2024, LocalDate.of(2025, 1, 10),
                new Person("p1", null, null, null, null), null, null);
        assertEquals(LocalDate.of(2025, 1, 10), r.effectiveReferenceDate());
    }

    @Test
    void scoresAreAddressedByTheirInputs() {
        for (CitizenInput input : CitizenInput.values()) {
            CitizenScores only = CitizenScores.of(Map.of(input, BigDecimal.ONE));
            for (CitizenInput other : CitizenInput.values()) {
                assertEquals(other == input, only.get(other).isPresent(), input + " / " + other);
            }
            assertEquals("$.scores." + input.jsonName(), CitizenEvaluationRequest.pathOf(input));
        }
    }
}
