package vn.hoctap.model.text;

import java.util.List;

/**
 * HTML that prints well: a standalone document (UTF-8, the language declared, a small stylesheet with print rules:
 * A4 pages, each assessment on a new page, no entry split across pages), or only the assessments' elements
 * ({@link AssessmentRenderer#fragment()}) for a host page with its own styles. Outcomes carry a sign (✔ ✘ – ?) as
 * well as a class, so that a black-and-white print still tells them apart. Every text is escaped, so a name or an
 * evidence reference from a request cannot add markup. The output is also well-formed XML (void elements closed),
 * so it can be checked or transformed with XML tools.
 */
final class HtmlMarkup implements Markup {
    /** The stylesheet of a standalone document; classes: outcomes, notices' severities, verdicts. */
    static final String STYLE = """
            body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.4; color: #000; \
            margin: 2em; }
            h1 { font-size: 16pt; margin: 0 0 .4em; }
            h2 { font-size: 13pt; margin: 1.2em 0 .4em; border-bottom: 1px solid #888; }
            h3 { font-size: 12pt; margin: .8em 0 .3em; }
            h2, h3 { break-after: avoid; }
            .note { font-weight: normal; font-size: 10pt; color: #444; }
            ul { margin: .2em 0 .6em; padding-left: 1.2em; }
            ul.marked { list-style: none; padding-left: .4em; }
            li { margin: .15em 0; break-inside: avoid; }
            .not-met { color: #a00000; }
            .undetermined { color: #8a5a00; }
            .not-applicable { color: #555; }
            .warning { font-weight: bold; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #888; padding: .2em .5em; text-align: left; vertical-align: top; }
            @page { size: A4; margin: 2cm; }
            @media print { body { margin: 0; } article + article { break-before: page; } }
            """;

    private final String lang;
    private final boolean fragment;
    private final StringBuilder out = new StringBuilder();

    HtmlMarkup(Language language, boolean fragment) {
        this.lang = language == Language.VI ? "vi" : "en";
        this.fragment = fragment;
    }

    @Override
    public void startDocument(String title) {
        if (fragment) {
            return;
        }
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    @Override
    public void startPart(String heading, String kind) {
        out.append("<article class=\"").append(escape(kind)).append("\"");
        if (fragment) {
            out.append(" lang=\"").append(lang).append("\"");
        }
        out.append(">\n<h1>").append(escape(heading)).append("</h1>\n");
    }

    @Override
    public void section(String heading, String note) {
        out.append("<h2>").append(escape(heading));
        if (note != null) {
            out.append(" <span class=\"note\">[").append(escape(note)).append("]</span>");
        }
        out.append("</h2>\n");
    }

    @Override
    public void subsection(String heading) {
        out.append("<h3>").append(escape(heading)).append("</h3>\n");
    }

    @Override
    public void paragraph(String text) {
        out.append("<p>").append(escape(text)).append("</p>\n");
    }

    @Override
    public void labelled(String label, String text) {
        out.append("<p><strong>").append(escape(label)).append(":</strong> ").append(escape(text)).append("</p>\n");
    }

    @Override
    public void items(List<Item> items) {
        boolean marked = items.stream().anyMatch(i -> i.mark() != null);
        out.append(marked ? "<ul class=\"marked\">\n" : "<ul>\n");
        for (Item i : items) {
            out.append("<li");
            if (i.kind() != null) {
                out.append(" class=\"").append(escape(i.kind())).append('"');
            }
            out.append('>');
            if (i.mark() != null) {
                out.append(escape(i.mark())).append(' ');
            }
            if (i.code() != null) {
                out.append("<code>").append(escape(i.code())).append("</code> — ");
            }
            out.append(escape(i.text())).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        out.append("<table>\n<thead>\n<tr>");
        header.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    @Override
    public void endPart() {
        out.append("</article>\n");
    }

    @Override
    public String finish() {
        if (!fragment) {
            out.append("</body>\n</html>\n");
        }
        return out.toString();
    }

    /** {@code text} with the five characters HTML gives a meaning written as entities. */
    static String escape(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (entity != null) {
                    b.append(entity);
                } else {
                    b.append(text.charAt(i));
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
