package vn.hoctap.rules.cdht;

import vn.hoctap.rules.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.reference.ReferenceCdhtEvaluator;

/** "Công dân học tập" on random people: against the reference reading, in bulk, and invariants. */
class CdhtProperties {
    private static final Evaluator EVALUATOR = Evaluator.national();

    /**
     * Proves that for every generated person (totals around the pass mark, scores below, on and above the floor,
     * blanks) the engine reaches the reference's verdict, the same outcome for the title, each group and each
     * indicator, the same total of the scores given and the same missing paths in the same order. Checks that every
     * verdict is common enough for this to mean something, and that complete forms land just below 80 and on exactly 80.
     */
    @Property(tries = 1500, seed = Seeds.STATISTICS)
    void engineAgreesWithTheReference(@ForAll("people") CitizenEvaluationRequest request) {
        ReferenceCdhtEvaluator.Result expected = ReferenceCdhtEvaluator.evaluate(request);
        Assessment actual = EVALUATOR.evaluate(request);
        LevelResult title = actual.level(Level.LEVEL_1).orElseThrow();
        Map<Integer, Outcome> groups = new LinkedHashMap<>();
        Map<String, Outcome> indicators = new LinkedHashMap<>();
        title.results().forEach(c -> {
            groups.put(c.number(), c.outcome());
            c.indicators().forEach(i -> indicators.put(i.indicatorId(), i.outcome()));
        });
        List<String> d = new ArrayList<>();
        if (expected.verdict() != actual.verdict()) {
            d.add("verdict: expected " + expected.verdict() + ", engine " + actual.verdict());
        }
        if (expected.outcome() != title.outcome()) {
            d.add("title: expected " + expected.outcome() + ", engine " + title.outcome());
        }
        if (!expected.groups().equals(groups)) {
            d.add("groups: expected " + expected.groups() + ", engine " + groups);
        }
        if (!expected.indicators().equals(indicators)) {
            d.add("indicators: expected " + expected.indicators() + ", engine " + indicators);
        }
        if (expected.points().compareTo(title.points()) != 0) {
            d.add("points: expected " + expected.points() + ", engine " + title.points());
        }
        List<String> missing = actual.missingInputs().stream().map(MissingInput::path).toList();
        if (!expected.missing().equals(missing)) {
            d.add("missing: expected " + expected.missing() + ", engine " + missing);
        }
        assertTrue(d.isEmpty(), () -> String.join("\n", d) + "\nrequest: " + HoctapJson.write(request));

        Statistics.label("verdict").collect(expected.verdict());
        boolean complete = expected.missing().isEmpty()
                && expected.indicators().values().stream().noneMatch(o -> o == Outcome.NOT_MET);
        int cmp = expected.points().compareTo(BigDecimal.valueOf(80));
        Statistics.label("complete forms above the floor").collect(!complete ? "other"
                : cmp == 0 ? "exactly 80" : cmp > 0 ? "above 80"
                : expected.points().compareTo(BigDecimal.valueOf(79)) >= 0 ? "79 to 79.5" : "below 79");
        Statistics.label("complete forms above the floor").coverage(c -> {
            c.check("79 to 79.5").percentage(p -> p >= 0.5);
            c.check("exactly 80").percentage(p -> p >= 0.5);
        });
        Statistics.label("verdict").coverage(c -> {
            c.check(Verdict.LEVEL_1).percentage(p -> p >= 15);
            c.check(Verdict.NOT_RECOGNISED).percentage(p -> p >= 15);
            c.check(Verdict.NOT_DETERMINED).percentage(p -> p >= 10);
        });
    }

    /**
     * Proves that evaluating a list of people at once (several to a rule session, lists long enough to need several
     * sessions) gives, in order, exactly the assessments that evaluating each person alone gives, explanations
     * included; and that the tally of the list counts those assessments.
     */
    @Property(tries = 10, seed = Seeds.STATISTICS)
    void evaluatingManyAtOnceEqualsEvaluatingEachAlone(@ForAll("communes") List<CitizenEvaluationRequest> people) {
        List<Assessment> together = EVALUATOR.evaluateCitizens(people);
        List<Assessment> alone = people.stream().map(EVALUATOR::evaluate).toList();
        assertEquals(alone, together);
        assertEquals(CitizenTally.of(people, alone), EVALUATOR.tallyCitizens(people));
        Statistics.label("sessions").collect(people.size() > 500 ? "several" : people.isEmpty() ? "none" : "one");
    }

    /**
     * Proves that the answers the engine remembers from earlier people (engine/Judgements) change nothing: an
     * evaluator that has judged thousands of others gives the same assessments as a fresh one that has judged nobody,
     * and its verdicts without explanations are the assessments' verdicts.
     */
    @Property(tries = 5, seed = Seeds.STATISTICS)
    void rememberedAnswersChangeNothing(@ForAll("communes") List<CitizenEvaluationRequest> people) {
        List<Assessment> warmed = EVALUATOR.evaluateCitizens(people);
        Evaluator fresh = Evaluator.national();
        assertEquals(people.stream().map(fresh::evaluate).toList(), warmed);
        assertEquals(warmed.stream().map(Assessment::verdict).toList(), Evaluator.national().verdictsOfCitizens(people));
    }

    /** Proves that the same person evaluated twice, alone or in a list, gives equal assessments. */
    @Property(tries = 200, seed = Seeds.STATISTICS)
    void evaluationIsDeterministic(@ForAll("people") CitizenEvaluationRequest request) {
        Assessment first = EVALUATOR.evaluate(request);
        assertEquals(first, EVALUATOR.evaluate(request));
        assertEquals(List.of(first, first), EVALUATOR.evaluateCitizens(List.of(request, request)));
    }

    /**
     * Proves that the target group (which form the person filled in) and the qualification change nothing but the
     * notice naming the group: the library does not know how the four forms differ, so it invents no difference.
     */
    @Property(tries = 200, seed = Seeds.STATISTICS)
    void targetGroupAndQualificationChangeNoResult(@ForAll("people") CitizenEvaluationRequest request,
                                                   @ForAll TargetGroup group, @ForAll Qualification qualification) {
        Person p = request.person();
        CitizenEvaluationRequest other = new CitizenEvaluationRequest(request.evaluationYear(), request.referenceDate(),
                new Person(p.id(), p.fullName(), p.birthYear(), group, p.recognitions()), request.scores(),
                qualification);
        Assessment a = EVALUATOR.evaluate(request);
        Assessment b = EVALUATOR.evaluate(other);
        assertEquals(a.verdict(), b.verdict());
        assertEquals(a.levels(), b.levels());
        assertEquals(a.summaryVi(), b.summaryVi());
        assertEquals(withoutGroup(a.notices()), withoutGroup(b.notices()));
        assertTrue(b.notices().stream().anyMatch(n -> n.code().equals("TARGET_GROUP")
                && n.textVi().contains(group.nameVi())));
    }

    private static List<Notice> withoutGroup(List<Notice> notices) {
        return notices.stream().filter(n -> !n.code().equals("TARGET_GROUP")).toList();
    }

    /** Proves that requests and assessments survive a JSON round trip unchanged. */
    @Property(tries = 200, seed = Seeds.STATISTICS)
    void requestsAndAssessmentsSurviveJson(@ForAll("people") CitizenEvaluationRequest request) {
        assertEquals(request, HoctapJson.read(HoctapJson.write(request), CitizenEvaluationRequest.class));
        Assessment a = EVALUATOR.evaluate(request);
        assertEquals(a, HoctapJson.read(HoctapJson.write(a), Assessment.class));
    }

    /** Proves that each indicator earns exactly the score given, and nothing while the score is missing. */
    @Property(tries = 300, seed = Seeds.STATISTICS)
    void indicatorsEarnTheirScore(@ForAll("people") CitizenEvaluationRequest request) {
        Assessment a = EVALUATOR.evaluate(request);
        for (IndicatorResult i : a.level(Level.LEVEL_1).orElseThrow().results().stream()
                .flatMap(c -> c.indicators().stream()).toList()) {
            CitizenInput input = CitizenInput.fromJsonName(i.measurements().get(0).input()).orElseThrow();
            assertEquals(request.scores().get(input).orElse(null), i.points(), i.indicatorId());
            assertEquals(0, i.maxPoints().compareTo(BigDecimal.TEN), i.indicatorId());
        }
    }

    @Provide
    Arbitrary<CitizenEvaluationRequest> people() {
        return CitizenArbitraries.requests();
    }

    @Provide
    Arbitrary<List<CitizenEvaluationRequest>> communes() {
        return CitizenArbitraries.requests().list().ofMaxSize(1050)
                .withSizeDistribution(RandomDistribution.uniform())
                .uniqueElements(r -> r.person().id());
    }
}
