package vn.hoctap.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.rules.Evaluator;

/**
 * The library against {@link HandWrittenCitizenEvaluator}, the same "Công dân học tập" written by hand, on the
 * {@value #PEOPLE} people of {@link CitizenBenchmark} (evaluation year 2024, fixed seed), in people per second; each
 * thread evaluates the whole commune per operation, and JMH adds the threads' rates up.
 *
 * <ul>
 *   <li>{@code libraryExplained} / {@code handWrittenExplained}: every person's verdict and every indicator's
 *       sentence ({@link Evaluator#evaluateCitizens}, the library's batch path); {@code ...2} the same on 2 threads.</li>
 *   <li>{@code libraryTallies} / {@code handWrittenVerdicts}: only the counts ({@link Evaluator#tallyCitizens}) against
 *       the verdicts alone ({@link HandWrittenCitizenEvaluator#verdict}).</li>
 * </ul>
 *
 * <p>Before anything is timed, the setup checks that both say the same of {@value #AGREEMENT} other generated people
 * ({@link HandWrittenAgreement}): a faster evaluator that said something else would prove nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(HandWrittenComparisonBenchmark.PEOPLE)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class HandWrittenComparisonBenchmark {
    /** People evaluated per operation: a commune, as in {@link CitizenBenchmark}. */
    public static final int PEOPLE = CitizenBenchmark.PEOPLE;
    /** People both evaluators must agree on before timing. */
    public static final int AGREEMENT = 100_000;

    private Evaluator library;
    private HandWrittenCitizenEvaluator handWritten;
    private List<CitizenEvaluationRequest> people;

    @Setup
    public void setUp() {
        library = Evaluator.national();
        people = CitizenBenchmark.people(PEOPLE, CitizenBenchmark.SEED);
        handWritten = HandWrittenCitizenEvaluator.of(library, people.get(0).effectiveReferenceDate());
        HandWrittenAgreement.check(library, handWritten, CitizenBenchmark.people(AGREEMENT, CitizenBenchmark.SEED + 1));
    }

    @Benchmark
    @Threads(1)
    public List<Assessment> libraryExplained() {
        return library.evaluateCitizens(people);
    }

    @Benchmark
    @Threads(2)
    public List<Assessment> libraryExplained2() {
        return library.evaluateCitizens(people);
    }

    @Benchmark
    @Threads(1)
    public List<HandWrittenCitizenEvaluator.Explained> handWrittenExplained() {
        return explainAll();
    }

    @Benchmark
    @Threads(2)
    public List<HandWrittenCitizenEvaluator.Explained> handWrittenExplained2() {
        return explainAll();
    }

    @Benchmark
    @Threads(1)
    public CitizenTally libraryTallies() {
        return library.tallyCitizens(people);
    }

    /** The counts of each verdict, as a tally keeps them. */
    @Benchmark
    @Threads(1)
    public int[] handWrittenVerdicts() {
        int[] counts = new int[Verdict.values().length];
        for (CitizenEvaluationRequest person : people) {
            counts[handWritten.verdict(person).ordinal()]++;
        }
        return counts;
    }

    private List<HandWrittenCitizenEvaluator.Explained> explainAll() {
        return people.stream().map(handWritten::evaluate).toList();
    }
}
