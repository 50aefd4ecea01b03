package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.math.BigDecimal;
import java.util.List;
import vn.hoctap.model.subject.Level;

/**
 * A criterion at one level: met when every indicator that applies is met.
 *
 * @param criterionId the criterion's catalogue id
 * @param number      its number
 * @param level       the level
 * @param nameVi      its name
 * @param nameEn      in English
 * @param outcome     met, not met or undetermined
 * @param indicators  its indicators' results, in the law's order
 * @param points      in a points scheme, the points earned so far (capped at the criterion's maximum; points of
 *                    undetermined indicators are not counted); {@code null} in a pass/fail scheme
 * @param maxPoints   in a points scheme, the most it can earn; {@code null} in a pass/fail scheme
 * @param layer       the rule layer whose definition of the criterion was applied ("national", or a province pack
 *                    that added or replaced it), or {@code null} when not recorded
 */
public record CriterionResult(String criterionId, int number, Level level, String nameVi, String nameEn,
                              Outcome outcome, List<IndicatorResult> indicators,
                              BigDecimal points, BigDecimal maxPoints, String layer) {
    public CriterionResult {
        required(criterionId, "criterionId");
        required(level, "level");
        required(outcome, "outcome");
        indicators = list(indicators);
    }

    /** A result that does not record its layer (the form before layers were recorded). */
    public CriterionResult(String criterionId, int number, Level level, String nameVi, String nameEn,
                           Outcome outcome, List<IndicatorResult> indicators, BigDecimal points,
                           BigDecimal maxPoints) {
        this(criterionId, number, level, nameVi, nameEn, outcome, indicators, points, maxPoints, null);
    }
}
