package vn.hoctap.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/**
 * How each {@code kind} of case file is read and evaluated: the case's {@code kind} and {@code request} are read as
 * every tool reads a request envelope ({@link RequestEnvelopes}), so a case file's request is exactly what the
 * command line and the HTTP service accept.
 */
final class CaseKinds {
    private CaseKinds() {
    }

    static Assessment evaluate(String kind, Evaluator evaluator, JsonNode request) {
        return evaluator.evaluate(RequestEnvelopes.request(kind, request));
    }
}
