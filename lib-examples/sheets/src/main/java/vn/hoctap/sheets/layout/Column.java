package vn.hoctap.sheets.layout;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One column of a sheet: its headers, what it holds, where its value goes in the request's JSON, and the article it
 * comes from (shown on the instructions sheet).
 *
 * @param path       where the value goes, relative to the table's JSON object, as JSON field names (a field name may
 *                   itself contain a dot, as evidence keys do: {@code ["evidence", "members.learningCitizen"]}); a
 *                   numeric name is an index in an array; empty for a {@link Role#JOIN} or {@link Role#GROUP} column
 * @param headerVi   the Vietnamese header
 * @param headerEn   the English header, written beside it
 * @param type       what the column holds
 * @param role       what the column is for
 * @param codes      for {@link CellType#CODE}, the values accepted, in the drop-down's order; empty otherwise
 * @param min        the smallest value the template's data validation allows, or {@code null}
 * @param max        the largest, or {@code null}
 * @param sourceVi   the article (or document) the column's content comes from, in Vietnamese
 * @param sourceEn   the same in English
 * @param noteVi     how to fill it, in Vietnamese, or {@code null}
 * @param noteEn     the same in English, or {@code null}
 */
public record Column(List<String> path, String headerVi, String headerEn, CellType type, Role role, List<Code> codes,
                     BigDecimal min, BigDecimal max, String sourceVi, String sourceEn, String noteVi, String noteEn) {
    /** What a column is for. */
    public enum Role {
        /** Its value goes into the request. */
        REQUEST,
        /** In a sheet of members, the id of the unit or household the row belongs to. */
        JOIN,
        /** Kept beside the request to group results (the commune a citizen lives in); not read by the rules. */
        GROUP,
        /** Shown to people (a member's name) and read back, but not read by the rules. */
        DISPLAY
    }

    public Column {
        path = List.copyOf(path);
        Objects.requireNonNull(headerVi, "headerVi");
        Objects.requireNonNull(headerEn, "headerEn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        codes = List.copyOf(codes);
        if (type == CellType.CODE && codes.isEmpty()) {
            throw new IllegalArgumentException(headerEn + ": a code column needs its codes");
        }
    }

    /** The header cell's text: Vietnamese, then English on a second line. */
    public String header() {
        return headerVi + "\n" + headerEn;
    }

    /** The path as one dotted name, e.g. {@code scores.keepingInformed}; also accepted as a CSV header. */
    public String key() {
        return String.join(".", path);
    }

    /** A copy whose path is under {@code prefix}. */
    public Column under(List<String> prefix) {
        List<String> p = new java.util.ArrayList<>(prefix);
        p.addAll(path);
        return new Column(p, headerVi, headerEn, type, role, codes, min, max, sourceVi, sourceEn, noteVi, noteEn);
    }

    /** A copy with a note on how to fill it. */
    public Column withNote(String vi, String en) {
        return new Column(path, headerVi, headerEn, type, role, codes, min, max, sourceVi, sourceEn, vi, en);
    }
}
