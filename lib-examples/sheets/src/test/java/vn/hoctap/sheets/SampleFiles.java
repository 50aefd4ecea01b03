package vn.hoctap.sheets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import vn.hoctap.sheets.cli.SheetsCommand;
import vn.hoctap.sheets.layout.Layout;

/**
 * Writes sample files for {@code render-check.sh}: templates, filled lists of citizens and communes, their explained
 * workbooks, a commune's dossier table and the yearly report, through the commands an official runs.
 */
public final class SampleFiles {
    private SampleFiles() {
    }

    /** Writes the samples into the directory {@code args[0]}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        CommandLine cli = new CommandLine(SheetsCommand.class);
        for (String kind : List.of("cong-dan", "xa", "don-vi", "so-lieu-bao-cao")) {
            cli.execute("template", kind, "-o", dir.resolve("mau-" + kind + ".xlsx").toString());
        }
        Layout citizens = Sheets.layout(SheetKind.CITIZENS, null);
        Filled.xlsx(dir.resolve("mau-cong-dan.xlsx"), citizens, Map.of(citizens.main(), CitizenRoundTripTest
                .people(60, 2).stream().map(q -> CitizenRoundTripTest.values(q, q.person().birthYear() % 3 == 0
                        ? "07654" : q.person().birthYear() % 3 == 1 ? "07655" : "07656")).toList()),
                dir.resolve("cong-dan.xlsx"));
        Layout communes = Sheets.layout(SheetKind.COMMUNES, null);
        Filled.xlsx(dir.resolve("mau-xa.xlsx"), communes, Map.of(communes.main(), List.of(
                CommandsTest.communeRow("07654", 4200), CommandsTest.communeRow("07655", 2000))), dir.resolve("xa.xlsx"));
        Layout counts = Sheets.layout(SheetKind.REPORT_COUNTS, null);
        Filled.xlsx(dir.resolve("mau-so-lieu-bao-cao.xlsx"), counts, Map.of(counts.main(), List.of(
                Filled.row().set("year", 2024).set("communes", 12).set("communesWithAssociation", 11)
                        .set("districts", 1).set("districtsWithAssociation", 1))), dir.resolve("so-lieu.xlsx"));
        cli.execute("workbook", dir.resolve("cong-dan.xlsx").toString());
        cli.execute("workbook", dir.resolve("xa.xlsx").toString());
        cli.execute("dossier", dir.resolve("xa.xlsx").toString(), "--id", "07654", "-o",
                dir.resolve("ban-tong-hop-07654").toString());
        cli.execute("report", dir.resolve("cong-dan-ket-qua.xlsx").toString(), dir.resolve("xa-ket-qua.xlsx").toString(),
                "--counts", dir.resolve("so-lieu.xlsx").toString(), "-o", dir.resolve("bao-cao").toString());
    }
}
