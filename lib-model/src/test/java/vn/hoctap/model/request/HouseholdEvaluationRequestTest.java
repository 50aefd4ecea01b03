package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.subject.Household;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;

/** A household request: member facts keyed by member, statements, attestations and evidence, and what they count. */
class HouseholdEvaluationRequestTest {
    private static final Household HOUSEHOLD = new Household("HK-1", null, null, List.of(
            new Person("p1", null, 1980, null, List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, 2024, null,
                    null))),
            new Person("p2", null, 2014, null, List.of())), List.of());

    static InvalidInputException failsAt(String path, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(path, e.path(), e::getMessage);
        return e;
    }

    private static HouseholdEvaluationRequest request(Map<String, MemberLearning> facts,
                                                      Map<String, Boolean> attestations,
                                                      Map<String, List<Evidence>> evidence) {
        return new HouseholdEvaluationRequest(2024, null, HOUSEHOLD, facts, null, attestations, evidence);
    }

    @Test
    void onlyTheHouseholdAndTheYearAreRequired() {
        HouseholdEvaluationRequest r = new HouseholdEvaluationRequest(2024, null, HOUSEHOLD, null, null, null, null);
        assertEquals(Map.of(), r.memberFacts());
        assertEquals(HouseholdStatements.none(), r.statements());
        assertEquals(LocalDate.of(2024, 12, 31), r.effectiveReferenceDate());
        failsAt("household", () -> new HouseholdEvaluationRequest(2024, null, null, null, null, null, null));
        failsAt("evaluationYear", () -> new HouseholdEvaluationRequest(null, null, HOUSEHOLD, null, null, null, null));
        failsAt("referenceDate", () -> new HouseholdEvaluationRequest(2024, LocalDate.of(2023, 12, 31), HOUSEHOLD,
                null, null, null, null));
    }

    @Test
    void memberFactsMustNameAMemberOfTheHousehold() {
        InvalidInputException e = failsAt("memberFacts.p9",
                () -> request(Map.of("p9", MemberLearning.none()), null, null));
        assertTrue(e.problem().contains("no member with this id"), e.problem());
    }

    @Test
    void evidenceIsFiledUnderAnInputOrAnAttestedIndicator() {
        request(null, Map.of("TINH.GD.C5.1", true), Map.of("learningConditions", List.of(Evidence.of("Ảnh")),
                "TINH.GD.C5.1", List.of(Evidence.of("Biên bản")), "adults.literate", List.of(Evidence.of("Sổ"))));
        InvalidInputException e = failsAt("evidence.learningCondition",
                () -> request(null, null, Map.of("learningCondition", List.of(Evidence.of("Ảnh")))));
        assertTrue(e.problem().contains("learningConditions"), "names the accepted inputs: " + e.problem());
    }

    @Test
    void anAttestationNeedsAValue() {
        Map<String, Boolean> attestations = new HashMap<>();
        attestations.put("TINH.GD.C5.1", null);
        failsAt("attestations['TINH.GD.C5.1']", () -> request(null, attestations, null));
    }

    @Test
    void statementsAreReadByInput() {
        HouseholdStatements s = new HouseholdStatements(true, null);
        assertEquals(Optional.of(true), s.get(HouseholdInput.LEARNING_CONDITIONS));
        assertEquals(Optional.empty(), s.get(HouseholdInput.LEARNING_IMPACT));
        assertThrows(IllegalArgumentException.class, () -> s.get(HouseholdInput.ADULTS_LITERATE));
    }

    @Test
    void jsonRoundTripAndErrorPaths() {
        HouseholdEvaluationRequest r = request(Map.of("p2", new MemberLearning(true, null, true, true, true, null,
                null, null), "p1", new MemberLearning(null, null, null, null, null, LiteracyLevel.LEVEL_2, true,
                LearningInability.ILLNESS)), Map.of("X.1", false), Map.of("X.1", List.of(Evidence.of("Biên bản"))));
        assertEquals(r, HoctapJson.read(HoctapJson.write(r), HouseholdEvaluationRequest.class));
        String json = """
                {"evaluationYear": 2024, "household": {"id": "h", "members": [{"id": "p1"}]},
                 "memberFacts": {"p1": {"unableToLearn": "OLD_AGE"}}}""";
        InvalidInputException e = failsAt("$.memberFacts.p1.unableToLearn",
                () -> HoctapJson.read(json, HouseholdEvaluationRequest.class));
        assertTrue(e.problem().contains("ILLNESS") && e.problem().contains("DISABILITY"), e.problem());
        failsAt("$.memberFacts.p2", () -> HoctapJson.read("""
                {"evaluationYear": 2024, "household": {"id": "h", "members": [{"id": "p1"}]},
                 "memberFacts": {"p2": {}}}""", HouseholdEvaluationRequest.class));
    }
}
