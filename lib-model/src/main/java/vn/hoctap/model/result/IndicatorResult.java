package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.math.BigDecimal;
import java.util.List;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.Status;
import vn.hoctap.model.subject.Level;

/**
 * The judgement of one indicator at one level, with everything an official needs to check it.
 *
 * @param indicatorId      the indicator's catalogue id
 * @param criterionId      its criterion
 * @param number           as the law numbers it ("2.1")
 * @param level            the level judged
 * @param nameVi           what it requires, in Vietnamese
 * @param nameEn           in English
 * @param citation         where the law states it for this level
 * @param status           verified or probable
 * @param layer            which rule layer judged it ("national", or a province)
 * @param outcome          met, not met, not applicable, undetermined
 * @param reason           why
 * @param measurements     each requirement measured (empty when not applicable)
 * @param missingInputs    what the request lacks, when undetermined
 * @param interpretationVi our reading of an ambiguous text, if any
 * @param interpretationEn in English
 * @param explanationVi    one or more sentences an official can paste into a report
 * @param explanationEn    the same in English
 * @param points           in a points scheme, the points earned, or {@code null} when undetermined or when the
 *                         scheme is pass/fail
 * @param maxPoints        in a points scheme, the most it can earn; {@code null} in a pass/fail scheme
 */
public record IndicatorResult(String indicatorId, String criterionId, String number, Level level, String nameVi,
                              String nameEn, Citation citation, Status status, String layer, Outcome outcome,
                              Reason reason, List<Measurement> measurements, List<MissingInput> missingInputs,
                              String interpretationVi, String interpretationEn, String explanationVi,
                              String explanationEn, BigDecimal points, BigDecimal maxPoints) {
    public IndicatorResult {
        required(indicatorId, "indicatorId");
        required(criterionId, "criterionId");
        required(level, "level");
        required(citation, "citation");
        required(outcome, "outcome");
        required(reason, "reason");
        measurements = list(measurements);
        missingInputs = list(missingInputs);
    }
}
