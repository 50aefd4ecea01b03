package vn.hoctap.rules.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.subject.Level;

/** Comparing the engine's TT 25 district and province assessments with {@link ReferenceTt25DistrictProvinceEvaluator}. */
final class Tt25Engine {
    private Tt25Engine() {
    }

    static Map<String, Outcome> indicators(Assessment a, Level level) {
        Map<String, Outcome> m = new LinkedHashMap<>();
        a.level(level).ifPresent(l -> {
            for (CriterionResult c : l.results()) {
                for (IndicatorResult i : c.indicators()) {
                    m.put(i.indicatorId(), i.outcome());
                }
            }
        });
        return m;
    }

    static Map<Integer, Outcome> criteria(Assessment a, Level level) {
        Map<Integer, Outcome> m = new LinkedHashMap<>();
        a.level(level).ifPresent(l -> l.results().forEach(c -> m.put(c.number(), c.outcome())));
        return m;
    }

    /** Every way the engine's assessment differs from the reference's result; empty when they agree. */
    static List<String> differences(ReferenceTt25DistrictProvinceEvaluator.Result expected, Assessment actual) {
        List<String> d = new ArrayList<>();
        if (expected.verdict() != actual.verdict()) {
            d.add("verdict: expected " + expected.verdict() + ", engine " + actual.verdict());
        }
        for (Level level : Level.values()) {
            ReferenceTt25DistrictProvinceEvaluator.LevelOutcome want = expected.level(level);
            LevelResult got = actual.level(level).orElse(null);
            if (got == null) {
                d.add(level + ": missing from the assessment");
                continue;
            }
            if (want.outcome() != got.outcome()) {
                d.add(level + ": expected " + want.outcome() + ", engine " + got.outcome());
            }
            Map<Integer, Outcome> criteria = criteria(actual, level);
            if (!want.criteria().equals(criteria)) {
                d.add(level + " criteria: expected " + want.criteria() + ", engine " + criteria);
            }
            Map<String, Outcome> indicators = indicators(actual, level);
            if (!want.indicators().equals(indicators)) {
                d.add(level + " indicators: expected " + want.indicators() + ", engine " + indicators);
            }
        }
        return d;
    }

    /** A failure message with the request as JSON, so a failing case can be replayed by hand. */
    static String report(String what, Object request, Object details) {
        return what + "\n" + Objects.toString(details) + "\nrequest: " + HoctapJson.write(request);
    }
}
