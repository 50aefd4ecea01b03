package vn.hoctap.model.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CommonMark (with a GFM table for the overview): a heading per part, section and criterion, lists for indicators,
 * notices and missing inputs. Every text is escaped, so a name or an evidence reference from a request can neither
 * add markup, links nor raw HTML to the document: the characters that CommonMark gives a meaning inside a line are
 * backslash-escaped, and so is what would open a block at the start of a line.
 */
final class MarkdownMarkup implements Markup {
    /**
     * Characters with a meaning inside a line (emphasis, code, links, raw HTML, entities, table cells,
     * strikethrough) or that open or close a heading or a quote.
     */
    private static final String INLINE = "\\`*_[]<>&|~#";
    /** A line start that opens a list item, a rule or a setext underline. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9})([.)])|^([-+=])");

    private final StringBuilder out = new StringBuilder();

    @Override
    public void startDocument(String title) {
        // The first part's heading is the document's title.
    }

    @Override
    public void startPart(String heading, String kind) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append("# ").append(escape(heading)).append("\n\n");
    }

    @Override
    public void section(String heading, String note) {
        out.append("## ").append(escape(heading));
        if (note != null) {
            out.append(" \\[").append(escape(note)).append("\\]");
        }
        out.append("\n\n");
    }

    @Override
    public void subsection(String heading) {
        out.append("### ").append(escape(heading)).append("\n\n");
    }

    @Override
    public void paragraph(String text) {
        out.append(escapeBlock(text)).append("\n\n");
    }

    @Override
    public void labelled(String label, String text) {
        out.append("**").append(escape(label)).append(":** ").append(escape(text)).append("\n\n");
    }

    @Override
    public void items(List<Item> items) {
        for (Item i : items) {
            out.append("- ");
            if (i.mark() != null) {
                out.append(escape(i.mark())).append(' ');
            }
            if (i.code() != null) {
                out.append(code(i.code())).append(" — ").append(escape(i.text()));
            } else {
                out.append(i.mark() == null ? escapeBlock(i.text()) : escape(i.text()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        row(header);
        out.append('|');
        header.forEach(h -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(this::row);
        out.append('\n');
    }

    private void row(List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(escape(c)).append(" |");
        }
        out.append('\n');
    }

    @Override
    public void endPart() {
        // Parts are separated by their headings.
    }

    @Override
    public String finish() {
        return out.toString();
    }

    /** {@code text} with every character that has a meaning inside a line backslash-escaped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Like {@link #escape}, and a start that would open a block ("1. ", "- ", "# ") is escaped too. */
    static String escapeBlock(String text) {
        String escaped = escape(text);
        var m = BLOCK_START.matcher(escaped);
        if (!m.find()) {
            return escaped;
        }
        return m.group(1) != null ? m.group(1) + "\\" + m.group(2) + escaped.substring(m.end())
                : "\\" + escaped;
    }

    /** A code span long enough not to be closed by the backticks inside it. */
    private static String code(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }
}
