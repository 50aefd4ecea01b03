package vn.hoctap.rules.cdht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.cdht.CdhtPassMarkAndFloorTest.indicator;
import static vn.hoctap.rules.cdht.CdhtPassMarkAndFloorTest.title;
import static vn.hoctap.rules.cdht.CdhtRequests.person;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.rules.Evaluator;

/**
 * A score left blank is "not determined", never failed (criteria.md §2): the person is "not determined" and told which
 * scores to give, unless the scores already given make the title impossible, in which case they are not recognised.
 */
class CdhtMissingScoresTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    private static List<String> missing(Assessment a) {
        return a.missingInputs().stream().map(MissingInput::path).toList();
    }

    @Test
    void noScoresAtAllListsAllTenPathsInTheFormsOrder() {
        Assessment a = EVALUATOR.evaluate(person(CitizenScores.none()));
        assertEquals(Verdict.NOT_DETERMINED, a.verdict());
        assertEquals(Arrays.stream(CitizenInput.values()).map(i -> "$.scores." + i.jsonName()).toList(), missing(a));
        for (MissingInput m : a.missingInputs()) {
            assertTrue(m.indicatorId().startsWith("CDHT."), m.indicatorId());
        }
        assertEquals(Outcome.UNDETERMINED, title(a).outcome());
        assertTrue(a.summaryVi().contains("Cần bổ sung 10 dữ liệu."), a.summaryVi());
    }

    @Test
    void eachBlankIndicatorIsUndeterminedWithItsOwnPath() {
        Assessment a = EVALUATOR.evaluate(person("9", null, "9", "9", "9", "9", "9", "9", "9", "9"));
        IndicatorResult blank = indicator(a, "CDHT.I.2");
        assertEquals(Outcome.UNDETERMINED, blank.outcome());
        assertEquals(Reason.MISSING_INPUT, blank.reason());
        assertEquals(List.of("$.scores.learningPlan"), blank.missingInputs().stream().map(MissingInput::path).toList());
        assertEquals(null, blank.points());
        assertTrue(blank.explanationVi().contains("Chưa có điểm tự đánh giá"), blank.explanationVi());
        assertEquals(Outcome.UNDETERMINED, title(a).results().get(0).outcome(), "group I");
        assertEquals(Outcome.MET, title(a).results().get(1).outcome(), "group II");
    }

    /** Three blanks: 50 known points can still reach 80 (50 + 3 × 10), 49 cannot. */
    @Test
    void blanksLeaveTheTitleOpenOnlyWhileEightyIsStillReachable() {
        Assessment open = EVALUATOR.evaluate(person(null, null, null, "8", "7", "7", "7", "7", "7", "7"));
        assertEquals(Verdict.NOT_DETERMINED, open.verdict());
        assertEquals(3, open.missingInputs().size());
        assertTrue(title(open).explanationVi().contains("còn 30 điểm chưa xác định"), title(open).explanationVi());

        Assessment lost = EVALUATOR.evaluate(person(null, null, null, "7", "7", "7", "7", "7", "7", "7"));
        assertEquals(Verdict.NOT_RECOGNISED, lost.verdict());
        assertEquals(Outcome.NOT_MET, title(lost).outcome());
        assertEquals(3, lost.missingInputs().size(), "the blanks are still listed");
        assertTrue(lost.summaryVi().contains("không đạt danh hiệu"), lost.summaryVi());
    }

    @Test
    void aKnownScoreBelowTheFloorDecidesWhateverIsBlank() {
        Assessment a = EVALUATOR.evaluate(person("3", null, null, null, null, null, null, null, null, null));
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertEquals(Outcome.NOT_MET, indicator(a, "CDHT.I.1").outcome());
        assertEquals(Outcome.NOT_MET, title(a).results().get(0).outcome(), "group I has a score below the floor");
        assertEquals(Outcome.UNDETERMINED, title(a).results().get(2).outcome(), "group III is only blank");
    }

    /**
     * 81 points are given and one score is blank: the total is reached, but the blank score could still fall below
     * the floor, so the title stays open.
     */
    @Test
    void aTotalAlreadyReachedStillWaitsForTheBlankScoreBecauseOfTheFloor() {
        Assessment a = EVALUATOR.evaluate(person(null, "9", "9", "9", "9", "9", "9", "9", "9", "9"));
        assertEquals(Verdict.NOT_DETERMINED, a.verdict());
        assertEquals(List.of("$.scores.keepingInformed"), missing(a));
        assertTrue(a.summaryVi().contains("Điểm đã xác định: 81/100"), a.summaryVi());
    }
}
