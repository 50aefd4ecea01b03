package vn.hoctap.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.RecognitionTimeline;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.engine.NoSchemeInForceException;

/** The dates that follow from a recognition already decided (TT 24 Art. 5.3-5.4, 10, 11.3-11.4, 16). */
class RecognitionTimelineTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    private static Recognition unit(AdministrativeTier tier, Level level, int year, LocalDate decided) {
        return new Recognition(Title.LEARNING_UNIT, tier, level, year, decided, "12/QĐ-UBND");
    }

    @Test
    void provinceLevelOneRecognitionGivesDeadlinesUpgradeDateValidityAndReRecognition() {
        RecognitionTimeline t = EVALUATOR.timeline(
                unit(AdministrativeTier.PROVINCE, Level.LEVEL_1, 2024, LocalDate.of(2025, 2, 10)));
        assertEquals("TT24.T", t.schemeId());
        // Art. 16: dossier before 15/01, decision before 15/02 of the following year.
        assertEquals(LocalDate.of(2025, 1, 15), t.dossierDueBefore());
        assertEquals(LocalDate.of(2025, 2, 15), t.decisionDueBefore());
        // Art. 11.3: 12 months after the level-1 decision.
        assertEquals(LocalDate.of(2026, 2, 10), t.level2RequestableFrom());
        // Art. 11.4: kept for the 3 years following the year recognised.
        assertEquals(LocalDate.of(2027, 12, 31), t.validUntil());
        assertEquals(2027, t.reRecognitionYear());
        assertEquals(LocalDate.of(2028, 1, 15), t.reRecognitionDossierDueBefore());
        assertTrue(t.notices().isEmpty(), t.notices().toString());
    }

    /**
     * Proves that a "Công dân học tập" award, whose procedure has no known timetable, has a timeline without dossier
     * dates, kept for its year only under the national retention (CDHT.RETENTION_YEARS = 0, the library's reading).
     */
    @Test
    void aLearningCitizenAwardHasNoDossierDatesAndIsKeptForItsYear() {
        RecognitionTimeline t = EVALUATOR.timeline(new Recognition(Title.LEARNING_CITIZEN, AdministrativeTier.COMMUNE,
                Level.LEVEL_1, 2025, null, null));
        assertEquals("CDHT", t.schemeId());
        assertNull(t.dossierDueBefore());
        assertNull(t.decisionDueBefore());
        assertNull(t.decisionWithinWorkingDays());
        assertNull(t.reRecognitionDossierDueBefore());
        assertEquals(LocalDate.of(2025, 12, 31), t.validUntil());
        assertEquals(2025, t.reRecognitionYear());
    }

    @Test
    void levelTwoOrUnknownDecisionDateHasNoUpgradeDate() {
        assertNull(EVALUATOR.timeline(unit(AdministrativeTier.PROVINCE, Level.LEVEL_2, 2024,
                LocalDate.of(2025, 2, 10))).level2RequestableFrom());
        assertNull(EVALUATOR.timeline(unit(AdministrativeTier.PROVINCE, Level.LEVEL_1, 2024, null))
                .level2RequestableFrom());
    }

    @Test
    void districtRecognitionWhoseReRecognitionFallsAfterTheTierWasAbolishedSaysSo() {
        RecognitionTimeline t = EVALUATOR.timeline(
                unit(AdministrativeTier.DISTRICT, Level.LEVEL_1, 2024, LocalDate.of(2025, 2, 1)));
        assertEquals(LocalDate.of(2027, 12, 31), t.validUntil());
        Notice n = t.notices().stream().filter(x -> x.code().equals("TIER_ABOLISHED")).findFirst().orElseThrow();
        assertTrue(n.textVi().contains("01/07/2025") && n.textVi().contains("cấp huyện"), n.textVi());
        assertTrue(n.textEn().contains("2025-07-01"), n.textEn());
    }

    @Test
    void aRecognitionBeforeTheTextWasInForceIsRefusedNamingTheSchemesKnown() {
        NoSchemeInForceException e = assertThrows(NoSchemeInForceException.class, () -> EVALUATOR.timeline(
                unit(AdministrativeTier.PROVINCE, Level.LEVEL_1, 2022, null)));
        assertTrue(e.getMessage().contains("TT24.T"), e.getMessage());
    }

    @Test
    void aRecognitionWithoutTierIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EVALUATOR.timeline(
                new Recognition(Title.LEARNING_UNIT, null, Level.LEVEL_1, 2024, null, null)));
        assertTrue(e.getMessage().contains("no tier"), e.getMessage());
    }
}
