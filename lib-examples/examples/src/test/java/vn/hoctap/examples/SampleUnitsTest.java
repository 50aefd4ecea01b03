package vn.hoctap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.text.AssessmentRenderer;
import vn.hoctap.model.text.Language;
import vn.hoctap.rules.Evaluator;

/** The bundled samples keep showing what the README says they show: one of each verdict, explained. */
class SampleUnitsTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    @ParameterizedTest
    @CsvSource({
        "01-ubnd-xa-tan-lap.json, LEVEL_1",
        "02-thpt-nguyen-du.json, LEVEL_2",
        "03-trung-tam-gdnn-gdtx-phu-my.json, NOT_DETERMINED",
        "04-cong-ty-may-hoa-binh.json, NOT_RECOGNISED"})
    void eachSampleReachesTheVerdictItIsThereToShow(String sample, Verdict expected) {
        assertEquals(expected, EVALUATOR.evaluate(UnitAssessmentExample.load(sample)).verdict());
    }

    @Test
    void theVocationalCentreIsNotDeterminedForExactlyTheTwoInputsItLacks() {
        Assessment a = EVALUATOR.evaluate(UnitAssessmentExample.load("03-trung-tam-gdnn-gdtx-phu-my.json"));
        assertEquals(List.of("$.learners.learningCitizen", "$.attestations.vocationalAccreditation"),
                a.missingInputs().stream().map(MissingInput::path).toList());
    }

    @Test
    void theVietnameseReportShowsVerdictIndicatorsCitationsAndDeadlines() {
        String report = AssessmentRenderer.text(Language.VI).render(EVALUATOR.evaluate(UnitAssessmentExample.load(
                "01-ubnd-xa-tan-lap.json")));
        assertTrue(report.contains("đạt mức độ 1"), report);
        assertTrue(report.contains("47/52 thành viên (90,38 %)"), report);
        assertTrue(report.contains("điểm a khoản 3 Điều 7, 24/2023/TT-BGDĐT"), report);
        assertTrue(report.contains("Nộp hồ sơ cho Phòng Giáo dục và Đào tạo trước 15/01/2025"), report);
    }
}
