package vn.hoctap.examples.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import vn.hoctap.examples.ProvincePackExample;
import vn.hoctap.examples.UnitAssessmentExample;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * Steady-state throughput of one thread evaluating the commune committee sample with the national rules alone and
 * with the illustrative province pack over them (a second Drools session for the pack's own criterion, a dated rule
 * set chosen per evaluation, the pack's notices).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PackEvaluationBenchmark {
    @Param({"national", "example-pack"})
    public String rules;

    private Evaluator evaluator;
    private UnitEvaluationRequest request;

    @Setup
    public void setUp() {
        evaluator = rules.equals("national") ? Evaluator.national() : Evaluator.builder()
                .add(ProvincePack.fromClasspath(ProvincePackExample.PACK, PackEvaluationBenchmark.class.getClassLoader()))
                .build();
        request = UnitAssessmentExample.load("01-ubnd-xa-tan-lap.json");
    }

    @Benchmark
    public Assessment evaluate() {
        return evaluator.evaluate(request);
    }
}
