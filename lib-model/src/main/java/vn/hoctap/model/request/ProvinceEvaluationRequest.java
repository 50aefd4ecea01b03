package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.nonNegative;
import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.Province;

/**
 * A request to evaluate one province for "Cộng đồng học tập" cấp tỉnh (TT 25/2023/TT-BGDĐT Art. 16-19) for one
 * evaluation year. Earlier recognitions, for the level-2 waiting period and validity, are those the
 * {@link Province} holds.
 *
 * @param evaluationYear       the calendar year evaluated ("năm đánh giá"); its data run from 01/01 to 31/12
 *                             (Art. 19.1.b)
 * @param referenceDate        the date whose rules apply; {@code null} means 31 December of the evaluation year
 * @param province             the province
 * @param provincialUniversity whether a university is run by the province ("trường đại học trực thuộc tỉnh",
 *                             criterion 3.1); {@code false} means none, and the indicator then does not apply;
 *                             {@code null} or {@code true} means the indicator is judged as written
 * @param attestations         the province's yes/no statements; {@code null} means none given
 * @param districts            the province's districts and how many hold the district title at each level
 *                             (criterion 4.1), or {@code null}; when the province lists its district codes,
 *                             {@code districts.total} must equal their number
 * @param communes             the province's communes and how many hold the commune title at each level, or
 *                             {@code null}. No national indicator reads them: TT 25 criterion 4.1 counts districts,
 *                             and what replaces it after the district tier was abolished (01/07/2025) is not known
 *                             (criteria.md §9); a province pack that replaces the criterion may count communes. When
 *                             the province lists its commune codes, {@code communes.total} must equal their number
 * @param museumProgrammes     education programmes the provincial museum built and ran in the year (criterion 3.4),
 *                             or {@code null}
 * @param radioTvProgrammes    education programmes the provincial radio and television station ran in the year
 *                             (criterion 3.5), or {@code null}
 * @param povertyRate          the share of poor households by the multidimensional poverty line, in percent, for
 *                             the year before and the evaluation year (criterion 4.2), or {@code null}
 * @param grdp                 GRDP in billion VND, both years at the same prices (criterion 4.3), or {@code null}
 * @param evidence             evidence by input name ({@link ProvinceInput#jsonName()}); recorded, not required
 *                             (TT 25 has no evidence clause)
 */
public record ProvinceEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, Province province,
                                        Boolean provincialUniversity, ProvinceAttestations attestations,
                                        RecognitionCounts districts, RecognitionCounts communes,
                                        Integer museumProgrammes,
                                        Integer radioTvProgrammes, YearOnYear povertyRate, YearOnYear grdp,
                                        Map<String, List<Evidence>> evidence) implements EvaluationRequest {
    public ProvinceEvaluationRequest {
        RequestChecks.referenceDate(referenceDate, RequestChecks.evaluationYear(evaluationYear));
        required(province, "province");
        if (attestations == null) {
            attestations = ProvinceAttestations.none();
        }
        int listed = province.districtCodes().size();
        if (districts != null && listed > 0 && districts.total() != listed) {
            throw new InvalidInputException("districts.total", "(" + districts.total() + ") khác số mã huyện của tỉnh ("
                    + listed + ", province.districtCodes) / (" + districts.total() + ") differs from the number of the"
                    + " province's district codes (" + listed + ", province.districtCodes)");
        }
        int listedCommunes = province.communeCodes().size();
        if (communes != null && listedCommunes > 0 && communes.total() != listedCommunes) {
            throw new InvalidInputException("communes.total", "(" + communes.total() + ") khác số mã xã của tỉnh ("
                    + listedCommunes + ", province.communeCodes) / (" + communes.total() + ") differs from the number"
                    + " of the province's commune codes (" + listedCommunes + ", province.communeCodes)");
        }
        nonNegative(museumProgrammes, "museumProgrammes");
        nonNegative(radioTvProgrammes, "radioTvProgrammes");
        YearOnYear.percentages(povertyRate, "povertyRate");
        evidence = RequestChecks.evidence(evidence, ProvinceInput::fromJsonName, ProvinceInput.jsonNames());
    }

    /**
     * A request without commune counts: the form before they were added, kept so that callers written for it still
     * compile.
     */
    public ProvinceEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, Province province,
                                     Boolean provincialUniversity, ProvinceAttestations attestations,
                                     RecognitionCounts districts, Integer museumProgrammes, Integer radioTvProgrammes,
                                     YearOnYear povertyRate, YearOnYear grdp, Map<String, List<Evidence>> evidence) {
        this(evaluationYear, referenceDate, province, provincialUniversity, attestations, districts, null,
                museumProgrammes, radioTvProgrammes, povertyRate, grdp, evidence);
    }

    /** The date whose rules apply: the reference date if given, else 31 December of the evaluation year. */
    public LocalDate effectiveReferenceDate() {
        return referenceDate != null ? referenceDate : LocalDate.of(evaluationYear, 12, 31);
    }

    /** Evidence given for {@code input}. */
    public List<Evidence> evidenceFor(ProvinceInput input) {
        return evidence.getOrDefault(input.jsonName(), List.of());
    }

    /**
     * A copy with other district counts: how a roll-up feeds in the counts it computed from the districts' own
     * assessments.
     */
    public ProvinceEvaluationRequest withDistricts(RecognitionCounts counts) {
        return new ProvinceEvaluationRequest(evaluationYear, referenceDate, province, provincialUniversity,
                attestations, counts, communes, museumProgrammes, radioTvProgrammes, povertyRate, grdp, evidence);
    }

    /**
     * A copy with other commune counts: how a roll-up of a province whose communes sit directly under it (from
     * 01/07/2025) feeds in the counts it computed from the communes' own assessments.
     */
    public ProvinceEvaluationRequest withCommunes(RecognitionCounts counts) {
        return new ProvinceEvaluationRequest(evaluationYear, referenceDate, province, provincialUniversity,
                attestations, districts, counts, museumProgrammes, radioTvProgrammes, povertyRate, grdp, evidence);
    }
}
