package vn.hoctap.sheets.read;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import vn.hoctap.sheets.layout.Column;
import vn.hoctap.sheets.layout.TableLayout;

/**
 * One row as read: the table it belongs to, its number, and each column's cell as the file gave it.
 *
 * @param sheet     the sheet's or file's name as the input gives it
 * @param table     the layout the sheet was matched to
 * @param row       the row number, from 1
 * @param cells     the row's cells, one per column of {@code table} in its order, {@code null} where the row has
 *                  none
 * @param positions where each column of {@code table} is in the sheet (its index from 0), or -1 where the sheet
 *                  lacks it; shared by the rows of a table
 */
public record SourceRow(String sheet, TableLayout table, int row, List<Cell> cells, List<Integer> positions) {
    /** A cell of the row: its reference ({@code F12}) and its text as shown. */
    public record Cell(String reference, String shown) {
    }

    /**
     * The cell of {@code column}, an empty one when the row leaves it empty; {@code null} when the sheet has no such
     * column.
     */
    public Cell cell(Column column) {
        int i = column == null ? -1 : table.columns().indexOf(column);
        if (i < 0) {
            return null;
        }
        if (cells.get(i) != null) {
            return cells.get(i);
        }
        int at = positions.get(i);
        return at < 0 ? null : new Cell(new CellReference(row - 1, at).formatAsString(false), "");
    }
}
