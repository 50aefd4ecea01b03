package vn.hoctap.sheets;

import java.io.IOException;
import java.util.List;
import vn.hoctap.sheets.layout.Column;
import vn.hoctap.sheets.layout.Layout;
import vn.hoctap.sheets.layout.Layouts;
import vn.hoctap.sheets.layout.TableLayout;
import vn.hoctap.sheets.read.RawCell;
import vn.hoctap.sheets.read.TableSource;
import vn.hoctap.sheets.read.TableVisitor;

/** Recognises the kind of a workbook from its sheets' names and its header rows. */
final class Kinds {
    private Kinds() {
    }

    /**
     * The kind whose tables the input's headers name most; a workbook made from a template is recognised by its
     * headers alone.
     *
     * @throws IllegalArgumentException when no kind's headers are found
     */
    static SheetKind recognise(List<TableSource> tables) throws IOException {
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
        String h = key(header);
        return h.equals(key(c.header())) || h.equals(key(c.headerVi())) || h.equals(key(c.headerEn()))
                || (!c.path().isEmpty() && h.equals(key(c.key())));
    }

    private static String key(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s/]+", " ").strip();
    }

    private static List<String> header(TableSource t) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        try {
            t.read(new TableVisitor() {
                @Override
                public void row(int row, List<RawCell> cells) {
                    cells.stream().filter(c -> !c.isBlank()).forEach(c -> out.add(c.text()));
                    throw new Done();
                }

                @Override
                public void merged(int firstRow, int firstColumn, String reference) {
                }
            });
        } catch (Done done) {
            // only the header row is needed
        }
        return out;
    }

    private static final class Done extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Done() {
            super(null, null, false, false);
        }
    }
}
