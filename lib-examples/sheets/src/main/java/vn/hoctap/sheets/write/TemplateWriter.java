package vn.hoctap.sheets.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoctap.sheets.layout.CellType;
import vn.hoctap.sheets.layout.Code;
import vn.hoctap.sheets.layout.Column;
import vn.hoctap.sheets.layout.Layout;
import vn.hoctap.sheets.layout.TableLayout;

/**
 * Writes the template of a {@link Layout}: one sheet per table with its two-language headers (frozen), data
 * validation on every column (drop-down lists for codes and yes/no, 0-10 for scores, whole numbers for counts,
 * dates for dates, text format for ids so that leading zeros stay), an instructions sheet citing the article of
 * each column, and a sheet of the lists the drop-downs offer.
 */
public final class TemplateWriter {
    private static final String INSTRUCTIONS = "Hướng dẫn";
    private static final String LISTS = "Danh mục";
    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private TemplateWriter() {
    }

    /** Writes the template of {@code layout} to {@code out}. */
    public static void write(Layout layout, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Map<List<Code>, String> lists = new LinkedHashMap<>();
            List<Sheet> tables = new ArrayList<>();
            for (TableLayout t : layout.tables()) {
                tables.add(wb.createSheet(t.nameVi()));
            }
            Sheet help = wb.createSheet(INSTRUCTIONS);
            Sheet listSheet = wb.createSheet(LISTS);
            for (int i = 0; i < tables.size(); i++) {
                table(tables.get(i), layout.tables().get(i), styles, listSheet, lists);
            }
            instructions(help, layout, styles);
            finishLists(listSheet, styles);
            wb.setActiveSheet(0);
            wb.write(out);
        }
    }

    private static void table(Sheet sheet, TableLayout table, Styles styles, Sheet listSheet,
                              Map<List<Code>, String> lists) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(60);
        DataValidationHelper dv = sheet.getDataValidationHelper();
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(c.header());
            cell.setCellStyle(styles.header);
            int width = Math.max(12, Math.min(36, Math.max(c.headerVi().length(), c.headerEn().length()) / 2 + 6));
            if (c.type() == CellType.EVIDENCE) {
                width = 36;
            }
            sheet.setColumnWidth(i, width * 256);
            if (c.type() == CellType.TEXT || c.type() == CellType.EVIDENCE) {
                sheet.setDefaultColumnStyle(i, styles.textInput);
            } else if (c.type() == CellType.DATE) {
                sheet.setDefaultColumnStyle(i, styles.date);
            }
            DataValidationConstraint constraint = constraint(dv, c, listSheet, lists);
            if (constraint == null) {
                continue;
            }
            DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(1, LAST_ROW, i, i));
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox("Giá trị không hợp lệ / Invalid value", message(c));
            v.setShowPromptBox(c.noteVi() != null);
            if (c.noteVi() != null) {
                v.createPromptBox(c.headerVi(), shorten(c.noteVi() + " / " + c.noteEn()));
            }
            sheet.addValidationData(v);
        }
        sheet.createFreezePane(0, 1);
    }

    private static DataValidationConstraint constraint(DataValidationHelper dv, Column c, Sheet listSheet,
                                                       Map<List<Code>, String> lists) {
        return switch (c.type()) {
            case YES_NO -> dv.createExplicitListConstraint(new String[] {"có", "không"});
            case CODE -> dv.createFormulaListConstraint(listRange(c.codes(), listSheet, lists));
            case WHOLE_NUMBER -> dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    c.min() == null ? "0" : c.min().toPlainString(),
                    c.max() == null ? String.valueOf(Integer.MAX_VALUE) : c.max().toPlainString());
            case DECIMAL -> dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    c.min() == null ? "0" : c.min().toPlainString(), c.max() == null ? "1000000" : c.max().toPlainString());
            case DATE -> dv.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(1990,1,1)",
                    "DATE(2100,12,31)", null);
            case TEXT, EVIDENCE -> null;
        };
    }

    private static String message(Column c) {
        return shorten(switch (c.type()) {
            case YES_NO -> "Chọn “có” hoặc “không”; để trống nếu chưa biết. / Choose “có” (yes) or “không” (no); leave"
                    + " empty if not known.";
            case CODE -> "Chọn một giá trị trong danh sách. / Choose a value from the list.";
            case WHOLE_NUMBER -> "Nhập số nguyên từ " + (c.min() == null ? "0" : c.min().toPlainString())
                    + (c.max() == null ? "" : " đến " + c.max().toPlainString()) + ". / Type a whole number"
                    + (c.max() == null ? " of at least " + (c.min() == null ? "0" : c.min().toPlainString())
                    : " from " + c.min().toPlainString() + " to " + c.max().toPlainString()) + ".";
            case DECIMAL -> "Nhập số từ " + c.min().toPlainString() + " đến " + c.max().toPlainString()
                    + ". / Type a number from " + c.min().toPlainString() + " to " + c.max().toPlainString() + ".";
            case DATE -> "Nhập ngày (dd/mm/yyyy). / Type a date.";
            case TEXT, EVIDENCE -> "";
        });
    }

    /** Excel refuses prompt and error texts longer than 255 characters. */
    private static String shorten(String s) {
        return s.length() <= 255 ? s : s.substring(0, 254) + "…";
    }

    /** The range of the lists sheet that holds {@code codes}' Vietnamese labels, added on first use. */
    private static String listRange(List<Code> codes, Sheet listSheet, Map<List<Code>, String> lists) {
        return lists.computeIfAbsent(codes, k -> {
            int column = lists.size() * 3;
            for (int i = 0; i < codes.size(); i++) {
                Row r = listSheet.getRow(i + 1) != null ? listSheet.getRow(i + 1) : listSheet.createRow(i + 1);
                r.createCell(column).setCellValue(codes.get(i).nameVi());
                r.createCell(column + 1).setCellValue(codes.get(i).code());
            }
            String letter = CellReference.convertNumToColString(column);
            return "'" + LISTS + "'!$" + letter + "$2:$" + letter + "$" + (codes.size() + 1);
        });
    }

    private static void finishLists(Sheet listSheet, Styles styles) {
        Row header = listSheet.getRow(0) != null ? listSheet.getRow(0) : listSheet.createRow(0);
        int lastColumn = 0;
        for (Row r : listSheet) {
            lastColumn = Math.max(lastColumn, r.getLastCellNum());
        }
        for (int c = 0; c < lastColumn; c += 3) {
            Cell vi = header.createCell(c);
            vi.setCellValue("Giá trị\nValue");
            vi.setCellStyle(styles.header);
            Cell code = header.createCell(c + 1);
            code.setCellValue("Mã\nCode");
            code.setCellStyle(styles.header);
            listSheet.setColumnWidth(c, 48 * 256);
            listSheet.setColumnWidth(c + 1, 34 * 256);
            listSheet.setColumnWidth(c + 2, 3 * 256);
        }
    }

    private static void instructions(Sheet help, Layout layout, Styles styles) {
        int r = 0;
        Row title = help.createRow(r++);
        title.createCell(0).setCellValue(layout.kind().nameVi() + " / " + layout.kind().nameEn());
        title.getCell(0).setCellStyle(styles.title);
        for (String[] line : List.of(
                new String[] {"Điền mỗi đối tượng một dòng, bắt đầu từ dòng 2; không gộp ô, không thêm cột. Ô để trống"
                        + " là “chưa biết”: chỉ tiêu cần nó sẽ “chưa xác định”, không bao giờ bị coi là “không đạt”.",
                        "One subject a row, from row 2; do not merge cells or add columns. An empty cell means “not"
                                + " known”: the indicators that need it are “not determined”, never “not met”."},
                new String[] {"Đánh giá: hoctap workbook <tệp này> — kết quả ghi vào tệp …-ket-qua.xlsx.",
                        "Evaluate: hoctap workbook <this file> — the result goes to …-ket-qua.xlsx."})) {
            Row row = help.createRow(r++);
            row.createCell(0).setCellValue(line[0]);
            row.getCell(0).setCellStyle(styles.wrap);
            Row en = help.createRow(r++);
            en.createCell(0).setCellValue(line[1]);
            en.getCell(0).setCellStyle(styles.wrap);
        }
        r++;
        Row header = help.createRow(r++);
        String[] heads = {"Trang tính\nSheet", "Cột (tiếng Việt)\nColumn (Vietnamese)", "Cột (tiếng Anh)\nColumn"
                + " (English)", "Tên kỹ thuật (CSV)\nField name (CSV)", "Kiểu\nType", "Căn cứ\nSource",
                "Source (English)", "Cách ghi\nHow to fill it"};
        for (int i = 0; i < heads.length; i++) {
            header.createCell(i).setCellValue(heads[i]);
            header.getCell(i).setCellStyle(styles.header);
        }
        for (TableLayout t : layout.tables()) {
            for (Column c : t.columns()) {
                Row row = help.createRow(r++);
                String[] values = {t.nameVi(), c.headerVi(), c.headerEn(), c.key(), type(c), c.sourceVi(),
                        c.sourceEn(), c.noteVi() == null ? "" : c.noteVi() + " / " + c.noteEn()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                    row.getCell(i).setCellStyle(styles.wrap);
                }
            }
        }
        int[] widths = {14, 40, 36, 30, 22, 36, 32, 44};
        for (int i = 0; i < widths.length; i++) {
            help.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static String type(Column c) {
        return switch (c.type()) {
            case TEXT -> "văn bản / text";
            case WHOLE_NUMBER -> "số nguyên / whole number";
            case DECIMAL -> "số " + c.min().toPlainString() + "-" + c.max().toPlainString() + " / number";
            case YES_NO -> "có / không (yes / no)";
            case CODE -> "chọn trong danh sách / from the list";
            case DATE -> "ngày / date";
            case EVIDENCE -> "minh chứng / evidence";
        };
    }
}
