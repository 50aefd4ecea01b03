package vn.hoctap.sheets.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.hoctap.sheets.SheetKind;
import vn.hoctap.sheets.Sheets;

/** {@code hoctap template KIND}: writes the .xlsx template an official fills in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Tạo mẫu bảng tính để điền.", "Writes a spreadsheet template to fill in."})
public final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOẠI", converter = KindConverter.class,
            description = "citizens (cong-dan), members (thanh-vien), units (don-vi), communes (xa),"
                    + " households (ho-gia-dinh), report-counts (so-lieu-bao-cao)")
    SheetKind kind;

    @Option(names = {"-o", "--output"}, paramLabel = "TỆP", description = "Tệp .xlsx ghi ra (mặc định mau-LOẠI.xlsx)"
            + " / the .xlsx written (default mau-KIND.xlsx)")
    Path output;

    @Option(names = "--year", paramLabel = "NĂM", description = "Năm đánh giá: chọn bộ tiêu chí đang có hiệu lực"
            + " (mặc định năm nay) / the evaluation year, which chooses the criteria in force (default this year)")
    Integer year;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws Exception {
        Path out = output != null ? output : Path.of("mau-" + kind.cliNameVi() + ".xlsx");
        LocalDate date = LocalDate.of(year != null ? year : LocalDate.now().getYear(), 12, 31);
        try (OutputStream o = Files.newOutputStream(out)) {
            Sheets.template(kind, rules.evaluator().catalogue(date), o);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("Đã tạo mẫu / template written: " + out);
        w.flush();
        return 0;
    }
}
