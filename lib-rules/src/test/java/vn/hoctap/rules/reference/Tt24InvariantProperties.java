package vn.hoctap.rules.reference;

import vn.hoctap.rules.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.rules.reference.Tt24Changes.Improvement;

/** Properties of the engine that hold whatever the thresholds are: monotonicity, determinism, lossless JSON, and
 * the equivalence of the two ways of giving members. */
class Tt24InvariantProperties {

    /**
     * Proves monotonicity: raising one member count (capped at the total; on the record path, giving the attribute
     * to more members), raising the learners holding "Công dân học tập", adding evidence for an input, turning a
     * "no" statement into "yes" or raising the digital maturity never lowers the level reached (NOT_RECOGNISED &lt;
     * LEVEL_1 &lt; LEVEL_2). Each request is improved by a chain of one to four such steps aimed at what it lacks;
     * every step whose verdict before and after is determined is checked.
     */
    @Property(tries = 800, seed = Seeds.STATISTICS)
    void improvingARequestNeverLowersTheLevel(@ForAll("improvableRequests")
                                              Tuple.Tuple2<UnitEvaluationRequest, List<Improvement>> chain) {
        UnitEvaluationRequest request = chain.get1();
        Verdict before = Tt24Engine.evaluate(request).verdict();
        boolean raised = false;
        for (Improvement improvement : chain.get2()) {
            UnitEvaluationRequest improved = improvement.applyTo(request).orElse(request);
            Verdict after = Tt24Engine.evaluate(improved).verdict();
            if (before != Verdict.NOT_DETERMINED && after != Verdict.NOT_DETERMINED) {
                Verdict was = before;
                UnitEvaluationRequest from = request;
                assertTrue(Tt24Changes.rank(after) >= Tt24Changes.rank(before), () -> EngineComparison.report(
                        "improvement " + improvement + " lowered " + was + " to " + after, from, ""));
                raised |= after != before;
            }
            request = improved;
            before = after;
        }
        Statistics.label("chain").collect(raised ? "raised the level" : "level unchanged or undetermined");
        Statistics.label("chain").coverage(c -> c.check("raised the level").percentage(p -> p >= 12));
    }

    /** Proves determinism: the same request evaluated twice gives equal assessments, explanations included. */
    @Property(tries = 400, seed = Seeds.STATISTICS)
    void evaluationIsDeterministic(@ForAll("requests") UnitEvaluationRequest request) {
        assertEquals(Tt24Engine.evaluate(request), Tt24Engine.evaluate(request));
    }

    /** Proves that writing a request as JSON and reading it back gives an equal request. */
    @Property(tries = 400, seed = Seeds.STATISTICS)
    void requestsSurviveAJsonRoundTrip(@ForAll("requests") UnitEvaluationRequest request) {
        String json = HoctapJson.write(request);
        assertEquals(request, HoctapJson.read(json, UnitEvaluationRequest.class), json);
    }

    /**
     * Proves that writing an assessment as JSON and reading it back gives an equal assessment (every explanation,
     * measurement, citation, missing input, notice and date).
     */
    @Property(tries = 400, seed = Seeds.STATISTICS)
    void assessmentsSurviveAJsonRoundTrip(@ForAll("requests") UnitEvaluationRequest request) {
        Assessment assessment = Tt24Engine.evaluate(request);
        String json = HoctapJson.write(assessment);
        assertEquals(assessment, HoctapJson.read(json, Assessment.class), json);
    }

    /**
     * Proves that member records and their counts agree. Where the counts are known the two give the same outcome for
     * every indicator at every level. Where some records do not state an attribute, its count is unknown and the
     * counts path leaves the indicator undetermined; the records path may still decide it, but only with the outcome
     * that every way of filling in the unknown records gives (criteria.md §2). Thresholds are minimum shares, so the
     * two extremes, every unknown record "yes" and every one "no", stand for all the ways.
     */
    @Property(tries = 500, seed = Seeds.STATISTICS)
    void memberRecordsAndTheirCountsAgree(@ForAll("memberListRequests") UnitEvaluationRequest request) {
        Assume.that(!request.memberList().isEmpty());
        UnitEvaluationRequest counted = request.withMembers(request.memberCounts().orElseThrow());
        Map<String, Outcome> records = indicatorOutcomes(Tt24Engine.evaluate(request));
        Map<String, Outcome> counts = indicatorOutcomes(Tt24Engine.evaluate(counted));
        Map<String, Outcome> allYes = indicatorOutcomes(Tt24Engine.evaluate(filledIn(request, true)));
        Map<String, Outcome> allNo = indicatorOutcomes(Tt24Engine.evaluate(filledIn(request, false)));
        boolean decidedFromPartialRecords = false;
        for (Map.Entry<String, Outcome> e : counts.entrySet()) {
            String key = e.getKey();
            Outcome byRecords = records.get(key);
            if (e.getValue() != Outcome.UNDETERMINED) {
                assertEquals(e.getValue(), byRecords, () -> EngineComparison.report(
                        "records and counts disagree on " + key, request, counted.members()));
            } else if (byRecords != Outcome.UNDETERMINED) {
                decidedFromPartialRecords = true;
                assertEquals(allYes.get(key), byRecords, () -> EngineComparison.report(
                        key + " decided from partial records against the all-yes completion", request, ""));
                assertEquals(allNo.get(key), byRecords, () -> EngineComparison.report(
                        key + " decided from partial records against the all-no completion", request, ""));
            }
        }
        Statistics.label("decided from partial records").collect(decidedFromPartialRecords);
    }

    private static Map<String, Outcome> indicatorOutcomes(Assessment a) {
        Map<String, Outcome> m = new LinkedHashMap<>();
        a.levels().forEach(l -> l.results().forEach(c -> c.indicators()
                .forEach(i -> m.put(l.level() + " " + i.indicatorId(), i.outcome()))));
        return m;
    }

    /** The request with every attribute a member record leaves unstated set to {@code value}. */
    private static UnitEvaluationRequest filledIn(UnitEvaluationRequest request, boolean value) {
        List<UnitMember> members = request.memberList().stream().map(m -> new UnitMember(m.id(),
                or(m.labourDiscipline(), value), or(m.completedTraining(), value),
                or(m.trainedInDigitalTransformation(), value),
                or(m.languageCertificate(), value), or(m.languageProficiency(), value), or(m.advancedWorker(), value),
                or(m.learningCitizen(), value))).toList();
        return new UnitEvaluationRequest(request.evaluationYear(), request.referenceDate(), request.unit(), null,
                members, request.learners(), request.attestations(), request.digitalMaturity(), request.evidence(),
                request.recognitions());
    }

    private static Boolean or(Boolean given, boolean value) {
        return given == null ? value : given;
    }

    /**
     * Proves the rule of criteria.md §1 on the two-tier reform: an assessment of a district-level unit whose
     * reference date is on or after 01/07/2025 always warns that the district tier no longer exists
     * ({@code TIER_ABOLISHED}); a province-level one never does.
     */
    @Property(tries = 300, seed = Seeds.STATISTICS)
    void theAbolishedDistrictTierIsAlwaysSaid(@ForAll("requests") UnitEvaluationRequest request) {
        boolean warned = Tt24Engine.evaluate(request).notices().stream()
                .anyMatch(n -> n.code().equals("TIER_ABOLISHED"));
        boolean abolished = request.unit().tier() == AdministrativeTier.DISTRICT
                && !request.effectiveReferenceDate().isBefore(LocalDate.of(2025, 7, 1));
        if (abolished) {
            assertTrue(warned, () -> EngineComparison.report("no TIER_ABOLISHED notice", request, ""));
        }
        if (request.unit().tier() == AdministrativeTier.PROVINCE) {
            assertFalse(warned, () -> EngineComparison.report("TIER_ABOLISHED for a province unit", request, ""));
        }
        Statistics.label("district after 01/07/2025").collect(abolished);
    }

    @Provide
    Arbitrary<UnitEvaluationRequest> requests() {
        return Tt24Requests.requests();
    }

    @Provide
    Arbitrary<UnitEvaluationRequest> memberListRequests() {
        return Tt24Requests.memberListRequests();
    }

    /** A request with a chain of improvements aimed at what it lacks. */
    @Provide
    Arbitrary<Tuple.Tuple2<UnitEvaluationRequest, List<Improvement>>> improvableRequests() {
        return Tt24Requests.requests().filter(request -> !Tt24Changes.candidates(request).isEmpty())
                .flatMap(request -> Arbitraries.of(Tt24Changes.candidates(request)).list().ofMinSize(1).ofMaxSize(8)
                        .map(chain -> Tuple.of(request, chain)));
    }
}
