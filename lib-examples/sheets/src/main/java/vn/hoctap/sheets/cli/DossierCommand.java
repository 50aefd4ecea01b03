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
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.sheets.CellError;
import vn.hoctap.sheets.SheetKind;
import vn.hoctap.sheets.WorkbookEvaluation;
import vn.hoctap.sheets.dossier.DossierTable;
import vn.hoctap.sheets.read.Imported;

/** {@code hoctap dossier FILE --id ID}: the dossier's summary table of one unit or commune, as .xlsx and HTML. */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = {"Lập bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu của một đơn vị hoặc một xã.",
                "Writes the dossier's summary table of one unit or commune (.xlsx and a printable HTML page)."})
public final class DossierCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TỆP", description = "Danh sách đơn vị, thành viên hoặc xã đã điền"
            + " / a filled list of units, members or communes")
    List<Path> inputs;

    @Option(names = "--id", paramLabel = "MÃ", description = "Mã đơn vị hoặc mã xã (có thể bỏ khi danh sách chỉ có"
            + " một) / the unit's id or the commune's code (optional when the list has one)")
    String id;

    @Option(names = {"-o", "--output"}, paramLabel = "TÊN", description = "Tên tệp ra, không đuôi (mặc định"
            + " ban-tong-hop-MÃ) / the output name, without extension")
    Path output;

    @Option(names = "--kind", paramLabel = "LOẠI", converter = KindConverter.class,
            description = "Loại danh sách / the kind of list")
    SheetKind kind;

    @Option(names = "--year", paramLabel = "NĂM", description = "Năm đánh giá cho các dòng để trống năm")
    Integer year;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        Evaluator evaluator = rules.evaluator();
        List<Imported<EvaluationRequest>> found = new ArrayList<>();
        List<CellError> problems = new ArrayList<>();
        WorkbookEvaluation.read(evaluator, inputs, kind, year, s -> {
            if (id == null || id.equals(s.value() instanceof vn.hoctap.model.request.UnitEvaluationRequest u
                    ? u.unit().id() : s.group())) {
                found.add(s);
            }
        }, problems::add);
        PrintWriter err = spec.commandLine().getErr();
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p.line()));
            err.println("KHÔNG LẬP: tệp có lỗi / NOT WRITTEN: the file has errors");
            err.flush();
            return 1;
        }
        if (found.size() != 1) {
            err.println(found.isEmpty() ? "không tìm thấy đơn vị hoặc xã " + id + " / no unit or commune " + id
                    : "danh sách có " + found.size() + " đối tượng; hãy cho --id / the list has " + found.size()
                    + " subjects; give --id");
            err.flush();
            return 2;
        }
        Imported<EvaluationRequest> subject = found.get(0);
        DossierTable table = DossierTable.of(evaluator.evaluate(subject.value()), subject.value());
        String base = output != null ? output.toString() : "ban-tong-hop-" + table.subjectName()
                .replaceAll("[^\\p{L}\\p{N}]+", "-");
        PrintablePair files = PrintablePair.write(base, table::writeXlsx, table::writeHtml);
        PrintWriter w = spec.commandLine().getOut();
        w.println("Đã lập bản tổng hợp / summary table written: " + files + " (" + table.verdictVi() + ")");
        w.flush();
        return 0;
    }
}
