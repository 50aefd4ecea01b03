package vn.hoctap.rules.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.subject.Level;

/**
 * Counts that come from people's own results may leave some people undetermined (criteria.md §2): criterion 5 is
 * decided when they cannot change the outcome, and not determined, naming them, when they can.
 */
class Tt25CommunePartlyKnownCountsTest {

    private static IndicatorResult c51(CitizenCounts counts, Level level) {
        CommuneRequests r = new CommuneRequests();
        r.citizens = counts;
        return CommuneRequests.indicator(CommuneRequests.EVALUATOR.evaluate(r.build()), "TT25.X.C5.1", level);
    }

    @Test
    void peopleNotDeterminedCannotTakeAwayAShareAlreadyReached() {
        // 600 of 1000 hold the title: level 1 (60 %) is met whatever the 50 undetermined say.
        IndicatorResult r = c51(new CitizenCounts(1000, 600, 600, 150, 50, 0), Level.LEVEL_1);
        assertEquals(Outcome.MET, r.outcome(), r.explanationVi());
        assertTrue(r.explanationVi().contains("không làm thay đổi kết quả"), r.explanationVi());
    }

    @Test
    void peopleNotDeterminedCannotLiftAShareOutOfReach() {
        // 700 + 50 undetermined of 1000 is at most 75 %: level 2 (80 %) is not met whatever they say.
        IndicatorResult r = c51(new CitizenCounts(1000, 700, 600, 150, 50, 0), Level.LEVEL_2);
        assertEquals(Outcome.NOT_MET, r.outcome(), r.explanationVi());
        assertTrue(r.explanationVi().contains("750/1.000"), r.explanationVi());
    }

    @Test
    void peopleNotDeterminedWhoCouldTipTheShareLeaveItUndeterminedAndAreNamed() {
        // 599 of 1000 hold it and 1 is undetermined: 60 % is reached only if that one earns the title.
        IndicatorResult r = c51(new CitizenCounts(1000, 599, 600, 150, 1, 0), Level.LEVEL_1);
        assertEquals(Outcome.UNDETERMINED, r.outcome(), r.explanationVi());
        assertEquals("$.citizens.learningCitizenNotDetermined", r.missingInputs().get(0).path());
    }

    @Test
    void qualificationsNotStatedAreReadTheSameWayForBothQualificationShares() {
        CommuneRequests r = new CommuneRequests();
        // 500 trained incl. 120 graduates of 1000 reach 50 % and 12 % whatever the 10 unstated are.
        r.citizens = new CitizenCounts(1000, 800, 500, 120, 0, 10);
        assertEquals(Outcome.MET, CommuneRequests.indicator(CommuneRequests.EVALUATOR.evaluate(r.build()),
                "TT25.X.C5.2", Level.LEVEL_1).outcome());
        // 495 trained + 10 unstated could be 50.5 % or 49.5 %: not determined.
        r.citizens = new CitizenCounts(1000, 800, 495, 120, 0, 10);
        assertEquals(Outcome.UNDETERMINED, CommuneRequests.indicator(CommuneRequests.EVALUATOR.evaluate(r.build()),
                "TT25.X.C5.2", Level.LEVEL_1).outcome());
    }
}
