package vn.hoctap.sheets;

import java.io.IOException;
import java.io.OutputStream;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.sheets.layout.Layout;
import vn.hoctap.sheets.layout.Layouts;
import vn.hoctap.sheets.write.TemplateWriter;

/**
 * The spreadsheets of hoctap for a host that uses them as a library: templates an official fills in
 * ({@link #template}), the evaluation of a filled workbook into an explained one ({@link WorkbookEvaluation}), the
 * dossier's summary table ({@link vn.hoctap.sheets.dossier.DossierTable}) and the yearly report
 * ({@link vn.hoctap.sheets.report.YearlyReport}).
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("mau-cong-dan.xlsx"))) {
 *     Sheets.template(SheetKind.CITIZENS, evaluator.catalogue(LocalDate.of(2024, 12, 31)), out);
 * }
 * }</pre>
 */
public final class Sheets {
    private Sheets() {
    }

    /**
     * Writes the template of {@code kind}. The households' template has a column for each indicator a province pack
     * adds to the household scheme in {@code catalogue} (the catalogue in force on the evaluation date, with packs).
     */
    public static void template(SheetKind kind, Catalogue catalogue, OutputStream out) throws IOException {
        TemplateWriter.write(layout(kind, catalogue), out);
    }

    /** The columns of {@code kind}'s tables, as the template writes them and the readers read them. */
    public static Layout layout(SheetKind kind, Catalogue catalogue) {
        return Layouts.of(kind, catalogue);
    }
}
