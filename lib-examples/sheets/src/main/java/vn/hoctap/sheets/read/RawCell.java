package vn.hoctap.sheets.read;

/**
 * A cell as the file holds it, before it is read as a column's value.
 *
 * @param column        the column's index, from 0
 * @param kind          what the cell holds
 * @param text          the text of a text cell, the number as written for a number, "TRUE"/"FALSE" for a boolean,
 *                      the error code for an error cell
 * @param number        the number of a number cell, else {@code null}
 * @param dateFormatted whether a number cell is formatted as a date (Excel stores dates as numbers)
 */
public record RawCell(int column, Kind kind, String text, Double number, boolean dateFormatted) {
    /** What a cell holds. */
    public enum Kind {
        /** Nothing, or only spaces. */
        BLANK,
        /** Text (every cell of a CSV file). */
        TEXT,
        /** A number (or a date, when {@link #dateFormatted()}). */
        NUMBER,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** An error value such as {@code #N/A}. */
        ERROR,
        /** A formula whose result was never computed and saved, so its value is unknown. */
        FORMULA_WITHOUT_VALUE
    }

    /** A text cell; text that is empty or only spaces is a blank cell. */
    public static RawCell text(int column, String text) {
        return text == null || text.isBlank() ? new RawCell(column, Kind.BLANK, "", null, false)
                : new RawCell(column, Kind.TEXT, text, null, false);
    }

    /** Whether the cell holds nothing. */
    public boolean isBlank() {
        return kind == Kind.BLANK;
    }
}
