package vn.hoctap.rules.khvn;

import vn.hoctap.rules.Seeds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.HouseholdEvaluationRequest;
import vn.hoctap.model.request.HouseholdStatements;
import vn.hoctap.model.request.LearningInability;
import vn.hoctap.model.request.LiteracyLevel;
import vn.hoctap.model.request.MemberLearning;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Household;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.Evaluator;

/** The engine against the hand count of {@link ReferenceFamily}, and bulk evaluation against one at a time. */
class FamilyProperties {
    /**
     * The example numbers and variants that put thresholds where small households reach them (67 % fails 2 of 3,
     * 50 % passes 1 of 2), with other age bands, points and pass marks.
     */
    private static final List<ReferenceFamily.Numbers> NUMBERS = List.of(ReferenceFamily.Numbers.EXAMPLE,
            new ReferenceFamily.Numbers(5, 17, 67, 50, 75, 67, 18, 65, 5, 15, 25, 65, 3, 14, 67, 40, 15, 70, 67, 60, 70),
            new ReferenceFamily.Numbers(7, 15, 50, 100, 50, 100, 25, 55, 20, 10, 10, 90, 6, 11, 50, 70, 20, 40, 34, 30,
                    80),
            new ReferenceFamily.Numbers(6, 14, 75, 67, 67, 50, 16, 80, 10, 30, 5, 75, 10, 18, 75, 25, 30, 60, 100, 75,
                    75));
    private static final List<Evaluator> EVALUATORS = NUMBERS.stream().map(FamilyProperties::evaluator).toList();

    /** The national rules with {@code n} as the province's numbers. */
    private static Evaluator evaluator(ReferenceFamily.Numbers n) {
        String g = "KHVN.GD.2016.";
        return Khvn.example(
                parameter(g + "C1.MIN_AGE", ParameterType.INTEGER, n.childFrom()),
                parameter(g + "C1.MAX_AGE", ParameterType.INTEGER, n.childTo()),
                parameter(g + "C1.1.MIN_PERCENT", ParameterType.PERCENT, n.schooling()),
                parameter(g + "C1.2.MIN_PERCENT", ParameterType.PERCENT, n.resultsAndConduct()),
                parameter(g + "C1.3.MIN_PERCENT", ParameterType.PERCENT, n.behaviour()),
                parameter(g + "C2.1.MIN_PERCENT", ParameterType.PERCENT, n.literacy()),
                parameter(g + "C2.2.MIN_AGE", ParameterType.INTEGER, n.topicFrom()),
                parameter(g + "C2.2.MAX_AGE", ParameterType.INTEGER, n.topicTo()),
                parameter(g + "C2.2.MAX_POINTS", ParameterType.POINTS, n.topicPoints()),
                parameter(g + "C3.1.MAX_POINTS", ParameterType.POINTS, n.conditionsPoints()),
                parameter(g + "C4.1.MAX_POINTS", ParameterType.POINTS, n.impactPoints()),
                parameter(g + "PASS_MARK", ParameterType.POINTS, n.passMark()),
                parameter("KHVN.GD.C1.MIN_AGE", ParameterType.INTEGER, n.child22From()),
                parameter("KHVN.GD.C1.MAX_AGE", ParameterType.INTEGER, n.child22To()),
                parameter("KHVN.GD.C1.1.MIN_PERCENT", ParameterType.PERCENT, n.schooling22()),
                parameter("KHVN.GD.C1.1.MAX_POINTS", ParameterType.POINTS, n.schooling22Points()),
                parameter("KHVN.GD.C2.MIN_AGE", ParameterType.INTEGER, n.adult22From()),
                parameter("KHVN.GD.C2.MAX_AGE", ParameterType.INTEGER, n.adult22To()),
                parameter("KHVN.GD.C2.1.MIN_PERCENT", ParameterType.PERCENT, n.citizens22()),
                parameter("KHVN.GD.C2.1.MAX_POINTS", ParameterType.POINTS, n.citizens22Points()),
                parameter("KHVN.GD.PASS_MARK", ParameterType.POINTS, n.passMark22()));
    }

    private static ParameterDefinition parameter(String id, ParameterType type, int value) {
        return Khvn.parameter(id, type, String.valueOf(value));
    }

    @Provide
    Arbitrary<Integer> numbers() {
        return Arbitraries.integers().between(0, NUMBERS.size() - 1);
    }

    /**
     * Proves that for every generated household (both frameworks, ages around every band, members unable to learn,
     * facts and statements missing, true or false) the engine reaches the reference's verdict and total, and the same
     * outcome and points for every indicator; and that every verdict is common enough for this to mean something.
     */
    @Property(tries = 1000, seed = Seeds.STATISTICS)
    void engineAgreesWithTheReference(@ForAll("households") HouseholdEvaluationRequest request,
                                      @ForAll("numbers") int n) {
        ReferenceFamily.Result expected = ReferenceFamily.evaluate(request, NUMBERS.get(n));
        Assessment actual = EVALUATORS.get(n).evaluate(request);
        List<String> differences = new ArrayList<>();
        if (!expected.schemeId().equals(actual.schemeId())) {
            differences.add("scheme " + expected.schemeId() + " / " + actual.schemeId());
        }
        if (expected.verdict() != actual.verdict()) {
            differences.add("verdict " + expected.verdict() + " / " + actual.verdict());
        }
        if (expected.total().compareTo(actual.level(Level.LEVEL_1).orElseThrow().points()) != 0) {
            differences.add("total " + expected.total() + " / " + actual.level(Level.LEVEL_1).orElseThrow().points());
        }
        List<String> judged = new ArrayList<>();
        for (var c : actual.level(Level.LEVEL_1).orElseThrow().results()) {
            for (IndicatorResult i : c.indicators()) {
                judged.add(i.indicatorId());
                ReferenceFamily.Judged e = expected.indicators().get(i.indicatorId());
                if (e == null || e.outcome() != i.outcome() || (e.points() == null ? i.points() != null
                        : i.points() == null || e.points().compareTo(i.points()) != 0)) {
                    differences.add(i.indicatorId() + ": " + e + " / " + i.outcome() + " " + i.points() + " — "
                            + i.explanationVi());
                }
            }
        }
        assertEquals(List.copyOf(expected.indicators().keySet()), judged, "indicators judged");
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences) + "\n" + NUMBERS.get(n) + "\n"
                + HoctapJson.write(request));

        Statistics.label("verdict").collect(expected.verdict());
        Statistics.label("verdict").coverage(c -> {
            c.check(Verdict.LEVEL_1).percentage(p -> p >= 5);
            c.check(Verdict.NOT_RECOGNISED).percentage(p -> p >= 5);
            c.check(Verdict.NOT_DETERMINED).percentage(p -> p >= 5);
        });
    }

    /** Proves that evaluating a commune's households in one session gives each the assessment it gets alone. */
    @Property(tries = 80, seed = Seeds.STATISTICS)
    void evaluatingHouseholdsTogetherGivesEachTheAssessmentItGetsAlone(
            @ForAll("lists") List<HouseholdEvaluationRequest> requests) {
        List<Assessment> together = Khvn.EXAMPLE.evaluateHouseholds(requests);
        assertEquals(requests.size(), together.size());
        for (int i = 0; i < requests.size(); i++) {
            assertEquals(HoctapJson.write(Khvn.EXAMPLE.evaluate(requests.get(i))), HoctapJson.write(together.get(i)),
                    "household " + i);
        }
    }

    @Provide
    Arbitrary<List<HouseholdEvaluationRequest>> lists() {
        return households().list().ofMinSize(1).ofMaxSize(8);
    }

    /** Mostly true, sometimes false, sometimes not stated. */
    private static Arbitrary<Boolean> fact() {
        return Arbitraries.frequencyOf(
                Tuple.of(14, Arbitraries.just(Boolean.TRUE)),
                Tuple.of(2, Arbitraries.just(Boolean.FALSE)),
                Tuple.of(1, Arbitraries.just((Boolean) null)));
    }

    private static Arbitrary<MemberLearning> learning() {
        Arbitrary<LiteracyLevel> literacy = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of(LiteracyLevel.LEVEL_1, LiteracyLevel.LEVEL_2)),
                Tuple.of(1, Arbitraries.just(LiteracyLevel.NOT_LITERATE)),
                Tuple.of(1, Arbitraries.just((LiteracyLevel) null)));
        Arbitrary<LearningInability> unable = Arbitraries.frequencyOf(
                Tuple.of(14, Arbitraries.just((LearningInability) null)),
                Tuple.of(1, Arbitraries.of(LearningInability.values())));
        return Combinators.combine(fact(), fact(), fact(), fact(), fact(), literacy, fact(), unable)
                .as(MemberLearning::new);
    }

    /** One member: age (sometimes unknown), facts (sometimes none), and whether they hold "Công dân học tập". */
    private record Member(Integer age, MemberLearning learning, boolean learningCitizen) {
    }

    private static Arbitrary<Member> member() {
        Arbitrary<Integer> age = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.integers().between(0, 85)),
                Tuple.of(20, Arbitraries.integers().between(3, 20)),
                Tuple.of(8, Arbitraries.of(5, 6, 7, 14, 15, 17, 18, 19, 25, 55, 60, 61, 65, 70)),
                Tuple.of(1, Arbitraries.just((Integer) null)));
        Arbitrary<MemberLearning> learning = Arbitraries.frequencyOf(
                Tuple.of(12, learning()), Tuple.of(1, Arbitraries.just((MemberLearning) null)));
        return Combinators.combine(age, learning, Arbitraries.integers().between(0, 9))
                .as((a, l, c) -> new Member(a, l, c < 6));
    }

    @Provide
    Arbitrary<HouseholdEvaluationRequest> households() {
        Arbitrary<Integer> year = Arbitraries.integers().between(2017, 2025);
        Arbitrary<HouseholdStatements> statements = Combinators.combine(fact(), fact()).as(HouseholdStatements::new);
        return Combinators.combine(year, member().list().ofMinSize(1).ofMaxSize(8), statements)
                .as((y, members, s) -> {
                    List<Person> people = new ArrayList<>();
                    Map<String, MemberLearning> facts = new LinkedHashMap<>();
                    for (int i = 0; i < members.size(); i++) {
                        Member m = members.get(i);
                        String id = "p" + i;
                        people.add(new Person(id, null, m.age() == null ? null : y - m.age(), null, m.learningCitizen()
                                ? List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, y, null, null))
                                : List.of()));
                        if (m.learning() != null) {
                            facts.put(id, m.learning());
                        }
                    }
                    return new HouseholdEvaluationRequest(y, null, new Household("HK", null, null, people, List.of()),
                            facts, s, Map.of(), Map.of());
                });
    }
}
