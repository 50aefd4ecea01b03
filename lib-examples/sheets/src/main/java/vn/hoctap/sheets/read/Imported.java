package vn.hoctap.sheets.read;

/**
 * One subject read from a workbook, ready to evaluate: its request (or another record the table is read into), the
 * row it came from, the commune it is counted under, and where each part of its JSON came from.
 *
 * @param value   the request, built through the same records and checks as the equivalent JSON
 * @param row     the subject's own row
 * @param group   the administrative code the subject is counted under in reports (the citizen's commune), or
 *                {@code null}
 * @param origins the cells each JSON path came from, to show errors and missing data as cells
 * @param <T>     the record read
 */
public record Imported<T>(T value, SourceRow row, String group, Origins origins) {
}
