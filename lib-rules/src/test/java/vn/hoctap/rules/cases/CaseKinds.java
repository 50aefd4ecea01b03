package vn.hoctap.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.BiFunction;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.ClanEvaluationRequest;
import vn.hoctap.model.request.GrassrootsUnitEvaluationRequest;
import vn.hoctap.model.request.HamletEvaluationRequest;
import vn.hoctap.model.request.HouseholdEvaluationRequest;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/** How each {@code kind} of case file is read and evaluated: one line per kind of request the library accepts. */
final class CaseKinds {
    private static final Map<String, BiFunction<Evaluator, JsonNode, Assessment>> KINDS = Map.of(
            "unit", (e, json) -> e.evaluate(read(json, UnitEvaluationRequest.class)),
            "commune", (e, json) -> e.evaluate(read(json, CommuneEvaluationRequest.class)),
            "district", (e, json) -> e.evaluate(read(json, DistrictEvaluationRequest.class)),
            "province", (e, json) -> e.evaluate(read(json, ProvinceEvaluationRequest.class)),
            "household", (e, json) -> e.evaluate(read(json, HouseholdEvaluationRequest.class)),
            "clan", (e, json) -> e.evaluate(read(json, ClanEvaluationRequest.class)),
            "hamlet", (e, json) -> e.evaluate(read(json, HamletEvaluationRequest.class)),
            "grassroots-unit", (e, json) -> e.evaluate(read(json, GrassrootsUnitEvaluationRequest.class)),
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
