package vn.hoctap.sheets.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;
import vn.hoctap.sheets.dossier.Html;
import vn.hoctap.sheets.write.Styles;
import vn.hoctap.sheets.write.TableWriter;

/**
 * The yearly report tables, computed from the results of those years and the counts the user supplies:
 *
 * <ul>
 * <li>the provincial plan's appendix table (section III, "Công tác khuyến học, khuyến tài, xây dựng xã hội học
 * tập"): per year, at commune level the communes, those with a Hội Khuyến học, the people holding "Công dân học tập"
 * and the communes recognised under TT 25; at district level the districts, those with a Hội Khuyến học, the
 * agencies, units and enterprises recognised under TT 24 (which the plan's column calls "Cộng đồng học tập cấp
 * huyện"), and the districts recognised under TT 25;</li>
 * <li>counts per level by commune and for the province, for every title;</li>
 * <li>each commune's share of its listed citizens holding "Công dân học tập" against the 60 % and 80 % lines of
 * TT 25 criterion 5.1 (Art. 6.5.a, 7.5.a), as a native chart and as an SVG on the printable page.</li>
 * </ul>
 *
 * <p>Results are counted as they are read; memory grows with communes and years, not with people.
 */
public final class YearlyReport {
    private static final double LEVEL_1_LINE = 0.60;
    private static final double LEVEL_2_LINE = 0.80;
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    /** Counts by year, title and tier, and verdict. */
    private final SortedMap<Integer, Map<Key, Map<Verdict, Integer>>> byYear = new TreeMap<>();
    /** Counts by year, commune, title and tier, and verdict. */
    private final SortedMap<Integer, SortedMap<String, Map<Key, Map<Verdict, Integer>>>> byCommune = new TreeMap<>();
    private final Map<Integer, SuppliedCounts> supplied;

    private record Key(Title title, AdministrativeTier tier) {
        String nameVi() {
            return "“" + title.nameVi() + "” " + (title == Title.LEARNING_CITIZEN ? "" : tier.nameVi());
        }
    }

    private YearlyReport(Map<Integer, SuppliedCounts> supplied) {
        this.supplied = supplied;
    }

    /**
     * The report of the results in {@code files} (explained workbooks, JSON Lines of assessments), their schemes
     * looked up in {@code catalogue}, with the counts {@code supplied} by year.
     */
    public static YearlyReport of(List<Path> files, Catalogue catalogue, List<SuppliedCounts> supplied)
            throws IOException {
        Map<Integer, SuppliedCounts> s = new TreeMap<>();
        supplied.forEach(c -> s.put(c.year(), c));
        YearlyReport r = new YearlyReport(s);
        Results reader = new Results(catalogue);
        for (Path f : files) {
            reader.read(f, r::add);
        }
        return r;
    }

    private void add(Result r) {
        Key k = new Key(r.title(), r.tier());
        byYear.computeIfAbsent(r.year(), y -> new java.util.LinkedHashMap<>())
                .computeIfAbsent(k, x -> new EnumMap<>(Verdict.class)).merge(r.verdict(), 1, Integer::sum);
        String commune = r.commune() == null ? "(không rõ xã / commune not given)" : r.commune();
        byCommune.computeIfAbsent(r.year(), y -> new TreeMap<>()).computeIfAbsent(commune, c -> new java.util.LinkedHashMap<>())
                .computeIfAbsent(k, x -> new EnumMap<>(Verdict.class)).merge(r.verdict(), 1, Integer::sum);
    }

    private static int count(Map<Key, Map<Verdict, Integer>> m, Title t, AdministrativeTier tier, boolean recognised) {
        Map<Verdict, Integer> v = m == null ? null : m.get(new Key(t, tier));
        if (v == null) {
            return 0;
        }
        return v.entrySet().stream().filter(e -> !recognised || e.getKey().level().isPresent())
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** One row of the appendix table. */
    public record AppendixRow(int year, Integer communes, Integer communesWithAssociation, int learningCitizens,
                              int communesRecognised, Integer districts, Integer districtsWithAssociation,
                              int unitsRecognised, int districtsRecognised) {
    }

    /** The appendix table, one row per year found in the results or the supplied counts. */
    public List<AppendixRow> appendix() {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(byYear.keySet());
        years.addAll(supplied.keySet());
        List<AppendixRow> rows = new ArrayList<>();
        for (int y : years) {
            Map<Key, Map<Verdict, Integer>> m = byYear.get(y);
            SuppliedCounts s = supplied.get(y);
            int units = count(m, Title.LEARNING_UNIT, AdministrativeTier.DISTRICT, true)
                    + count(m, Title.LEARNING_UNIT, AdministrativeTier.PROVINCE, true);
            rows.add(new AppendixRow(y, s == null ? null : s.communes(), s == null ? null : s.communesWithAssociation(),
                    count(m, Title.LEARNING_CITIZEN, AdministrativeTier.COMMUNE, true),
                    count(m, Title.LEARNING_COMMUNITY, AdministrativeTier.COMMUNE, true),
                    s == null ? null : s.districts(), s == null ? null : s.districtsWithAssociation(), units,
                    count(m, Title.LEARNING_COMMUNITY, AdministrativeTier.DISTRICT, true)));
        }
        return rows;
    }

    /** One commune's citizens in a year: listed, holding the title, and the share. */
    public record CommuneShare(int year, String commune, int citizens, int holding, int notDetermined) {
        /** Holders over the citizens listed, from 0 to 1. */
        public double share() {
            return citizens == 0 ? 0 : holding / (double) citizens;
        }
    }

    /** Each commune's citizens holding "Công dân học tập", by year then commune. */
    public List<CommuneShare> communeShares() {
        List<CommuneShare> out = new ArrayList<>();
        byCommune.forEach((year, communes) -> communes.forEach((commune, m) -> {
            Map<Verdict, Integer> v = m.get(new Key(Title.LEARNING_CITIZEN, AdministrativeTier.COMMUNE));
            if (v != null) {
                out.add(new CommuneShare(year, commune, v.values().stream().mapToInt(Integer::intValue).sum(),
                        v.getOrDefault(Verdict.LEVEL_1, 0) + v.getOrDefault(Verdict.LEVEL_2, 0),
                        v.getOrDefault(Verdict.NOT_DETERMINED, 0)));
            }
        }));
        return out;
    }

    private static final List<String> NOTES = List.of(
            "Số xã, số huyện và số có Hội Khuyến học là số liệu do người lập báo cáo cung cấp (--counts); các số còn"
                    + " lại đếm từ kết quả đánh giá. / Communes, districts and those with an association are supplied"
                    + " by the user; the other counts come from the results.",
            "Cột “cơ quan, đơn vị, doanh nghiệp đạt Đơn vị học tập” đếm “Đơn vị học tập” (Thông tư 24/2023/TT-BGDĐT);"
                    + " kế hoạch gọi nhầm cột này là “Cộng đồng học tập cấp huyện”. / The units column counts TT 24"
                    + " “Learning units”; the plan's column mislabels it.",
            "Tỉ lệ “Công dân học tập” của xã tính trên số công dân có trong danh sách đã đánh giá; tiêu chí 5.1 của"
                    + " Thông tư 25/2023 tính trên toàn bộ công dân trong xã. / A commune's share is over the citizens"
                    + " listed; TT 25 criterion 5.1 counts all the commune's citizens.",
            "Từ 01/07/2025 không còn cấp huyện: các cột cấp huyện chỉ có ý nghĩa cho những năm trước. / From 1 July"
                    + " 2025 there are no districts: the district columns concern earlier years.");

    /** Writes the report workbook: the appendix, counts by commune and for the province, and the chart. */
    public void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            appendixSheet(wb, styles);
            TableWriter province = new TableWriter(wb, styles, "Toàn tỉnh", List.of("Năm\nYear", "Danh hiệu\nTitle",
                    "Đạt mức độ 2\nLevel 2", "Đạt mức độ 1\nLevel 1", "Không công nhận\nNot recognised",
                    "Chưa xác định\nNot determined", "Tổng số\nTotal"));
            byYear.forEach((y, m) -> m.forEach((k, v) -> verdictRow(province.row().year(y).text(k.nameVi()), v)));
            province.finish();
            TableWriter communes = new TableWriter(wb, styles, "Theo xã", List.of("Năm\nYear", "Mã xã\nCommune",
                    "Danh hiệu\nTitle", "Đạt mức độ 2\nLevel 2", "Đạt mức độ 1\nLevel 1",
                    "Không công nhận\nNot recognised", "Chưa xác định\nNot determined", "Tổng số\nTotal"));
            byCommune.forEach((y, cs) -> cs.forEach((c, m) -> m.forEach((k, v) ->
                    verdictRow(communes.row().year(y).text(c).text(k.nameVi()), v))));
            communes.finish();
            chartSheet(wb, styles);
            wb.write(out);
        }
    }

    private static void verdictRow(TableWriter w, Map<Verdict, Integer> v) {
        w.whole(v.getOrDefault(Verdict.LEVEL_2, 0)).whole(v.getOrDefault(Verdict.LEVEL_1, 0))
                .whole(v.getOrDefault(Verdict.NOT_RECOGNISED, 0)).whole(v.getOrDefault(Verdict.NOT_DETERMINED, 0))
                .whole(v.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static final String[] APPENDIX_HEADERS = {"Năm", "Số xã", "Số xã có Hội Khuyến học",
        "Số người đạt “Công dân học tập”", "Số xã đạt “Cộng đồng học tập” cấp xã (TT 25)", "Số huyện",
        "Số huyện có Hội Khuyến học", "Số cơ quan, đơn vị, doanh nghiệp đạt “Đơn vị học tập” (TT 24)",
        "Số huyện đạt “Cộng đồng học tập” cấp huyện (TT 25)"};

    private void appendixSheet(XSSFWorkbook wb, Styles styles) {
        Sheet s = wb.createSheet("Phụ lục III");
        Row title = s.createRow(0);
        title.createCell(0).setCellValue("III. CÔNG TÁC KHUYẾN HỌC, KHUYẾN TÀI, XÂY DỰNG XÃ HỘI HỌC TẬP");
        Row group = s.createRow(1);
        Row head = s.createRow(2);
        head.setHeightInPoints(75);
        String[][] groups = {{"", "0", "0"}, {"Cấp xã / Commune level", "1", "4"},
            {"Cấp huyện / District level", "5", "8"}};
        for (String[] g : groups) {
            Cell c = group.createCell(Integer.parseInt(g[1]));
            c.setCellValue(g[0]);
            c.setCellStyle(styles.header);
            for (int i = Integer.parseInt(g[1]) + 1; i <= Integer.parseInt(g[2]); i++) {
                group.createCell(i).setCellStyle(styles.header);
            }
            if (!g[1].equals(g[2])) {
                s.addMergedRegion(new CellRangeAddress(1, 1, Integer.parseInt(g[1]), Integer.parseInt(g[2])));
            }
        }
        for (int i = 0; i < APPENDIX_HEADERS.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(APPENDIX_HEADERS[i]);
            c.setCellStyle(styles.header);
            s.setColumnWidth(i, (i == 0 ? 8 : 18) * 256);
        }
        int r = 3;
        for (AppendixRow a : appendix()) {
            Row row = s.createRow(r++);
            Integer[] v = {a.year(), a.communes(), a.communesWithAssociation(), a.learningCitizens(),
                a.communesRecognised(), a.districts(), a.districtsWithAssociation(), a.unitsRecognised(),
                a.districtsRecognised()};
            for (int i = 0; i < v.length; i++) {
                Cell c = row.createCell(i);
                if (v[i] != null) {
                    c.setCellValue(v[i]);
                    c.setCellStyle(i == 0 ? styles.year : styles.whole);
                }
            }
        }
        r++;
        for (String n : NOTES) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(n);
        }
        s.createFreezePane(1, 3);
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    private void chartSheet(XSSFWorkbook wb, Styles styles) {
        List<CommuneShare> shares = communeShares();
        if (shares.isEmpty()) {
            return;
        }
        int year = shares.get(shares.size() - 1).year();
        List<CommuneShare> last = shares.stream().filter(c -> c.year() == year).toList();
        XSSFSheet s = wb.createSheet("Biểu đồ");
        Row h = s.createRow(0);
        String[] heads = {"Mã xã\nCommune", "Tỉ lệ đạt “Công dân học tập”\nShare holding the title",
            "Mức độ 1 (60%)\nLevel 1 line", "Mức độ 2 (80%)\nLevel 2 line", "Số người trong danh sách\nListed",
            "Số người đạt\nHolding"};
        for (int i = 0; i < heads.length; i++) {
            h.createCell(i).setCellValue(heads[i]);
            h.getCell(i).setCellStyle(styles.header);
            s.setColumnWidth(i, 18 * 256);
        }
        h.setHeightInPoints(45);
        for (int i = 0; i < last.size(); i++) {
            CommuneShare c = last.get(i);
            Row r = s.createRow(i + 1);
            r.createCell(0).setCellValue(c.commune());
            double[] v = {c.share(), LEVEL_1_LINE, LEVEL_2_LINE};
            for (int j = 0; j < v.length; j++) {
                r.createCell(j + 1).setCellValue(v[j]);
                r.getCell(j + 1).setCellStyle(styles.percent);
            }
            r.createCell(4).setCellValue(c.citizens());
            r.getCell(4).setCellStyle(styles.whole);
            r.createCell(5).setCellValue(c.holding());
            r.getCell(5).setCellStyle(styles.whole);
        }
        XSSFDrawing drawing = s.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 7, 1, 19, 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Tỉ lệ công dân đạt “Công dân học tập” theo xã, năm " + year
                + " (tiêu chí 5.1, Thông tư 25/2023)");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setMinimum(0);
        left.setMaximum(1);
        left.setNumberFormat("0%");
        int n = last.size();
        XDDFDataSource<String> communes = XDDFDataSourcesFactory.fromStringCellRange(s,
                new CellRangeAddress(1, n, 0, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        bars.setBarDirection(BarDirection.COL);
        XDDFChartData.Series share = bars.addSeries(communes, numbers(s, n, 1));
        share.setTitle("Tỉ lệ đạt / share holding the title", null);
        chart.plot(bars);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        lines.addSeries(communes, numbers(s, n, 2)).setTitle("Mức độ 1: 60% (điểm a khoản 5 Điều 6)", null);
        lines.addSeries(communes, numbers(s, n, 3)).setTitle("Mức độ 2: 80% (điểm a khoản 5 Điều 7)", null);
        chart.plot(lines);
        for (XDDFChartData.Series l : lines.getSeries()) {
            ((XDDFLineChartData.Series) l).setMarkerStyle(org.apache.poi.xddf.usermodel.chart.MarkerStyle.NONE);
            ((XDDFLineChartData.Series) l).setSmooth(false);
        }
    }

    private static XDDFNumericalDataSource<Double> numbers(XSSFSheet s, int n, int column) {
        return XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(1, n, column, column));
    }

    /** Writes the printable page: the appendix table and the chart of each commune's share, as SVG. */
    public void writeHtml(OutputStream out) {
        NumberFormat whole = NumberFormat.getIntegerInstance(VI);
        NumberFormat percent = NumberFormat.getPercentInstance(VI);
        percent.setMaximumFractionDigits(1);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.println("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Báo cáo hằng năm</title>");
        w.println("<style>" + Html.PRINT_CSS + " td.n { text-align: right; }</style></head><body>");
        w.println("<h1>III. CÔNG TÁC KHUYẾN HỌC, KHUYẾN TÀI, XÂY DỰNG XÃ HỘI HỌC TẬP</h1>");
        w.println("<table><thead><tr><th rowspan=\"2\">Năm</th><th colspan=\"4\">Cấp xã</th><th colspan=\"4\">Cấp huyện"
                + "</th></tr><tr>");
        for (int i = 1; i < APPENDIX_HEADERS.length; i++) {
            w.print("<th>" + Html.escape(APPENDIX_HEADERS[i]) + "</th>");
        }
        w.println("</tr></thead><tbody>");
        for (AppendixRow a : appendix()) {
            Integer[] v = {a.communes(), a.communesWithAssociation(), a.learningCitizens(), a.communesRecognised(),
                a.districts(), a.districtsWithAssociation(), a.unitsRecognised(), a.districtsRecognised()};
            w.print("<tr><td>" + a.year() + "</td>");
            for (Integer x : v) {
                w.print("<td class=\"n\">" + (x == null ? "" : whole.format(x)) + "</td>");
            }
            w.println("</tr>");
        }
        w.println("</tbody></table><ol class=\"notes\">");
        NOTES.forEach(n -> w.println("<li>" + Html.escape(n) + "</li>"));
        w.println("</ol>");
        List<CommuneShare> shares = communeShares();
        if (!shares.isEmpty()) {
            int year = shares.get(shares.size() - 1).year();
            List<CommuneShare> last = shares.stream().filter(c -> c.year() == year).toList();
            w.println("<h1 style=\"page-break-before: always\">Tỉ lệ công dân đạt “Công dân học tập” theo xã, năm "
                    + year + "</h1>");
            w.println(svg(last, percent));
        }
        w.println("</body></html>");
        w.flush();
    }

    /** A bar per commune, with the 60 % and 80 % lines of TT 25 criterion 5.1. */
    private static String svg(List<CommuneShare> shares, NumberFormat percent) {
        int bar = 36;
        int gap = 14;
        int left = 48;
        int top = 20;
        int height = 300;
        int width = left + shares.size() * (bar + gap) + 170;
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
                + "\" height=\"" + (height + top + 70) + "\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\">");
        for (int p = 0; p <= 100; p += 20) {
            int y = top + height - p * height / 100;
            b.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 160).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/><text x=\"").append(left - 6)
                    .append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">").append(p).append(" %</text>");
        }
        for (int i = 0; i < shares.size(); i++) {
            CommuneShare c = shares.get(i);
            int h = (int) Math.round(c.share() * height);
            int x = left + gap / 2 + i * (bar + gap);
            String colour = c.share() >= LEVEL_2_LINE ? "#2e7d32" : c.share() >= LEVEL_1_LINE ? "#f9a825" : "#c62828";
            b.append("<rect x=\"").append(x).append("\" y=\"").append(top + height - h).append("\" width=\"").append(bar)
                    .append("\" height=\"").append(h).append("\" fill=\"").append(colour).append("\"/>")
                    .append("<text x=\"").append(x + bar / 2).append("\" y=\"").append(top + height - h - 4)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(percent.format(c.share()))).append("</text>")
                    .append("<text x=\"").append(x + bar / 2).append("\" y=\"").append(top + height + 16)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(c.commune())).append("</text>");
        }
        for (double line : new double[] {LEVEL_1_LINE, LEVEL_2_LINE}) {
            int y = top + height - (int) Math.round(line * height);
            b.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 160).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#000\" stroke-dasharray=\"6 4\"/>")
                    .append("<text x=\"").append(width - 155).append("\" y=\"").append(y + 4).append("\">")
                    .append(line == LEVEL_1_LINE ? "mức độ 1: 60 %" : "mức độ 2: 80 %").append("</text>");
        }
        return b.append("</svg>").toString();
    }
}
