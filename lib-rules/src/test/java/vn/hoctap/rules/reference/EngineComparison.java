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

/** Comparing the engine's assessments with a reference evaluator's results, for every pack's properties. */
final class EngineComparison {
    private EngineComparison() {
    }

    /** Indicator outcomes by id at {@code level}, as the engine reports them. */
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

    /** Criterion outcomes by criterion number at {@code level}. */
    static Map<Integer, Outcome> criteria(Assessment a, Level level) {
        Map<Integer, Outcome> m = new LinkedHashMap<>();
        a.level(level).ifPresent(l -> l.results().forEach(c -> m.put(c.number(), c.outcome())));
        return m;
    }

    /** The outcomes of {@code a} only (verdict, levels, criteria, indicators), for comparing two assessments. */
    static Map<String, Object> outcomes(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", a.verdict());
        for (Level level : Level.values()) {
            m.put(level + ".outcome", a.level(level).map(LevelResult::outcome).orElse(null));
            m.put(level + ".criteria", criteria(a, level));
            m.put(level + ".indicators", indicators(a, level));
        }
        return m;
    }

    /**
     * Every way the engine's assessment differs from the reference's result, each indicator named with the engine's
     * explanation; empty when they agree. An indicator the engine judges but the reference does not state is a
     * difference too.
     */
    static List<String> differences(ReferenceResult expected, Assessment actual) {
        List<String> d = new ArrayList<>();
        if (expected.verdict() != actual.verdict()) {
            d.add("verdict: expected " + expected.verdict() + ", engine " + actual.verdict());
        }
        for (Level level : expected.levels().keySet()) {
            ReferenceResult.LevelOutcome want = expected.level(level);
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
            want.indicators().forEach((id, o) -> {
                if (indicators.get(id) != o) {
                    d.add(level + " " + id + ": expected " + o + ", engine " + indicators.get(id)
                            + actual.indicator(id, level).map(i -> " (" + i.explanationEn() + ")").orElse(""));
                }
            });
            indicators.keySet().stream().filter(id -> !want.indicators().containsKey(id))
                    .forEach(id -> d.add(level + " " + id + ": not in the text for this subject, engine "
                            + indicators.get(id)));
        }
        return d;
    }

    /** Fails, with the request and every difference, unless the engine's assessment agrees with the reference's. */
    static void assertAgrees(ReferenceResult expected, Assessment actual, Object request) {
        List<String> d = differences(expected, actual);
        if (!d.isEmpty()) {
            throw new AssertionError(report("engine and reference disagree", request, String.join("\n", d)));
        }
    }

    /** A failure message with the request as JSON, so a failing case can be replayed by hand. */
    static String report(String what, Object request, Object details) {
        return what + "\n" + Objects.toString(details) + "\nrequest: " + HoctapJson.write(request);
    }
}
