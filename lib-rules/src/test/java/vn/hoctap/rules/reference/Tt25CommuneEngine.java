package vn.hoctap.rules.reference;

import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.result.Assessment;

/** The engine's answers for commune requests; {@link EngineComparison} compares them with the reference. */
final class Tt25CommuneEngine {
    private Tt25CommuneEngine() {
    }

    static Assessment evaluate(CommuneEvaluationRequest request) {
        return Tt24Engine.EVALUATOR.evaluate(request);
    }
}
