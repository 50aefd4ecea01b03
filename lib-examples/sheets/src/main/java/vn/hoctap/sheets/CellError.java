package vn.hoctap.sheets;

import java.util.Objects;

/**
 * One bad cell (or a bad header, sheet or row), as an official finds it: the sheet, the row and the column's header,
 * the value found there and what is wrong with it, in Vietnamese and English.
 *
 * @param sheet     the sheet's name, or the CSV file's name
 * @param row       the row number as the spreadsheet shows it (1 is the header row); 0 for the whole sheet
 * @param cell      the cell's reference, e.g. {@code F12}, or {@code null} when the problem is the whole row or sheet
 * @param column    the column's header as the file gives it, or {@code null} for the whole row or sheet
 * @param value     the value found, as text; empty for an empty cell
 * @param problemVi what is wrong and how to put it right, in Vietnamese
 * @param problemEn the same in English
 */
public record CellError(String sheet, int row, String cell, String column, String value, String problemVi,
                        String problemEn) {
    public CellError {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(problemVi, "problemVi");
        Objects.requireNonNull(problemEn, "problemEn");
        value = value == null ? "" : value;
    }

    /** One line for a console: {@code Công dân!F12 [I.2 ...] '11': vi / en}. */
    public String line() {
        String where = sheet + (cell != null ? "!" + cell : row > 0 ? " dòng/row " + row : "");
        String col = column == null ? "" : " [" + column.replace('\n', ' ') + "]";
        String val = value.isEmpty() ? "" : " '" + value + "'";
        return where + col + val + ": " + problemVi + " / " + problemEn;
    }
}
