package vn.hoctap.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Notice;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.PackValidationException;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * Loads the illustrative province pack "Tỉnh Ví Dụ" (bundled under {@code vn/hoctap/examples/packs/tinh-vi-du}; not
 * any province's law) over the national rules and evaluates a bundled sample unit with it, printing for each
 * criterion and indicator the layer it came from (national or the province) and the notices the pack adds.
 *
 * <p>Argument: the sample's file name, default {@code 01-ubnd-xa-tan-lap.json}; {@code 04-cong-ty-may-hoa-binh.json}
 * shows the pack's added criterion applying to an enterprise.
 */
public final class ProvincePackExample {
    /** Where the example pack is, on this module's class path. */
    public static final String PACK = "vn/hoctap/examples/packs/tinh-vi-du";

    private ProvincePackExample() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String sample = args.length > 0 ? args[0] : "01-ubnd-xa-tan-lap.json";
        Evaluator evaluator;
        try {
            evaluator = Evaluator.builder()
                    .add(ProvincePack.fromClasspath(PACK, ProvincePackExample.class.getClassLoader()))
                    .build();
        } catch (PackValidationException e) {
            // Every problem of the pack, each with its file, line and code.
            out.println(e.getMessage());
            System.exit(2);
            return;
        }
        out.println(render(evaluator.evaluate(UnitAssessmentExample.load(sample))));
    }

    /** The assessment as lines "criterion — layer — outcome", with each indicator's layer and threshold source. */
    static String render(Assessment a) {
        StringBuilder b = new StringBuilder();
        b.append(a.subjectName()).append(" — ").append(a.schemeNameVi()).append(": ").append(a.verdict().nameVi())
                .append('\n');
        for (LevelResult level : a.levels()) {
            b.append('\n').append(level.level().nameVi().toUpperCase(Locale.ROOT)).append('\n');
            for (CriterionResult c : level.results()) {
                b.append(String.format("  Tiêu chí %d %-10s lớp: %-24s %s%n", c.number(), c.criterionId(), c.layer(),
                        c.outcome().nameVi()));
                for (IndicatorResult i : c.indicators()) {
                    b.append(String.format("    chỉ tiêu %-5s lớp: %-24s %-16s%s%n", i.number(), i.layer(),
                            i.outcome().nameVi(), thresholds(i)));
                }
            }
        }
        b.append("\nThông báo / notices:\n");
        for (Notice n : a.notices()) {
            b.append("  [").append(n.code()).append("] ").append(n.textVi()).append('\n');
        }
        return b.toString();
    }

    private static String thresholds(IndicatorResult i) {
        StringBuilder b = new StringBuilder();
        for (Measurement m : i.measurements()) {
            if (m.parameterId() != null) {
                b.append(" ngưỡng ").append(m.threshold()).append(" (").append(m.parameterId()).append(", lớp ")
                        .append(m.parameterLayer()).append(')');
            }
        }
        return b.toString();
    }
}
