package vn.hoctap.sheets.read;

import java.util.List;

/** Receives one table's rows in order, as a streaming reader finds them. */
public interface TableVisitor {
    /**
     * One row that holds at least one cell.
     *
     * @param row   the row number as the spreadsheet shows it, from 1
     * @param cells the row's cells, in column order; cells never written are absent
     */
    void row(int row, List<RawCell> cells);

    /**
     * A range of merged cells, e.g. {@code B4:B6}. Readers report merges when they find them, which in an .xlsx file
     * is after the rows.
     *
     * @param firstRow    the range's first row, from 1
     * @param firstColumn its first column, from 0
     * @param reference   the range as the spreadsheet writes it
     */
    void merged(int firstRow, int firstColumn, String reference);
}
