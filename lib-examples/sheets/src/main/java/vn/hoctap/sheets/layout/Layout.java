package vn.hoctap.sheets.layout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hoctap.sheets.SheetKind;

/**
 * The tables of one kind of workbook: the main table (one row per subject) and, for kinds whose subjects have
 * members listed one per row, the members' table, whose rows name their subject in a {@link Column.Role#JOIN}
 * column.
 *
 * @param kind    the kind of workbook
 * @param main    one row per subject
 * @param members one row per member, or {@code null}
 */
public record Layout(SheetKind kind, TableLayout main, TableLayout members) {
    public Layout {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(main, "main");
    }

    /** The tables, main first. */
    public List<TableLayout> tables() {
        return members == null ? List.of(main) : List.of(main, members);
    }

    /** The members' table, if this kind has one. */
    public Optional<TableLayout> memberTable() {
        return Optional.ofNullable(members);
    }
}
