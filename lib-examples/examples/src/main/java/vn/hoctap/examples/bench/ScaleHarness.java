package vn.hoctap.examples.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import vn.hoctap.examples.SampleProvince;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.stream.Keep;
import vn.hoctap.rules.stream.ProvinceStream;
import vn.hoctap.rules.stream.StreamResult;
import vn.hoctap.rules.stream.StreamSink;

/**
 * Streams generated provinces of 10 districts of 10 communes through {@link ProvinceStream} and reports, for each
 * size, the wall time, people per second, the peak heap used (sampled every 20 ms) and the share of the wall time
 * spent in garbage collection (from {@link GarbageCollectorMXBean}). Explained runs hand every assessment to a sink
 * that discards it; the tallies-only run keeps nothing and does not check ids for repeats (memory bounded by
 * communes alone). Run by the {@code scale} profile at {@code -Xmx512m}:
 *
 * <pre>{@code
 * mvn -B -ntp -o -q -pl lib-examples/examples -am install -DskipTests
 * nice -n 10 mvn -B -ntp -o -q -pl lib-examples/examples -Pscale -DskipTests package \
 *     -Dscale.sizes=10000,100000,1000000 -Dscale.tallies=10000000
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
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> parse(args[++i], explained);
                case "--tallies" -> parse(args[++i], tallies);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Evaluator evaluator = Evaluator.national();
        System.out.printf(Locale.ROOT, "max heap %d MB, %d cores, %d threads%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), threads);
        run(evaluator, threads, 20_000, Keep.ALL, true, "warm-up");
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

    private static void run(Evaluator evaluator, int threads, long people, Keep keep, boolean distinct,
                            String what) {
        int perCommune = (int) (people / (DISTRICTS * COMMUNES));
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
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
        StreamResult r = ProvinceStream.of(evaluator).threads(threads).keep(keep).distinctIds(distinct)
                .run(SampleProvince.skeleton(DISTRICTS, COMMUNES),
                        SampleProvince.people(DISTRICTS, COMMUNES, perCommune, people), StreamSink.discard());
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        double gc = (gcMillis() - gcBefore) / 1e3;
        System.out.printf(Locale.ROOT, "%-32s %,11d people  %8.2f s  %,9.0f people/s  peak heap %4d MB  GC %4.1f %%"
                        + "  province %s%n", what, r.evaluated(), seconds, r.evaluated() / seconds, peak.get() >> 20,
                100 * gc / seconds, r.province().assessment().verdict());
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }
}
