package vn.hoctap.sheets.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes one table row by row: a header row (frozen, filtered), then values each in the cell type it is (numbers
 * as numbers, shares as percentages, dates as dates). Past the row limit of a sheet it goes on in a new sheet with
 * the same header ("Chi tiết (2)"). Column widths follow the longest value written, within bounds, and are set when
 * the table is finished (in a streamed workbook they are written with the sheet at the end).
 */
public final class TableWriter {
    /** The widest a column gets, in characters; longer text wraps. */
    private static final int MAX_WIDTH = 60;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final Workbook workbook;
    private final Styles styles;
    private final String name;
    private final List<String> headers;
    private final int[] widths;
    private final List<Sheet> sheets = new ArrayList<>();
    private Sheet sheet;
    private int next;
    private Row row;
    private int column;
    private long rows;

    /** A table named {@code name} with {@code headers}, in {@code workbook}. */
    public TableWriter(Workbook workbook, Styles styles, String name, List<String> headers) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.headers = List.copyOf(headers);
        this.widths = new int[headers.size()];
        newSheet();
    }

    private void newSheet() {
        String sheetName = sheets.isEmpty() ? name : name + " (" + (sheets.size() + 1) + ")";
        sheet = workbook.createSheet(sheetName);
        sheets.add(sheet);
        Row h = sheet.createRow(0);
        h.setHeightInPoints(45);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(styles.header);
            for (String line : headers.get(i).split("\n")) {
                widths[i] = Math.max(widths[i], Math.min(line.length() + 2, 40));
            }
        }
        sheet.createFreezePane(0, 1);
        next = 1;
    }

    /** The first sheet's name. */
    public String name() {
        return name;
    }

    /** How many rows were written, headers not counted. */
    public long rows() {
        return rows;
    }

    /** Starts a row. */
    public TableWriter row() {
        if (next >= MAX_ROWS) {
            newSheet();
        }
        row = sheet.createRow(next++);
        column = 0;
        rows++;
        return this;
    }

    /** The next cell holds {@code value}, or is empty when it is {@code null}. */
    public TableWriter text(String value) {
        Cell c = cell(value == null ? 0 : value.length());
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(value.length() > MAX_WIDTH || value.indexOf('\n') >= 0 ? styles.wrap : styles.text);
        }
        return this;
    }

    /** The next cell holds a whole number. */
    public TableWriter whole(Number value) {
        Cell c = cell(value == null ? 0 : value.toString().length() + 2);
        if (value != null) {
            c.setCellValue(value.doubleValue());
            c.setCellStyle(styles.whole);
        }
        return this;
    }

    /** The next cell holds a year, a number read as such (2024, never "2.024"). */
    public TableWriter year(int value) {
        Cell c = cell(6);
        c.setCellValue(value);
        c.setCellStyle(styles.year);
        return this;
    }

    /** The next cell holds a number with decimals (points). */
    public TableWriter decimal(BigDecimal value) {
        Cell c = cell(value == null ? 0 : value.toPlainString().length() + 2);
        if (value != null) {
            c.setCellValue(value.doubleValue());
            c.setCellStyle(styles.decimal);
        }
        return this;
    }

    /** The next cell holds a share given in percent ({@code 92.31} for 92,31 %), written as a percentage. */
    public TableWriter percent(BigDecimal percent) {
        Cell c = cell(percent == null ? 0 : 9);
        if (percent != null) {
            c.setCellValue(percent.doubleValue() / 100);
            c.setCellStyle(styles.percent);
        }
        return this;
    }

    /** The next cell holds a date. */
    public TableWriter date(LocalDate value) {
        Cell c = cell(value == null ? 0 : 12);
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(styles.date);
        }
        return this;
    }

    /** The next cell holds {@code value} in {@code style}. */
    public TableWriter styled(String value, CellStyle style) {
        Cell c = cell(value == null ? 0 : value.length());
        if (value != null) {
            c.setCellValue(value);
            c.setCellStyle(style);
        }
        return this;
    }

    private Cell cell(int length) {
        int i = column++;
        if (i < widths.length) {
            widths[i] = Math.max(widths[i], Math.min(length + 1, MAX_WIDTH));
        }
        return row.createCell(i);
    }

    /** Removes the table's sheets from the workbook (a refused evaluation keeps only its errors). */
    public void remove() {
        for (Sheet s : sheets) {
            workbook.removeSheetAt(workbook.getSheetIndex(s));
        }
        sheets.clear();
    }

    /** Sets the column widths and the filter on the header; call once, when every row is written. */
    public void finish() {
        for (Sheet s : sheets) {
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, Math.max(8, widths[i]) * 256);
            }
            // Printed as officials print tables: A4 landscape, all columns on the page width, the header repeated.
            s.getPrintSetup().setLandscape(true);
            s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            s.setFitToPage(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            s.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, -1, -1));
            if (!headers.isEmpty()) {
                s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, headers.size() - 1));
            }
        }
    }
}
