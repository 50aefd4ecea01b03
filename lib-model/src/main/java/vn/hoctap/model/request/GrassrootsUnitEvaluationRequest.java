package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.unique;
import static vn.hoctap.model.Checks.validatedList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.GrassrootsUnit;

/**
 * A request to evaluate one grassroots unit for the association's "Đơn vị học tập" cấp cơ sở for one evaluation year,
 * under the association's framework as a province's set fills it in (criteria.md §8, content UNKNOWN).
 *
 * <p>Members are given as in {@link UnitEvaluationRequest}: counts ({@code members}) or records ({@code memberList}),
 * never both; only {@link MemberAttribute#LEARNING_CITIZEN} is read nationally, the rest is there for a province's
 * rules.
 *
 * @param evaluationYear the calendar year evaluated
 * @param referenceDate  the date whose rules apply; {@code null} means 31 December of the evaluation year
 * @param unit           the unit
 * @param members        member counts, or {@code null}
 * @param memberList     member records, or empty
 * @param attestations   statements keyed by indicator id ({@link IndicatorAttestation})
 * @param evidence       evidence by input name ({@link GrassrootsUnitInput#jsonName()}) or attested indicator id
 */
public record GrassrootsUnitEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, GrassrootsUnit unit,
                                              MemberCounts members, List<UnitMember> memberList,
                                              Map<String, Boolean> attestations,
                                              Map<String, List<Evidence>> evidence) implements EvaluationRequest {
    public GrassrootsUnitEvaluationRequest {
        AssociationRequestChecks.yearAndDate(evaluationYear, referenceDate);
        required(unit, "unit");
        memberList = validatedList(memberList, "memberList", m -> m);
        if (members != null && !memberList.isEmpty()) {
            throw new InvalidInputException("memberList",
                    "chỉ cho một trong hai: members hoặc memberList / give members or memberList, not both");
        }
        unique(memberList, UnitMember::id, "memberList", "id", "member id");
        attestations = AssociationRequestChecks.attestations(attestations);
        evidence = AssociationRequestChecks.evidence(evidence, n -> GrassrootsUnitInput.fromJsonName(n).isPresent(),
                Arrays.stream(GrassrootsUnitInput.values()).map(GrassrootsUnitInput::jsonName).toList(),
                attestations);
    }

    /** The date whose rules apply: the reference date if given, else 31 December of the evaluation year. */
    public LocalDate effectiveReferenceDate() {
        return referenceDate != null ? referenceDate : LocalDate.of(evaluationYear, 12, 31);
    }

    /**
     * How many members there are and have {@code attribute}, from the counts or the records; empty when neither is
     * given or a record leaves it unstated ({@link #membersMissing}).
     */
    public Optional<TitleCounts> memberTally(MemberAttribute attribute) {
        if (members != null) {
            return Optional.of(new TitleCounts(members.total(), members.count(attribute).orElse(null)));
        }
        if (memberList.isEmpty()) {
            return Optional.empty();
        }
        int n = 0;
        for (UnitMember m : memberList) {
            Optional<Boolean> has = m.has(attribute);
            if (has.isEmpty()) {
                return Optional.of(new TitleCounts(memberList.size(), null));
            }
            n += has.get() ? 1 : 0;
        }
        return Optional.of(new TitleCounts(memberList.size(), n));
    }

    /** JSON paths that would complete {@link #memberTally}; empty when it is complete. */
    public List<String> membersMissing(MemberAttribute attribute) {
        List<String> paths = new ArrayList<>();
        if (members != null) {
            if (members.count(attribute).isEmpty()) {
                paths.add("$.members." + attribute.jsonName());
            }
        } else if (memberList.isEmpty()) {
            paths.add("$.members");
        } else {
            for (int i = 0; i < memberList.size(); i++) {
                if (memberList.get(i).has(attribute).isEmpty()) {
                    paths.add("$.memberList[" + i + "]." + attribute.jsonName());
                }
            }
        }
        return paths;
    }

    /** Evidence given under {@code key}: an input's JSON name or an attested indicator's id. */
    public List<Evidence> evidenceFor(String key) {
        return evidence.getOrDefault(key, List.of());
    }
}
