package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.JsonPaths;
import vn.hoctap.model.subject.Household;

/**
 * A request to evaluate one household for "Gia đình học tập" for one evaluation year, under the association's framework
 * as a province's set fills it in (criteria.md §8).
 *
 * @param evaluationYear the calendar year evaluated; its data run from 01/01 to 31/12, and members' ages are the ages
 *                       they reach in it (year minus year of birth)
 * @param referenceDate  the date whose rules apply; {@code null} means 31 December of the evaluation year
 * @param household      the household with its members
 * @param memberFacts    each member's learning facts, by {@link vn.hoctap.model.subject.Person#id()}; a member without
 *                       an entry has none stated
 * @param statements     the household's statements; {@code null} means none given
 * @param attestations   statements keyed by indicator id, for indicators a province's set adds
 *                       ({@link IndicatorAttestation})
 * @param evidence       evidence by input name ({@link HouseholdInput#jsonName()}) or attested indicator id; counted
 *                       and shown, and decisive only where a scheme makes evidence a condition
 */
public record HouseholdEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, Household household,
                                         Map<String, MemberLearning> memberFacts, HouseholdStatements statements,
                                         Map<String, Boolean> attestations, Map<String, List<Evidence>> evidence) implements EvaluationRequest {
    public HouseholdEvaluationRequest {
        AssociationRequestChecks.yearAndDate(evaluationYear, referenceDate);
        required(household, "household");
        for (int i = 0; i < household.members().size(); i++) {
            RequestChecks.bornBy(household.members().get(i), evaluationYear, "household.members[" + i + "].birthYear");
        }
        if (memberFacts == null) {
            memberFacts = Map.of();
        }
        for (Map.Entry<String, MemberLearning> e : memberFacts.entrySet()) {
            if (household.members().stream().noneMatch(p -> p.id().equals(e.getKey()))) {
                throw new InvalidInputException(JsonPaths.member("memberFacts", e.getKey()), "hộ không có thành viên mã này"
                        + " / the household has no member with this id");
            }
            required(e.getValue(), JsonPaths.member("memberFacts", e.getKey()));
        }
        memberFacts = Map.copyOf(memberFacts);
        if (statements == null) {
            statements = HouseholdStatements.none();
        }
        attestations = AssociationRequestChecks.attestations(attestations);
        evidence = AssociationRequestChecks.evidence(evidence, n -> HouseholdInput.fromJsonName(n).isPresent(),
                Arrays.stream(HouseholdInput.values()).map(HouseholdInput::jsonName).toList(), attestations);
    }

    /** The date whose rules apply: the reference date if given, else 31 December of the evaluation year. */
    public LocalDate effectiveReferenceDate() {
        return referenceDate != null ? referenceDate : LocalDate.of(evaluationYear, 12, 31);
    }

    /** Evidence given under {@code key}: an input's JSON name or an attested indicator's id. */
    public List<Evidence> evidenceFor(String key) {
        return evidence.getOrDefault(key, List.of());
    }
}
