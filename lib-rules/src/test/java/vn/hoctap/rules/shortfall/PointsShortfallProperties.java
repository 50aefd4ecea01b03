package vn.hoctap.rules.shortfall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Shortfall;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Person;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.Seeds;

/**
 * The points a "Công dân học tập" shortfall reports are exact: for every person whose ten scores (in half points)
 * miss the title, raising each indicator under the floor to the reported floor and spreading the total's remainder
 * over the indicators it names, none above its maximum, earns the title; the same change less half a point does not.
 */
class PointsShortfallProperties {
    private static final Evaluator EVALUATOR = Evaluator.national();
    private static final BigDecimal STEP = new BigDecimal("0.5");

    @Provide
    Arbitrary<Map<CitizenInput, BigDecimal>> scores() {
        // Half points, mostly from 5 to 10 so that totals fall near the pass mark, now and then from 0 to 4.5.
        Arbitrary<BigDecimal> score = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(17, Arbitraries.integers().between(12, 20)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 9)))
                .map(h -> BigDecimal.valueOf(h).multiply(STEP));
        return score.list().ofSize(CitizenInput.values().length).map(l -> {
            Map<CitizenInput, BigDecimal> m = new EnumMap<>(CitizenInput.class);
            for (CitizenInput i : CitizenInput.values()) {
                m.put(i, l.get(i.ordinal()));
            }
            return m;
        });
    }

    @Property(tries = 300, seed = Seeds.STATISTICS)
    void theReportedPointsEarnTheTitleAndHalfAPointLessDoesNot(
            @ForAll("scores") Map<CitizenInput, BigDecimal> scores) {
        Assessment a = EVALUATOR.evaluate(request(scores));
        List<Shortfall> shortfalls = Shortfalls.of(EVALUATOR, a);
        Statistics.label("verdict").collect(a.verdict());
        if (a.verdict() == Verdict.LEVEL_1) {
            assertTrue(shortfalls.isEmpty(), shortfalls.toString());
            return;
        }
        assertFalse(shortfalls.isEmpty(), a.summaryEn());
        assertTrue(shortfalls.stream().allMatch(s -> s.kind() == Shortfall.Kind.POINTS), shortfalls.toString());
        List<Shortfall> floors = shortfalls.stream().filter(s -> s.input() != null).toList();
        List<Shortfall> totals = shortfalls.stream().filter(s -> s.input() == null).toList();
        Statistics.label("case").collect(floors.isEmpty() ? "total" : totals.isEmpty() ? "floor" : "both");
        assertTrue(totals.size() <= 1, totals.toString());
        BigDecimal raised = floors.stream().map(s -> s.points().more()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = totals.isEmpty() ? BigDecimal.ZERO : totals.get(0).points().more();
        BigDecimal least = raised.max(total);

        Map<CitizenInput, BigDecimal> changed = apply(a, scores, floors, totals, least);
        assertEquals(0, least.compareTo(sum(changed).subtract(sum(scores))), changed.toString());
        assertEquals(Verdict.LEVEL_1, EVALUATOR.evaluate(request(changed)).verdict(),
                shortfalls.stream().map(Shortfall::textEn).toList() + " applied: " + changed);

        Map<CitizenInput, BigDecimal> less = apply(a, scores, floors, totals, least.subtract(STEP));
        assertNotEquals(Verdict.LEVEL_1, EVALUATOR.evaluate(request(less)).verdict(), less.toString());
    }

    /**
     * {@code scores} changed by {@code budget} points: the indicators under the floor raised towards it first (as far
     * as the budget goes), then the rest spread over the total's rooms in order, each at most its maximum.
     */
    private static Map<CitizenInput, BigDecimal> apply(Assessment a, Map<CitizenInput, BigDecimal> scores,
                                                       List<Shortfall> floors, List<Shortfall> totals,
                                                       BigDecimal budget) {
        Map<CitizenInput, BigDecimal> s = new EnumMap<>(scores);
        BigDecimal left = budget;
        for (Shortfall f : floors) {
            CitizenInput in = input(f.input());
            BigDecimal up = f.points().more().min(left);
            s.put(in, s.get(in).add(up));
            left = left.subtract(up);
        }
        if (!totals.isEmpty()) {
            Map<String, IndicatorResult> byNumber = new HashMap<>();
            a.levels().get(0).results().stream().flatMap(c -> c.indicators().stream())
                    .forEach(i -> byNumber.put(i.number(), i));
            for (String number : totals.get(0).points().room().keySet()) {
                IndicatorResult i = byNumber.get(number);
                CitizenInput in = input(i.measurements().get(0).input());
                BigDecimal up = i.maxPoints().subtract(s.get(in)).min(left).max(BigDecimal.ZERO);
                s.put(in, s.get(in).add(up));
                left = left.subtract(up);
            }
        }
        assertEquals(0, left.signum(), "the rooms hold the whole change");
        return s;
    }

    private static CitizenInput input(String jsonName) {
        for (CitizenInput i : CitizenInput.values()) {
            if (i.jsonName().equals(jsonName)) {
                return i;
            }
        }
        throw new AssertionError("no input " + jsonName);
    }

    private static BigDecimal sum(Map<CitizenInput, BigDecimal> scores) {
        return scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static CitizenEvaluationRequest request(Map<CitizenInput, BigDecimal> scores) {
        return new CitizenEvaluationRequest(2024, null, new Person("P1", null, null, null, null),
                CitizenScores.of(scores), null);
    }
}
