package vn.hoctap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.hoctap.cli.common.Answers;
import vn.hoctap.cli.common.ErrorBody;
import vn.hoctap.cli.common.Inputs;
import vn.hoctap.cli.common.Json;
import vn.hoctap.cli.common.PackOptions;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.RequestKind;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.text.AssessmentRenderer;
import vn.hoctap.model.text.Language;
import vn.hoctap.rules.Evaluator;

/** {@code hoctap evaluate}: evaluates request files or a JSON Lines stream of mixed kinds. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Đánh giá các yêu cầu: một tệp, nhiều tệp, hoặc luồng JSON Lines (từ tệp .jsonl hoặc stdin).",
            "Evaluates requests: one file, many, or a JSON Lines stream of envelopes {\"kind\", \"request\"}"
                + " (a .jsonl file or stdin, '-')."})
final class EvaluateCommand implements Callable<Integer> {
    /**
     * How results are written: JSON or JSON Lines for programs; {@code brief}, one line per subject as it is
     * evaluated (verdict and summary); {@code text}, {@code markdown} and {@code html}, the library's
     * {@link AssessmentRenderer} documents for people, all assessments in one document with an overview table.
     */
    enum Format { json, jsonl, brief, text, markdown, html }

    @ParentCommand
    private Hoctap root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PackOptions packs;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "Mỗi tệp là một yêu cầu loại KIND (không có phong bì) / each file is one bare request of"
                    + " this kind: ${COMPLETION-CANDIDATES}",
            completionCandidates = Kinds.class, converter = Kinds.class)
    private RequestKind kind;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (mặc định cho một tệp / default for one file), jsonl (mặc định cho nhiều tệp hoặc"
                    + " luồng / default for many files or a stream), brief (một dòng mỗi đối tượng / one line per"
                    + " subject), text, markdown, html")
    private Format format;

    @Option(names = "--en", description = "Văn bản tiếng Anh (brief, text, markdown, html) / English text")
    private boolean english;

    @Option(names = "--gaps", description = "Chỉ các chỉ tiêu chưa đạt hoặc chưa xác định (text, markdown, html)"
            + " / only the indicators not met or not determined")
    private boolean gaps;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Tệp yêu cầu; '-' hoặc không có là stdin / request files; '-' or none is stdin")
    private List<String> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> inputs = files.isEmpty() ? List.of("-") : files;
        Format f = format != null ? format
                : inputs.size() == 1 && (kind != null || !Inputs.isLines(inputs.get(0))) ? Format.json : Format.jsonl;
        Evaluator evaluator = packs.evaluator(err);
        boolean single = f == Format.json && inputs.size() == 1 && (kind != null || !Inputs.isLines(inputs.get(0)));
        List<Object> all = new ArrayList<>();
        List<Assessment> documents = new ArrayList<>();
        Language language = english ? Language.EN : Language.VI;
        int[] refused = {0};
        for (String input : inputs) {
            String source = input.equals("-") ? null : input;
            Inputs.each(input, kind, root.stdin(), line -> {
                Answers a = Answers.of(evaluator, source, line);
                if (a.refused()) {
                    refused[0]++;
                    report(err, input, line.number(), a.error());
                }
                switch (f) {
                    case jsonl -> {
                        out.println(Json.line(a.json()));
                        out.flush();
                    }
                    case brief -> {
                        out.println(brief(a, input, line.number(), language));
                        out.flush();
                    }
                    case text, markdown, html -> {
                        if (!a.refused()) {
                            documents.add(a.assessment());
                        }
                    }
                    case json -> {
                        if (single) {
                            out.println(a.refused() ? Json.document(java.util.Map.of("error", a.error()))
                                    : Json.document(a.assessment()));
                        } else {
                            all.add(a.json());
                        }
                    }
                }
            });
        }
        if (f == Format.json && !single) {
            out.println(Json.document(all));
        }
        if (!documents.isEmpty()) {
            out.println(renderer(f, language).render(documents));
        }
        out.flush();
        return refused[0] == 0 ? ExitCode.OK : ExitCode.INPUT_ERRORS;
    }

    private AssessmentRenderer renderer(Format f, Language language) {
        AssessmentRenderer r = switch (f) {
            case markdown -> AssessmentRenderer.markdown(language);
            case html -> AssessmentRenderer.html(language);
            default -> AssessmentRenderer.text(language);
        };
        return gaps ? r.onlyNotMetOrUndetermined() : r;
    }

    /**
     * {@code source<TAB>VERDICT<TAB>summary}: the subject (the envelope's id, else the file and line), the verdict's
     * code (or {@code REFUSED}) and the summary sentence (or the refusal), for {@code grep}, {@code cut} and a
     * spreadsheet's import.
     */
    private static String brief(Answers a, String input, long line, Language language) {
        Object id = a.json().get("id");
        String subject = id != null ? id.toString() : (input.equals("-") ? "stdin" : input) + ":" + line;
        if (a.refused()) {
            return subject + "\tREFUSED\t" + a.error().path() + ": " + a.error().message();
        }
        Assessment s = a.assessment();
        return subject + "\t" + s.verdict().name() + "\t" + (language == Language.EN ? s.summaryEn() : s.summaryVi());
    }

    /** {@code file:line: [CODE] path: message}, as compilers write it. */
    static void report(PrintWriter err, String input, long line, ErrorBody e) {
        err.println((input.equals("-") ? "stdin" : input) + ":" + line + ": [" + e.code() + "] " + e.path() + ": "
                + e.message());
        err.flush();
    }
}
