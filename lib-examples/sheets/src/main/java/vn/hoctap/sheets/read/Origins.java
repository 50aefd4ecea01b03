package vn.hoctap.sheets.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoctap.sheets.layout.Column;

/**
 * Where each part of one request's JSON came from: which row of which table, and under which of the row's columns.
 * It turns a JSON path named by a record's {@code InvalidInputException} or by a missing input back into the sheet,
 * row and column an official can find, so that errors and missing data are shown as cells.
 */
public final class Origins {
    private final List<Origin> origins = new ArrayList<>();

    /** A row whose columns supplied the JSON under {@code jsonPrefix}, their paths less {@code columnPrefix}. */
    record Origin(String jsonPrefix, SourceRow row, List<String> columnPrefix) {
    }

    /** Where a JSON path points to in the sheets. */
    public record Place(SourceRow row, Column column) {
        /** The column's header, or {@code null} when the path names the row as a whole. */
        public String header() {
            return column == null ? null : column.header();
        }
    }

    void add(String jsonPrefix, SourceRow row, List<String> columnPrefix) {
        origins.add(new Origin(jsonPrefix, row, List.copyOf(columnPrefix)));
    }

    /**
     * The row and column {@code jsonPath} (e.g. {@code $.memberList[3].id} or {@code $[0].scores.numeracy}, as the
     * evaluator names people of a batch) comes from; the subject's own row when no column matches.
     */
    public Place place(String jsonPath) {
        String path = jsonPath.startsWith("$[0]") ? "$" + jsonPath.substring(4) : jsonPath;
        Origin best = null;
        for (Origin o : origins) {
            if (prefixes(o.jsonPrefix, path) && (best == null || o.jsonPrefix.length() > best.jsonPrefix.length())) {
                best = o;
            }
        }
        if (best == null) {
            best = origins.get(0);
        }
        String rest = path.length() > best.jsonPrefix.length() ? path.substring(best.jsonPrefix.length() + 1) : "";
        return new Place(best.row, column(best, rest).orElse(null));
    }

    private static Optional<Column> column(Origin o, String rest) {
        Column longest = null;
        int longestLength = -1;
        Column child = null;
        int depth = o.columnPrefix.size();
        for (Column c : o.row.table().columns()) {
            if (c.path().size() < depth || c.path().isEmpty() || !c.path().subList(0, depth).equals(o.columnPrefix)) {
                continue;
            }
            String key = String.join(".", c.path().subList(depth, c.path().size()));
            if (prefixes(key, rest) && key.length() > longestLength) {
                longest = c;
                longestLength = key.length();
            } else if (child == null && !rest.isEmpty() && prefixes(rest, key)) {
                child = c;
            }
        }
        return Optional.ofNullable(longest != null ? longest : child);
    }

    /** Whether {@code prefix} is {@code path} or a parent of it ({@code a.b} of {@code a.b.c} and {@code a.b[0]}). */
    private static boolean prefixes(String prefix, String path) {
        if (prefix.isEmpty()) {
            return true;
        }
        if (!path.startsWith(prefix)) {
            return false;
        }
        if (path.length() == prefix.length()) {
            return true;
        }
        char next = path.charAt(prefix.length());
        return next == '.' || next == '[';
    }
}
