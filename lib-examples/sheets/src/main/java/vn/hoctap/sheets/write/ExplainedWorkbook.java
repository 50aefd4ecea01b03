package vn.hoctap.sheets.write;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.sheets.CellError;
import vn.hoctap.sheets.Detail;
import vn.hoctap.sheets.read.Imported;
import vn.hoctap.sheets.read.Origins;
import vn.hoctap.sheets.read.SourceRow;

/**
 * The explained workbook an evaluation gives back, streamed (SXSSF keeps a hundred rows in memory whatever the
 * number of subjects): a summary sheet, one row per subject (verdict, level, unmet indicators, the cells whose data
 * is missing); a detail sheet, one row per subject, level and indicator (outcome, observed value, threshold,
 * numerator and denominator, the share as a percentage, citation, the sentence in Vietnamese and English); an
 * errors sheet; and an audit sheet (what was read, by which rules, when). Numbers are written as numbers.
 */
public final class ExplainedWorkbook implements Closeable {
    /** Summary sheet name, also read back by the report. */
    public static final String SUMMARY = "Tổng hợp";
    /** Detail sheet name. */
    public static final String DETAIL = "Chi tiết";
    /** Errors sheet name. */
    public static final String ERRORS = "Lỗi";
    /** Audit sheet name. */
    public static final String AUDIT = "Nhật ký";

    /** The summary's headers, in order; the report reads results back by them. */
    public static final List<String> SUMMARY_HEADERS = List.of("Dòng nguồn\nSource row", "Mã xã\nCommune code",
            "Mã\nId", "Tên\nName", "Danh hiệu\nTitle", "Mã bộ tiêu chí\nScheme id", "Năm đánh giá\nEvaluation year",
            "Kết luận\nVerdict", "Mức đạt\nLevel reached", "Điểm\nPoints", "Chỉ tiêu không đạt\nIndicators not met",
            "Chưa xác định\nNot determined", "Dữ liệu còn thiếu\nMissing data", "Tóm tắt\nSummary",
            "Summary (English)", "Mã kết luận\nVerdict code");
    private static final int MISSING_SHOWN = 20;
    private static final RecordComponent AUDIT_COMPONENT = auditComponent();
    private static final ObjectWriter COMPACT = HoctapJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final Detail detail;
    private final TableWriter summary;
    private final TableWriter details;
    private final TableWriter errors;
    private final boolean skipping;
    private final List<String[]> audit = new ArrayList<>();

    private ExplainedWorkbook(Detail detail, boolean skipping) {
        this.workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        this.styles = new Styles(workbook);
        this.detail = detail;
        this.skipping = skipping;
        List<String> summaryHeaders = new ArrayList<>(SUMMARY_HEADERS);
        if (AUDIT_COMPONENT != null) {
            summaryHeaders.add("Nhật ký đánh giá\nAudit envelope");
        }
        this.summary = new TableWriter(workbook, styles, SUMMARY, summaryHeaders);
        this.details = detail == Detail.NONE ? null : new TableWriter(workbook, styles, DETAIL, List.of(
                "Dòng nguồn\nSource row", "Mã\nId", "Mức độ\nLevel", "Tiêu chí\nCriterion", "Chỉ tiêu\nIndicator",
                "Nội dung chỉ tiêu\nWhat it requires", "Kết quả\nOutcome", "Giá trị\nObserved", "Ngưỡng\nThreshold",
                "Tử số\nNumerator", "Mẫu số\nDenominator", "Tỉ lệ\nShare", "Điểm\nPoints", "Căn cứ\nCitation",
                "Giải thích\nExplanation (Vietnamese)", "Explanation (English)"));
        this.errors = new TableWriter(workbook, styles, ERRORS, List.of("Trang tính\nSheet", "Dòng\nRow",
                "Ô\nCell", "Cột\nColumn", "Giá trị\nValue", "Lỗi\nProblem (Vietnamese)", "Problem (English)",
                "Dòng bị bỏ qua\nRow skipped"));
    }

    /**
     * A new explained workbook listing {@code detail} in its detail sheet; {@code skipping} says whether rows with
     * errors are skipped (and so listed as skipped) rather than stopping the evaluation.
     */
    public static ExplainedWorkbook create(Detail detail, boolean skipping) {
        return new ExplainedWorkbook(detail, skipping);
    }

    /** Adds one subject's assessment, with the rows it was read from. */
    public void add(Assessment a, Imported<?> source) {
        SourceRow row = source.row();
        String where = row.sheet() + "!" + row.row();
        summary.row().text(where).text(source.group()).text(a.subjectId()).text(a.subjectName())
                .text(a.schemeNameVi()).text(a.schemeId()).year(a.evaluationYear()).text(a.verdict().nameVi())
                .whole(a.levelReached().map(l -> l.ordinal() + 1).orElse(null))
                .decimal(a.levels().isEmpty() ? null : a.levels().get(0).points())
                .text(indicators(a, Outcome.NOT_MET)).text(indicators(a, Outcome.UNDETERMINED))
                .text(missing(a, source.origins())).text(a.summaryVi()).text(a.summaryEn()).text(a.verdict().name());
        if (AUDIT_COMPONENT != null) {
            summary.text(auditOf(a));
        }
        if (details == null) {
            return;
        }
        for (LevelResult level : a.levels()) {
            for (CriterionResult c : level.results()) {
                for (IndicatorResult i : c.indicators()) {
                    if (detail == Detail.UNMET && (i.outcome() == Outcome.MET || i.outcome() == Outcome.NOT_APPLICABLE)) {
                        continue;
                    }
                    detailRow(where, a, level, c, i);
                }
            }
        }
    }

    private void detailRow(String where, Assessment a, LevelResult level, CriterionResult c, IndicatorResult i) {
        Measurement share = i.measurements().stream().filter(m -> m.denominator() != null).findFirst().orElse(null);
        String observed = i.measurements().stream().map(Measurement::observed).filter(o -> o != null)
                .collect(Collectors.joining("; "));
        String threshold = i.measurements().stream().map(Measurement::threshold).filter(t -> t != null)
                .collect(Collectors.joining("; "));
        BigDecimal percent = share == null || share.denominator() == 0 ? null
                : BigDecimal.valueOf(share.numerator() * 100.0 / share.denominator());
        details.row().text(where).text(a.subjectId()).text(level.level().nameVi())
                .text(c.number() + ". " + c.nameVi()).text(i.number()).text(i.nameVi()).text(i.outcome().nameVi())
                .text(observed.isEmpty() ? null : observed).text(threshold.isEmpty() ? null : threshold)
                .whole(share == null ? null : share.numerator()).whole(share == null ? null : share.denominator())
                .percent(percent).decimal(i.points()).text(i.citation().formatVi()).text(i.explanationVi())
                .text(i.explanationEn());
    }

    /** The numbers of the indicators with {@code outcome}, by level: "Mức độ 1: 2.1, 3.1". */
    private static String indicators(Assessment a, Outcome outcome) {
        List<String> parts = new ArrayList<>();
        for (LevelResult l : a.levels()) {
            String numbers = l.results().stream().flatMap(c -> c.indicators().stream())
                    .filter(i -> i.outcome() == outcome).map(IndicatorResult::number)
                    .collect(Collectors.joining(", "));
            if (!numbers.isEmpty()) {
                parts.add(capitalise(l.level().nameVi()) + ": " + numbers);
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** The cells whose data is missing, as the official finds them: "Công dân!M12 (II.3 ...)". */
    private static String missing(Assessment a, Origins origins) {
        Set<String> cells = new LinkedHashSet<>();
        for (MissingInput m : a.missingInputs()) {
            Origins.Place p = origins.place(m.path());
            String header = p.column() == null ? m.path() : p.column().headerVi();
            SourceRow.Cell cell = p.row().cell(p.column());
            String ref = cell != null ? cell.reference() : null;
            cells.add(p.row().sheet() + (ref != null ? "!" + ref : " dòng " + p.row().row()) + " (" + header + ")");
        }
        if (cells.isEmpty()) {
            return null;
        }
        List<String> list = new ArrayList<>(cells);
        String shown = String.join("; ", list.subList(0, Math.min(MISSING_SHOWN, list.size())));
        return list.size() > MISSING_SHOWN ? shown + "; … và " + (list.size() - MISSING_SHOWN) + " ô khác / and "
                + (list.size() - MISSING_SHOWN) + " more" : shown;
    }

    /** Adds a problem found while reading or evaluating. */
    public void error(CellError e) {
        boolean skipped = skipping && e.row() > 1;
        errors.row().text(e.sheet()).whole(e.row() > 0 ? e.row() : null).text(e.cell())
                .text(e.column() == null ? null : e.column().replace('\n', ' ')).text(e.value()).text(e.problemVi())
                .text(e.problemEn()).text(skipped ? "có / yes" : null);
    }

    /** Adds a line to the audit sheet. */
    public void audit(String keyVi, String keyEn, String value) {
        audit.add(new String[] {keyVi, keyEn, value});
    }

    /** How many subjects were added. */
    public long subjects() {
        return summary.rows();
    }

    /**
     * Writes the workbook to {@code out}. Without {@code results} (an input with errors, not skipped) the summary and
     * detail sheets are left out, so that nothing evaluated from a faulty file reaches a reader.
     */
    public void write(OutputStream out, boolean results) throws IOException {
        if (!results) {
            summary.remove();
            if (details != null) {
                details.remove();
            }
        } else {
            summary.finish();
            if (details != null) {
                details.finish();
            }
        }
        errors.finish();
        TableWriter a = new TableWriter(workbook, styles, AUDIT, List.of("Mục\nItem", "Item", "Giá trị\nValue"));
        for (String[] line : audit) {
            a.row().text(line[0]).text(line[1]).text(line[2]);
        }
        a.finish();
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }

    /** The audit envelope an assessment carries, when the library's {@code Assessment} has one. */
    private static RecordComponent auditComponent() {
        for (RecordComponent c : Assessment.class.getRecordComponents()) {
            if (c.getName().equals("audit")) {
                return c;
            }
        }
        return null;
    }

    private static String auditOf(Assessment a) {
        try {
            Object envelope = AUDIT_COMPONENT.getAccessor().invoke(a);
            return envelope == null ? null : COMPACT.writeValueAsString(envelope);
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot write the audit envelope", e);
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The summary's columns by header, for readers of this workbook. */
    public static Map<String, Integer> summaryColumns() {
        return java.util.stream.IntStream.range(0, SUMMARY_HEADERS.size()).boxed()
                .collect(Collectors.toMap(SUMMARY_HEADERS::get, i -> i));
    }
}
