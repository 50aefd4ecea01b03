package vn.hoctap.examples.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.rules.Evaluator;

/**
 * The library against {@link HandWrittenCitizenEvaluator} as {@link HandWrittenComparisonBenchmark} compares them, but
 * in alternating windows on one thread of one JVM and in people per second of that thread's CPU time: a neighbour that
 * takes the other core slows both sides of a window alike, so the ratio holds on a shared machine where JMH's error
 * bars grow wider than its scores. Both evaluators must first agree on {@value HandWrittenComparisonBenchmark#AGREEMENT}
 * generated people.
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp "lib-examples/examples/target/classes:$(cat lib-examples/examples/target/cp.txt)" \
 *     vn.hoctap.examples.bench.HandWrittenRatio 10
 * }</pre>
 *
 * <p>The first argument is the number of windows (default 10); each window runs each of the four tasks a few times over
 * {@value HandWrittenComparisonBenchmark#PEOPLE} people, after 15 s of warm-up. The second, if given, is a number of
 * distinct people (a multiple of {@value HandWrittenComparisonBenchmark#PEOPLE}) the batches cycle through, one
 * commune-sized slice after another: the library's shared folds then meet new people as a province's stream does,
 * instead of the same commune again. CPU time leaves out the collector's own
 * threads: an evaluator that allocates more is flattered, which the wall-clock JMH figures do not do.
 */
public final class HandWrittenRatio {
    private HandWrittenRatio() {
    }

    /** One timed task: a name, the batches a window runs, and the batch. */
    private record Task(String name, int batches, Runnable batch) {
    }

    public static void main(String[] args) {
        int windows = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Evaluator library = Evaluator.national();
        int population = args.length > 1 ? Integer.parseInt(args[1]) : HandWrittenComparisonBenchmark.PEOPLE;
        int size = HandWrittenComparisonBenchmark.PEOPLE;
        if (population < size || population % size != 0) {
            throw new IllegalArgumentException("distinct people must be a multiple of " + size + ": " + population);
        }
        List<CitizenEvaluationRequest> everybody = CitizenBenchmark.people(population, CitizenBenchmark.SEED);
        int[] next = {0};
        // Every batch of every task takes the next slice, so a window meets people its tasks have not seen lately.
        Supplier<List<CitizenEvaluationRequest>> slices = () -> {
            int from = next[0];
            next[0] = (from + size) % population;
            return everybody.subList(from, from + size);
        };
        List<CitizenEvaluationRequest> people = everybody.subList(0, size);
        HandWrittenCitizenEvaluator handWritten = HandWrittenCitizenEvaluator.of(library,
                people.get(0).effectiveReferenceDate());
        HandWrittenAgreement.check(library, handWritten, CitizenBenchmark.people(HandWrittenComparisonBenchmark.AGREEMENT,
                CitizenBenchmark.SEED + 1));
        List<Task> tasks = List.of(
                new Task("library, explained", 8, () -> library.evaluateCitizens(slices.get())),
                new Task("hand-written, explained", 30, () -> slices.get().stream().map(handWritten::evaluate).toList()),
                new Task("library, tallies only", 20, () -> library.tallyCitizens(slices.get())),
                new Task("hand-written, verdicts only", 200, () -> {
                    int[] counts = new int[Verdict.values().length];
                    for (CitizenEvaluationRequest p : slices.get()) {
                        counts[handWritten.verdict(p).ordinal()]++;
                    }
                    if (counts[0] + counts[counts.length - 1] < 0) {
                        throw new AssertionError("unreachable: keeps the counts alive");
                    }
                }));
        long warm = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < warm) {
            tasks.forEach(t -> t.batch().run());
        }
        ThreadMXBean cpu = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<List<Double>> rates = new ArrayList<>();
        tasks.forEach(t -> rates.add(new ArrayList<>()));
        for (int w = 0; w < windows; w++) {
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                long start = cpu.getCurrentThreadCpuTime();
                for (int b = 0; b < t.batches(); b++) {
                    t.batch().run();
                }
                double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
                rates.get(i).add(t.batches() * (double) people.size() / seconds);
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            List<Double> r = sorted(rates.get(i));
            System.out.printf(Locale.ROOT, "%-28s median %,10.0f people per CPU-second (windows %,.0f to %,.0f)%n",
                    tasks.get(i).name(), median(r), r.get(0), r.get(r.size() - 1));
        }
        ratio("explained, library / hand-written", rates.get(0), rates.get(1));
        ratio("tallies only / hand-written verdicts", rates.get(2), rates.get(3));
    }

    private static void ratio(String what, List<Double> library, List<Double> handWritten) {
        List<Double> r = new ArrayList<>();
        for (int w = 0; w < library.size(); w++) {
            r.add(library.get(w) / handWritten.get(w));
        }
        r = sorted(r);
        System.out.printf(Locale.ROOT, "%-38s median %.3f (windows %.3f to %.3f)%n", what, median(r), r.get(0),
                r.get(r.size() - 1));
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}
