package vn.hoctap.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.RequestKind;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/** How each {@code kind} of case file is read and evaluated: the library's own {@link RequestKind} names. */
final class CaseKinds {
    private CaseKinds() {
    }

    static Assessment evaluate(String kind, Evaluator evaluator, JsonNode request) {
        RequestKind k = RequestKind.fromJsonName(kind).orElseThrow(() -> new IllegalArgumentException(
                "unknown case kind '" + kind + "'; known: " + RequestKind.jsonNames()));
        return evaluator.evaluate(HoctapJson.read(request.toString(), k.type()));
    }
}
