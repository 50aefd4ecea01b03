package vn.hoctap.sheets.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.sheets.CellError;
import vn.hoctap.sheets.SheetKind;
import vn.hoctap.sheets.layout.Column;
import vn.hoctap.sheets.layout.Layout;
import vn.hoctap.sheets.layout.TableLayout;

/**
 * Reads the tables of a workbook (or CSV files) of one {@link Layout} into records, streaming the main table row by
 * row. Each row becomes the JSON the equivalent request file would hold and is read by {@link HoctapJson}, so it
 * passes the same records, the same checks and the same messages as JSON; a message's JSON path is turned back
 * into the row and column it came from.
 *
 * <p>Nothing is dropped silently: an unknown sheet or column, a value in a column without a header, a merged range,
 * a formula without a saved result, a date typed as text and every value a record refuses are each reported as a
 * {@link CellError}; rows with errors are not handed on.
 *
 * @param <T> the record each subject is read into
 */
public final class SheetImporter<T> {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Sheets a template adds for people, never read as data. */
    private static final Set<String> HELP_SHEETS = Set.of(CellReader.key("Hướng dẫn"), CellReader.key("Instructions"),
            CellReader.key("Danh mục"), CellReader.key("Lists"));

    private final Layout layout;
    private final List<TableSource> sources;
    private final Class<? extends T> type;
    private final Integer defaultYear;

    /** What a run read. */
    public record Result(int subjects, int rejectedRows, int errors, boolean wholeFileErrors) {
    }

    /** Receives what the import finds, in the order of the main table's rows. */
    public interface Sink<T> {
        /** A subject whose rows are all valid. */
        void accept(Imported<T> subject);

        /** A problem; a data row with problems is not handed to {@link #accept}. */
        void error(CellError error);
    }

    private SheetImporter(Layout layout, List<TableSource> sources, Class<? extends T> type, Integer defaultYear) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.sources = List.copyOf(sources);
        this.type = Objects.requireNonNull(type, "type");
        this.defaultYear = defaultYear;
    }

    /**
     * An import of {@code sources} (the sheets of a workbook, or CSV files) as {@code layout}, each subject read
     * into {@code type}; {@code defaultYear}, when not {@code null}, is the evaluation year of rows that give none.
     */
    public static <T> SheetImporter<T> of(Layout layout, List<TableSource> sources, Class<? extends T> type,
                                          Integer defaultYear) {
        return new SheetImporter<>(layout, sources, type, defaultYear);
    }

    /** Reads every table, handing subjects and problems to {@code sink}. */
    public Result run(Sink<T> sink) throws IOException {
        Run run = new Run(sink);
        return run.go();
    }

    /** One pass over the input; its state is thrown away at the end. */
    private final class Run {
        private final Sink<T> sink;
        private final Map<String, List<Member>> members = new LinkedHashMap<>();
        private final Set<String> invalidParents = new HashSet<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private int subjects;
        private int rejected;
        private int errors;
        private boolean wholeFile;

        Run(Sink<T> sink) {
            this.sink = sink;
        }

        Result go() throws IOException {
            TableSource main = null;
            TableSource memberSource = null;
            for (TableSource s : sources) {
                String name = CellReader.key(s.name());
                if (HELP_SHEETS.contains(name)) {
                    continue;
                }
                TableLayout t = match(s);
                if (t == null) {
                    error(new CellError(s.name(), 0, null, null, "", "trang tính (hoặc tệp) không thuộc mẫu "
                            + layout.kind().nameVi() + "; hãy đổi tên hoặc xóa đi", "the sheet (or file) is not part"
                            + " of the " + layout.kind().nameEn() + " template; rename or delete it"), true);
                } else if (t == layout.main()) {
                    main = s;
                } else {
                    memberSource = s;
                }
            }
            if (main == null) {
                error(new CellError(layout.main().nameVi(), 0, null, null, "", "thiếu trang tính “"
                        + layout.main().nameVi() + "”", "the sheet “" + layout.main().nameEn() + "” is missing"), true);
                return result();
            }
            if (memberSource != null) {
                new Table(memberSource, layout.members(), true).read();
            }
            new Table(main, layout.main(), false).read();
            for (List<Member> orphans : members.values()) {
                for (Member m : orphans) {
                    Column join = layout.members().column(Column.Role.JOIN).orElseThrow();
                    SourceRow.Cell c = m.row.cell(join);
                    rowError(m.row, join, c, "không có mã này ở trang “" + layout.main().nameVi() + "”",
                            "no such id in the sheet “" + layout.main().nameEn() + "”");
                    rejected++;
                }
            }
            return result();
        }

        private Result result() {
            return new Result(subjects, rejected, errors, wholeFile);
        }

        private TableLayout match(TableSource s) throws IOException {
            String name = CellReader.key(s.name());
            for (TableLayout t : layout.tables()) {
                if (name.equals(CellReader.key(t.nameVi())) || name.equals(CellReader.key(t.nameEn()))) {
                    return t;
                }
            }
            if (!s.textOnly()) {
                return null;
            }
            // A CSV file is named by its user: take the table whose columns its header row names most.
            return Headers.bestTable(s, layout);
        }

        private void error(CellError e, boolean whole) {
            errors++;
            wholeFile |= whole;
            sink.error(e);
        }

        private void rowError(SourceRow row, Column column, SourceRow.Cell cell, String vi, String en) {
            error(new CellError(row.sheet(), row.row(), cell == null ? null : cell.reference(),
                    column == null ? null : column.header(), cell == null ? "" : cell.shown(), vi, en), false);
        }

        /** One table, read as a stream. */
        private final class Table implements TableVisitor {
            private final TableSource source;
            private final TableLayout table;
            private final boolean memberTable;
            private Headers headers;
            private final Set<Integer> mergedRows = new HashSet<>();

            Table(TableSource source, TableLayout table, boolean memberTable) {
                this.source = source;
                this.table = table;
                this.memberTable = memberTable;
            }

            void read() throws IOException {
                if (!source.textOnly()) {
                    // Merged ranges come after the rows in a sheet's XML: find them first, so that their rows are
                    // refused before anything is evaluated.
                    source.read(new TableVisitor() {
                        @Override
                        public void row(int row, List<RawCell> cells) {
                        }

                        @Override
                        public void merged(int firstRow, int firstColumn, String reference) {
                            Table.this.mergedFound(firstRow, firstColumn, reference);
                        }
                    });
                }
                source.read(this);
            }

            private final List<String[]> merges = new ArrayList<>();

            void mergedFound(int firstRow, int firstColumn, String reference) {
                merges.add(new String[] {String.valueOf(firstRow), String.valueOf(firstColumn), reference});
                org.apache.poi.ss.util.CellRangeAddress range = org.apache.poi.ss.util.CellRangeAddress.valueOf(reference);
                for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                    mergedRows.add(r + 1);
                }
            }

            @Override
            public void merged(int firstRow, int firstColumn, String reference) {
                // reported from the first pass
            }

            @Override
            public void row(int row, List<RawCell> cells) {
                if (headers == null) {
                    headers = Headers.read(source.name(), table, row, cells);
                    headers.problems().forEach(e -> error(e, true));
                    for (String[] m : merges) {
                        Column c = headers.column(Integer.parseInt(m[1]));
                        error(new CellError(source.name(), Integer.parseInt(m[0]), m[2],
                                c == null ? null : c.header(), "", "ô gộp " + m[2] + "; hãy bỏ gộp ô, mỗi dòng ghi"
                                + " đủ giá trị của mình", "merged cells " + m[2] + "; unmerge them so that each row"
                                + " carries its own values"), Integer.parseInt(m[0]) <= row);
                    }
                    return;
                }
                rowRead(row, cells);
            }

            private void rowRead(int row, List<RawCell> cells) {
                List<SourceRow.Cell> shown = new ArrayList<>(java.util.Collections.nCopies(table.columns().size(),
                        null));
                ObjectNode node = JSON.objectNode();
                String join = null;
                String group = null;
                boolean bad = mergedRows.contains(row);
                List<CellError> problems = new ArrayList<>();
                for (RawCell cell : cells) {
                    String ref = new CellReference(row - 1, cell.column()).formatAsString(false);
                    Column column = headers.column(cell.column());
                    if (column == null) {
                        if (!cell.isBlank() && !headers.known(cell.column())) {
                            problems.add(new CellError(source.name(), row, ref, null, CellReader.shown(cell),
                                    "giá trị ở cột không có tiêu đề", "a value in a column without a header"));
                        }
                        continue;
                    }
                    int index = headers.layoutIndex(cell.column());
                    shown.set(index, new SourceRow.Cell(ref, CellReader.shown(cell)));
                    CellReader.Read read = CellReader.read(cell, column, source.textOnly());
                    if (!read.ok()) {
                        problems.add(new CellError(source.name(), row, ref, column.header(), CellReader.shown(cell),
                                read.problemVi(), read.problemEn()));
                        continue;
                    }
                    if (read.value() == null) {
                        continue;
                    }
                    switch (column.role()) {
                        case JOIN -> join = read.value().asText();
                        case GROUP -> group = read.value().asText();
                        case DISPLAY -> {
                        }
                        case REQUEST -> put(node, column.path(), read.value());
                    }
                }
                SourceRow sourceRow = new SourceRow(source.name(), table, row, shown, headers.positions(table));
                problems.forEach(e -> error(e, false));
                bad |= !problems.isEmpty();
                if (memberTable) {
                    Column joinColumn = table.column(Column.Role.JOIN).orElseThrow();
                    if (join == null) {
                        rowError(sourceRow, joinColumn, sourceRow.cell(joinColumn), "bắt buộc, không được để trống",
                                "is required");
                        rejected++;
                        return;
                    }
                    members.computeIfAbsent(join, k -> new ArrayList<>()).add(new Member(sourceRow, node));
                    if (bad) {
                        invalidParents.add(join);
                        rejected++;
                    }
                    return;
                }
                if (bad) {
                    rejected++;
                    return;
                }
                subject(sourceRow, node, group);
            }
        }

        private void subject(SourceRow row, ObjectNode node, String group) {
            if (defaultYear != null && !node.has("evaluationYear") && layout.kind() != SheetKind.REPORT_COUNTS) {
                node.put("evaluationYear", defaultYear);
            }
            Origins origins = new Origins();
            origins.add("$", row, List.of());
            String id = text(node, Assembly.idPath(layout.kind()));
            List<Member> own = id == null ? List.of() : members.getOrDefault(id, List.of());
            if (layout.members() != null && id != null) {
                members.remove(id);
            }
            boolean membersBad = id != null && invalidParents.contains(id);
            Assembly.assemble(layout.kind(), node, own, origins);
            String g = group != null ? group : text(node, Assembly.groupPath(layout.kind()));
            if (membersBad) {
                rejected++;
                return;
            }
            T value;
            try {
                value = HoctapJson.read(node.toString(), type);
            } catch (InvalidInputException e) {
                Origins.Place p = origins.place(e.path());
                SourceRow.Cell c = p.row().cell(p.column());
                String[] vi = Messages.split(e.problem());
                rowError(p.row(), p.column(), c, vi[0], vi[1]);
                rejected++;
                return;
            }
            JsonNode year = node.get("evaluationYear");
            String key = id + "|" + (year == null ? "" : year.asText());
            if (id != null) {
                Integer earlier = seen.putIfAbsent(key, row.row());
                if (earlier != null) {
                    Column idColumn = row.table().column(String.join(".", Assembly.idPath(layout.kind())))
                            .orElse(null);
                    rowError(row, idColumn, row.cell(idColumn), "trùng mã với dòng " + earlier + " (cùng năm)",
                            "the same id as row " + earlier + " (same year)");
                    rejected++;
                    return;
                }
            }
            subjects++;
            sink.accept(new Imported<>(value, row, g, origins));
        }
    }

    /** A member's row, waiting for its unit or household. */
    record Member(SourceRow row, ObjectNode node) {
    }

    /** Puts {@code value} at {@code path} in {@code root}; a numeric name is an index in an array. */
    static void put(ObjectNode root, List<String> path, JsonNode value) {
        JsonNode at = root;
        for (int i = 0; i < path.size() - 1; i++) {
            at = child(at, path.get(i), isIndex(path.get(i + 1)));
        }
        String last = path.get(path.size() - 1);
        if (at instanceof ArrayNode a) {
            int index = Integer.parseInt(last);
            while (a.size() <= index) {
                a.addNull();
            }
            a.set(index, value);
        } else {
            ((ObjectNode) at).set(last, value);
        }
    }

    private static JsonNode child(JsonNode at, String name, boolean array) {
        if (at instanceof ArrayNode a) {
            int index = Integer.parseInt(name);
            while (a.size() <= index) {
                a.add(array ? JSON.arrayNode() : JSON.objectNode());
            }
            return a.get(index);
        }
        ObjectNode o = (ObjectNode) at;
        JsonNode c = o.get(name);
        if (c == null) {
            c = array ? o.putArray(name) : o.putObject(name);
        }
        return c;
    }

    private static boolean isIndex(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    static String text(JsonNode node, List<String> path) {
        JsonNode at = node;
        for (String p : path) {
            if (at == null) {
                return null;
            }
            at = at.get(p);
        }
        return at == null || at.isNull() ? null : at.asText();
    }
}
