package vn.hoctap.rules.cdht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.cdht.CdhtPacks.integer;
import static vn.hoctap.rules.cdht.CdhtPacks.replacing;
import static vn.hoctap.rules.cdht.CdhtPacks.withParameters;
import static vn.hoctap.rules.cdht.CdhtRequests.all;
import static vn.hoctap.rules.cdht.CdhtRequests.person;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.catalogue.Scoring;
import vn.hoctap.model.catalogue.Status;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.NoSchemeInForceException;

/**
 * The title as a whole: which scheme applies, what the summary says, how long the title is held, what the library
 * does not know about the procedure and the four forms, and that every indicator is marked probable.
 */
class CdhtTitleTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    @Test
    void theNationalPackIsOneLevelPointsSchemeAtCommuneTierWithTenProbableIndicators() {
        Scheme s = EVALUATOR.catalogue().scheme("CDHT").orElseThrow();
        assertEquals(Title.LEARNING_CITIZEN, s.title());
        assertEquals(AdministrativeTier.COMMUNE, s.tier());
        assertEquals(Scoring.POINTS, s.scoring());
        assertEquals(List.of(Level.LEVEL_1), s.levels().stream().map(l -> l.level()).toList());
        assertEquals("324/QĐ-KHVN", s.document());
        assertNull(s.evidenceRule(), "self-assessed scores take no evidence");
        assertFalse(s.procedure().timetableKnown());
        assertNull(s.procedure().authorityTier(), "an association's branch, not a tier of government");
        assertTrue(s.procedure().authorityVi().startsWith("chưa xác định được nguồn"), s.procedure().authorityVi());
        assertFalse(s.procedure().authorityVi().contains("Hội Khuyến học cấp xã"), "UNKNOWN in criteria.md §7");
        var criteria = EVALUATOR.catalogue().criteriaOf(s);
        assertEquals(List.of(4, 4, 2), criteria.stream().map(c -> c.indicators().size()).toList());
        assertTrue(criteria.stream().flatMap(c -> c.indicators().stream())
                .allMatch(i -> i.status() == Status.PROBABLE && i.citation(Level.LEVEL_1).orElseThrow().document()
                        .equals("324/QĐ-KHVN")));
        assertTrue(RulePack.national().contains(RulePack.cdht()));
        // The retention is a default the spec prescribes for an unknown fact (criteria.md §7), not a probable number.
        assertTrue(RulePack.cdht().parameters().parameters().stream().filter(p -> !p.id().equals("CDHT.RETENTION_YEARS"))
                .allMatch(p -> p.values().stream().allMatch(v -> v.status() == Status.PROBABLE)));
        assertTrue(RulePack.cdht().parameters().parameters().stream().filter(p -> p.id().equals("CDHT.RETENTION_YEARS"))
                .allMatch(p -> p.values().stream().allMatch(v -> v.status() == Status.UNKNOWN)));
    }

    @Test
    void theSummaryNamesTheTitleNotALevel() {
        Assessment earned = EVALUATOR.evaluate(person(all("9")));
        assertEquals("Nguyễn Thị Lan — “Công dân học tập”, năm 2024: đạt danh hiệu “Công dân học tập”."
                + " Tổng điểm 90/100, cần ít nhất 80.", earned.summaryVi());
        assertEquals("Nguyễn Thị Lan — Learning citizen, 2024: earns the title 'Learning citizen'."
                + " Total 90 of 100, at least 80 needed.", earned.summaryEn());
        Assessment refused = EVALUATOR.evaluate(person("7.5", "8", "8", "8", "8", "8", "8", "8", "8", "8"));
        assertEquals("Nguyễn Thị Lan — “Công dân học tập”, năm 2024: không đạt danh hiệu “Công dân học tập”."
                + " Tổng điểm 79,5/100, cần ít nhất 80.", refused.summaryVi());
        assertFalse(refused.summaryVi().contains("mức độ"), refused.summaryVi());
    }

    @Test
    void aPersonWithoutANameIsNamedByTheirId() {
        Assessment a = EVALUATOR.evaluate(new CitizenEvaluationRequest(2024, null,
                new Person("079201000123", null, null, null, null), all("9"), null));
        assertEquals("079201000123", a.subjectId());
        assertTrue(a.summaryVi().startsWith("079201000123 — "), a.summaryVi());
    }

    @Test
    void theTitleIsHeldForTheYearItIsAwardedForUnlessAPackSaysOtherwise() {
        Assessment a = EVALUATOR.evaluate(person(all("9")));
        assertEquals(LocalDate.of(2024, 12, 31), a.calendar().validUntil());
        assertNull(EVALUATOR.evaluate(person(all("7"))).calendar().validUntil());

        Evaluator threeYears = withParameters(replacing("CDHT.RETENTION_YEARS", integer("CDHT.RETENTION_YEARS", "3")));
        assertEquals(LocalDate.of(2027, 12, 31), threeYears.evaluate(person(all("9"))).calendar().validUntil());

        Evaluator none = withParameters(replacing("CDHT.RETENTION_YEARS"));
        MissingParameterException m = assertThrows(MissingParameterException.class,
                () -> none.evaluate(person(all("9"))));
        assertEquals("CDHT.RETENTION_YEARS", m.parameterId());
    }

    @Test
    void anEarlierAwardIsHeldThroughItsOwnYearAndNoUpgradeIsRead() {
        // A recognition that says "level 1" with a decision date would make a two-level scheme read its upgrade
        // waiting period; the title has one level, so nothing is read and no number is needed.
        Person p = new Person("P1", "Nguyễn Thị Lan", 1985, TargetGroup.FARMERS_AND_RURAL_WORKERS, List.of(
                new Recognition(Title.LEARNING_CITIZEN, null, null, 2022, null, null),
                new Recognition(Title.LEARNING_CITIZEN, AdministrativeTier.COMMUNE, Level.LEVEL_1, 2023,
                        LocalDate.of(2024, 1, 20), "05/QĐ-KH")));
        Assessment a = EVALUATOR.evaluate(new CitizenEvaluationRequest(2024, null, p, all("9"), null));
        assertEquals(LocalDate.of(2023, 12, 31), a.calendar().currentRecognitionValidUntil());
        assertNull(a.calendar().level2RequestableFrom());
    }

    @Test
    void theUnknownProcedureLeavesTheDeadlinesOutAndSaysSo() {
        Assessment a = EVALUATOR.evaluate(person(all("9")));
        assertNull(a.calendar().dossierDueBefore());
        assertNull(a.calendar().decisionDueBefore());
        assertNull(a.calendar().decisionWithinWorkingDays());
        Notice n = notice(a, "PROCEDURE_UNKNOWN");
        assertEquals(Notice.Severity.INFO, n.severity());
        assertTrue(n.textVi().contains("thư viện không biết ai xác nhận danh hiệu"), n.textVi());
        assertTrue(a.notices().stream().noneMatch(x -> x.code().contains("ABOLISHED")));
    }

    @Test
    void theTargetGroupIsKeptAsANoticeAndEveryIndicatorIsProbable() {
        Assessment a = EVALUATOR.evaluate(person(all("9")));
        assertTrue(notice(a, "TARGET_GROUP").textVi().contains("nông dân, lao động nông thôn"));
        assertTrue(notice(a, "TARGET_GROUP").textEn().contains("farmers and rural workers"));
        notice(a, "PROBABLE_CRITERIA");
        Assessment unstated = EVALUATOR.evaluate(new CitizenEvaluationRequest(2024, null,
                new Person("P2", null, null, null, null), all("9"), null));
        assertTrue(notice(unstated, "TARGET_GROUP").textVi().contains("Không nêu nhóm đối tượng"));
    }

    @Test
    void theSchemeAppliesFromTheDecisionsDate() {
        CitizenEvaluationRequest before = new CitizenEvaluationRequest(2023, LocalDate.of(2023, 10, 24),
                new Person("P1", null, null, null, null), all("9"), null);
        assertThrows(NoSchemeInForceException.class, () -> EVALUATOR.evaluate(before));
        CitizenEvaluationRequest on = new CitizenEvaluationRequest(2023, LocalDate.of(2023, 10, 25),
                new Person("P1", null, null, null, null), all("9"), null);
        assertEquals(Verdict.LEVEL_1, EVALUATOR.evaluate(on).verdict());
    }

    private static Notice notice(Assessment a, String code) {
        return a.notices().stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no notice " + code + " in " + a.notices()));
    }
}
