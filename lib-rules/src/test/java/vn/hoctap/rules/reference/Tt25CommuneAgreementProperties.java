package vn.hoctap.rules.reference;

import vn.hoctap.rules.Seeds;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;

/** The Drools engine against the plain-Java reading of TT 25 cấp xã and NĐ 20/2014 ({@link ReferenceTt25CommuneEvaluator}). */
class Tt25CommuneAgreementProperties {

    /**
     * Proves that for every generated commune request (statements, citizen shares around every threshold of Art. 6.5
     * and 7.5 for ordinary and disadvantaged communes, criterion 4 as a recognised status or as NĐ 20 figures around
     * the decree's thresholds for ordinary and especially difficult communes, missing data and flags, evidence or
     * none) the engine reaches the reference's verdict and the same outcome for each level, criterion and indicator,
     * and judges exactly TT 25's 15 indicators. Checks that every verdict is common enough for this to mean
     * something, and that both ways of giving criterion 4 are exercised.
     */
    @Property(tries = 2000, seed = Seeds.STATISTICS)
    void engineAgreesWithTheReference(@ForAll("requests") CommuneEvaluationRequest request) {
        ReferenceResult expected = ReferenceTt25CommuneEvaluator.evaluate(request);
        Assessment actual = Tt25CommuneEngine.evaluate(request);
        EngineComparison.assertAgrees(expected, actual, request);

        Statistics.label("verdict").collect(expected.verdict());
        Statistics.label("verdict").coverage(c -> {
            for (Verdict v : Verdict.values()) {
                c.check(v).percentage(p -> p >= 8);
            }
        });
        String source = request.figures().isPresent() ? "figures" : request.recognised().isPresent() ? "recognised"
                : "none";
        Statistics.label("criterion 4").collect(source);
        Statistics.label("criterion 4").coverage(c -> {
            c.check("figures").percentage(p -> p >= 30);
            c.check("recognised").percentage(p -> p >= 30);
        });
    }

    @Provide
    Arbitrary<CommuneEvaluationRequest> requests() {
        return Tt25CommuneRequests.requests();
    }
}
