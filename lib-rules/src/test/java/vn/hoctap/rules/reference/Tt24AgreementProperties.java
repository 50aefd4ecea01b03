package vn.hoctap.rules.reference;

import vn.hoctap.rules.Seeds;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;

/** The Drools engine against the plain-Java reading of TT 24 ({@link ReferenceTt24Evaluator}). */
class Tt24AgreementProperties {

    /**
     * Proves that for every generated request (all organisation kinds at both tiers, both member paths, missing
     * data, statements, evidence and shares around every threshold) the engine reaches the reference's verdict, and
     * the same outcome for each level, each criterion and each indicator at both levels; also that it reports
     * exactly TT 24's indicators for the unit's tier, no more, no fewer. Checks that every verdict is common enough
     * for this to mean something.
     */
    @Property(tries = 2000, seed = Seeds.STATISTICS)
    void engineAgreesWithTheReference(@ForAll("requests") UnitEvaluationRequest request) {
        ReferenceResult expected = ReferenceTt24Evaluator.evaluate(request);
        Assessment actual = Tt24Engine.evaluate(request);
        List<String> differences = EngineComparison.differences(expected, actual);
        assertTrue(differences.isEmpty(), () -> EngineComparison.report("engine and reference disagree", request,
                String.join("\n", differences)));

        Statistics.label("verdict").collect(expected.verdict());
        Statistics.label("verdict").coverage(c -> {
            for (Verdict v : Verdict.values()) {
                c.check(v).percentage(p -> p >= 8);
            }
        });
    }

    @Provide
    Arbitrary<UnitEvaluationRequest> requests() {
        return Tt24Requests.requests();
    }
}
