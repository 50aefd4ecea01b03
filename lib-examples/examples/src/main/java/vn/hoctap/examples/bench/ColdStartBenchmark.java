package vn.hoctap.examples.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import vn.hoctap.examples.UnitAssessmentExample;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/**
 * Cold start: in a fresh JVM, the time from nothing loaded to the first explained result (loading the
 * precompiled rule base, the catalogue and the parameters, reading a request, evaluating it). Each fork measures
 * one shot, so every sample is a first run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
    @Benchmark
    public Assessment firstResult() {
        return Evaluator.national().evaluate(UnitAssessmentExample.load("01-ubnd-xa-tan-lap.json"));
    }
}
