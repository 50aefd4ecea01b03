package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;
import static vn.hoctap.model.Checks.validatedList;
import static vn.hoctap.model.Checks.unique;

import java.util.List;
import vn.hoctap.model.InvalidInputException;

/**
 * A criterion ("tiêu chí"): met when every indicator that applies is met (TT 24 Art. 9.4, 15.4).
 *
 * @param id         stable identifier, e.g. {@code TT24.C2}
 * @param number     its number in the article
 * @param nameVi     its official short name
 * @param nameEn     English name
 * @param indicators its indicators, in the law's order
 */
public record CriterionDefinition(String id, Integer number, String nameVi, String nameEn,
                                  List<IndicatorDefinition> indicators) {
    public CriterionDefinition {
        requiredText(id, "id");
        required(number, "number");
        requiredText(nameVi, "nameVi");
        requiredText(nameEn, "nameEn");
        indicators = validatedList(indicators, "indicators", i -> i);
        if (indicators.isEmpty()) {
            throw new InvalidInputException("indicators", "tiêu chí phải có chỉ tiêu / a criterion needs indicators");
        }
        unique(indicators, IndicatorDefinition::id, "indicators", "id", "indicator id");
    }
}
