package vn.hoctap.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/**
 * Evaluates the bundled sample units for "Đơn vị học tập" (TT 24/2023) and prints each explained assessment in
 * Vietnamese. With {@code --en} it prints English; with {@code --json} the results as JSON.
 */
public final class UnitAssessmentExample {
    static final List<String> SAMPLES = List.of(
            "01-ubnd-xa-tan-lap.json",
            "02-thpt-nguyen-du.json",
            "03-trung-tam-gdnn-gdtx-phu-my.json",
            "04-cong-ty-may-hoa-binh.json");

    private UnitAssessmentExample() {
    }

    public static void main(String[] args) {
        boolean english = List.of(args).contains("--en");
        boolean json = List.of(args).contains("--json");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Evaluator evaluator = Evaluator.national();
        for (String sample : SAMPLES) {
            Assessment assessment = evaluator.evaluate(load(sample));
            out.println(json ? HoctapJson.write(assessment) : AssessmentReport.render(assessment, english));
        }
    }

    /** Reads a bundled sample request by file name, e.g. {@code 01-ubnd-xa-tan-lap.json}. */
    public static UnitEvaluationRequest load(String sample) {
        String path = "vn/hoctap/examples/units/" + sample;
        try (InputStream in = UnitAssessmentExample.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + path);
            }
            return HoctapJson.read(in, UnitEvaluationRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
