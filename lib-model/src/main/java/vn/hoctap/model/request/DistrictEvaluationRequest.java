package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.District;

/**
 * A request to evaluate one district for "Cộng đồng học tập" cấp huyện (TT 25/2023/TT-BGDĐT Art. 11-14) for one
 * evaluation year. Earlier recognitions, for the level-2 waiting period and validity, are those the
 * {@link District} holds.
 *
 * <p>The district tier was abolished on 01/07/2025; a request whose reference date is later is still evaluated
 * under the text as written, and the assessment says that the tier no longer exists.
 *
 * @param evaluationYear  the calendar year evaluated ("năm đánh giá"); its data run from 01/01 to 31/12 (Art. 14.1.b)
 * @param referenceDate   the date whose rules apply; {@code null} means 31 December of the evaluation year
 * @param district        the district
 * @param attestations    the district's yes/no statements; {@code null} means none given
 * @param communes        the district's communes and how many hold the commune title at each level (criterion 4.1),
 *                        or {@code null}; when the district lists its commune codes, {@code communes.total} must
 *                        equal their number
 * @param perCapitaIncome the district's per-capita income, in million VND per person per year, for the year before
 *                        and the evaluation year (criterion 4.2), or {@code null}
 * @param employmentRate  the share of the district's workers in employment, in percent, for the year before and the
 *                        evaluation year (criterion 4.3), or {@code null}
 * @param evidence        evidence by input name ({@link DistrictInput#jsonName()}); recorded, not required (TT 25
 *                        has no evidence clause)
 */
public record DistrictEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, District district,
                                        DistrictAttestations attestations, RecognitionCounts communes,
                                        YearOnYear perCapitaIncome, YearOnYear employmentRate,
                                        Map<String, List<Evidence>> evidence) implements EvaluationRequest {
    public DistrictEvaluationRequest {
        RequestChecks.referenceDate(referenceDate, RequestChecks.evaluationYear(evaluationYear));
        required(district, "district");
        if (attestations == null) {
            attestations = DistrictAttestations.none();
        }
        int listed = district.communeCodes().size();
        if (communes != null && listed > 0 && communes.total() != listed) {
            throw new InvalidInputException("communes.total", "(" + communes.total() + ") khác số mã xã của huyện ("
                    + listed + ", district.communeCodes) / (" + communes.total() + ") differs from the number of the"
                    + " district's commune codes (" + listed + ", district.communeCodes)");
        }
        YearOnYear.percentages(employmentRate, "employmentRate");
        evidence = RequestChecks.evidence(evidence, DistrictInput::fromJsonName, DistrictInput.jsonNames());
    }

    /** The date whose rules apply: the reference date if given, else 31 December of the evaluation year. */
    public LocalDate effectiveReferenceDate() {
        return referenceDate != null ? referenceDate : LocalDate.of(evaluationYear, 12, 31);
    }

    /** Evidence given for {@code input}. */
    public List<Evidence> evidenceFor(DistrictInput input) {
        return evidence.getOrDefault(input.jsonName(), List.of());
    }

    /**
     * A copy with other commune counts: how a roll-up feeds in the counts it computed from the communes' own
     * assessments.
     */
    public DistrictEvaluationRequest withCommunes(RecognitionCounts counts) {
        return new DistrictEvaluationRequest(evaluationYear, referenceDate, district, attestations, counts,
                perCapitaIncome, employmentRate, evidence);
    }
}
