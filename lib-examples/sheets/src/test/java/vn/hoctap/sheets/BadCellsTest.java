package vn.hoctap.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.sheets.layout.Layout;
import vn.hoctap.sheets.layout.TableLayout;

/** Every kind of bad cell is reported with its sheet, row and column, all at once, and nothing is evaluated. */
class BadCellsTest {
    private static final Evaluator EVALUATOR = Evaluator.national();
    private static final Layout CITIZENS = Sheets.layout(SheetKind.CITIZENS, null);

    @TempDir
    Path dir;
    private Path filled;
    private final List<CellError> seen = new ArrayList<>();

    /** Twelve valid citizens in a filled template. */
    @BeforeEach
    void fill() throws Exception {
        Path template = dir.resolve("mau.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            Sheets.template(SheetKind.CITIZENS, null, out);
        }
        List<CitizenEvaluationRequest> people = CitizenRoundTripTest.people(12, 3);
        filled = dir.resolve("cong-dan.xlsx");
        Filled.xlsx(template, CITIZENS, Map.of(CITIZENS.main(),
                people.stream().map(q -> CitizenRoundTripTest.values(q, "07654")).toList()), filled);
    }

    private int col(String key) {
        TableLayout t = CITIZENS.main();
        return t.columns().indexOf(Filled.column(t, key));
    }

    private WorkbookEvaluation.Outcome evaluate(boolean skip, Path out) throws Exception {
        try (OutputStream o = Files.newOutputStream(out)) {
            return WorkbookEvaluation.run(EVALUATOR, List.of(filled),
                    new WorkbookEvaluation.Options(null, null, skip, Detail.ALL), o, seen::add);
        }
    }

    private void spoil(java.util.function.Consumer<Sheet> change) throws Exception {
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            change.accept(wb.getSheet("Công dân"));
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
    }

    private CellError at(String cell) {
        return seen.stream().filter(e -> cell.equals(e.cell())).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + cell + " in " + seen));
    }

    /**
     * Proves that each bad cell of a data row is reported with its sheet, row, cell and column header, in both
     * languages, in one run; that the workbook then holds no results; and that with skipping the other rows are
     * evaluated and the skipped rows listed.
     */
    @Test
    void everyBadCellIsReportedAtOnce() throws Exception {
        spoil(s -> {
            s.getRow(1).getCell(col("person.id")).setBlank();                              // row 2: empty id
            s.getRow(2).createCell(col("referenceDate")).setCellValue("31/12/2024");       // row 3: date as text
            XSSFCell f = (XSSFCell) s.getRow(3).createCell(col("scores.numeracy"));       // row 4: formula, no value
            f.setCellFormula("1+1");
            if (f.getCTCell().isSetV()) {
                f.getCTCell().unsetV();
            }
            s.getRow(4).createCell(col("scores.cooperation")).setCellValue(11);                // row 5: above 10
            s.getRow(5).createCell(col("person.targetGroup")).setCellValue("thợ may");         // row 6: not a code
            s.getRow(6).createCell(col("person.birthYear")).setCellValue(1980.5);              // row 7: not whole
            s.getRow(7).createCell(col("person.id")).setCellValue(12345);                      // row 8: number as id
            s.getRow(8).getCell(col("person.id")).setCellValue(
                    s.getRow(9).getCell(col("person.id")).getStringCellValue());             // row 9 = row 10's id
            s.getRow(10).createCell(40).setCellValue("ghi chú");                              // row 11: no header
            s.addMergedRegion(new CellRangeAddress(11, 12, col("qualification"), col("qualification"))); // rows 12-13
            s.getRow(12).createCell(col("person.fullName")).setCellFormula("NA()");
            ((XSSFCell) s.getRow(12).getCell(col("person.fullName"))).getCTCell().setT(
                    org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.E);
            ((XSSFCell) s.getRow(12).getCell(col("person.fullName"))).getCTCell().setV("#N/A");
        });
        Path out = dir.resolve("ket-qua.xlsx");
        WorkbookEvaluation.Outcome o = evaluate(false, out);
        assertTrue(o.refused());
        assertEquals(0, o.evaluated());
        String id = letter(col("person.id"));
        assertTrue(at(id + "2").problemVi().contains("bắt buộc"), seen.toString());
        assertEquals("Công dân", at(id + "2").sheet());
        assertEquals(2, at(id + "2").row());
        assertTrue(at(id + "2").column().startsWith("Mã định danh"));
        assertTrue(at(letter(col("referenceDate")) + "3").problemEn().contains("date typed as text"));
        assertEquals("31/12/2024", at(letter(col("referenceDate")) + "3").value());
        assertTrue(at(letter(col("scores.numeracy")) + "4").problemEn().contains("never saved"));
        assertTrue(at(letter(col("person.targetGroup")) + "6").problemEn().contains("not in the list"));
        assertTrue(at(letter(col("person.birthYear")) + "7").problemEn().contains("whole number"));
        assertTrue(at(id + "8").problemEn().contains("leading zeros"));
        assertTrue(at(id + "10").problemEn().contains("same id as row 9"), seen.toString());
        assertTrue(at(letter(40) + "11").problemEn().contains("without a header"));
        CellError merge = seen.stream().filter(e -> e.problemEn().startsWith("merged")).findFirst().orElseThrow();
        assertEquals(12, merge.row());
        assertTrue(merge.column().startsWith("Trình độ"));
        assertTrue(at(letter(col("person.fullName")) + "13").problemVi().contains("#N/A"));
        // The score above the maximum is the evaluator's refusal; evaluation stopped at the first error, so it is
        // found when the rows are skipped (below) rather than here.
        Results r = Results.read(out);
        assertFalse(r.sheetNames().contains("Tổng hợp"), "no results from a file with errors");
        assertEquals(seen.size(), r.sheet("Lỗi").size());

        seen.clear();
        Path skipped = dir.resolve("bo-qua.xlsx");
        WorkbookEvaluation.Outcome s = evaluate(true, skipped);
        assertFalse(s.refused());
        assertTrue(at(letter(col("scores.cooperation")) + "5").problemVi().contains("11"), seen.toString());
        Results rs = Results.read(skipped);
        List<Object> rows = rs.sheet("Tổng hợp").stream().map(m -> m.get("Dòng nguồn")).toList();
        assertEquals(List.of("Công dân!9"), rows, "only row 9 has no error (row 10 repeats its id)");
        assertTrue(rs.sheet("Lỗi").stream().allMatch(m -> "có / yes".equals(m.get("Dòng bị bỏ qua"))));
    }

    /** Proves that an unknown column and an unknown sheet stop the whole file, even when rows are skipped. */
    @Test
    void unknownColumnAndSheetStopTheFile() throws Exception {
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("Công dân").getRow(0).createCell(30).setCellValue("Ghi chú / Note");
            wb.createSheet("Trang riêng").createRow(0).createCell(0).setCellValue("x");
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        WorkbookEvaluation.Outcome o = evaluate(true, dir.resolve("x.xlsx"));
        assertTrue(o.refused());
        CellError column = at(letter(30) + "1");
        assertEquals("Ghi chú / Note", column.value());
        assertTrue(column.problemEn().startsWith("unknown column"));
        assertTrue(seen.stream().anyMatch(e -> e.sheet().equals("Trang riêng") && e.row() == 0));
    }

    private static String letter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    /** Row helper kept for readers of the test: rows are numbered as the spreadsheet shows them. */
    static Row row(Sheet s, int shown) {
        return s.getRow(shown - 1);
    }
}
