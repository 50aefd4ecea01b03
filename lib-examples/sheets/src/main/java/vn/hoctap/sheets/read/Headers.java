package vn.hoctap.sheets.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import vn.hoctap.sheets.CellError;
import vn.hoctap.sheets.layout.Column;
import vn.hoctap.sheets.layout.Layout;
import vn.hoctap.sheets.layout.TableLayout;

/**
 * A table's header row matched to its layout's columns. A header is recognised in any of the forms people and
 * programs write it: the template's two lines, "Vietnamese / English", either language alone, or the column's JSON
 * name ({@code scores.numeracy}), compared after Unicode normalisation (NFC), ignoring case and spacing.
 */
final class Headers {
    private final Map<Integer, Column> byIndex;
    private final Set<Integer> named;
    private final List<CellError> problems;
    private List<Integer> positions;

    private final Map<Integer, Integer> layoutIndex = new HashMap<>();

    private Headers(TableLayout table, Map<Integer, Column> byIndex, Set<Integer> named, List<CellError> problems) {
        this.byIndex = byIndex;
        byIndex.forEach((index, column) -> layoutIndex.put(index, table.columns().indexOf(column)));
        this.named = named;
        this.problems = problems;
    }

    /** The column under header cell {@code index}, or {@code null} when the header is empty or unknown. */
    Column column(int index) {
        return byIndex.get(index);
    }

    /** The position in its table's layout of the column under header cell {@code index}, or -1. */
    int layoutIndex(int index) {
        Integer i = layoutIndex.get(index);
        return i == null ? -1 : i;
    }

    /** Whether the header cell {@code index} holds a header (known or not). */
    boolean known(int index) {
        return named.contains(index);
    }

    /** Where each column of {@code table} is in the sheet, -1 where absent; computed once. */
    List<Integer> positions(TableLayout table) {
        if (positions == null) {
            List<Integer> p = new ArrayList<>(java.util.Collections.nCopies(table.columns().size(), -1));
            layoutIndex.forEach((index, at) -> p.set(at, index));
            positions = List.copyOf(p);
        }
        return positions;
    }

    /** Unknown and repeated headers. */
    List<CellError> problems() {
        return problems;
    }

    static Headers read(String sheet, TableLayout table, int row, List<RawCell> cells) {
        Map<String, Column> accepted = accepted(table);
        Map<Integer, Column> byIndex = new HashMap<>();
        Set<Integer> named = new HashSet<>();
        Map<Column, String> taken = new HashMap<>();
        List<CellError> problems = new ArrayList<>();
        for (RawCell cell : cells) {
            if (cell.isBlank()) {
                continue;
            }
            named.add(cell.column());
            String text = CellReader.shown(cell);
            String ref = new CellReference(row - 1, cell.column()).formatAsString(false);
            Column c = accepted.get(CellReader.key(text));
            if (c == null) {
                problems.add(new CellError(sheet, row, ref, text, text, "cột không có trong mẫu “" + table.nameVi()
                        + "”; hãy sửa tiêu đề theo trang Hướng dẫn hoặc xóa cột",
                        "unknown column for “" + table.nameEn() + "”; correct the header as the Instructions sheet"
                                + " gives it, or delete the column"));
            } else if (taken.containsKey(c)) {
                problems.add(new CellError(sheet, row, ref, text, text, "cột trùng với cột " + taken.get(c),
                        "the same column as " + taken.get(c)));
            } else {
                taken.put(c, ref);
                byIndex.put(cell.column(), c);
            }
        }
        return new Headers(table, byIndex, named, problems);
    }

    private static Map<String, Column> accepted(TableLayout table) {
        Map<String, Column> m = new HashMap<>();
        for (Column c : table.columns()) {
            m.put(CellReader.key(c.header()), c);
            m.put(CellReader.key(c.headerVi()), c);
            m.put(CellReader.key(c.headerEn()), c);
            if (!c.path().isEmpty()) {
                m.put(CellReader.key(c.key()), c);
            }
        }
        return m;
    }

    /** The table of {@code layout} whose columns the first row of {@code source} names most; {@code null} if none. */
    static TableLayout bestTable(TableSource source, Layout layout) throws IOException {
        List<RawCell> first = firstRow(source);
        TableLayout best = null;
        int most = 0;
        for (TableLayout t : layout.tables()) {
            Map<String, Column> accepted = accepted(t);
            int n = (int) first.stream().filter(c -> accepted.containsKey(CellReader.key(CellReader.shown(c))))
                    .count();
            if (n > most) {
                most = n;
                best = t;
            }
        }
        return best;
    }

    static List<RawCell> firstRow(TableSource source) throws IOException {
        List<RawCell> first = new ArrayList<>();
        try {
            source.read(new TableVisitor() {
                @Override
                public void row(int row, List<RawCell> cells) {
                    first.addAll(cells);
                    throw new Stop();
                }

                @Override
                public void merged(int firstRow, int firstColumn, String reference) {
                }
            });
        } catch (Stop done) {
            // the header row is all we need
        }
        return first;
    }

    /** Ends a read after its first row. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }
}
