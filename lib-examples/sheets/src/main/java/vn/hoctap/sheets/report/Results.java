package vn.hoctap.sheets.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Title;
import vn.hoctap.sheets.read.RawCell;
import vn.hoctap.sheets.read.TableSource;
import vn.hoctap.sheets.read.TableVisitor;
import vn.hoctap.sheets.read.XlsxSource;
import vn.hoctap.sheets.write.ExplainedWorkbook;

/**
 * Reads stored results for the yearly report, as a stream: the summary sheets of explained workbooks, and JSON Lines
 * of assessments (one assessment a line, alone or under an {@code "assessment"} field, a {@code "kind"} field
 * ignored). The title and tier of each result come from its scheme in the catalogue.
 */
final class Results {
    private final Catalogue catalogue;

    Results(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void read(Path file, Consumer<Result> sink) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            workbook(file, sink);
        } else {
            jsonLines(file, sink);
        }
    }

    private void workbook(Path file, Consumer<Result> sink) throws IOException {
        try (XlsxSource x = XlsxSource.open(file)) {
            boolean any = false;
            for (TableSource t : x.sheets()) {
                if (!t.name().equals(ExplainedWorkbook.SUMMARY) && !t.name().startsWith(ExplainedWorkbook.SUMMARY + " (")) {
                    continue;
                }
                any = true;
                Map<String, Integer> at = new HashMap<>();
                t.read(new TableVisitor() {
                    @Override
                    public void row(int row, List<RawCell> cells) {
                        if (at.isEmpty()) {
                            cells.forEach(c -> at.put(c.text(), c.column()));
                            return;
                        }
                        Map<Integer, RawCell> byColumn = new HashMap<>();
                        cells.forEach(c -> byColumn.put(c.column(), c));
                        String scheme = text(byColumn, at.get("Mã bộ tiêu chí\nScheme id"));
                        String verdict = text(byColumn, at.get("Mã kết luận\nVerdict code"));
                        RawCell year = byColumn.get(at.get("Năm đánh giá\nEvaluation year"));
                        if (scheme == null || verdict == null || year == null || year.number() == null) {
                            throw new IllegalArgumentException(file.getFileName() + " dòng/row " + row
                                    + ": thiếu mã bộ tiêu chí, năm hoặc kết luận / scheme, year or verdict missing");
                        }
                        sink.accept(result(scheme, year.number().intValue(), Verdict.valueOf(verdict),
                                text(byColumn, at.get("Mã xã\nCommune code")), text(byColumn, at.get("Mã\nId"))));
                    }

                    @Override
                    public void merged(int firstRow, int firstColumn, String reference) {
                    }
                });
            }
            if (!any) {
                throw new IllegalArgumentException(file.getFileName() + " không có trang “" + ExplainedWorkbook.SUMMARY
                        + "” (bảng kết quả có lỗi?) / has no summary sheet (a refused evaluation?)");
            }
        }
    }

    private static String text(Map<Integer, RawCell> cells, Integer column) {
        RawCell c = column == null ? null : cells.get(column);
        return c == null || c.isBlank() ? null : c.text();
    }

    private void jsonLines(Path file, Consumer<Result> sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = HoctapJson.mapper().readTree(line);
                if (node.has("assessment")) {
                    node = node.get("assessment");
                }
                if (node instanceof ObjectNode o) {
                    o.remove("kind");
                }
                Assessment a;
                try {
                    a = HoctapJson.read(node.toString(), Assessment.class);
                } catch (InvalidInputException e) {
                    throw new IllegalArgumentException(file.getFileName() + " dòng/line " + n + ": " + e.getMessage(), e);
                }
                Scheme s = scheme(a.schemeId());
                sink.accept(result(a.schemeId(), a.evaluationYear(), a.verdict(),
                        s.title() == Title.LEARNING_COMMUNITY && s.tier() == vn.hoctap.model.subject.AdministrativeTier.COMMUNE
                                ? a.subjectId() : null, a.subjectId()));
            }
        }
    }

    private Result result(String schemeId, int year, Verdict verdict, String commune, String id) {
        Scheme s = scheme(schemeId);
        return new Result(year, s.title(), s.tier(), verdict, commune, id);
    }

    private Scheme scheme(String id) {
        return catalogue.scheme(id).orElseThrow(() -> new IllegalArgumentException("bộ tiêu chí không được biết '"
                + id + "' (thiếu --pack?) / unknown scheme '" + id + "' (a --pack missing?)"));
    }
}
