package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.validatedList;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.subject.Commune;

/**
 * A request to evaluate one commune for "Cộng đồng học tập" cấp xã (TT 25/2023/TT-BGDĐT Art. 6-9) for one
 * evaluation year.
 *
 * <pre>{@code
 * {
 *   "evaluationYear": 2024,
 *   "commune": { "unit": { "code": "07654", "name": "Xã Tân Lập", "tier": "COMMUNE", "parentCode": "210" },
 *                "disadvantaged": false, "especiallyDifficult": false },
 *   "citizens": { "total": 5200, "learningCitizen": 3400, "professionallyTrained": 2700, "universityDegree": 700 },
 *   "attestations": { "awarenessRaising": true, ... },
 *   "universalEducation": { "recognised": { "primary": { "status": "LEVEL_3", "decisionNumber": "95/QĐ-UBND" }, ... } },
 *   "evidence": { "awarenessRaising": [ { "reference": "Kế hoạch số 12/KH-UBND ngày 10/01/2024" } ] }
 * }
 * }</pre>
 *
 * @param evaluationYear     the calendar year evaluated ("năm đánh giá"); its data run from 01/01 to 31/12 (Art. 9.1.b)
 * @param referenceDate      the date whose rules apply; {@code null} means 31 December of the evaluation year
 * @param commune            the commune, with its disadvantaged-area and especially-difficult flags and the
 *                           "Cộng đồng học tập" decisions it holds (for the level-2 waiting period and validity)
 * @param citizens           the commune's citizens and the counts criterion 5 reads, or {@code null}
 * @param attestations       the commune's yes/no statements; {@code null} means none given
 * @param universalEducation criterion 4's data: recognised status or raw NĐ 20/2014 figures, or {@code null}
 * @param evidence           evidence by input name ({@link CommuneInput#jsonName()})
 */
public record CommuneEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, Commune commune,
                                       CitizenCounts citizens, CommuneAttestations attestations,
                                       UniversalEducation universalEducation, Map<String, List<Evidence>> evidence) implements EvaluationRequest {
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public CommuneEvaluationRequest {
        RequestChecks.referenceDate(referenceDate, RequestChecks.evaluationYear(evaluationYear));
        required(commune, "commune");
        if (attestations == null) {
            attestations = CommuneAttestations.none();
        }
        evidence = RequestChecks.evidence(evidence, CommuneInput::fromJsonName,
                Arrays.stream(CommuneInput.values()).map(CommuneInput::jsonName).toList());
    }

    /** The date whose rules apply: the reference date if given, else 31 December of the evaluation year. */
    public LocalDate effectiveReferenceDate() {
        return referenceDate != null ? referenceDate : LocalDate.of(evaluationYear, 12, 31);
    }

    /**
     * Evidence for {@code input}: what the {@code evidence} map gives under its name and, for a recognised status of
     * NĐ 20/2014, the recognising decision when its number is given.
     */
    public List<Evidence> evidenceFor(CommuneInput input) {
        List<Evidence> given = evidence.getOrDefault(input.jsonName(), List.of());
        Optional<RecognisedStandard> decided = input.kind() == CommuneInput.Kind.RECOGNISED_STANDARD
                ? recognised().flatMap(r -> r.get(input.standard().orElseThrow()))
                .filter(s -> s.decisionNumber() != null) : Optional.empty();
        if (decided.isEmpty()) {
            return given;
        }
        RecognisedStandard s = decided.get();
        List<Evidence> all = new ArrayList<>(given);
        all.add(new Evidence("Quyết định số " + s.decisionNumber()
                + (s.decisionDate() == null ? "" : " ngày " + VI_DATE.format(s.decisionDate())),
                "quyết định công nhận " + input.standard().get().nameVi()));
        return List.copyOf(all);
    }

    /** The recognised NĐ 20/2014 status, when criterion 4 is given that way. */
    public Optional<RecognisedUniversalEducation> recognised() {
        return Optional.ofNullable(universalEducation).map(UniversalEducation::recognised);
    }

    /** The raw NĐ 20/2014 figures, when criterion 4 is given that way. */
    public Optional<UniversalEducationFigures> figures() {
        return Optional.ofNullable(universalEducation).map(UniversalEducation::figures);
    }

    /**
     * A copy with other citizen counts, e.g. counted from the commune's people by the caller; {@code null} removes
     * them.
     */
    public CommuneEvaluationRequest withCitizens(CitizenCounts counts) {
        return new CommuneEvaluationRequest(evaluationYear, referenceDate, commune, counts, attestations,
                universalEducation, evidence);
    }

    /** A copy with other evidence. */
    public CommuneEvaluationRequest withEvidence(Map<String, List<Evidence>> newEvidence) {
        return new CommuneEvaluationRequest(evaluationYear, referenceDate, commune, citizens, attestations,
                universalEducation, newEvidence);
    }
}
