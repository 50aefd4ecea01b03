package vn.hoctap.rules.cdht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.cdht.CdhtRequests.all;
import static vn.hoctap.rules.cdht.CdhtRequests.person;

import org.junit.jupiter.api.Test;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.text.AssessmentRenderer;
import vn.hoctap.model.text.Language;
import vn.hoctap.rules.Evaluator;

/** "Công dân học tập" has no levels: its verdict, summary and report all say that the title is earned or not. */
class CdhtVerdictWordsTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    /**
     * Proves that a person who earns the title gets the code LEVEL_1 but the words "đạt danh hiệu", the same in the
     * verdict's words, the summary and the rendered report, and that no "mức độ" is printed anywhere.
     */
    @Test
    void anEarnedTitleIsWordedAsTheTitleEverywhere() {
        Assessment a = EVALUATOR.evaluate(person(all("9")));
        assertEquals(Verdict.LEVEL_1, a.verdict());
        assertFalse(a.hasLevels());
        assertEquals("đạt danh hiệu", a.verdictNames().vi());
        assertTrue(a.summaryVi().contains(": đạt danh hiệu “Công dân học tập”."), a.summaryVi());
        assertTrue(a.summaryEn().contains(": earns the title 'Learning citizen'."), a.summaryEn());
        for (Language l : Language.values()) {
            String report = AssessmentRenderer.text(l).render(a);
            assertTrue(report.contains(l.pick("Kết luận: đạt danh hiệu", "Verdict: earns the title")), report);
            assertFalse(report.contains(l.pick("mức độ", "level 1")), report);
        }
    }

    /** Proves that a person who does not earn the title reads "không đạt danh hiệu", not "not recognised". */
    @Test
    void aTitleNotEarnedIsWordedAsTheTitleNotEarned() {
        Assessment a = EVALUATOR.evaluate(person(all("4")));
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertEquals("does not earn the title", a.verdictNames().en());
        assertTrue(a.summaryVi().contains(": không đạt danh hiệu “Công dân học tập”."), a.summaryVi());
    }
}
