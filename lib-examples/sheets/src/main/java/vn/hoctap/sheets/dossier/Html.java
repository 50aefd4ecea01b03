package vn.hoctap.sheets.dossier;

/** What the printable pages share: escaping and the print style sheet. */
public final class Html {
    /** A4 landscape, serif text, a table with borders that repeats its header on every page. */
    public static final String PRINT_CSS = """
            @page { size: A4 landscape; margin: 15mm 12mm; }
            body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 11pt; }
            .header { display: flex; justify-content: space-between; font-weight: bold; text-align: center; }
            h1 { text-align: center; font-size: 14pt; margin: 12pt 0 2pt; }
            .sub { text-align: center; margin: 0 0 10pt; }
            table { border-collapse: collapse; width: 100%; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
            th { background: #e8e8e8; }
            td.o { text-align: center; white-space: nowrap; }
            td.met { color: #005a00; } td.notmet { color: #a00000; font-weight: bold; } td.other { color: #555; }
            td.cite { font-size: 9pt; }
            .crit { font-weight: bold; }
            .verdict { font-weight: bold; margin-top: 10pt; }
            .notes { font-size: 9.5pt; }
            .date { text-align: right; font-style: italic; margin-top: 14pt; }
            .sign { display: flex; justify-content: space-around; text-align: center; font-weight: bold;
                    margin-top: 6pt; height: 90pt; }
            @media print { body { margin: 0; } }
            """;

    private Html() {
    }

    /** {@code s} as HTML text: {@code &}, {@code <}, {@code >} and quotes escaped. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
