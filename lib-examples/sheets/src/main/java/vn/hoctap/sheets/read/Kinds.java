package vn.hoctap.sheets.read;

import java.io.IOException;
import java.util.List;
import vn.hoctap.sheets.SheetKind;
import vn.hoctap.sheets.layout.Column;
import vn.hoctap.sheets.layout.Layout;
import vn.hoctap.sheets.layout.Layouts;
import vn.hoctap.sheets.layout.TableLayout;

/** Recognises the kind of a workbook from its sheets' names and its header rows. */
public final class Kinds {
    private Kinds() {
    }

    /**
     * The kind whose tables the input's headers name most; a workbook made from a template is recognised by its
     * headers alone.
     *
     * @throws IllegalArgumentException when no kind's headers are found
     */
    public static SheetKind recognise(List<TableSource> tables) throws IOException {
        SheetKind best = null;
        double bestScore = 0;
        for (SheetKind kind : SheetKind.values()) {
            Layout layout = Layouts.of(kind, null);
            double score = 0;
            for (TableSource t : tables) {
                List<String> header = header(t);
                for (TableLayout table : layout.tables()) {
                    long known = header.stream().filter(h -> table.columns().stream().anyMatch(c -> named(c, h)))
                            .count();
                    score = Math.max(score, known / (double) Math.max(1, header.size())
                            + (table == layout.members() ? 0 : 0.001) + known / 1000.0);
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = kind;
            }
        }
        if (best == null || bestScore < 0.5) {
            throw new IllegalArgumentException("không nhận ra loại danh sách; hãy cho --kind (" + SheetKind.cliNames()
                    + ") / cannot tell which kind of list this is; give --kind");
        }
        return best;
    }

    private static boolean named(Column c, String header) {
        String h = CellReader.key(header);
        return h.equals(CellReader.key(c.header())) || h.equals(CellReader.key(c.headerVi()))
                || h.equals(CellReader.key(c.headerEn())) || (!c.path().isEmpty() && h.equals(CellReader.key(c.key())));
    }

    private static List<String> header(TableSource t) throws IOException {
        return Headers.firstRow(t).stream().filter(c -> !c.isBlank()).map(RawCell::text).toList();
    }
}
