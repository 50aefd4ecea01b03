package vn.hoctap.rules.tt24;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.AdministrativeTier.DISTRICT;
import static vn.hoctap.model.subject.AdministrativeTier.PROVINCE;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.SchoolLevel;

/**
 * Learners given for a unit that has none in the sense of TT 24 Art. 2.8 are left out, and the assessment says so
 * instead of dropping them silently.
 */
class Tt24LearnersNoticeTest {

    private static Optional<Notice> learnersNotice(Assessment a) {
        return a.notices().stream().filter(n -> n.code().equals("LEARNERS_NOT_COUNTED")).findFirst();
    }

    /**
     * Proves that learners given for a state agency and for a lower-secondary school (neither has "Người học")
     * give a warning that names the figure, the article and the field to check, and leave the verdict as it was.
     */
    @Test
    void learnersOfAUnitWithoutLearnersAreLeftOutWithAWarning() {
        for (Tt24Requests unit : List.of(Tt24Requests.districtAgency(),
                Tt24Requests.fullyMet(OrganisationKind.GENERAL_SCHOOL, DISTRICT)
                        .topSchoolLevel(SchoolLevel.LOWER_SECONDARY))) {
            Assessment without = unit.evaluate();
            Assessment with = unit.learners(1240, 3).evaluate();
            Notice n = learnersNotice(with).orElseThrow(() -> new AssertionError(with.notices().toString()));
            assertEquals(Notice.Severity.WARNING, n.severity());
            assertTrue(n.textVi().contains("$.learners: 1.240 người học"), n.textVi());
            assertTrue(n.textVi().contains("khoản 8 Điều 2, 24/2023/TT-BGDĐT"), n.textVi());
            assertTrue(n.textEn().contains("1,240 learners") && n.textEn().contains("$.unit.kind"), n.textEn());
            assertEquals(without.verdict(), with.verdict(), "the figures left out change nothing");
            assertEquals(Optional.empty(), learnersNotice(without));
        }
    }

    /** Proves that learners a unit does have are counted, and then nothing is said about them. */
    @Test
    void learnersThatAreCountedNeedNoNotice() {
        Assessment school = Tt24Requests.fullyMet(OrganisationKind.GENERAL_SCHOOL, PROVINCE).learners(1240, 1212)
                .evaluate();
        assertTrue(school.indicator("TT24.T.C3.1", vn.hoctap.model.subject.Level.LEVEL_1).orElseThrow()
                .measurements().stream().anyMatch(m -> m.input().equals("learners.learningCitizen")));
        assertEquals(Optional.empty(), learnersNotice(school));
    }
}
