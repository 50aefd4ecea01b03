package vn.hoctap.rules.reference;

import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/** The engine under test, built once per JVM (loading takes about a second); {@link EngineComparison} compares its answers. */
final class Tt24Engine {
    /** Thread-safe and immutable: shared by every property class. */
    static final Evaluator EVALUATOR = Evaluator.national();

    private Tt24Engine() {
    }

    static Assessment evaluate(UnitEvaluationRequest request) {
        return EVALUATOR.evaluate(request);
    }
}
