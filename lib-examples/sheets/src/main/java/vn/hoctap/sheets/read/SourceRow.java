package vn.hoctap.sheets.read;

import java.util.List;
import vn.hoctap.sheets.layout.Column;
import vn.hoctap.sheets.layout.TableLayout;

/**
 * One row as read: the table it belongs to, its number, and each column's cell as the file gave it.
 *
 * @param sheet the sheet's or file's name as the input gives it
 * @param table the layout the sheet was matched to
 * @param row   the row number, from 1
 * @param cells the row's cells, one per column of {@code table} in its order, {@code null} where the file has none
 */
public record SourceRow(String sheet, TableLayout table, int row, List<Cell> cells) {
    /** A cell of the row: its reference ({@code F12}) and its text as shown. */
    public record Cell(String reference, String shown) {
    }

    /** The cell of {@code column}, or {@code null} if the row has none. */
    public Cell cell(Column column) {
        int i = column == null ? -1 : table.columns().indexOf(column);
        return i < 0 ? null : cells.get(i);
    }
}
