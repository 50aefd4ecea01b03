package vn.hoctap.examples.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.rules.Evaluator;

/**
 * How much faster two threads evaluate than one, the library's explained batch ({@code evaluateCitizens}) against the
 * hand-written evaluator's, in alternating windows of one JVM: each window times the same work on one thread and then
 * on two, in people per second of wall time, and the ratio is taken window by window, so that a neighbour that comes
 * and goes on this shared machine slows both halves of a window rather than one run of JMH's.
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp "lib-examples/examples/target/classes:$(cat lib-examples/examples/target/cp.txt)" \
 *     vn.hoctap.examples.bench.ThreadScaling 10
 * }</pre>
 *
 * <p>The argument is the number of windows (default 10), after 15 s of warm-up. Wall time, unlike
 * {@link HandWrittenRatio}'s CPU time, is what a second core buys, so the figures move with the machine's load: report
 * the median with its range.
 */
public final class ThreadScaling {
    private ThreadScaling() {
    }

    public static void main(String[] args) throws Exception {
        int windows = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Evaluator library = Evaluator.national();
        List<CitizenEvaluationRequest> people = CitizenBenchmark.people(HandWrittenComparisonBenchmark.PEOPLE,
                CitizenBenchmark.SEED);
        HandWrittenCitizenEvaluator handWritten = HandWrittenCitizenEvaluator.of(library,
                people.get(0).effectiveReferenceDate());
        Runnable libraryBatch = () -> library.evaluateCitizens(people);
        Runnable handWrittenBatch = () -> people.stream().map(handWritten::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long warm = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < warm) {
                rate(pool, 2, 2, libraryBatch, people.size());
                rate(pool, 2, 8, handWrittenBatch, people.size());
            }
            List<Double> libraryRatios = new ArrayList<>();
            List<Double> handWrittenRatios = new ArrayList<>();
            for (int w = 0; w < windows; w++) {
                libraryRatios.add(rate(pool, 2, 8, libraryBatch, people.size())
                        / rate(pool, 1, 8, libraryBatch, people.size()));
                handWrittenRatios.add(rate(pool, 2, 30, handWrittenBatch, people.size())
                        / rate(pool, 1, 30, handWrittenBatch, people.size()));
            }
            report("library, explained: 2 threads / 1 thread", libraryRatios);
            report("hand-written, explained: 2 threads / 1 thread", handWrittenRatios);
        } finally {
            pool.shutdownNow();
        }
    }

    /** People per second of wall time when {@code threads} threads each run {@code batches} batches. */
    private static double rate(ExecutorService pool, int threads, int batches, Runnable batch, int perBatch)
            throws Exception {
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (int b = 0; b < batches; b++) {
                    batch.run();
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return (double) threads * batches * perBatch / ((System.nanoTime() - start) / 1e9);
    }

    private static void report(String what, List<Double> ratios) {
        List<Double> sorted = new ArrayList<>(ratios);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-46s median %.2f (windows %.2f to %.2f)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
