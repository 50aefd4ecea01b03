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
        EngineComparison.assertAgrees(expected, actual, request);

        Statistics.label("verdict").collect(expected.verdict());
        Statistics.label("verdict").coverage(c -> {
            for (Verdict v : Verdict.values()) {
                c.check(v).percentage(p -> p >= 8);
            }
        });
        Statistics.label("kinds").collect(request.unit().kinds().size() > 1 ? "several" : "one");
        Statistics.label("kinds").coverage(c -> c.check("several").percentage(p -> p >= 5));
    }

    /**
     * Proves that on units of two or three kinds (a "Trung tâm GDNN-GDTX", a school that is also a vocational
     * institution, ...) the engine applies every kind's indicators as the reference does, and that the pair the law
     * names for a GDNN-GDTX centre at province level, C3.4 and C3.6 both judged, is among them often enough.
     */
    @Property(tries = 600, seed = Seeds.STATISTICS)
    void engineAgreesWithTheReferenceOnUnitsOfSeveralKinds(@ForAll("severalKinds") UnitEvaluationRequest request) {
        ReferenceResult expected = ReferenceTt24Evaluator.evaluate(request);
        Assessment actual = Tt24Engine.evaluate(request);
        EngineComparison.assertAgrees(expected, actual, request);
        var unit = request.unit();
        boolean centre = unit.tier() == vn.hoctap.model.subject.AdministrativeTier.PROVINCE
                && unit.hasKind(vn.hoctap.model.subject.OrganisationKind.CONTINUING_EDUCATION_CENTRE)
                && unit.hasKind(vn.hoctap.model.subject.OrganisationKind.VOCATIONAL_INSTITUTION);
        Statistics.label("province GDTX + vocational").collect(centre);
        Statistics.label("province GDTX + vocational").coverage(c -> c.check(true).percentage(p -> p >= 2));
    }

    @Provide
    Arbitrary<UnitEvaluationRequest> severalKinds() {
        return Tt24Requests.severalKindRequests();
    }

    @Provide
    Arbitrary<UnitEvaluationRequest> requests() {
        return Tt24Requests.requests();
    }
}
