package vn.hoctap.model.text;

import java.util.List;

/**
 * The few shapes a rendered assessment is made of, each written by one format ({@link TextMarkup},
 * {@link MarkdownMarkup}, {@link HtmlMarkup}). {@link AssessmentRenderer} decides what is said; a markup only decides
 * how it looks and escapes what it is given, which is plain text, never markup. One instance writes one document.
 */
interface Markup {
    /** Opens the document; {@code title} names it (HTML's title). */
    void startDocument(String title);

    /** Opens one assessment (or the overview) under its heading; {@code kind} classifies it (HTML class). */
    void startPart(String heading, String kind);

    /** A section heading, e.g. a level, with an optional {@code note} shown beside it (a citation), or null. */
    void section(String heading, String note);

    /** A heading inside a section, e.g. a criterion. */
    void subsection(String heading);

    /** A paragraph. */
    void paragraph(String text);

    /** A paragraph that starts with a label, e.g. "Kết luận: đạt mức độ 1". */
    void labelled(String label, String text);

    /** A list. */
    void items(List<Item> items);

    /** A table with a header row. */
    void table(List<String> header, List<List<String>> rows);

    /** Closes the part opened by {@link #startPart}. */
    void endPart();

    /** Closes the document and returns it. */
    String finish();

    /**
     * One entry of a list.
     *
     * @param mark a sign before the text (✔, ✘, ⚠...), or null
     * @param code a code shown as such before the text (a JSON path), or null
     * @param text the text
     * @param kind what the entry is (HTML class: "met", "not-met", "warning"...)
     */
    record Item(String mark, String code, String text, String kind) {
    }
}
