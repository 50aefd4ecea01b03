package vn.hoctap.rules.reference;

import vn.hoctap.rules.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.reference.Tt25Changes.Change;

/**
 * Properties of the TT 25 district and province evaluation that hold whatever the thresholds are: monotonicity,
 * evidence never deciding, determinism, missing data never turned into a verdict, lossless JSON, and the notices
 * about the abolished district tier.
 */
class Tt25InvariantProperties {
    private static final Evaluator EVALUATOR = Tt24Engine.EVALUATOR;
    private static final LocalDate ABOLISHED = LocalDate.of(2025, 7, 1);

    /** Follows a chain of improvements and checks each determined step never lowers the level. */
    private static <T> void neverLowers(T request, List<Change<T>> chain, Function<T, Assessment> evaluate) {
        Verdict before = evaluate.apply(request).verdict();
        boolean raised = false;
        for (Change<T> change : chain) {
            T improved = change.apply().apply(request);
            Verdict after = evaluate.apply(improved).verdict();
            if (before != Verdict.NOT_DETERMINED && after != Verdict.NOT_DETERMINED) {
                Verdict was = before;
                T from = request;
                assertTrue(Tt25Changes.rank(after) >= Tt25Changes.rank(before), () -> EngineComparison.report(
                        "improvement " + change + " lowered " + was + " to " + after, from, ""));
                raised |= after != before;
            }
            request = improved;
            before = after;
        }
        Statistics.label("chain").collect(raised ? "raised the level" : "level unchanged or undetermined");
        Statistics.label("chain").coverage(c -> c.check("raised the level").percentage(p -> p >= 10));
    }

    /**
     * Proves monotonicity for districts: a "no" becoming "yes", one more commune recognised or recognised higher, or
     * income or employment rising further never lowers the level reached (NOT_RECOGNISED &lt; LEVEL_1 &lt; LEVEL_2),
     * over chains of one to eight such steps.
     */
    @Property(tries = 250, seed = Seeds.STATISTICS)
    void improvingADistrictNeverLowersItsLevel(@ForAll("improvableDistricts")
                                               Tuple.Tuple2<DistrictEvaluationRequest, List<Change<DistrictEvaluationRequest>>> chain) {
        neverLowers(chain.get1(), chain.get2(), EVALUATOR::evaluate);
    }

    /**
     * Proves monotonicity for provinces: a "no" becoming "yes", stating that no university is run, one more district
     * recognised or recognised higher, one more programme, poverty falling further or GRDP rising further never
     * lowers the level reached.
     */
    @Property(tries = 250, seed = Seeds.STATISTICS)
    void improvingAProvinceNeverLowersItsLevel(@ForAll("improvableProvinces")
                                               Tuple.Tuple2<ProvinceEvaluationRequest, List<Change<ProvinceEvaluationRequest>>> chain) {
        neverLowers(chain.get1(), chain.get2(), EVALUATOR::evaluate);
    }

    /**
     * Proves the reading of evidence for districts and provinces (TT 25 Art. 13.2.a, 18.2.a: the results achieved; no
     * clause like TT 24 Art. 9.3): taking every piece of evidence out of a request changes no indicator's outcome and
     * not the verdict.
     */
    @Property(tries = 150, seed = Seeds.STATISTICS)
    void evidenceNeverDecides(@ForAll("districts") DistrictEvaluationRequest d,
                              @ForAll("provinces") ProvinceEvaluationRequest p) {
        DistrictEvaluationRequest bareDistrict = new DistrictEvaluationRequest(d.evaluationYear(), d.referenceDate(),
                d.district(), d.attestations(), d.communes(), d.perCapitaIncome(), d.employmentRate(), Map.of());
        ProvinceEvaluationRequest bareProvince = new ProvinceEvaluationRequest(p.evaluationYear(), p.referenceDate(),
                p.province(), p.provincialUniversity(), p.attestations(), p.districts(), p.museumProgrammes(),
                p.radioTvProgrammes(), p.povertyRate(), p.grdp(), Map.of());
        assertEquals(Tt25CommuneInvariantProperties.outcomes(EVALUATOR.evaluate(d)),
                Tt25CommuneInvariantProperties.outcomes(EVALUATOR.evaluate(bareDistrict)),
                () -> EngineComparison.report("evidence decided", d, ""));
        assertEquals(Tt25CommuneInvariantProperties.outcomes(EVALUATOR.evaluate(p)),
                Tt25CommuneInvariantProperties.outcomes(EVALUATOR.evaluate(bareProvince)),
                () -> EngineComparison.report("evidence decided", p, ""));
        assertEquals(EVALUATOR.evaluate(d).verdict(), EVALUATOR.evaluate(bareDistrict).verdict());
        assertEquals(EVALUATOR.evaluate(p).verdict(), EVALUATOR.evaluate(bareProvince).verdict());
        Statistics.label("district evidence").collect(d.evidence().isEmpty() ? "none given" : "some given");
        Statistics.label("district evidence").coverage(c -> c.check("some given").percentage(x -> x >= 30));
    }

    /** Proves determinism: the same request evaluated twice gives equal assessments, explanations included. */
    @Property(tries = 100, seed = Seeds.STATISTICS)
    void evaluationIsDeterministic(@ForAll("districts") DistrictEvaluationRequest district,
                                   @ForAll("provinces") ProvinceEvaluationRequest province) {
        assertEquals(EVALUATOR.evaluate(district), EVALUATOR.evaluate(district));
        assertEquals(EVALUATOR.evaluate(province), EVALUATOR.evaluate(province));
    }

    /** Proves that requests and assessments survive a JSON round trip unchanged. */
    @Property(tries = 100, seed = Seeds.STATISTICS)
    void requestsAndAssessmentsSurviveAJsonRoundTrip(@ForAll("districts") DistrictEvaluationRequest district,
                                                     @ForAll("provinces") ProvinceEvaluationRequest province) {
        assertEquals(district, HoctapJson.read(HoctapJson.write(district), DistrictEvaluationRequest.class));
        assertEquals(province, HoctapJson.read(HoctapJson.write(province), ProvinceEvaluationRequest.class));
        Assessment a = EVALUATOR.evaluate(district);
        assertEquals(a, HoctapJson.read(HoctapJson.write(a), Assessment.class));
        Assessment b = EVALUATOR.evaluate(province);
        assertEquals(b, HoctapJson.read(HoctapJson.write(b), Assessment.class));
    }

    /**
     * Proves that missing data are reported as such: an undetermined indicator names a missing input; an indicator
     * naming one is undetermined, or not met by another of its requirements (criterion 3.5 has two); the assessment
     * lists every such path; a NOT_DETERMINED verdict always comes with a list.
     */
    @Property(tries = 200, seed = Seeds.STATISTICS)
    void missingDataAreReportedAsSuch(@ForAll("districtsWithGaps") DistrictEvaluationRequest district,
                                      @ForAll("provincesWithGaps") ProvinceEvaluationRequest province) {
        for (Assessment a : List.of(EVALUATOR.evaluate(district), EVALUATOR.evaluate(province))) {
            a.levels().stream().flatMap(l -> l.results().stream()).flatMap(c -> c.indicators().stream())
                    .forEach(i -> {
                        // Undetermined for lack of data names the data; an indicator whose subject no longer exists
                        // (criterion 4.1 after the reform) has no data to ask for, and says why instead.
                        if (i.outcome() == Outcome.UNDETERMINED && i.reason() != Reason.SUBJECT_NO_LONGER_EXISTS) {
                            assertFalse(i.missingInputs().isEmpty(), i.indicatorId());
                        }
                        if (!i.missingInputs().isEmpty()) {
                            assertTrue(i.outcome() == Outcome.UNDETERMINED || i.outcome() == Outcome.NOT_MET
                                    && i.measurements().stream().anyMatch(m -> m.outcome() == Outcome.NOT_MET),
                                    i.indicatorId() + " " + i.outcome());
                        }
                        for (MissingInput m : i.missingInputs()) {
                            assertTrue(a.missingInputs().stream().anyMatch(x -> x.path().equals(m.path())), m.path());
                        }
                    });
            if (a.verdict() == Verdict.NOT_DETERMINED) {
                assertTrue(!a.missingInputs().isEmpty() || a.levels().stream().flatMap(l -> l.results().stream())
                        .flatMap(c -> c.indicators().stream())
                        .anyMatch(i -> i.reason() == Reason.SUBJECT_NO_LONGER_EXISTS));
            }
            Statistics.label("verdict").collect(a.verdict());
        }
    }

    /**
     * Proves that a determined verdict is one missing data could not change: filling every missing statement, count
     * and figure at random leaves a LEVEL_2, LEVEL_1 or NOT_RECOGNISED verdict as it was.
     */
    @Property(tries = 250, seed = Seeds.STATISTICS)
    void aDeterminedVerdictSurvivesAnyCompletion(@ForAll("districtsWithGaps") DistrictEvaluationRequest district,
                                                 @ForAll("provincesWithGaps") ProvinceEvaluationRequest province,
                                                 @ForAll Random random) {
        Verdict d = EVALUATOR.evaluate(district).verdict();
        if (d != Verdict.NOT_DETERMINED) {
            DistrictEvaluationRequest completed = Tt25Changes.complete(district, random);
            assertEquals(d, EVALUATOR.evaluate(completed).verdict(), () -> EngineComparison.report(
                    "completing the data changed a determined verdict", district, HoctapJson.write(completed)));
        }
        Verdict p = EVALUATOR.evaluate(province).verdict();
        if (p != Verdict.NOT_DETERMINED) {
            ProvinceEvaluationRequest completed = Tt25Changes.complete(province, random);
            assertEquals(p, EVALUATOR.evaluate(completed).verdict(), () -> EngineComparison.report(
                    "completing the data changed a determined verdict", province, HoctapJson.write(completed)));
        }
        Statistics.label("district verdict before").collect(d);
        Statistics.label("province verdict before").collect(p);
    }

    /**
     * Proves the rule of criteria.md §1 on the two-tier reform: a district assessment whose reference date is on or
     * after 01/07/2025 always says the district tier no longer exists (TIER_ABOLISHED); a province assessment says
     * that criterion 4.1 counts an abolished tier (COUNTED_TIER_ABOLISHED) exactly when its year ends or its
     * reference date falls on or after 01/07/2025, and never carries TIER_ABOLISHED.
     */
    @Property(tries = 200, seed = Seeds.STATISTICS)
    void theAbolishedDistrictTierIsAlwaysSaid(@ForAll("districts") DistrictEvaluationRequest district,
                                              @ForAll("provinces") ProvinceEvaluationRequest province) {
        boolean districtWarned = codes(EVALUATOR.evaluate(district)).contains("TIER_ABOLISHED");
        boolean after = !district.effectiveReferenceDate().isBefore(ABOLISHED);
        if (after) {
            assertTrue(districtWarned, () -> EngineComparison.report("no TIER_ABOLISHED notice", district, ""));
        }
        List<String> provinceCodes = codes(EVALUATOR.evaluate(province));
        boolean counted = province.evaluationYear() >= 2025 || !province.effectiveReferenceDate().isBefore(ABOLISHED);
        assertEquals(counted, provinceCodes.contains("COUNTED_TIER_ABOLISHED"),
                () -> EngineComparison.report("COUNTED_TIER_ABOLISHED expected " + counted, province, provinceCodes));
        assertFalse(provinceCodes.contains("TIER_ABOLISHED"));
        Statistics.label("district after 01/07/2025").collect(after);
        Statistics.label("province counts an abolished tier").collect(counted);
    }

    private static List<String> codes(Assessment a) {
        return a.notices().stream().map(Notice::code).toList();
    }

    @Provide
    Arbitrary<DistrictEvaluationRequest> districts() {
        return Tt25Generators.districtRequests();
    }

    @Provide
    Arbitrary<ProvinceEvaluationRequest> provinces() {
        return Tt25Generators.provinceRequests();
    }

    @Provide
    Arbitrary<DistrictEvaluationRequest> districtsWithGaps() {
        return Tt25Generators.districtRequestsWithGaps();
    }

    @Provide
    Arbitrary<ProvinceEvaluationRequest> provincesWithGaps() {
        return Tt25Generators.provinceRequestsWithGaps();
    }

    @Provide
    Arbitrary<Tuple.Tuple2<DistrictEvaluationRequest, List<Change<DistrictEvaluationRequest>>>> improvableDistricts() {
        return Tt25Generators.districtRequests().filter(r -> !Tt25Changes.improvements(r).isEmpty())
                .flatMap(r -> Arbitraries.of(Tt25Changes.improvements(r)).list().ofMinSize(1).ofMaxSize(8)
                        .map(chain -> Tuple.of(r, chain)));
    }

    @Provide
    Arbitrary<Tuple.Tuple2<ProvinceEvaluationRequest, List<Change<ProvinceEvaluationRequest>>>> improvableProvinces() {
        return Tt25Generators.provinceRequests().filter(r -> !Tt25Changes.improvements(r).isEmpty())
                .flatMap(r -> Arbitraries.of(Tt25Changes.improvements(r)).list().ofMinSize(1).ofMaxSize(8)
                        .map(chain -> Tuple.of(r, chain)));
    }
}
