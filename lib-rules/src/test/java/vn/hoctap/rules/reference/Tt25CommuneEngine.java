package vn.hoctap.rules.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.subject.Level;

/** The engine's answers for commune requests, and ways to compare them with the reference. */
final class Tt25CommuneEngine {
    private Tt25CommuneEngine() {
    }

    static Assessment evaluate(CommuneEvaluationRequest request) {
        return Tt24Engine.EVALUATOR.evaluate(request);
    }

    /** Every way the engine's assessment differs from the reference's result; empty when they agree. */
    static List<String> differences(ReferenceTt24Evaluator.Result expected, Assessment actual) {
        List<String> d = new ArrayList<>();
        if (expected.verdict() != actual.verdict()) {
            d.add("verdict: expected " + expected.verdict() + ", engine " + actual.verdict());
        }
        for (Level level : Level.values()) {
            ReferenceTt24Evaluator.LevelOutcome want = expected.level(level);
            LevelResult got = actual.level(level).orElse(null);
            if (got == null) {
                d.add(level + ": missing from the assessment");
                continue;
            }
            if (want.outcome() != got.outcome()) {
                d.add(level + ": expected " + want.outcome() + ", engine " + got.outcome());
            }
            Map<Integer, Outcome> criteria = Tt24Engine.criteria(actual, level);
            if (!want.criteria().equals(criteria)) {
                d.add(level + " criteria: expected " + want.criteria() + ", engine " + criteria);
            }
            Map<String, Outcome> indicators = Tt24Engine.indicators(actual, level);
            if (!want.indicators().equals(indicators)) {
                want.indicators().forEach((id, o) -> {
                    if (indicators.get(id) != o) {
                        d.add(level + " " + id + ": expected " + o + ", engine " + indicators.get(id)
                                + explanation(actual, id, level));
                    }
                });
                indicators.keySet().stream().filter(id -> !want.indicators().containsKey(id))
                        .forEach(id -> d.add(level + " " + id + ": not in TT 25, engine " + indicators.get(id)));
            }
        }
        return d;
    }

    private static String explanation(Assessment a, String id, Level level) {
        return a.indicator(id, level).map(i -> " (" + i.explanationEn() + ")").orElse("");
    }

    static String report(String what, CommuneEvaluationRequest request, Object details) {
        return what + "\n" + details + "\nrequest: " + HoctapJson.write(request);
    }
}
