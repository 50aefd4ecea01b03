package vn.hoctap.examples.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import vn.hoctap.examples.SampleProvince;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.stream.Keep;
import vn.hoctap.rules.stream.ProvinceStream;
import vn.hoctap.rules.stream.StreamResult;
import vn.hoctap.rules.stream.StreamSink;

/**
 * Streams generated provinces of 10 districts of 10 communes through {@link ProvinceStream} and reports, for each
 * size, the wall time, people per second, the peak heap used and the peak live heap after a collection (sampled
 * every 20 ms), and the share of the wall time
 * spent in garbage collection (from {@link GarbageCollectorMXBean}), with {@code rollUp} of the same provinces held
 * whole as the baseline of the same run ({@code --rollup}). Explained runs hand every assessment to a sink
 * that discards it; the tallies-only run keeps nothing and does not check ids for repeats (memory bounded by
 * communes alone). Run by the {@code scale} profile at {@code -Xmx512m}:
 *
 * <pre>{@code
 * mvn -B -ntp -o -q -pl lib-examples/examples -am install -DskipTests
 * nice -n 10 mvn -B -ntp -o -q -pl lib-examples/examples -Pscale -DskipTests package \
 *     -Dscale.rollup=10000,100000 -Dscale.sizes=10000,100000,1000000 -Dscale.tallies=10000000
 * }</pre>
 */
public final class ScaleHarness {
    private static final int DISTRICTS = 10;
    private static final int COMMUNES = 10;

    private ScaleHarness() {
    }

    public static void main(String[] args) {
        List<Long> explained = new ArrayList<>();
        List<Long> tallies = new ArrayList<>();
        List<Long> rollUps = new ArrayList<>();
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> parse(args[++i], explained);
                case "--tallies" -> parse(args[++i], tallies);
                case "--rollup" -> parse(args[++i], rollUps);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Evaluator evaluator = Evaluator.national();
        System.out.printf(Locale.ROOT, "max heap %d MB, %d cores, %d threads%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), threads);
        run(evaluator, threads, 20_000, Keep.ALL, true, "warm-up");
        for (long n : rollUps) {
            rollUp(evaluator, n);
        }
        for (long n : explained) {
            run(evaluator, threads, n, Keep.ALL, true, "explained to a discarding sink");
        }
        for (long n : tallies) {
            run(evaluator, threads, n, Keep.TALLIES_ONLY, false, "tallies only");
        }
    }

    private static void parse(String list, List<Long> into) {
        if (!list.isBlank()) {
            for (String s : list.split(",")) {
                into.add(Long.parseLong(s.trim()));
            }
        }
    }

    /**
     * The baseline of the same run: the same province with its people held in a {@link ProvinceTree}, evaluated by
     * {@code rollUp} on the calling thread, every assessment kept.
     */
    private static void rollUp(Evaluator evaluator, long people) {
        int perCommune = (int) (people / (DISTRICTS * COMMUNES));
        ProvinceTree skeleton = SampleProvince.skeleton(DISTRICTS, COMMUNES);
        Map<String, List<CitizenEvaluationRequest>> byCommune = new HashMap<>();
        SampleProvince.people(DISTRICTS, COMMUNES, perCommune, people).forEachRemaining(s ->
                byCommune.computeIfAbsent(s.communeCode(), k -> new ArrayList<>()).add(s.request()));
        ProvinceTree tree = new ProvinceTree(skeleton.province(), skeleton.districts().stream()
                .map(d -> new DistrictTree(d.district(), d.communes().stream()
                        .map(c -> new CommuneTree(c.commune(), byCommune.get(c.code()), List.of())).toList()))
                .toList());
        measure("rollUp (baseline, 1 thread, kept)", () -> {
            ProvinceResult r = evaluator.rollUp(tree);
            return new StreamResult(r, people, 0);
        });
    }

    private static void run(Evaluator evaluator, int threads, long people, Keep keep, boolean distinct,
                            String what) {
        int perCommune = (int) (people / (DISTRICTS * COMMUNES));
        measure(what + ", " + threads + " thread(s)", () -> ProvinceStream.of(evaluator).threads(threads).keep(keep)
                .distinctIds(distinct).run(SampleProvince.skeleton(DISTRICTS, COMMUNES),
                        SampleProvince.people(DISTRICTS, COMMUNES, perCommune, people), StreamSink.discard()));
    }

    private static void measure(String what, Supplier<StreamResult> work) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        AtomicLong live = new AtomicLong();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                // What the last collection of each pool left: the live data, garbage not yet collected excluded.
                live.accumulateAndGet(heap.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum(),
                        Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        long gcBefore = gcMillis();
        long start = System.nanoTime();
        sampler.start();
        StreamResult r = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        double gc = (gcMillis() - gcBefore) / 1e3;
        System.out.printf(Locale.ROOT, "%-48s %,11d people  %8.2f s  %,9.0f people/s  peak heap %4d MB"
                        + " (after GC %4d MB)  GC %4.1f %%  province %s%n", what, r.evaluated(), seconds,
                r.evaluated() / seconds, peak.get() >> 20, live.get() >> 20, 100 * gc / seconds,
                r.province().assessment().verdict());
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
}
