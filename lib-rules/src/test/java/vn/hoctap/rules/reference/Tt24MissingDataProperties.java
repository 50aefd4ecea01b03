package vn.hoctap.rules.reference;

import vn.hoctap.rules.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;

/** Missing data never turns into a verdict it could change (criteria.md §2: "never not recognised for lack of data"). */
class Tt24MissingDataProperties {

    /**
     * Proves that when the law cannot decide for lack of data (the reference says NOT_DETERMINED) the engine says
     * NOT_DETERMINED too, never NOT_RECOGNISED or a level, and lists at least one missing input; and that every
     * indicator the engine leaves UNDETERMINED names what is missing, and that the assessment's list (one entry per
     * path) holds every such path.
     */
    @Property(tries = 1000, seed = Seeds.STATISTICS)
    void missingDataIsReportedAsSuch(@ForAll("requestsWithGaps") UnitEvaluationRequest request) {
        ReferenceResult expected = ReferenceTt24Evaluator.evaluate(request);
        Assessment actual = Tt24Engine.evaluate(request);
        if (expected.verdict() == Verdict.NOT_DETERMINED) {
            assertEquals(Verdict.NOT_DETERMINED, actual.verdict(), () -> EngineComparison.report("data missing", request,
                    actual.verdict()));
            assertFalse(actual.missingInputs().isEmpty(), () -> EngineComparison.report("no missing input listed",
                    request, ""));
        }
        for (LevelResult level : actual.levels()) {
            for (CriterionResult criterion : level.results()) {
                for (IndicatorResult indicator : criterion.indicators()) {
                    if (indicator.outcome() == Outcome.UNDETERMINED) {
                        assertFalse(indicator.missingInputs().isEmpty(), () -> EngineComparison.report(
                                indicator.indicatorId() + " undetermined without a missing input", request, ""));
                        // The assessment lists each missing path once (under the first indicator needing it).
                        for (MissingInput m : indicator.missingInputs()) {
                            assertTrue(actual.missingInputs().stream().anyMatch(x -> x.path().equals(m.path())),
                                    () -> EngineComparison.report(m.path() + " of " + indicator.indicatorId()
                                            + " is not in the assessment's list", request, actual.missingInputs()));
                        }
                    }
                }
            }
        }
        Statistics.label("reference verdict").collect(expected.verdict());
        Statistics.label("reference verdict").coverage(c -> c.check(Verdict.NOT_DETERMINED).percentage(p -> p >= 30));
    }

    /**
     * Proves that a determined verdict is one missing data could not change: filling every missing statement,
     * count, learner figure and maturity in at random leaves a LEVEL_2, LEVEL_1 or NOT_RECOGNISED verdict as it was.
     */
    @Property(tries = 1000, seed = Seeds.STATISTICS)
    void aDeterminedVerdictSurvivesAnyCompletion(@ForAll("requestsWithGaps") UnitEvaluationRequest request,
                                                 @ForAll Random random) {
        Verdict before = Tt24Engine.evaluate(request).verdict();
        UnitEvaluationRequest completed = Tt24Changes.complete(request, random);
        Verdict after = Tt24Engine.evaluate(completed).verdict();
        if (before != Verdict.NOT_DETERMINED) {
            assertEquals(before, after, () -> EngineComparison.report("completing the data changed a determined verdict",
                    request, "completed: " + vn.hoctap.model.json.HoctapJson.write(completed)));
        }
        Statistics.label("verdict before").collect(before);
    }

    @Provide
    Arbitrary<UnitEvaluationRequest> requestsWithGaps() {
        return Tt24Requests.requestsWithGaps();
    }
}
