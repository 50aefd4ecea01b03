package vn.hoctap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.OrganisationResult;
import vn.hoctap.model.subject.Commune;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.text.Numbers;
import vn.hoctap.rules.Evaluator;

/** The district example keeps telling the stories its Javadoc promises, and prints the results' own counts. */
class DistrictRollUpExampleTest {
    private static final Evaluator EVALUATOR = Evaluator.national();
    private static DistrictResult result;

    @BeforeAll
    static void evaluate() {
        result = EVALUATOR.rollUp(SampleDistrict.district());
    }

    @Test
    void theFourCommunesReachTheFourIntendedOutcomes() {
        assertEquals(List.of(Verdict.LEVEL_2, Verdict.LEVEL_1, Verdict.NOT_RECOGNISED, Verdict.LEVEL_1),
                result.results().stream().map(c -> c.assessment().verdict()).toList());
        assertEquals(List.of(Verdict.LEVEL_2, Verdict.LEVEL_1, Verdict.NOT_RECOGNISED, Verdict.NOT_DETERMINED),
                result.results().stream().map(c -> c.organisations().get(0).assessment().verdict()).toList());
        assertEquals(Verdict.NOT_RECOGNISED, result.assessment().verdict());
        assertEquals(new RecognitionCounts(4, 2, 1, 0), result.communes());
    }

    @Test
    void hoaBinhFailsOnTheShareOfLearningCitizensAlone() {
        Assessment hoaBinh = result.results().get(2).assessment();
        List<String> notMet = hoaBinh.level(Level.LEVEL_1).orElseThrow().results().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(i -> i.outcome() == Outcome.NOT_MET || i.outcome() == Outcome.UNDETERMINED)
                .map(i -> i.indicatorId()).toList();
        assertEquals(List.of("TT25.X.C5.1"), notMet);
    }

    @Test
    void naHangReachesLevel1OnlyAsADisadvantagedCommune() {
        CommuneTree naHang = SampleDistrict.district().communes().get(3);
        CommuneEvaluationRequest r = naHang.commune();
        Commune c = r.commune();
        CommuneEvaluationRequest notDisadvantaged = new CommuneEvaluationRequest(r.evaluationYear(), r.referenceDate(),
                new Commune(c.unit(), false, c.especiallyDifficult(), c.recognitions()), r.citizens(),
                r.attestations(), r.universalEducation(), r.evidence());
        CommuneResult ordinary = EVALUATOR.rollUp(new CommuneTree(notDisadvantaged, naHang.people(), List.of()));
        assertEquals(Verdict.NOT_RECOGNISED, ordinary.assessment().verdict());
        assertEquals(Outcome.NOT_MET,
                ordinary.assessment().indicator("TT25.X.C5.2", Level.LEVEL_1).orElseThrow().outcome());
        assertEquals(Outcome.MET, result.results().get(3).assessment()
                .indicator("TT25.X.C5.2", Level.LEVEL_1).orElseThrow().outcome());
    }

    @Test
    void eachCommunesPrintedCountsAreItsPeoplesOwnResults() {
        String report = DistrictRollUpExample.report(result, false);
        Matcher m = Pattern.compile("Tiêu chí 5: (\\d+) công dân; (\\d+) đạt “Công dân học tập”, (\\d+) chưa xác định;"
                + " (\\d+) được đào tạo chuyên môn kỹ thuật, (\\d+) trình độ đại học trở lên").matcher(report);
        for (CommuneResult c : result.results()) {
            assertTrue(m.find(), report);
            // Counted here from each person's verdict, apart from the roll-up's own tally.
            long holding = c.people().stream().filter(p -> p.levelReached().isPresent()).count();
            long open = c.people().stream().filter(p -> p.verdict() == Verdict.NOT_DETERMINED).count();
            CitizenCounts n = c.citizens();
            assertEquals(List.of((long) c.people().size(), holding, open, (long) n.professionallyTrained(),
                            (long) n.universityDegree()),
                    List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                            Long.parseLong(m.group(4)), Long.parseLong(m.group(5))));
            assertEquals(List.of(n.total(), n.learningCitizen(), n.learningCitizenNotDetermined()),
                    List.of(c.people().size(), (int) holding, (int) open));
        }
    }

    @Test
    void theYearlyTableAddsUpTheResults() {
        String report = DistrictRollUpExample.report(result, false);
        int evaluated = result.results().stream().mapToInt(c -> c.people().size()).sum();
        long holding = result.results().stream().flatMap(c -> c.people().stream())
                .filter(p -> p.levelReached().isPresent()).count();
        // Counts are written the Vietnamese way, thousands grouped with a dot.
        assertEquals(Numbers.vi().integer(evaluated), row(report, "được đánh giá"));
        assertEquals(Numbers.vi().integer(holding), row(report, "đạt danh hiệu"));
        assertTrue(evaluated >= 1000 && row(report, "được đánh giá").contains("."), report);
        assertTrue(DistrictRollUpExample.report(result, true).contains(Numbers.en().integer(evaluated)));
        assertTrue(report.contains("Tiêu chí 4.1 đọc: 4 xã, 1 đạt mức độ 2, 2 đạt mức độ 1, 0 chưa xác định,"
                + " 1 không đủ điều kiện công nhận."), report);
        List<OrganisationResult> units = result.results().stream().flatMap(c -> c.organisations().stream()).toList();
        // Communes then units, each "by verdict" block in Verdict order: LEVEL_2, LEVEL_1, NOT_RECOGNISED, NOT_DETERMINED.
        Matcher m = Pattern.compile("  đạt mức độ 2 +(\\d+)\\n  đạt mức độ 1 +(\\d+)\\n  không đủ điều kiện công nhận +(\\d+)"
                + "\\n  chưa xác định được: thiếu dữ liệu +(\\d+)\\n  cộng +(\\d+)").matcher(report);
        assertTrue(m.find(), report);
        assertEquals(List.of("1", "2", "1", "0", "4"), List.of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        assertTrue(m.find(), report);
        assertEquals(List.of("1", "1", "1", "1", String.valueOf(units.size())),
                List.of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
    }

    @Test
    void theMainRunsInBothLanguagesAndStaysShort() {
        String vi = run();
        String en = run("--en");
        assertTrue(vi.contains("SỐ LIỆU BÁO CÁO HẰNG NĂM"), vi);
        assertTrue(en.contains("THE COUNTS AN EDUCATION OFFICE REPORTS EACH YEAR"), en);
        assertTrue(vi.lines().count() < 150, "lines: " + vi.lines().count());
        assertEquals(vi.lines().count(), en.lines().count());
    }

    @Test
    void theGeneratorIsDeterministic() {
        assertEquals(SampleDistrict.district(), SampleDistrict.district());
    }

    private static String row(String report, String label) {
        Matcher m = Pattern.compile("  " + Pattern.quote(label) + " +(\\S+)").matcher(report);
        assertTrue(m.find(), report);
        return m.group(1);
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Examples.main(args);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
