package vn.hoctap.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written workbook back, sheet by sheet, as rows of cells keyed by their header (first line). */
final class Results {
    private final Map<String, List<Map<String, Object>>> sheets = new LinkedHashMap<>();

    private Results() {
    }

    static Results read(Path file) throws IOException {
        Results r = new Results();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                List<Map<String, Object>> rows = new ArrayList<>();
                Row header = s.getRow(0);
                for (int i = 1; i <= s.getLastRowNum(); i++) {
                    Row row = s.getRow(i);
                    if (row == null) {
                        continue;
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (Cell c : header) {
                        Cell v = row.getCell(c.getColumnIndex());
                        String key = c.getStringCellValue().split("\n")[0];
                        if (v == null) {
                            m.put(key, null);
                        } else if (v.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                            m.put(key, v.getNumericCellValue());
                        } else {
                            m.put(key, formatter.formatCellValue(v));
                        }
                    }
                    rows.add(m);
                }
                r.sheets.put(s.getSheetName(), rows);
            }
        }
        return r;
    }

    List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    List<Map<String, Object>> sheet(String name) {
        List<Map<String, Object>> rows = sheets.get(name);
        if (rows == null) {
            throw new AssertionError("no sheet " + name + " in " + sheets.keySet());
        }
        return rows;
    }
}
