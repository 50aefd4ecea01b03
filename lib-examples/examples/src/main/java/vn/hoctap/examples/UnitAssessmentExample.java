package vn.hoctap.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.text.AssessmentRenderer;
import vn.hoctap.model.text.Language;
import vn.hoctap.rules.Evaluator;

/**
 * Evaluates organisations for "Đơn vị học tập" (TT 24/2023) and prints each explained assessment, then an overview.
 *
 * <p>With no file arguments it evaluates the four bundled sample units. Given paths to request files (JSON, as in
 * {@code src/main/resources/vn/hoctap/examples/units/}), it evaluates those instead. Options: {@code --en} prints
 * English, {@code --markdown} or {@code --html} writes the report in that format (the library's
 * {@link AssessmentRenderer}), {@code --json} prints the results as JSON. A file that is not a valid request is
 * reported with the JSON path of the problem, and the exit status is 2.
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
        Language language = english ? Language.EN : Language.VI;
        AssessmentRenderer renderer = List.of(args).contains("--html") ? AssessmentRenderer.html(language)
                : List.of(args).contains("--markdown") ? AssessmentRenderer.markdown(language)
                : AssessmentRenderer.text(language);
        List<String> files = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Evaluator evaluator = Evaluator.national();
        List<Assessment> assessments = new ArrayList<>();
        boolean invalid = false;
        for (String name : files.isEmpty() ? SAMPLES : files) {
            UnitEvaluationRequest request;
            try {
                request = files.isEmpty() ? load(name) : read(Path.of(name));
            } catch (InvalidInputException e) {
                out.println(name + ": " + e.getMessage());
                invalid = true;
                continue;
            }
            Assessment assessment = evaluator.evaluate(request);
            assessments.add(assessment);
            if (json) {
                out.println(HoctapJson.write(assessment));
            }
        }
        if (!json && !assessments.isEmpty()) {
            // One document: each assessment, then the overview table when there are several.
            out.print(renderer.render(assessments));
        }
        if (invalid) {
            System.exit(2);
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

    private static UnitEvaluationRequest read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return HoctapJson.read(in, UnitEvaluationRequest.class);
        } catch (IOException e) {
            throw new InvalidInputException("$", "không đọc được tệp / cannot read the file: " + e.getMessage());
        }
    }
}
