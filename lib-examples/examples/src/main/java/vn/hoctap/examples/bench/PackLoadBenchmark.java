package vn.hoctap.examples.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.hoctap.examples.ProvincePackExample;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * Loading a province pack: reading its files, compiling its DRL to the executable model and checking it against the
 * national catalogue, up to a ready evaluator ({@code Evaluator.builder().add(pack).build()}). The national rules are
 * loaded before the measurement, as in a host that already has them.
 *
 * <ul>
 *   <li>{@code cold}: in a fresh JVM, the first pack built (the DRL compiler loaded and not yet optimised), one shot
 *       per fork; what a host pays at start-up;</li>
 *   <li>{@code warm}: later builds in the same JVM; what a host pays to reload a pack.</li>
 * </ul>
 * Packs: {@code generated-50} (50 indicators, 50 rules, 51 parameters), {@code parameters-only} (the same numbers
 * without rules: nothing compiled), {@code example} (the bundled illustrative pack, 2 rules).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PackLoadBenchmark {
    @Param({"generated-50", "parameters-only", "example"})
    public String pack;

    private Path dir;
    private ProvincePack provincePack;

    @Setup
    public void setUp() {
        Evaluator.national();
        switch (pack) {
            case "generated-50" -> dir = GeneratedPack.write(50, true);
            case "parameters-only" -> dir = GeneratedPack.write(50, false);
            case "example" -> dir = null;
            default -> throw new IllegalArgumentException(pack);
        }
        provincePack = dir == null
                ? ProvincePack.fromClasspath(ProvincePackExample.PACK, PackLoadBenchmark.class.getClassLoader())
                : ProvincePack.fromDirectory(dir);
    }

    @TearDown
    public void tearDown() {
        if (dir != null) {
            GeneratedPack.delete(dir);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public Evaluator cold() {
        return Evaluator.builder().add(provincePack).build();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 8)
    @Measurement(iterations = 10)
    @Fork(1)
    public Evaluator warm() {
        return Evaluator.builder().add(provincePack).build();
    }
}
