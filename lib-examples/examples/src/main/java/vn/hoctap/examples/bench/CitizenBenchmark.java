package vn.hoctap.examples.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.subject.CitizenFacts;
import vn.hoctap.rules.engine.Engine;

/**
 * A commune's year-end "Công dân học tập" run: 12,000 generated people (fixed seed), explanations included.
 *
 * <ul>
 *   <li>{@code evaluateCitizens}: {@link Evaluator#evaluateCitizens}, the whole commune in one call; ms per 12,000.</li>
 *   <li>{@code tallyCitizens}: {@link Evaluator#tallyCitizens}, the counts only; ms per 12,000.</li>
 *   <li>{@code sessionsOf}: the engine judging the commune {@code peoplePerSession} people to a rule session, to show
 *       why {@code evaluateCitizens} slices as it does (12,000 is one session for everybody); ms per 12,000.</li>
 *   <li>{@code onePerPerson}: one {@link Evaluator#evaluate(CitizenEvaluationRequest)} call per person over the first
 *       {@value #SAMPLE}; µs per person (multiply by 12,000 to compare).</li>
 * </ul>
 *
 * <p>Run with {@code -prof gc} for allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class CitizenBenchmark {
    /** People in the commune. */
    public static final int PEOPLE = 12_000;
    /** People evaluated one call each. */
    public static final int SAMPLE = 1_000;
    /** The generator's seed, fixed so that every run evaluates the same people. */
    public static final long SEED = 20_241_231L;

    private Evaluator evaluator;
    private List<CitizenEvaluationRequest> people;

    /** The commune cut into slices of {@code peoplePerSession}, each judged in one engine session. */
    @State(Scope.Benchmark)
    public static class Sessions {
        /** People per rule session: everybody, or slices. */
        @Param({"12000", "2000", "500", "100", "10"})
        public int peoplePerSession;

        private Engine engine;
        private List<List<CitizenFacts>> slices;

        @Setup
        public void setUp() {
            engine = new Engine(RulePack.national());
            List<CitizenFacts> facts = people(PEOPLE, SEED).stream().map(CitizenFacts::new).toList();
            slices = new ArrayList<>();
            for (int from = 0; from < facts.size(); from += peoplePerSession) {
                slices.add(facts.subList(from, Math.min(facts.size(), from + peoplePerSession)));
            }
        }
    }

    @Setup
    public void setUp() {
        evaluator = Evaluator.national();
        people = people(PEOPLE, SEED);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Assessment> evaluateCitizens() {
        return evaluator.evaluateCitizens(people);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CitizenTally tallyCitizens() {
        return evaluator.tallyCitizens(people);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int sessionsOf(Sessions sessions) {
        int holding = 0;
        for (List<CitizenFacts> slice : sessions.slices) {
            for (Assessment a : sessions.engine.evaluateAll(slice)) {
                holding += a.levelReached().isPresent() ? 1 : 0;
            }
        }
        return holding;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(SAMPLE)
    public int onePerPerson() {
        int holding = 0;
        for (CitizenEvaluationRequest r : people.subList(0, SAMPLE)) {
            holding += evaluator.evaluate(r).levelReached().isPresent() ? 1 : 0;
        }
        return holding;
    }

    /**
     * {@code n} people for evaluation year 2024: most score 6 to 10 on each indicator, one score in twenty lower, one score in fifty
     * left blank, a few half points; every target group and qualification.
     */
    public static List<CitizenEvaluationRequest> people(int n, long seed) {
        Random random = new Random(seed);
        TargetGroup[] groups = TargetGroup.values();
        Qualification[] qualifications = Qualification.values();
        List<CitizenEvaluationRequest> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<CitizenInput, BigDecimal> scores = new EnumMap<>(CitizenInput.class);
            for (CitizenInput input : CitizenInput.values()) {
                if (random.nextInt(50) == 0) {
                    continue;
                }
                int whole = random.nextInt(100) < 95 ? 6 + random.nextInt(5) : random.nextInt(6);
                BigDecimal score = BigDecimal.valueOf(whole);
                if (whole < 10 && random.nextInt(10) == 0) {
                    score = score.add(new BigDecimal("0.5"));
                }
                scores.put(input, score);
            }
            Person person = new Person(String.format("CD%05d", i), null, 1950 + random.nextInt(55),
                    groups[random.nextInt(groups.length)], List.of());
            people.add(new CitizenEvaluationRequest(2024, null, person, CitizenScores.of(scores),
                    random.nextInt(5) == 0 ? null : qualifications[random.nextInt(qualifications.length)]));
        }
        return people;
    }
}
