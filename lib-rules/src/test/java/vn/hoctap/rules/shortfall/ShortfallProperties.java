package vn.hoctap.rules.shortfall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Shortfall;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.Seeds;
import vn.hoctap.rules.reference.Tt24RequestsAccess;

/**
 * The counts a shortfall reports are exact: for every TT 24 member share below its threshold at the level the unit
 * has not reached, giving the reported count of members the attribute makes that requirement pass, and one fewer
 * does not.
 */
class ShortfallProperties {
    private static final Evaluator EVALUATOR = Evaluator.national();

    @Provide
    Arbitrary<UnitEvaluationRequest> units() {
        return Tt24RequestsAccess.countRequests();
    }

    @Property(tries = 300, seed = Seeds.STATISTICS)
    void theReportedCountReachesTheThresholdAndOneFewerDoesNot(@ForAll("units") UnitEvaluationRequest request) {
        Assessment a = EVALUATOR.evaluate(request);
        List<Shortfall> counts = Shortfalls.of(EVALUATOR, a).stream()
                .filter(s -> s.kind() == Shortfall.Kind.COUNT && s.input().startsWith("members.")).toList();
        Statistics.label("member count shortfalls").collect(counts.isEmpty() ? "none" : "some");
        for (Shortfall s : counts) {
            assertEquals(s.need() - s.have(), s.more());
            assertTrue(s.textEn().contains(s.more() + " more of the " + s.of()), s.textEn());
            assertNotEquals(Reason.BELOW_THRESHOLD, reason(withCount(request, s, s.need()), s), s.textEn());
            assertEquals(Reason.BELOW_THRESHOLD, reason(withCount(request, s, s.need() - 1), s), s.textEn());
        }
    }

    @Property(tries = 200, seed = Seeds.STATISTICS)
    void theCountIsTheSmallestWholeNumberReachingThePercentage(@ForAll("percents") int percent,
                                                               @ForAll("populations") int of) {
        int need = Shortfalls.needed(BigDecimal.valueOf(percent), of);
        assertTrue((long) need * 100 >= (long) percent * of);
        assertTrue(need == 0 || (long) (need - 1) * 100 < (long) percent * of);
    }

    @Provide
    Arbitrary<Integer> percents() {
        return net.jqwik.api.Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<Integer> populations() {
        return net.jqwik.api.Arbitraries.integers().between(1, 5000);
    }

    private static UnitEvaluationRequest withCount(UnitEvaluationRequest r, Shortfall s, int count) {
        ObjectNode json = HoctapJson.mapper().valueToTree(r);
        ((ObjectNode) json.get("members")).put(s.input().substring("members.".length()), count);
        return HoctapJson.mapper().convertValue(json, UnitEvaluationRequest.class);
    }

    private static Reason reason(UnitEvaluationRequest r, Shortfall s) {
        Assessment a = EVALUATOR.evaluate(r);
        return a.levels().stream().filter(l -> l.level() == s.level()).flatMap(l -> l.results().stream())
                .flatMap(c -> c.indicators().stream()).filter(i -> i.indicatorId().equals(s.indicatorId()))
                .flatMap(i -> i.measurements().stream()).filter(m -> m.input().equals(s.input()))
                .map(Measurement::reason).findFirst().orElseThrow();
    }
}
