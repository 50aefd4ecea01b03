package vn.hoctap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.hoctap.cli.common.HoctapException;
import vn.hoctap.cli.common.PackOptions;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/**
 * {@code hoctap validate DIR}: loads a province pack without evaluating anything, reporting every problem with file,
 * line and code; then runs the case files given with {@code --cases} (the format of the library's own case files:
 * {@code kind}, {@code request}, {@code expect} or {@code expectError}, optional {@code packs}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Kiểm tra bộ tiêu chí của tỉnh (không đánh giá), rồi chạy các tệp ca kiểm thử của nó.",
            "Checks a province pack without evaluating, then runs its case files."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Thư mục bộ tiêu chí (có pack.json) / the pack's directory")
    private Path pack;

    @Option(names = "--pack", paramLabel = "DIR", description = "Bộ tiêu chí nằm dưới / packs layered below it")
    private List<Path> below = new ArrayList<>();

    @Option(names = "--cases", paramLabel = "DIR", description = "Thư mục các tệp ca (*.json) / a directory of case"
            + " files (*.json); a case that lists 'packs' is run with those, relative to it, otherwise with DIR")
    private Path cases;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> layers = new ArrayList<>(below);
        layers.add(pack);
        Evaluator evaluator = PackOptions.load(layers, err);
        out.println(pack + ": hợp lệ / valid");
        if (cases == null) {
            out.flush();
            return ExitCode.OK;
        }
        if (!Files.isDirectory(cases)) {
            throw new HoctapException(ExitCode.USAGE, "không có thư mục " + cases + " / no directory " + cases);
        }
        Map<List<Path>, Object> evaluators = new HashMap<>();
        int failed = 0;
        int run = 0;
        for (Path file : caseFiles()) {
            JsonNode c;
            try {
                c = HoctapJson.mapper().readTree(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!c.has("kind") || !c.has("request")) {
                continue;
            }
            run++;
            List<Path> packs = new ArrayList<>();
            c.path("packs").forEach(p -> packs.add(file.getParent().resolve(p.asText()).normalize()));
            Object e = packs.isEmpty() ? evaluator : evaluators.computeIfAbsent(packs, this::tryLoad);
            List<String> problems = CaseCheck.check(c, e, r -> RequestEnvelopes.request(c.path("kind").asText(), r));
            if (problems.isEmpty()) {
                out.println(file + ": đúng / holds");
            } else {
                failed++;
                problems.forEach(p -> err.println(file + ": " + p));
            }
        }
        out.println(run + " ca, " + failed + " sai / " + run + " cases, " + failed + " failed");
        out.flush();
        err.flush();
        return failed == 0 ? ExitCode.OK : ExitCode.INPUT_ERRORS;
    }

    /** The evaluator for a case's own packs, or the exception that refused them (some cases expect a refusal). */
    private Object tryLoad(List<Path> packs) {
        try {
            Evaluator.Builder b = Evaluator.builder();
            packs.forEach(p -> b.add(vn.hoctap.rules.pack.ProvincePack.fromDirectory(p)));
            return b.build();
        } catch (RuntimeException e) {
            return e;
        }
    }

    private List<Path> caseFiles() {
        try (Stream<Path> files = Files.list(cases)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares one case's expectation with what the library answers. */
    static final class CaseCheck {
        private CaseCheck() {
        }

        /**
         * The differences between the case and the library, empty when the case holds.
         *
         * @param evaluator the evaluator, or the exception building it threw
         */
        static List<String> check(JsonNode c, Object evaluator, java.util.function.Function<JsonNode,
                vn.hoctap.model.request.EvaluationRequest> read) {
            List<String> problems = new ArrayList<>();
            JsonNode expectError = c.get("expectError");
            Assessment a;
            try {
                if (evaluator instanceof RuntimeException refused) {
                    throw refused;
                }
                a = ((Evaluator) evaluator).evaluate(read.apply(c.get("request")));
            } catch (RuntimeException e) {
                if (expectError == null) {
                    problems.add("bị từ chối / refused: " + e.getMessage());
                } else {
                    if (!expectError.path("type").asText().equals(e.getClass().getSimpleName())) {
                        problems.add("cần lỗi / expected " + expectError.path("type").asText() + ", có / got "
                                + e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                    String contains = expectError.path("messageContains").asText("");
                    if (e.getMessage() == null || !e.getMessage().contains(contains)) {
                        problems.add("thông báo cần chứa / message should contain '" + contains + "': "
                                + e.getMessage());
                    }
                }
                return problems;
            }
            if (expectError != null) {
                problems.add("cần lỗi / expected " + expectError.path("type").asText() + ", có kết quả / got verdict "
                        + a.verdict());
                return problems;
            }
            JsonNode expect = c.path("expect");
            Map<String, String> got = new HashMap<>();
            a.levels().forEach(l -> l.results().forEach(cr -> cr.indicators().forEach(i ->
                    got.put(l.level() + " " + i.indicatorId(), i.outcome().name()))));
            List<String> stated = new ArrayList<>();
            expect.path("indicators").properties().forEach(level -> level.getValue().properties()
                    .forEach(i -> {
                        String key = level.getKey() + " " + i.getKey();
                        stated.add(key);
                        if (!i.getValue().asText().equals(got.get(key))) {
                            problems.add(key + ": cần / expected " + i.getValue().asText() + ", có / got "
                                    + got.get(key));
                        }
                    }));
            got.keySet().stream().filter(k -> !stated.contains(k)).sorted()
                    .forEach(k -> problems.add(k + ": " + got.get(k) + " nhưng ca không nêu / but the case does not"
                            + " state it"));
            List<String> missing = a.missingInputs().stream().map(m -> m.path()).toList();
            expect.path("missing").forEach(m -> {
                if (!missing.contains(m.asText())) {
                    problems.add("thiếu dữ liệu không được báo / missing input not reported: " + m.asText());
                }
            });
            if (!expect.path("verdict").asText().equals(a.verdict().name())) {
                problems.add("kết luận cần / verdict expected " + expect.path("verdict").asText() + ", có / got "
                        + a.verdict() + ": " + a.summaryVi());
            }
            return problems;
        }
    }
}
