package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.validatedList;
import static vn.hoctap.model.Checks.unique;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.Recognition;

/**
 * A request to evaluate one organisation for "Đơn vị học tập" (TT 24/2023/TT-BGDĐT) for one evaluation year.
 *
 * <p>Members are given either as counts ({@code members}) or as records ({@code memberList}), never both; the
 * library counts the records itself and both paths give the same result. A unit has at least one member (TT 24
 * Art. 2.7): {@code "members": {"total": 0}} and {@code "memberList": []} are both refused with the same message,
 * naming the field; leaving both out gives "not determined" for every indicator that counts members, naming
 * {@code $.members}. (In Java an empty {@code memberList} means that no records are given, as {@code null} does,
 * and it is left out of the JSON written.)
 *
 * @param evaluationYear the calendar year evaluated ("năm đánh giá"); its data run from 01/01 to 31/12
 * @param referenceDate  the date whose rules apply; {@code null} means 31 December of the evaluation year
 * @param unit           the organisation
 * @param members        member counts, or {@code null}
 * @param memberList     member records, or empty when none are given
 * @param learners       learner counts for educational institutions that have learners, or {@code null}
 * @param attestations   the unit's yes/no statements; {@code null} means none given
 * @param digitalMaturity digital-transformation level under QĐ 4725 or QĐ 4740, or {@code null}
 * @param evidence       evidence by input name ({@link UnitInput#jsonName()})
 * @param recognitions   earlier recognition decisions, used for the level-2 waiting period and validity
 */
public record UnitEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, Organisation unit,
                                    MemberCounts members,
                                    @JsonDeserialize(converter = MemberListReading.class)
                                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnitMember> memberList,
                                    LearnerCounts learners,
                                    UnitAttestations attestations, DigitalMaturity digitalMaturity,
                                    Map<String, List<Evidence>> evidence, List<Recognition> recognitions) implements EvaluationRequest {
    public UnitEvaluationRequest {
        RequestChecks.referenceDate(referenceDate, RequestChecks.evaluationYear(evaluationYear));
        required(unit, "unit");
        memberList = validatedList(memberList, "memberList", m -> m);
        if (members != null && !memberList.isEmpty()) {
            throw new InvalidInputException("memberList",
                    "chỉ cho một trong hai: members hoặc memberList / give members or memberList, not both");
        }
        unique(memberList, UnitMember::id, "memberList", "id", "member id");
        if (attestations == null) {
            attestations = UnitAttestations.none();
        }
        evidence = RequestChecks.evidence(evidence, UnitInput::fromJsonName,
                Arrays.stream(UnitInput.values()).map(UnitInput::jsonName).toList());
        recognitions = validatedList(recognitions, "recognitions", r -> r);
    }

    /** The date whose rules apply: the reference date if given, else 31 December of the evaluation year. */
    public LocalDate effectiveReferenceDate() {
        return referenceDate != null ? referenceDate : LocalDate.of(evaluationYear, 12, 31);
    }

    /** Evidence given for {@code input}. */
    public List<Evidence> evidenceFor(UnitInput input) {
        return evidence.getOrDefault(input.jsonName(), List.of());
    }

    /**
     * The members' counts, from whichever path the request used. For the record path, an attribute is counted only
     * when every record states it; otherwise its count is unknown ({@link #membersMissing(MemberAttribute)}).
     */
    public Optional<MemberCounts> memberCounts() {
        if (members != null) {
            return Optional.of(members);
        }
        if (memberList.isEmpty()) {
            return Optional.empty();
        }
        Map<MemberAttribute, Integer> counts = new LinkedHashMap<>();
        for (MemberAttribute a : MemberAttribute.values()) {
            int n = 0;
            boolean known = true;
            for (UnitMember m : memberList) {
                Optional<Boolean> has = m.has(a);
                if (has.isEmpty()) {
                    known = false;
                    break;
                }
                n += has.get() ? 1 : 0;
            }
            if (known) {
                counts.put(a, n);
            }
        }
        return Optional.of(MemberCounts.of(memberList.size(), counts));
    }

    /** JSON paths of member records that do not state {@code attribute} (empty on the counts path). */
    public List<String> membersMissing(MemberAttribute attribute) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < memberList.size(); i++) {
            if (memberList.get(i).has(attribute).isEmpty()) {
                paths.add("$.memberList[" + i + "]." + attribute.jsonName());
            }
        }
        return paths;
    }

    /** A copy with other member counts and no member records. */
    public UnitEvaluationRequest withMembers(MemberCounts counts) {
        return new UnitEvaluationRequest(evaluationYear, referenceDate, unit, counts, List.of(), learners,
                attestations, digitalMaturity, evidence, recognitions);
    }

    /** A copy with other member records and no member counts. */
    public UnitEvaluationRequest withMemberList(List<UnitMember> records) {
        return new UnitEvaluationRequest(evaluationYear, referenceDate, unit, null, records, learners, attestations,
                digitalMaturity, evidence, recognitions);
    }

    /** A copy with other evidence. */
    public UnitEvaluationRequest withEvidence(Map<String, List<Evidence>> newEvidence) {
        return new UnitEvaluationRequest(evaluationYear, referenceDate, unit, members, memberList, learners,
                attestations, digitalMaturity, newEvidence, recognitions);
    }
}
