package vn.hoctap.examples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.hoctap.examples.SampleDistrict;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.rules.Evaluator;

/**
 * Bottom-up evaluation with a shared {@link Evaluator}, explanations included; ms per operation.
 *
 * <ul>
 *   <li>{@code commune12000}: {@link Evaluator#rollUp(CommuneTree)} on one commune of {@value #PEOPLE} generated people
 *       (fixed seed, the level-1 profile of {@link SampleDistrict}): every person's "Công dân học tập" assessment, the
 *       counts, then the commune's "Cộng đồng học tập" assessment.</li>
 *   <li>{@code sampleDistrict}: {@link Evaluator#rollUp(DistrictTree)} on the example's district: 2,290 people, four
 *       People's Committees with 117 staff, four communes and the district.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class RollUpBenchmark {
    /** People in the benchmark's commune. */
    public static final int PEOPLE = 12_000;

    private Evaluator evaluator;
    private CommuneTree commune;
    private DistrictTree district;

    @Setup
    public void setUp() {
        evaluator = Evaluator.national();
        commune = SampleDistrict.commune(PEOPLE, SampleDistrict.SEED);
        district = SampleDistrict.district();
    }

    @Benchmark
    public CommuneResult commune12000() {
        return evaluator.rollUp(commune);
    }

    @Benchmark
    public DistrictResult sampleDistrict() {
        return evaluator.rollUp(district);
    }
}
