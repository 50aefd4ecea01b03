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
import vn.hoctap.examples.UnitAssessmentExample;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/**
 * Steady-state throughput of one thread evaluating a bundled sample unit with a shared {@link Evaluator}: one
 * Drools session per unit, both levels, explanation included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluatorBenchmark {
    @Param({"01-ubnd-xa-tan-lap.json", "02-thpt-nguyen-du.json", "04-cong-ty-may-hoa-binh.json"})
    public String sample;

    private Evaluator evaluator;
    private UnitEvaluationRequest request;

    @Setup
    public void setUp() {
        evaluator = Evaluator.national();
        request = UnitAssessmentExample.load(sample);
    }

    @Benchmark
    public Assessment evaluate() {
        return evaluator.evaluate(request);
    }
}
