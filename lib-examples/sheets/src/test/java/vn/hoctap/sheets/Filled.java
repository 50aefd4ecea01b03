package vn.hoctap.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoctap.sheets.layout.Column;
import vn.hoctap.sheets.layout.Layout;
import vn.hoctap.sheets.layout.TableLayout;

/**
 * Fills a template as an official would: opens the .xlsx the template command wrote and types values into the cells
 * under the headers (numbers as numbers, dates as dates, text as text), or writes the same rows as CSV.
 */
final class Filled {
    /** One row: values by column key (the JSON path, or the header's Vietnamese text for non-request columns). */
    static final class Values {
        final Map<String, Object> cells = new LinkedHashMap<>();

        Values set(String key, Object value) {
            cells.put(key, value);
            return this;
        }
    }

    private Filled() {
    }

    static Values row() {
        return new Values();
    }

    /** The column of {@code table} named by {@code key}. */
    static Column column(TableLayout table, String key) {
        return table.columns().stream().filter(c -> c.key().equals(key) || c.headerVi().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + key));
    }

    /** Types {@code rows} into the sheet of {@code table} of the template at {@code template}, saved to {@code out}. */
    static void xlsx(Path template, Layout layout, Map<TableLayout, List<Values>> rows, Path out) throws IOException {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (Map.Entry<TableLayout, List<Values>> e : rows.entrySet()) {
                Sheet sheet = wb.getSheet(e.getKey().nameVi());
                int r = 1;
                for (Values v : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (Map.Entry<String, Object> cell : v.cells.entrySet()) {
                        int index = e.getKey().columns().indexOf(column(e.getKey(), cell.getKey()));
                        Cell c = row.createCell(index);
                        Object value = cell.getValue();
                        if (value instanceof Number n) {
                            c.setCellValue(n.doubleValue());
                        } else if (value instanceof Boolean b) {
                            c.setCellValue(b ? "có" : "không");
                        } else if (value instanceof LocalDate d) {
                            c.setCellValue(d);
                            c.setCellStyle(date);
                        } else if (value != null) {
                            c.setCellValue(value.toString());
                        }
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
    }

    /** Writes {@code rows} of {@code table} as a CSV file with the template's headers, separated by {@code sep}. */
    static void csv(TableLayout table, List<Values> rows, char sep, boolean bom, Path out) throws IOException {
        StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
        List<String> header = new ArrayList<>();
        for (Column c : table.columns()) {
            header.add(quote(c.headerVi() + " / " + c.headerEn(), sep));
        }
        b.append(String.join(String.valueOf(sep), header)).append("\r\n");
        for (Values v : rows) {
            List<String> cells = new ArrayList<>();
            for (Column c : table.columns()) {
                Object value = v.cells.get(c.key());
                if (value == null && c.path().isEmpty()) {
                    value = v.cells.get(c.headerVi());
                }
                String text = value == null ? "" : value instanceof Boolean bo ? (bo ? "có" : "không")
                        : value instanceof LocalDate d ? d.toString() : value instanceof Number n
                        && sep == ';' && n.toString().contains(".") ? n.toString().replace('.', ',') : value.toString();
                cells.add(quote(text, sep));
            }
            b.append(String.join(String.valueOf(sep), cells)).append("\r\n");
        }
        Files.writeString(out, b.toString());
    }

    private static String quote(String s, char sep) {
        if (s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
