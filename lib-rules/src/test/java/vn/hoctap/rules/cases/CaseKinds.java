package vn.hoctap.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.BiFunction;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/** How each {@code kind} of case file is read and evaluated: one line per kind of request the library accepts. */
final class CaseKinds {
    private static final Map<String, BiFunction<Evaluator, JsonNode, Assessment>> KINDS = Map.of(
            "unit", (e, json) -> e.evaluate(read(json, UnitEvaluationRequest.class)),
            "citizen", (e, json) -> e.evaluate(read(json, CitizenEvaluationRequest.class)));

    private CaseKinds() {
    }

    static BiFunction<Evaluator, JsonNode, Assessment> of(String kind) {
        BiFunction<Evaluator, JsonNode, Assessment> k = KINDS.get(kind);
        if (k == null) {
            throw new IllegalArgumentException("unknown case kind '" + kind + "'; known: " + KINDS.keySet());
        }
        return k;
    }

    private static <T> T read(JsonNode json, Class<T> type) {
        return HoctapJson.read(json.toString(), type);
    }
}
