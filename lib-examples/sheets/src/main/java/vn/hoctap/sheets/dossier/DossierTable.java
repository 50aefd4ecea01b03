package vn.hoctap.sheets.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.CommuneInput;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.subject.Level;
import vn.hoctap.sheets.write.Styles;

/**
 * The dossier's summary table for one unit or commune, "bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu"
 * (TT 24/2023 Art. 10.2, 16.2; TT 25/2023 Art. 9.1, 14.1, 19.1): the criteria and indicators in the law's order and
 * numbering, the result of each at each level, what was observed and the evidence given. No official template of
 * it exists; the notes say so. Written as .xlsx and as an HTML page made for printing and signing.
 *
 * @param subjectName   the unit or commune
 * @param schemeNameVi  the title and tier
 * @param document      the legal text
 * @param year          the evaluation year
 * @param verdictVi     the conclusion, in Vietnamese
 * @param levels        the levels evaluated, lowest first
 * @param rows          one row per indicator, in the law's order
 * @param notesVi       notes printed under the table, in Vietnamese then English
 */
public record DossierTable(String subjectName, String schemeNameVi, String document, int year, String verdictVi,
                           List<Level> levels, List<IndicatorRow> rows, List<String> notesVi) {
    /**
     * One indicator.
     *
     * @param criterion  the criterion's number and name ("1. Xây dựng kế hoạch ...")
     * @param number     the indicator's number as the law writes it ("1.1")
     * @param nameVi     what it requires
     * @param outcomes   its result at each level, by level ("đạt", "không đạt", "không áp dụng", "chưa xác định")
     * @param observed   what the request gives ("47/52 (90,38 %)", "có")
     * @param evidence   the evidence references given for its inputs
     * @param citation   its article, for the level first listed
     */
    public record IndicatorRow(String criterion, String number, String nameVi, Map<Level, String> outcomes, String observed,
                       List<String> evidence, String citation) {
    }

    public DossierTable {
        levels = List.copyOf(levels);
        rows = List.copyOf(rows);
        notesVi = List.copyOf(notesVi);
    }

    /** The summary table of {@code assessment}, with the evidence {@code request} gives. */
    public static DossierTable of(Assessment assessment, EvaluationRequest request) {
        Objects.requireNonNull(assessment, "assessment");
        Map<String, IndicatorRow> rows = new LinkedHashMap<>();
        List<Level> levels = new ArrayList<>();
        for (LevelResult l : assessment.levels()) {
            levels.add(l.level());
            for (CriterionResult c : l.results()) {
                for (IndicatorResult i : c.indicators()) {
                    IndicatorRow r = rows.get(i.indicatorId());
                    Map<Level, String> outcomes = r == null ? new LinkedHashMap<>() : new LinkedHashMap<>(r.outcomes());
                    outcomes.put(l.level(), i.outcome().nameVi());
                    String observed = r != null && r.observed() != null ? r.observed() : observed(i);
                    rows.put(i.indicatorId(), new IndicatorRow(c.number() + ". " + c.nameVi(), i.number(), i.nameVi(), outcomes,
                            observed, r != null ? r.evidence() : evidence(i, request),
                            r != null ? r.citation() : i.citation().formatVi()));
                }
            }
        }
        List<String> notes = List.of(
                "Không có mẫu chính thức của bản tổng hợp này (Thông tư 24/2023/TT-BGDĐT Điều 10, 16; Thông tư"
                        + " 25/2023/TT-BGDĐT Điều 9, 14, 19 chỉ nêu tên): bảng do hoctap lập theo thứ tự và cách đánh"
                        + " số tiêu chí, chỉ tiêu của văn bản. / No official template of this table exists (the"
                        + " circulars only name it): hoctap lays it out in the texts' order and numbering.",
                "Số liệu tính từ ngày 01/01 đến ngày 31/12 năm " + assessment.evaluationYear() + ". / Data from 1"
                        + " January to 31 December " + assessment.evaluationYear() + ".",
                "Kết luận / Conclusion: " + assessment.summaryVi());
        return new DossierTable(assessment.subjectName(), assessment.schemeNameVi(), assessment.document(),
                assessment.evaluationYear(), assessment.verdict().nameVi(), levels, List.copyOf(rows.values()), notes);
    }

    private static String observed(IndicatorResult i) {
        List<String> parts = new ArrayList<>();
        for (Measurement m : i.measurements()) {
            if (m.observed() != null) {
                parts.add(m.observed());
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static List<String> evidence(IndicatorResult i, EvaluationRequest request) {
        Set<String> refs = new LinkedHashSet<>();
        for (Measurement m : i.measurements()) {
            evidenceFor(request, m.input()).forEach(e -> refs.add(e.reference()
                    + (e.description() == null ? "" : " (" + e.description() + ")")));
        }
        return List.copyOf(refs);
    }

    private static List<Evidence> evidenceFor(EvaluationRequest request, String input) {
        if (request instanceof UnitEvaluationRequest u) {
            return UnitInput.fromJsonName(input).map(u::evidenceFor).orElse(List.of());
        }
        if (request instanceof CommuneEvaluationRequest c) {
            return CommuneInput.fromJsonName(input).map(c::evidenceFor).orElse(List.of());
        }
        return List.of();
    }

    /** The table's title. */
    public String title() {
        return "BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU";
    }

    /** Writes the table as an .xlsx workbook, set up to print on A4 landscape. */
    public void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Sheet s = wb.createSheet("Bản tổng hợp");
            int r = 0;
            r = line(s, r, title(), styles, true);
            r = line(s, r, schemeNameVi + " — " + subjectName + " — năm " + year + " (" + document + ")", styles, false);
            r++;
            List<String> heads = new ArrayList<>(List.of("Tiêu chí\nCriterion", "Chỉ tiêu\nIndicator",
                    "Nội dung\nRequirement"));
            levels.forEach(l -> heads.add("Kết quả " + l.nameVi() + "\nResult, " + l.nameEn()));
            heads.addAll(List.of("Số liệu\nObserved", "Minh chứng\nEvidence", "Căn cứ\nArticle"));
            Row h = s.createRow(r++);
            for (int i = 0; i < heads.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(heads.get(i));
                c.setCellStyle(styles.header);
            }
            int firstDataRow = r;
            String criterion = null;
            int criterionStart = r;
            for (IndicatorRow row : rows) {
                if (!row.criterion().equals(criterion)) {
                    if (criterion != null && r - 1 > criterionStart) {
                        s.addMergedRegion(new CellRangeAddress(criterionStart, r - 1, 0, 0));
                    }
                    criterion = row.criterion();
                    criterionStart = r;
                }
                Row x = s.createRow(r++);
                List<String> values = new ArrayList<>(List.of(row.criterion(), row.number(), row.nameVi()));
                levels.forEach(l -> values.add(row.outcomes().getOrDefault(l, "")));
                values.add(row.observed() == null ? "" : row.observed());
                values.add(String.join("\n", row.evidence()));
                values.add(row.citation());
                int lines = 1;
                for (int i = 0; i < values.size(); i++) {
                    Cell c = x.createCell(i);
                    c.setCellValue(values.get(i));
                    c.setCellStyle(styles.wrap);
                    lines = Math.max(lines, lines(values.get(i), width(i, heads.size())));
                }
                // Row heights are not grown to fit wrapped text by every program (LibreOffice printed them
                // overlapping): give each row the lines its longest cell needs.
                x.setHeightInPoints(lines * 13f + 2);
            }
            if (criterion != null && r - 1 > criterionStart) {
                s.addMergedRegion(new CellRangeAddress(criterionStart, r - 1, 0, 0));
            }
            r++;
            r = line(s, r, "Kết luận: " + verdictVi, styles, true);
            for (String n : notesVi) {
                r = line(s, r, n, styles, false);
            }
            r++;
            Row sign = s.createRow(r);
            sign.createCell(1).setCellValue("NGƯỜI LẬP BIỂU\n(ký, ghi rõ họ tên)");
            sign.createCell(heads.size() - 2).setCellValue("THỦ TRƯỞNG ĐƠN VỊ\n(ký, ghi rõ họ tên, đóng dấu)");
            sign.getCell(1).setCellStyle(styles.header);
            sign.getCell(heads.size() - 2).setCellStyle(styles.header);
            h.setHeightInPoints(30);
            for (int i = 0; i < heads.size(); i++) {
                s.setColumnWidth(i, width(i, heads.size()) * 256);
            }
            s.createFreezePane(0, firstDataRow);
            s.getPrintSetup().setLandscape(true);
            s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            s.setFitToPage(true);
            s.getPrintSetup().setFitWidth((short) 1);
            s.getPrintSetup().setFitHeight((short) 0);
            wb.write(out);
        }
    }

    /** Column widths in characters: criterion, number, requirement, results, observed, evidence, article. */
    private static int width(int column, int columns) {
        int[] first = {28, 9, 48};
        return column < first.length ? first[column] : column == columns - 2 ? 36 : column == columns - 1 ? 22 : 16;
    }

    /** The lines {@code text} takes in a column {@code width} characters wide. */
    private static int lines(String text, int width) {
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n += Math.max(1, (line.length() + width - 3) / (width - 2));
        }
        return n;
    }

    private static int line(Sheet s, int r, String text, Styles styles, boolean bold) {
        Row row = s.createRow(r);
        Cell c = row.createCell(0);
        c.setCellValue(text);
        s.addMergedRegion(new CellRangeAddress(r, r, 0, 6));
        row.setHeightInPoints(text.length() > 150 ? 45 : 18);
        c.setCellStyle(bold ? styles.header : styles.wrap);
        return r + 1;
    }

    /** Writes the table as an HTML page an official prints (A4 landscape) and signs. */
    public void writeHtml(OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title()) + " — "
                + Html.escape(subjectName) + "</title>");
        w.println("<style>" + Html.PRINT_CSS + "</style></head><body>");
        w.println("<p class=\"header\"><span>" + Html.escape(subjectName) + "</span><span>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
                + " NAM<br>Độc lập - Tự do - Hạnh phúc</span></p>");
        w.println("<h1>" + Html.escape(title()) + "</h1>");
        w.println("<p class=\"sub\">" + Html.escape(schemeNameVi) + " — năm " + year + " (" + Html.escape(document)
                + ")</p>");
        w.println("<table><thead><tr><th>Tiêu chí</th><th>Chỉ tiêu</th><th>Nội dung</th>");
        levels.forEach(l -> w.println("<th>Kết quả " + Html.escape(l.nameVi()) + "</th>"));
        w.println("<th>Số liệu</th><th>Minh chứng</th><th>Căn cứ</th></tr></thead><tbody>");
        Map<String, Integer> spans = new LinkedHashMap<>();
        rows.forEach(r -> spans.merge(r.criterion(), 1, Integer::sum));
        String criterion = null;
        for (IndicatorRow r : rows) {
            w.print("<tr>");
            if (!r.criterion().equals(criterion)) {
                criterion = r.criterion();
                w.print("<td rowspan=\"" + spans.get(criterion) + "\" class=\"crit\">" + Html.escape(criterion) + "</td>");
            }
            w.print("<td>" + Html.escape(r.number()) + "</td><td>" + Html.escape(r.nameVi()) + "</td>");
            for (Level l : levels) {
                String o = r.outcomes().getOrDefault(l, "");
                w.print("<td class=\"o " + (o.equals("đạt") ? "met" : o.equals("không đạt") ? "notmet" : "other")
                        + "\">" + Html.escape(o) + "</td>");
            }
            w.print("<td>" + Html.escape(Optional.ofNullable(r.observed()).orElse("")) + "</td><td>"
                    + String.join("<br>", r.evidence().stream().map(Html::escape).toList()) + "</td><td class=\"cite\">"
                    + Html.escape(r.citation()) + "</td>");
            w.println("</tr>");
        }
        w.println("</tbody></table>");
        w.println("<p class=\"verdict\">Kết luận: " + Html.escape(verdictVi) + "</p>");
        w.println("<ol class=\"notes\">");
        notesVi.forEach(n -> w.println("<li>" + Html.escape(n) + "</li>"));
        w.println("</ol>");
        w.println("<p class=\"date\">……………, ngày …… tháng …… năm ……</p>");
        w.println("<div class=\"sign\"><div>NGƯỜI LẬP BIỂU<br><i>(ký, ghi rõ họ tên)</i></div>"
                + "<div>THỦ TRƯỞNG ĐƠN VỊ<br><i>(ký, ghi rõ họ tên, đóng dấu)</i></div></div>");
        w.println("</body></html>");
        w.flush();
    }
}
