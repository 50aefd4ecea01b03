package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.math.BigDecimal;
import java.util.List;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.subject.Level;

/**
 * Whether the criteria of one level are all met (TT 24 Art. 8, 14).
 *
 * <p>The level's criteria are in {@code results}; the two citations say where the law lists them and where it
 * grants the level.
 *
 * @param level     the level
 * @param outcome   {@link Outcome#MET} when every criterion is met, {@link Outcome#NOT_MET} when one is not,
 *                  otherwise {@link Outcome#UNDETERMINED}
 * @param criteriaCitation  the article listing the level's criteria (e.g. TT 24 Art. 6)
 * @param conditionCitation the article granting the level when they are met (e.g. TT 24 Art. 8.1)
 * @param results   each criterion's result, in the law's order
 * @param points    in a points scheme, the total earned (undetermined indicators not counted); {@code null} in a
 *                  pass/fail scheme
 * @param maxPoints in a points scheme, the most the level's indicators can earn
 * @param passMark  in a points scheme, the total the level needs
 * @param explanationVi in a points scheme, how the total, the pass mark, the floors and the mandatory indicators
 *                  decide the level; {@code null} in a pass/fail scheme, where the criteria say it all
 * @param explanationEn the same in English
 */
public record LevelResult(Level level, Outcome outcome, Citation criteriaCitation, Citation conditionCitation,
                          List<CriterionResult> results, BigDecimal points, BigDecimal maxPoints,
                          BigDecimal passMark, String explanationVi, String explanationEn) {
    public LevelResult {
        required(level, "level");
        required(outcome, "outcome");
        results = list(results);
    }
}
