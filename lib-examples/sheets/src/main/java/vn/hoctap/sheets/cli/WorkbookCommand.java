package vn.hoctap.sheets.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.hoctap.sheets.Detail;
import vn.hoctap.sheets.SheetKind;
import vn.hoctap.sheets.WorkbookEvaluation;

/**
 * {@code hoctap workbook FILE...}: evaluates a filled workbook (or CSV files) into an explained workbook. Exit code 0
 * when evaluated, 1 when the input has errors (the output then lists them), 2 for a usage error.
 */
@Command(name = "workbook", mixinStandardHelpOptions = true,
        description = {"Đánh giá bảng tính (hoặc tệp CSV) đã điền, ghi ra bảng kết quả có giải thích.",
                "Evaluates a filled workbook (or CSV files) into an explained workbook."})
public final class WorkbookCommand implements Callable<Integer> {
    /** How many problems the console shows; the errors sheet has them all. */
    private static final int SHOWN = 50;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TỆP", description = "Tệp .xlsx, hoặc một hay hai tệp .csv"
            + " / an .xlsx file, or one or two .csv files")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "TỆP",
            description = "Bảng kết quả (mặc định TỆP-ket-qua.xlsx) / the explained workbook (default FILE-ket-qua.xlsx)")
    Path output;

    @Option(names = "--kind", paramLabel = "LOẠI", converter = KindConverter.class,
            description = "Loại danh sách, nếu không nhận ra được / the kind of list, if it is not recognised")
    SheetKind kind;

    @Option(names = "--year", paramLabel = "NĂM", description = "Năm đánh giá cho các dòng để trống năm"
            + " / the evaluation year of rows that leave it empty")
    Integer year;

    @Option(names = "--skip-invalid", description = "Bỏ qua các dòng có lỗi, đánh giá các dòng còn lại"
            + " / skip rows with errors and evaluate the others")
    boolean skipInvalid;

    @Option(names = "--detail", paramLabel = "MỨC", description = "Trang Chi tiết: ALL (mọi chỉ tiêu), UNMET (chỉ"
            + " tiêu không đạt, chưa xác định), NONE / the detail sheet: ALL, UNMET, NONE (default ALL)")
    Detail detail = Detail.ALL;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        Path first = inputs.get(0);
        String base = first.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path out = output != null ? output : first.resolveSibling(base + "-ket-qua.xlsx");
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger shown = new AtomicInteger();
        WorkbookEvaluation.Outcome o;
        try (OutputStream stream = Files.newOutputStream(out)) {
            o = WorkbookEvaluation.run(rules.evaluator(), inputs,
                    new WorkbookEvaluation.Options(kind, year, skipInvalid, detail), stream, e -> {
                        if (shown.getAndIncrement() < SHOWN) {
                            err.println(e.line());
                        }
                    });
        }
        if (o.errors() > SHOWN) {
            err.println("… và " + (o.errors() - SHOWN) + " lỗi khác ở trang “Lỗi” / and " + (o.errors() - SHOWN)
                    + " more on the “Lỗi” sheet");
        }
        err.flush();
        PrintWriter w = spec.commandLine().getOut();
        if (o.refused()) {
            w.println("KHÔNG ĐÁNH GIÁ: " + o.errors() + " lỗi; xem trang “Lỗi” của " + out + " / NOT EVALUATED: "
                    + o.errors() + " problems; see the “Lỗi” sheet of " + out);
            w.flush();
            return 1;
        }
        w.println("Đã đánh giá " + o.evaluated() + " (" + o.kind().nameVi() + "), " + o.rejectedRows()
                + " dòng bị bỏ qua: " + out + " / evaluated " + o.evaluated() + ", " + o.rejectedRows()
                + " rows skipped: " + out);
        o.verdicts().forEach((v, n) -> w.println("  " + v.nameVi() + " / " + v.nameEn() + ": " + n));
        w.flush();
        return 0;
    }
}
