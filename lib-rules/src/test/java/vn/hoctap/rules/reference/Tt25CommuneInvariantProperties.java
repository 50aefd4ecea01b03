package vn.hoctap.rules.reference;

import vn.hoctap.rules.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.rules.reference.Tt25CommuneChanges.Improvement;

/**
 * Properties of the commune evaluation that hold whatever the thresholds are: monotonicity, evidence recorded but
 * never deciding, determinism, lossless JSON, missing data never turned into a verdict, and the notice on the
 * abolished district tier.
 */
class Tt25CommuneInvariantProperties {

    /**
     * Proves monotonicity: turning a statement into "yes" with evidence, raising a count of citizens
     * (capped at the total, degree holders at the trained), raising a NĐ 20 figure, raising a recognised NĐ 20 step,
     * or setting the disadvantaged-area flag (lower C5.2 thresholds) never lowers the level reached
     * (NOT_RECOGNISED &lt; LEVEL_1 &lt; LEVEL_2). Each request below level 2 is improved by a chain of one to twelve such steps;
     * every step whose verdict before and after is determined is checked.
     */
    @Property(tries = 400, seed = Seeds.STATISTICS)
    void improvingARequestNeverLowersTheLevel(@ForAll("improvableRequests")
                                              Tuple.Tuple2<CommuneEvaluationRequest, List<Improvement>> chain) {
        CommuneEvaluationRequest request = chain.get1();
        Verdict before = Tt25CommuneEngine.evaluate(request).verdict();
        boolean raised = false;
        for (Improvement improvement : chain.get2()) {
            CommuneEvaluationRequest improved = improvement.applyTo(request);
            Verdict after = Tt25CommuneEngine.evaluate(improved).verdict();
            if (before != Verdict.NOT_DETERMINED && after != Verdict.NOT_DETERMINED) {
                Verdict was = before;
                CommuneEvaluationRequest from = request;
                assertTrue(Tt25CommuneChanges.rank(after) >= Tt25CommuneChanges.rank(before), () ->
                        EngineComparison.report("improvement " + improvement + " lowered " + was + " to " + after,
                                from, ""));
                raised |= after != before;
            }
            request = improved;
            before = after;
        }
        Statistics.label("chain").collect(raised ? "raised the level" : "level unchanged or undetermined");
        Statistics.label("chain").coverage(c -> c.check("raised the level").percentage(p -> p >= 10));
    }

    /**
     * Proves the reading of evidence (TT 25 Art. 8.2.a bases the evaluation on the results achieved; there is no
     * clause like TT 24 Art. 9.3): taking every piece of evidence out of a request changes no indicator's outcome and
     * not the verdict; the evidence given is still counted in the measurements of the request that has it.
     */
    @Property(tries = 300, seed = Seeds.STATISTICS)
    void evidenceIsCountedButNeverDecides(@ForAll("requests") CommuneEvaluationRequest request) {
        Assessment with = Tt25CommuneEngine.evaluate(request);
        Assessment without = Tt25CommuneEngine.evaluate(request.withEvidence(java.util.Map.of()));
        assertEquals(with.verdict(), without.verdict(),
                () -> EngineComparison.report("evidence decided", request, ""));
        assertEquals(outcomes(with), outcomes(without), () -> EngineComparison.report("evidence decided", request,
                ""));
        int given = request.evidence().values().stream().mapToInt(List::size).sum();
        int counted = with.levels().stream().flatMap(l -> l.results().stream())
                .flatMap(c -> c.indicators().stream()).flatMap(i -> i.measurements().stream())
                .mapToInt(m -> m.evidenceCount()).sum();
        assertTrue(given == 0 || counted > 0, "evidence given is counted in the measurements");
        Statistics.label("evidence").collect(given == 0 ? "none given" : "some given");
        Statistics.label("evidence").coverage(c -> c.check("some given").percentage(p -> p >= 30));
    }

    /** Each indicator's outcome and reason at each level, keyed "level indicator". */
    static java.util.Map<String, String> outcomes(Assessment a) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (LevelResult level : a.levels()) {
            for (CriterionResult criterion : level.results()) {
                for (IndicatorResult i : criterion.indicators()) {
                    out.put(level.level() + " " + i.indicatorId(), i.outcome() + " " + i.reason());
                }
            }
        }
        return out;
    }

    /** Proves determinism: the same request evaluated twice gives equal assessments, explanations included. */
    @Property(tries = 150, seed = Seeds.STATISTICS)
    void evaluationIsDeterministic(@ForAll("requests") CommuneEvaluationRequest request) {
        assertEquals(Tt25CommuneEngine.evaluate(request), Tt25CommuneEngine.evaluate(request));
    }

    /** Proves that writing a commune request as JSON and reading it back gives an equal request. */
    @Property(tries = 300, seed = Seeds.STATISTICS)
    void requestsSurviveAJsonRoundTrip(@ForAll("requests") CommuneEvaluationRequest request) {
        String json = HoctapJson.write(request);
        assertEquals(request, HoctapJson.read(json, CommuneEvaluationRequest.class), json);
    }

    /** Proves that an assessment of a commune survives a JSON round trip (explanations, measurements, notices). */
    @Property(tries = 150, seed = Seeds.STATISTICS)
    void assessmentsSurviveAJsonRoundTrip(@ForAll("requests") CommuneEvaluationRequest request) {
        Assessment assessment = Tt25CommuneEngine.evaluate(request);
        assertEquals(assessment, HoctapJson.read(HoctapJson.write(assessment), Assessment.class));
    }

    /**
     * Proves that when the law cannot decide for lack of data (the reference says NOT_DETERMINED) the engine says so
     * and lists what is missing; and that every indicator it leaves UNDETERMINED names at least one JSON path, all
     * of them in the assessment's list. (An indicator not met on one requirement may still name the data another
     * requirement lacks.)
     */
    @Property(tries = 500, seed = Seeds.STATISTICS)
    void missingDataIsReportedAsSuch(@ForAll("requestsWithGaps") CommuneEvaluationRequest request) {
        ReferenceResult expected = ReferenceTt25CommuneEvaluator.evaluate(request);
        Assessment actual = Tt25CommuneEngine.evaluate(request);
        if (expected.verdict() == Verdict.NOT_DETERMINED) {
            assertEquals(Verdict.NOT_DETERMINED, actual.verdict());
            assertFalse(actual.missingInputs().isEmpty());
        }
        for (LevelResult level : actual.levels()) {
            for (CriterionResult criterion : level.results()) {
                for (IndicatorResult indicator : criterion.indicators()) {
                    if (indicator.outcome() == Outcome.UNDETERMINED) {
                        assertFalse(indicator.missingInputs().isEmpty(), () -> EngineComparison.report(
                                indicator.indicatorId() + " undetermined without a missing input", request, ""));
                    }
                    for (MissingInput m : indicator.missingInputs()) {
                        assertTrue(m.path().startsWith("$."), m.path());
                        assertTrue(actual.missingInputs().stream().anyMatch(x -> x.path().equals(m.path())),
                                () -> m.path() + " not in the assessment's list");
                    }
                }
            }
        }
        Statistics.label("reference verdict").collect(expected.verdict());
        Statistics.label("reference verdict").coverage(c -> c.check(Verdict.NOT_DETERMINED).percentage(p -> p >= 30));
    }

    /**
     * Proves that a determined verdict is one missing data could not change: filling in every missing statement,
     * flag, count, recognised step and NĐ 20 figure at random leaves LEVEL_2, LEVEL_1 or NOT_RECOGNISED as it was.
     */
    @Property(tries = 400, seed = Seeds.STATISTICS)
    void aDeterminedVerdictSurvivesAnyCompletion(@ForAll("requestsWithGaps") CommuneEvaluationRequest request,
                                                 @ForAll Random random) {
        Verdict before = Tt25CommuneEngine.evaluate(request).verdict();
        CommuneEvaluationRequest completed = Tt25CommuneChanges.complete(request, random);
        Verdict after = Tt25CommuneEngine.evaluate(completed).verdict();
        assertFalse(after == Verdict.NOT_DETERMINED, () -> EngineComparison.report("completed but not determined",
                completed, Tt25CommuneEngine.evaluate(completed).missingInputs()));
        if (before != Verdict.NOT_DETERMINED) {
            assertEquals(before, after, () -> EngineComparison.report("completing the data changed a determined"
                    + " verdict", request, "completed: " + HoctapJson.write(completed)));
        }
        Statistics.label("verdict before").collect(before);
        Statistics.label("verdict before").coverage(c -> c.check(Verdict.NOT_DETERMINED).percentage(p -> p < 90));
    }

    /**
     * Proves the rule of criteria.md §1 for communes: TT 25 gives the decision to the head of the district education
     * office, so an assessment says the district tier is abolished ({@code AUTHORITY_TIER_ABOLISHED}) exactly when
     * its reference date or its decision deadline (31 March of the following year) is on or after 01/07/2025. The
     * commune tier itself still exists: {@code TIER_ABOLISHED} is never said.
     */
    @Property(tries = 200, seed = Seeds.STATISTICS)
    void theAbolishedDistrictAuthorityIsSaidExactlyWhenItMatters(@ForAll("requests") CommuneEvaluationRequest request) {
        Assessment a = Tt25CommuneEngine.evaluate(request);
        LocalDate abolished = LocalDate.of(2025, 7, 1);
        boolean expected = !request.effectiveReferenceDate().isBefore(abolished)
                || !LocalDate.of(request.evaluationYear() + 1, 3, 31).isBefore(abolished);
        boolean said = a.notices().stream().anyMatch(n -> n.code().equals("AUTHORITY_TIER_ABOLISHED"));
        assertEquals(expected, said, () -> EngineComparison.report("authority notice", request, a.notices()));
        assertFalse(a.notices().stream().anyMatch(n -> n.code().equals("TIER_ABOLISHED")));
        Statistics.label("decided after the reform").collect(expected);
    }

    @Provide
    Arbitrary<CommuneEvaluationRequest> requests() {
        return Tt25CommuneRequests.requests();
    }

    @Provide
    Arbitrary<CommuneEvaluationRequest> requestsWithGaps() {
        return Tt25CommuneRequests.requestsWithGaps();
    }

    /**
     * A request below level 2 with a chain of improvements, each drawn from those that apply at its turn (a request
     * already at level 2 could only show that nothing lowers it, which the chain from a lower one shows too).
     */
    @Provide
    Arbitrary<Tuple.Tuple2<CommuneEvaluationRequest, List<Improvement>>> improvableRequests() {
        return Tt25CommuneRequests.requests().filter(r -> !Tt25CommuneChanges.candidates(r).isEmpty()
                        && Tt25CommuneEngine.evaluate(r).verdict() != Verdict.LEVEL_2)
                .flatMap(r -> Arbitraries.longs().map(seed -> Tuple.of(r, chain(r, new Random(seed)))));
    }

    private static List<Improvement> chain(CommuneEvaluationRequest r, Random random) {
        List<Improvement> chain = new java.util.ArrayList<>();
        CommuneEvaluationRequest current = r;
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            List<Improvement> options = Tt25CommuneChanges.candidates(current);
            if (options.isEmpty()) {
                break;
            }
            Improvement next = options.get(random.nextInt(options.size()));
            chain.add(next);
            current = next.applyTo(current);
        }
        return chain;
    }
}
