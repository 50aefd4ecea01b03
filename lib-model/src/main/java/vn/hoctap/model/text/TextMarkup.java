package vn.hoctap.model.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain text for a terminal or a log: a double rule above each part, a single rule above each section, criteria and
 * lists indented beneath their heading. Lines are not wrapped, so a sentence can be copied whole.
 */
final class TextMarkup implements Markup {
    private static final String PART_RULE = "═".repeat(100);
    private static final String SECTION_RULE = "─".repeat(100);

    private final StringBuilder out = new StringBuilder();
    /** The indentation of paragraphs and lists under the last heading. */
    private String indent = "";
    private boolean firstPart = true;

    @Override
    public void startDocument(String title) {
        // A text document has no title of its own: each part carries its heading.
    }

    @Override
    public void startPart(String heading, String kind) {
        if (!firstPart) {
            out.append('\n');
        }
        firstPart = false;
        out.append(PART_RULE).append('\n').append(heading).append('\n');
        indent = "";
    }

    @Override
    public void section(String heading, String note) {
        out.append(SECTION_RULE).append('\n').append(heading);
        if (note != null) {
            out.append("  [").append(note).append(']');
        }
        out.append('\n');
        indent = "  ";
    }

    @Override
    public void subsection(String heading) {
        out.append("  ").append(heading).append('\n');
        indent = "    ";
    }

    @Override
    public void paragraph(String text) {
        out.append(indent).append(text).append('\n');
    }

    @Override
    public void labelled(String label, String text) {
        out.append(indent).append(label).append(": ").append(text).append('\n');
    }

    @Override
    public void items(List<Item> items) {
        for (Item i : items) {
            out.append(indent);
            if (i.mark() != null) {
                out.append(i.mark()).append(' ');
            }
            if (i.code() != null) {
                out.append(i.code()).append(" — ");
            }
            out.append(i.text()).append('\n');
        }
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < row.size(); c++) {
                line.append(row.get(c));
                if (c < row.size() - 1) {
                    line.append(" ".repeat(widths[c] - width(row.get(c)) + 2));
                }
            }
            out.append(line).append('\n');
        }
    }

    /**
     * Columns as a terminal shows them: code points of the composed form, so that "Ủy" is two wide whether its marks
     * came precomposed or combining.
     */
    private static int width(String s) {
        String composed = Normalizer.normalize(s, Normalizer.Form.NFC);
        return composed.codePointCount(0, composed.length());
    }

    @Override
    public void endPart() {
        indent = "";
    }

    @Override
    public String finish() {
        return out.toString();
    }
}
