package vn.hoctap.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.NoSchemeInForceException;
import vn.hoctap.sheets.layout.Layout;
import vn.hoctap.sheets.layout.Layouts;
import vn.hoctap.sheets.read.Imported;
import vn.hoctap.sheets.read.Inputs;
import vn.hoctap.sheets.read.Kinds;
import vn.hoctap.sheets.read.Messages;
import vn.hoctap.sheets.read.Origins;
import vn.hoctap.sheets.read.SheetImporter;
import vn.hoctap.sheets.read.SourceRow;
import vn.hoctap.sheets.write.ExplainedWorkbook;

/**
 * Evaluates a filled workbook (or CSV files) and writes the explained workbook: reads the input as a stream,
 * evaluates each valid subject (citizens a few hundred to a rule session), and writes results, errors and the audit
 * as it goes, so that memory stays bounded for a province's million citizens.
 *
 * <p>A file with errors evaluates nothing: once an error is found, no further subject is evaluated, reading goes on
 * to report every error at once, and the workbook written holds only the errors and the audit. With
 * {@link Options#skipInvalid()} rows with errors are skipped, listed on the errors sheet, and the others evaluated.
 * A problem with the file as a whole (an unknown sheet or column, a missing number of the rules) always stops it.
 */
public final class WorkbookEvaluation {
    /** People per call to {@link Evaluator#evaluateCitizens}, as the evaluator slices its sessions. */
    private static final int CITIZEN_BATCH = 500;

    /**
     * How to evaluate.
     *
     * @param kind        the kind of workbook, or {@code null} to recognise it from its sheets and headers
     * @param year        the evaluation year of rows that give none, or {@code null}
     * @param skipInvalid whether to skip rows with errors and evaluate the rest
     * @param detail      which indicators the detail sheet lists
     */
    public record Options(SheetKind kind, Integer year, boolean skipInvalid, Detail detail) {
        public Options {
            Objects.requireNonNull(detail, "detail");
        }

        /** Every indicator in the detail sheet, rows with errors refusing the file. */
        public static Options defaults() {
            return new Options(null, null, false, Detail.ALL);
        }
    }

    /**
     * What an evaluation did.
     *
     * @param kind         the kind of workbook read
     * @param evaluated    subjects evaluated and written
     * @param errors       problems reported
     * @param rejectedRows data rows with problems
     * @param refused      whether the input was refused, so that the output holds only errors and the audit
     * @param verdicts     subjects by verdict
     */
    public record Outcome(SheetKind kind, long evaluated, int errors, int rejectedRows, boolean refused,
                          Map<Verdict, Integer> verdicts) {
    }

    private WorkbookEvaluation() {
    }

    /**
     * Evaluates {@code inputs} with {@code evaluator} and writes the explained workbook to {@code output}; every
     * problem is also handed to {@code problems} as it is found (a console shows them).
     *
     * @throws IOException when an input cannot be read or the output written
     */
    public static Outcome run(Evaluator evaluator, List<Path> inputs, Options options, OutputStream output,
                              Consumer<CellError> problems) throws IOException {
        try (Inputs in = Inputs.open(inputs);
             ExplainedWorkbook book = ExplainedWorkbook.create(options.detail(), options.skipInvalid())) {
            SheetKind kind = options.kind() != null ? options.kind() : Kinds.recognise(in.tables());
            Layout layout = Layouts.of(kind, evaluator.catalogue());
            Run run = new Run(evaluator, book, options, problems);
            if (kind.requestKind().isEmpty()) {
                throw new IllegalArgumentException("số liệu báo cáo không phải danh sách để đánh giá; dùng lệnh report"
                        + " / report counts are not evaluated; use the report command");
            }
            SheetImporter.Result read = SheetImporter.<EvaluationRequest>of(layout, in.tables(),
                    kind.requestKind().get().type(), options.year()).run(run);
            run.flush();
            boolean refused = read.wholeFileErrors() || run.wholeFile
                    || (run.errors > 0 && !options.skipInvalid());
            book.audit("Công cụ", "Tool", "hoctap-sheets " + version());
            book.audit("Thời điểm", "Written at", Instant.now().toString());
            book.audit("Loại danh sách", "Kind of list", kind.nameVi() + " / " + kind.nameEn());
            for (Path p : inputs) {
                book.audit("Tệp nguồn (SHA-256)", "Input file (SHA-256)", p.getFileName() + " " + sha256(p));
            }
            book.audit("Lớp quy định", "Rule layers", evaluator.packs().stream().map(RulePack::name)
                    .collect(Collectors.joining(", ")));
            book.audit("Số đối tượng đã đánh giá", "Subjects evaluated", refused ? "0" : String.valueOf(run.written));
            book.audit("Số lỗi", "Problems", String.valueOf(run.errors));
            book.audit("Số dòng có lỗi", "Rows with problems", String.valueOf(read.rejectedRows() + run.rejected));
            book.audit("Kết quả", "Result", refused
                    ? "KHÔNG ĐÁNH GIÁ: tệp có lỗi; sửa các ô ở trang “Lỗi” rồi chạy lại (hoặc dùng --skip-invalid)"
                    + " / NOT EVALUATED: the file has errors; correct the cells on the “Lỗi” sheet and run again (or"
                    + " use --skip-invalid)"
                    : options.skipInvalid() && run.errors > 0
                    ? "đã đánh giá các dòng hợp lệ; các dòng có lỗi bị bỏ qua (trang “Lỗi”) / valid rows evaluated;"
                    + " rows with errors skipped (sheet “Lỗi”)" : "đã đánh giá / evaluated");
            book.write(output, !refused);
            return new Outcome(kind, refused ? 0 : run.written, run.errors, read.rejectedRows() + run.rejected,
                    refused, refused ? Map.of() : Map.copyOf(run.verdicts));
        }
    }

    /**
     * Reads {@code inputs} without evaluating them: each valid subject to {@code subjects}, each problem to
     * {@code problems}.
     *
     * @param kind the kind of workbook, or {@code null} to recognise it
     * @return the kind read
     * @throws IOException when an input cannot be read
     */
    public static SheetKind read(Evaluator evaluator, List<Path> inputs, SheetKind kind, Integer year,
                                 Consumer<Imported<EvaluationRequest>> subjects, Consumer<CellError> problems)
            throws IOException {
        try (Inputs in = Inputs.open(inputs)) {
            SheetKind k = kind != null ? kind : Kinds.recognise(in.tables());
            if (k.requestKind().isEmpty()) {
                throw new IllegalArgumentException("không phải danh sách để đánh giá / not a list to evaluate");
            }
            SheetImporter.<EvaluationRequest>of(Layouts.of(k, evaluator.catalogue()), in.tables(),
                    k.requestKind().get().type(), year).run(new SheetImporter.Sink<>() {
                        @Override
                        public void accept(Imported<EvaluationRequest> subject) {
                            subjects.accept(subject);
                        }

                        @Override
                        public void error(CellError error) {
                            problems.accept(error);
                        }
                    });
            return k;
        }
    }

    /** Receives the importer's subjects and evaluates them. */
    private static final class Run implements SheetImporter.Sink<EvaluationRequest> {
        private final Evaluator evaluator;
        private final ExplainedWorkbook book;
        private final Options options;
        private final Consumer<CellError> problems;
        private final List<Imported<EvaluationRequest>> batch = new ArrayList<>();
        private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        private int errors;
        private int rejected;
        private long written;
        private boolean wholeFile;

        Run(Evaluator evaluator, ExplainedWorkbook book, Options options, Consumer<CellError> problems) {
            this.evaluator = evaluator;
            this.book = book;
            this.options = options;
            this.problems = problems;
        }

        private boolean evaluating() {
            return !wholeFile && (errors == 0 || options.skipInvalid());
        }

        @Override
        public void accept(Imported<EvaluationRequest> subject) {
            if (!evaluating()) {
                return;
            }
            if (subject.value() instanceof CitizenEvaluationRequest) {
                batch.add(subject);
                if (batch.size() >= CITIZEN_BATCH) {
                    flush();
                }
                return;
            }
            try {
                write(evaluator.evaluate(subject.value()), subject);
            } catch (InvalidInputException e) {
                refuse(subject, e);
            } catch (MissingParameterException | NoSchemeInForceException e) {
                whole(subject, e);
            }
        }

        /** Evaluates the waiting citizens; a person the evaluator refuses is reported and the others evaluated. */
        void flush() {
            while (!batch.isEmpty() && evaluating()) {
                List<CitizenEvaluationRequest> requests = batch.stream()
                        .map(s -> (CitizenEvaluationRequest) s.value()).toList();
                try {
                    List<Assessment> judged = evaluator.evaluateCitizens(requests);
                    for (int i = 0; i < judged.size(); i++) {
                        write(judged.get(i), batch.get(i));
                    }
                    batch.clear();
                } catch (InvalidInputException e) {
                    int i = indexOf(e.path());
                    if (i < 0 || i >= batch.size()) {
                        throw e;
                    }
                    Imported<EvaluationRequest> refused = batch.remove(i);
                    refuse(refused, new InvalidInputException("$" + e.path().substring(e.path().indexOf(']') + 1),
                            e.problem()));
                } catch (MissingParameterException | NoSchemeInForceException e) {
                    whole(batch.get(0), e);
                }
            }
            batch.clear();
        }

        private static int indexOf(String path) {
            if (!path.startsWith("$[")) {
                return -1;
            }
            return Integer.parseInt(path.substring(2, path.indexOf(']')));
        }

        private void write(Assessment a, Imported<EvaluationRequest> subject) {
            book.add(a, subject);
            written++;
            verdicts.merge(a.verdict(), 1, Integer::sum);
        }

        private void refuse(Imported<EvaluationRequest> subject, InvalidInputException e) {
            Origins.Place p = subject.origins().place(e.path());
            SourceRow.Cell cell = p.row().cell(p.column());
            String[] problem = Messages.split(e.problem());
            rejected++;
            error(new CellError(p.row().sheet(), p.row().row(), cell == null ? null : cell.reference(), p.header(),
                    cell == null ? "" : cell.shown(), problem[0], problem[1]));
        }

        private void whole(Imported<EvaluationRequest> subject, RuntimeException e) {
            wholeFile = true;
            error(new CellError(subject.row().sheet(), 0, null, null, "", "không đánh giá được với bộ quy định đã nạp: "
                    + e.getMessage() + " (với “Gia đình học tập”, hãy nạp bộ tiêu chí của tỉnh bằng --pack)",
                    "cannot be evaluated with the rules loaded: " + e.getMessage()
                            + " (for households, load the province's pack with --pack)"));
        }

        @Override
        public void error(CellError error) {
            errors++;
            book.error(error);
            problems.accept(error);
        }
    }

    /** The version in the jar's manifest, or "dev" when run from classes. */
    static String version() {
        String v = WorkbookEvaluation.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
