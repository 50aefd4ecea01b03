package vn.hoctap.rules.reference;

import vn.hoctap.rules.Seeds;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;

/** The Drools engine against the plain-Java reading of TT 25 for districts and provinces. */
class Tt25AgreementProperties {

    /**
     * Proves that for every generated district request (statements, commune counts around 90 %, rising, unchanged
     * and falling figures, missing data, evidence or none) the engine reaches the reference's verdict and the same
     * outcome for each level, each criterion and each of the 13 indicators at both levels, no more and no fewer.
     */
    @Property(tries = 800, seed = Seeds.STATISTICS)
    void engineAgreesWithTheReferenceOnDistricts(@ForAll("districts") DistrictEvaluationRequest request) {
        ReferenceResult expected = ReferenceTt25DistrictProvinceEvaluator.evaluate(request);
        Assessment actual = Tt24Engine.EVALUATOR.evaluate(request);
        EngineComparison.assertAgrees(expected, actual, request);
        coverage(expected.verdict());
    }

    /**
     * The same for provinces: the 16 indicators, programme counts around 4, districts around 90 %, the university
     * flag in its three states, poverty falling or not.
     */
    @Property(tries = 800, seed = Seeds.STATISTICS)
    void engineAgreesWithTheReferenceOnProvinces(@ForAll("provinces") ProvinceEvaluationRequest request) {
        ReferenceResult expected = ReferenceTt25DistrictProvinceEvaluator.evaluate(request);
        Assessment actual = Tt24Engine.EVALUATOR.evaluate(request);
        EngineComparison.assertAgrees(expected, actual, request);
        coverage(expected.verdict());
    }

    /** Every verdict must be common enough for agreement to mean something. */
    private static void coverage(Verdict verdict) {
        Statistics.label("verdict").collect(verdict);
        Statistics.label("verdict").coverage(c -> {
            for (Verdict v : Verdict.values()) {
                c.check(v).percentage(p -> p >= 8);
            }
        });
    }

    @Provide
    Arbitrary<DistrictEvaluationRequest> districts() {
        return Tt25Generators.districtRequests();
    }

    @Provide
    Arbitrary<ProvinceEvaluationRequest> provinces() {
        return Tt25Generators.provinceRequests();
    }
}
