package vn.hoctap.sheets.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.sheets.CellError;
import vn.hoctap.sheets.SheetKind;
import vn.hoctap.sheets.layout.Layouts;
import vn.hoctap.sheets.read.Inputs;
import vn.hoctap.sheets.read.SheetImporter;
import vn.hoctap.sheets.report.SuppliedCounts;
import vn.hoctap.sheets.report.YearlyReport;

/** {@code hoctap report RESULTS... --counts FILE}: the yearly report tables and chart, as .xlsx and HTML. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Lập biểu báo cáo hằng năm từ kết quả đánh giá.",
                "Makes the yearly report tables from stored results."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "KẾT_QUẢ", description = "Bảng kết quả (.xlsx) hoặc tệp JSON Lines"
            + " (.jsonl) của các năm / explained workbooks or JSON Lines of assessments")
    List<Path> results;

    @Option(names = "--counts", paramLabel = "TỆP", description = "Số liệu bổ sung (mẫu: hoctap template"
            + " report-counts) / the supplied counts (template: hoctap template report-counts)")
    Path counts;

    @Option(names = {"-o", "--output"}, paramLabel = "TÊN", description = "Tên tệp ra, không đuôi (mặc định bao-cao)"
            + " / the output name without extension (default bao-cao)")
    String output = "bao-cao";

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        Evaluator evaluator = rules.evaluator();
        List<SuppliedCounts> supplied = new ArrayList<>();
        List<CellError> problems = new ArrayList<>();
        if (counts != null) {
            try (Inputs in = Inputs.open(List.of(counts))) {
                SheetImporter.<SuppliedCounts>of(Layouts.of(SheetKind.REPORT_COUNTS, null), in.tables(),
                        SuppliedCounts.class, null).run(new SheetImporter.Sink<>() {
                            @Override
                            public void accept(vn.hoctap.sheets.read.Imported<SuppliedCounts> s) {
                                supplied.add(s.value());
                            }

                            @Override
                            public void error(CellError e) {
                                problems.add(e);
                            }
                        });
            }
        }
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(p -> err.println(p.line()));
            err.flush();
            return 1;
        }
        YearlyReport report = YearlyReport.of(results, evaluator.catalogue(), supplied);
        PrintablePair files = PrintablePair.write(output, report::writeXlsx, report::writeHtml);
        PrintWriter w = spec.commandLine().getOut();
        w.println("Đã lập báo cáo / report written: " + files);
        report.appendix().forEach(a -> w.println("  " + a.year() + ": " + a.learningCitizens() + " “Công dân học tập”, "
                + a.communesRecognised() + " xã, " + a.unitsRecognised() + " đơn vị"));
        w.flush();
        return 0;
    }
}
