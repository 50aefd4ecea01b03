package vn.hoctap.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.OrganisationResult;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.text.AssessmentRenderer;
import vn.hoctap.model.text.Language;
import vn.hoctap.model.text.Numbers;
import vn.hoctap.rules.Evaluator;

/**
 * Evaluates the generated district of {@link SampleDistrict} bottom-up ("tổng hợp từ dưới lên", TT 25/2023): every
 * citizen's "Công dân học tập" self-assessment, counted into its commune's criterion 5; every commune People's
 * Committee ("Đơn vị học tập", TT 24/2023) from its staff's own results; every commune; then the district from its
 * communes' levels (criterion 4.1). Prints each commune's level and why, its organisations' verdicts, the district's
 * result, and the counts a district education office reports each year.
 *
 * <p>Options: {@code --en} prints English; {@code --full} adds the district's complete explained assessment.
 */
public final class DistrictRollUpExample {
    private static final String RULE = "═".repeat(100);
    private static final String THIN = "─".repeat(100);

    private DistrictRollUpExample() {
    }

    public static void main(String[] args) {
        boolean english = List.of(args).contains("--en");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DistrictResult result = Evaluator.national().rollUp(SampleDistrict.district());
        out.print(report(result, english));
        if (List.of(args).contains("--full")) {
            out.print(AssessmentRenderer.text(english ? Language.EN : Language.VI).render(result.assessment()));
        }
    }

    /** The example's text: each commune, the district, and the yearly counts. */
    public static String report(DistrictResult district, boolean english) {
        StringBuilder b = new StringBuilder();
        for (CommuneResult c : district.results()) {
            commune(b, c, english);
        }
        b.append(RULE).append('\n').append(text(english, "HUYỆN", "DISTRICT")).append('\n')
                .append(summary(district.assessment(), english)).append('\n');
        RecognitionCounts n = district.communes();
        b.append(text(english, "  Tiêu chí 4.1 đọc: ", "  Criterion 4.1 read: ")).append(n.total())
                .append(text(english, " xã, ", " communes, ")).append(n.level2())
                .append(text(english, " đạt mức độ 2, ", " at level 2, ")).append(n.level1())
                .append(text(english, " đạt mức độ 1, ", " at level 1, ")).append(n.notDetermined())
                .append(text(english, " chưa xác định, ", " not determined, "))
                .append(n.total() - n.level1() - n.level2() - n.notDetermined())
                .append(text(english, " không đủ điều kiện công nhận.", " not recognised.")).append('\n');
        for (Level level : List.of(Level.LEVEL_1, Level.LEVEL_2)) {
            district.assessment().indicator("TT25.H.C4.1", level).ifPresent(i -> b.append("  ").append(mark(i))
                    .append(' ').append(english ? i.explanationEn() : i.explanationVi()).append('\n'));
        }
        yearly(b, district, english);
        return b.toString();
    }

    private static void commune(StringBuilder b, CommuneResult c, boolean english) {
        Assessment a = c.assessment();
        b.append(RULE).append('\n').append(a.subjectName()).append(" (").append(a.subjectId()).append("): ")
                .append(verdict(a.verdict(), english)).append('\n');
        b.append(summary(a, english)).append('\n');
        CitizenCounts n = c.citizens();
        b.append(text(english, "  Tiêu chí 5: ", "  Criterion 5: ")).append(count(n.total(), english))
                .append(text(english, " công dân; ", " citizens; ")).append(count(n.learningCitizen(), english))
                .append(text(english, " đạt “Công dân học tập”, ", " hold 'Công dân học tập', "))
                .append(count(n.learningCitizenNotDetermined(), english))
                .append(text(english, " chưa xác định; ", " not determined; "))
                .append(count(n.professionallyTrained(), english))
                .append(text(english, " được đào tạo chuyên môn kỹ thuật, ", " professionally trained, "))
                .append(count(n.universityDegree(), english))
                .append(text(english, " trình độ đại học trở lên.", " graduates.")).append('\n');
        why(b, a, english);
        for (OrganisationResult o : c.organisations()) {
            b.append(THIN).append('\n').append("  ").append(o.assessment().subjectName()).append(": ")
                    .append(verdict(o.assessment().verdict(), english)).append(" — ")
                    .append(o.members().holdingTitle()).append('/').append(o.members().evaluated())
                    .append(text(english, " thành viên tự đánh giá đạt “Công dân học tập”, ",
                            " members self-assess as holding 'Công dân học tập', "))
                    .append(o.members().notDetermined()).append(text(english, " chưa xác định", " not determined"))
                    .append('\n');
            why(b, o.assessment(), english);
        }
    }

    /** Why an assessment stops where it does: what fails or stays open at the next level (level 1 if none reached). */
    private static void why(StringBuilder b, Assessment a, boolean english) {
        if (a.verdict() == Verdict.LEVEL_2) {
            return;
        }
        Level next = a.verdict() == Verdict.LEVEL_1 ? Level.LEVEL_2 : Level.LEVEL_1;
        if (a.verdict() == Verdict.NOT_DETERMINED) {
            // Not determined: the level left open is the one to explain, the lowest not settled.
            next = a.levels().stream().filter(l -> l.outcome() == Outcome.UNDETERMINED).map(LevelResult::level)
                    .findFirst().orElse(Level.LEVEL_1);
        }
        a.level(next).ifPresent(l -> l.results().stream().flatMap(r -> r.indicators().stream())
                .filter(i -> i.outcome() == Outcome.NOT_MET || i.outcome() == Outcome.UNDETERMINED)
                .forEach(i -> b.append("  ").append(mark(i)).append(' ')
                        .append(english ? i.explanationEn() : i.explanationVi()).append('\n')));
    }

    /** The table an education office fills in each year, from the results. */
    private static void yearly(StringBuilder b, DistrictResult district, boolean english) {
        b.append(RULE).append('\n').append(text(english, "SỐ LIỆU BÁO CÁO HẰNG NĂM CỦA PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
                "THE COUNTS AN EDUCATION OFFICE REPORTS EACH YEAR")).append('\n');
        String row = "  %-60s %8s%n";
        List<Assessment> communes = district.results().stream().map(CommuneResult::assessment).toList();
        b.append(text(english, "Xã theo kết quả “Cộng đồng học tập” cấp xã", "Communes by 'Learning community' result"))
                .append('\n');
        byVerdict(b, row, communes, english);
        int evaluated = 0;
        int holding = 0;
        int open = 0;
        for (CommuneResult c : district.results()) {
            evaluated += c.citizens().total();
            holding += c.citizens().learningCitizen();
            open += c.citizens().learningCitizenNotDetermined();
        }
        b.append(text(english, "Công dân tự đánh giá “Công dân học tập”", "Citizens self-assessed for 'Công dân học tập'"))
                .append('\n');
        b.append(String.format(row, text(english, "được đánh giá", "evaluated"), count(evaluated, english)));
        b.append(String.format(row, text(english, "đạt danh hiệu", "holding the title"), count(holding, english)));
        b.append(String.format(row, text(english, "tỉ lệ đạt", "share holding it"), percent(holding, evaluated,
                english)));
        b.append(String.format(row, text(english, "chưa xác định (thiếu điểm)", "not determined (scores missing)"),
                count(open, english)));
        List<Assessment> units = district.results().stream().flatMap(c -> c.organisations().stream())
                .map(OrganisationResult::assessment).toList();
        b.append(text(english, "Đơn vị học tập (UBND cấp xã) theo kết quả", "Learning units (commune committees) by result"))
                .append('\n');
        byVerdict(b, row, units, english);
    }

    private static void byVerdict(StringBuilder b, String row, List<Assessment> assessments, boolean english) {
        Map<Verdict, Long> n = assessments.stream().collect(Collectors.groupingBy(Assessment::verdict,
                () -> new TreeMap<>(), Collectors.counting()));
        for (Verdict v : Verdict.values()) {
            b.append(String.format(row, verdict(v, english), n.getOrDefault(v, 0L)));
        }
        b.append(String.format(row, text(english, "cộng", "total"), assessments.size()));
    }

    private static String summary(Assessment a, boolean english) {
        return "  " + (english ? a.summaryEn() : a.summaryVi());
    }

    private static String verdict(Verdict v, boolean english) {
        return english ? v.nameEn() : v.nameVi();
    }

    private static String percent(int part, int whole, boolean english) {
        return whole == 0 ? "–" : numbers(english).percent(part, whole);
    }

    /** A count as the language writes it: 2.290 / 2,290. */
    private static String count(long n, boolean english) {
        return numbers(english).integer(n);
    }

    private static Numbers numbers(boolean english) {
        return english ? Numbers.en() : Numbers.vi();
    }

    private static String mark(IndicatorResult i) {
        return switch (i.outcome()) {
            case MET -> "✔";
            case NOT_MET -> "✘";
            case NOT_APPLICABLE -> "–";
            case UNDETERMINED -> "?";
        };
    }

    private static String text(boolean english, String vi, String en) {
        return english ? en : vi;
    }
}
