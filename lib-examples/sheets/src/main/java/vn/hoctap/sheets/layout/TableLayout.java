package vn.hoctap.sheets.layout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of a workbook (one sheet, or one CSV file): its name and its columns, in the template's order.
 *
 * @param nameVi  the sheet's Vietnamese name, as the template names it
 * @param nameEn  the English name, also accepted
 * @param columns its columns
 */
public record TableLayout(String nameVi, String nameEn, List<Column> columns) {
    public TableLayout {
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        columns = List.copyOf(columns);
    }

    /** The column of {@code role} (the join or group column), if the table has one. */
    public Optional<Column> column(Column.Role role) {
        return columns.stream().filter(c -> c.role() == role).findFirst();
    }

    /** The column whose dotted {@link Column#key()} is {@code key}. */
    public Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
