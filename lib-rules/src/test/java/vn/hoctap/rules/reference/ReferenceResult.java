package vn.hoctap.rules.reference;

import java.util.Map;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;

/**
 * What a plain-Java reference evaluator says the law gives (TT 24, TT 25 alike): the verdict and, per level, the level
 * outcome, each criterion's (by its number) and each indicator's (by id). One shape for every reference, so one
 * comparison ({@link EngineComparison#differences}) serves them all.
 */
public record ReferenceResult(Verdict verdict, Map<Level, LevelOutcome> levels) {
    /** One level's result. */
    public record LevelOutcome(Outcome outcome, Map<Integer, Outcome> criteria, Map<String, Outcome> indicators) {
    }

    public LevelOutcome level(Level level) {
        return levels.get(level);
    }
}
