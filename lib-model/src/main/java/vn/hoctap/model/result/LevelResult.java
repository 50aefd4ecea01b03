package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.util.List;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.subject.Level;

/**
 * Whether the criteria of one level are all met (TT 24 Art. 8, 14).
 *
 * @param level     the level
 * @param outcome   {@link Outcome#MET} when every criterion is met, {@link Outcome#NOT_MET} when one is not,
 *                  otherwise {@link Outcome#UNDETERMINED}
 * @param criteria  the article listing its criteria
 * @param condition the article granting it
 * @param results   each criterion's result
 */
public record LevelResult(Level level, Outcome outcome, Citation criteria, Citation condition,
                          List<CriterionResult> results) {
    public LevelResult {
        required(level, "level");
        required(outcome, "outcome");
        results = list(results);
    }
}
