package vn.hoctap.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.ClanEvaluationRequest;
import vn.hoctap.model.request.GrassrootsUnitEvaluationRequest;
import vn.hoctap.model.request.HamletEvaluationRequest;
import vn.hoctap.model.request.HouseholdEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.text.AssessmentRenderer;
import vn.hoctap.model.text.Language;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.PackValidationException;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * Loads the illustrative province pack "Tỉnh Ví Dụ" (bundled under {@code vn/hoctap/examples/packs/tinh-vi-du}; not
 * any province's law) over the national rules and evaluates a bundled sample unit with it, printing for each
 * criterion and indicator the layer it came from (national or the province) and the notices the pack adds.
 *
 * <p>Argument: the sample's file name, default {@code 01-ubnd-xa-tan-lap.json}; {@code 04-cong-ty-may-hoa-binh.json}
 * shows the pack's added criterion applying to an enterprise. With {@code --titles} it evaluates instead the pack's
 * samples of the association's titles ({@link #TITLE_SAMPLES}: a household with a child unable to learn, a clan, a
 * hamlet, a grassroots unit), whose numbers only the pack gives, each with its full explanation and the layer of
 * every criterion and number.
 */
public final class ProvincePackExample {
    /** Where the example pack is, on this module's class path. */
    public static final String PACK = "vn/hoctap/examples/packs/tinh-vi-du";

    /**
     * The pack's sample requests for the association's titles, under {@code PACK/mau/}: a household (one child
     * cannot learn, so is left out of the count), a clan, a hamlet and a grassroots unit.
     */
    public static final List<TitleSample> TITLE_SAMPLES = List.of(
            new TitleSample("gia-dinh-le-van-binh.json", (e, json) -> e.evaluate(read(json,
                    HouseholdEvaluationRequest.class))),
            new TitleSample("dong-ho-le-van.json", (e, json) -> e.evaluate(read(json, ClanEvaluationRequest.class))),
            new TitleSample("thon-dong.json", (e, json) -> e.evaluate(read(json, HamletEvaluationRequest.class))),
            new TitleSample("truong-mam-non.json", (e, json) -> e.evaluate(read(json,
                    GrassrootsUnitEvaluationRequest.class))));

    /**
     * One bundled sample request of an association title and how to evaluate it.
     *
     * @param file      the file name under {@code PACK/mau/}
     * @param evaluator reads the file's JSON as its request type and evaluates it
     */
    public record TitleSample(String file, BiFunction<Evaluator, String, Assessment> evaluator) {
        /** Evaluates the sample with {@code e}; a missing number surfaces as the evaluator's exception. */
        public Assessment evaluate(Evaluator e) {
            return evaluator.apply(e, PACK + "/mau/" + file);
        }
    }

    private ProvincePackExample() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean titles = Arrays.asList(args).contains("--titles");
        String sample = Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst()
                .orElse("01-ubnd-xa-tan-lap.json");
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
        if (!titles) {
            out.println(render(evaluator.evaluate(UnitAssessmentExample.load(sample))));
            return;
        }
        for (TitleSample t : TITLE_SAMPLES) {
            Assessment a = t.evaluate(evaluator);
            out.println(AssessmentRenderer.text(Language.VI).render(a));
            out.println("Lớp của từng tiêu chí, chỉ tiêu và con số / the layer of each criterion, indicator and number:");
            out.println(render(a));
        }
    }

    private static <T> T read(String resource, Class<T> type) {
        try (InputStream in = ProvincePackExample.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + resource);
            }
            return HoctapJson.read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The assessment as lines "criterion — layer — outcome", with each indicator's layer and threshold source. */
    static String render(Assessment a) {
        StringBuilder b = new StringBuilder();
        b.append(a.subjectName()).append(" — ").append(a.schemeNameVi()).append(": ").append(a.verdictNames().vi())
                .append('\n');
        for (LevelResult level : a.levels()) {
            // A title without levels has one set of criteria, not a "mức độ 1".
            String heading = a.hasLevels() ? level.level().nameVi() : "tiêu chí của danh hiệu";
            b.append('\n').append(heading.toUpperCase(Locale.ROOT)).append('\n');
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
