package vn.hoctap.rules.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.ParameterValue;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.RecognitionCalendar;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.NoSchemeInForceException;

/**
 * The commune scheme as a whole: its shape in the catalogue, the procedure of TT 25 Art. 9 (dossier, decision,
 * deciding authority), the calendar (Art. 5.4 retention, level-2 waiting period), the notice on the abolished
 * district tier, and the refusal to guess a number no pack supplies.
 */
class Tt25CommuneProcedureTest {
    private static final String TT25 = "25/2023/TT-BGDĐT";

    private static Scheme scheme() {
        return CommuneRequests.EVALUATOR.catalogue().scheme("TT25.X").orElseThrow();
    }

    @Test
    void theSchemeHasFiveCriteriaAndFifteenIndicatorsAtBothLevelsEachCited() {
        Scheme s = scheme();
        assertEquals(Title.LEARNING_COMMUNITY, s.title());
        assertEquals(AdministrativeTier.COMMUNE, s.tier());
        assertEquals(LocalDate.of(2024, 2, 12), s.effectiveFrom());
        List<CriterionDefinition> criteria = CommuneRequests.EVALUATOR.catalogue().criteriaOf(s);
        assertEquals(List.of("TT25.X.C1", "TT25.X.C2", "TT25.X.C3", "TT25.X.C4", "TT25.X.C5"),
                criteria.stream().map(CriterionDefinition::id).toList());
        assertEquals(List.of(3, 3, 3, 4, 2), criteria.stream().map(c -> c.indicators().size()).toList());
        for (CriterionDefinition c : criteria) {
            for (IndicatorDefinition i : c.indicators()) {
                assertTrue(i.id().matches("TT25\\.X\\.C[1-5]\\.[1-4]"), i.id());
                // Criteria 1-3 are stated in Art. 6 and repeated by reference in Art. 7; 4-5 differ by level.
                int level2Article = c.number() <= 3 ? 6 : 7;
                assertEquals(6, i.citation(Level.LEVEL_1).orElseThrow().article(), i.id());
                assertEquals(level2Article, i.citation(Level.LEVEL_2).orElseThrow().article(), i.id());
                assertEquals(c.number(), i.citation(Level.LEVEL_1).orElseThrow().clause(), i.id());
            }
        }
    }

    /** Parameters belong to an indicator or to the scheme by their id, and every value is cited with a status. */
    @Test
    void everyParameterIsNamedAfterWhatItServesAndCited() {
        Set<String> owners = new TreeSet<>(List.of("TT25.X"));
        CommuneRequests.EVALUATOR.catalogue().criteriaOf(scheme())
                .forEach(c -> c.indicators().forEach(i -> owners.add(i.id())));
        for (ParameterDefinition p : RulePack.tt25().parameters().parameters()) {
            // The district and province parts share the pack; their own test checks their parameters.
            if (!p.id().startsWith("TT25.X.")) {
                continue;
            }
            assertTrue(owners.stream().anyMatch(o -> p.id().startsWith(o + ".")), p.id());
            for (ParameterValue v : p.values()) {
                assertTrue(v.citation().document().equals(TT25) || v.citation().document().equals("20/2014/NĐ-CP"),
                        p.id());
                assertTrue(v.citation().article() != null, p.id());
            }
        }
    }

    /** Art. 9.1.d, 9.2.đ, 9.3: dossier to the district office before 28/02, decision by its head before 31/03. */
    @Test
    void theProcedureFollowsArticle9() {
        var p = scheme().procedure();
        assertEquals("Trưởng phòng Giáo dục và Đào tạo", p.authorityVi());
        assertEquals(AdministrativeTier.DISTRICT, p.authorityTier());
        assertEquals(9, p.authorityCitation().article());
        assertEquals("đ", p.authorityCitation().point());
        RecognitionCalendar cal = new CommuneRequests().evaluate().calendar();
        assertEquals(LocalDate.of(2025, 2, 28), cal.dossierDueBefore());
        assertEquals(LocalDate.of(2025, 3, 31), cal.decisionDueBefore());
        // Art. 5.4: kept for the 3 years following the year recognised.
        assertEquals(LocalDate.of(2027, 12, 31), cal.validUntil());
    }

    @Test
    void level2MayBeAskedForTwelveMonthsAfterTheLevel1Decision() {
        CommuneRequests r = new CommuneRequests();
        r.recognitions = List.of(new Recognition(Title.LEARNING_COMMUNITY, AdministrativeTier.COMMUNE, Level.LEVEL_1,
                2023, LocalDate.of(2024, 3, 20), "125/QĐ-PGDĐT"));
        Assessment a = r.evaluate();
        assertEquals(LocalDate.of(2025, 3, 20), a.calendar().level2RequestableFrom());
        assertEquals(LocalDate.of(2026, 12, 31), a.calendar().currentRecognitionValidUntil());
        // 20/03/2025 is after the dossier deadline 28/02/2025: level 2 cannot be asked for this round.
        assertEquals(Verdict.LEVEL_2, a.verdict());
        assertTrue(codes(a).contains("LEVEL_2_NOT_YET_REQUESTABLE"), a.notices().toString());
        r.recognitions = List.of(new Recognition(Title.LEARNING_COMMUNITY, AdministrativeTier.COMMUNE, Level.LEVEL_1,
                2022, LocalDate.of(2023, 2, 27), "12/QĐ-PGDĐT"));
        assertFalse(codes(r.evaluate()).contains("LEVEL_2_NOT_YET_REQUESTABLE"));
    }

    /**
     * The head of the district education office decides; the district tier is gone from 01/07/2025. A 2024
     * evaluation is decided by 31/03/2025 and needs no notice; a 2025 one (decided in 2026), or any evaluation dated
     * from 01/07/2025, must say that the authority no longer exists.
     */
    @Test
    void aDecisionDueAfterTheDistrictTierWasAbolishedIsFlagged() {
        CommuneRequests r = new CommuneRequests();
        assertFalse(codes(r.evaluate()).contains("AUTHORITY_TIER_ABOLISHED"));
        r.referenceDate = LocalDate.of(2025, 6, 30);
        assertFalse(codes(r.evaluate()).contains("AUTHORITY_TIER_ABOLISHED"));
        r.referenceDate = LocalDate.of(2025, 7, 1);
        assertTrue(codes(r.evaluate()).contains("AUTHORITY_TIER_ABOLISHED"));
        r.referenceDate = null;
        r.year = 2025;
        Assessment a = r.evaluate();
        Notice n = a.notices().stream().filter(x -> x.code().equals("AUTHORITY_TIER_ABOLISHED")).findFirst()
                .orElseThrow(() -> new AssertionError(a.notices().toString()));
        // What changed and its status, criteria.md §9: the provincial department from 01/07/2025, probable.
        assertTrue(n.textVi().contains("Giám đốc Sở Giáo dục và Đào tạo quyết định trước 31/03")
                && n.textVi().contains("01/07/2025") && n.textVi().contains("chưa kiểm chứng đầy đủ"), n.textVi());
        assertTrue(n.textEn().contains("probable"), n.textEn());
        assertEquals(Notice.Severity.INFO, n.severity());
        assertEquals("Giám đốc Sở Giáo dục và Đào tạo", a.calendar().authorityVi());
        assertEquals("Sở Giáo dục và Đào tạo", a.calendar().dossierRecipientVi());
        assertEquals(vn.hoctap.model.catalogue.Status.PROBABLE, a.calendar().authorityStatus());
        assertFalse(codes(a).contains("TIER_ABOLISHED"), "the commune tier itself still exists");
    }

    @Test
    void beforeTheCircularWasInForceNoSchemeApplies() {
        CommuneRequests r = new CommuneRequests();
        r.year = 2023;
        assertThrows(NoSchemeInForceException.class, r::evaluate);
        r.referenceDate = LocalDate.of(2024, 2, 12);
        assertEquals(Verdict.LEVEL_2, r.evaluate().verdict());
    }

    /** An NĐ 20 threshold no pack supplies stops the evaluation, naming the parameter, instead of being guessed. */
    @Test
    void aMissingNd20ThresholdStopsTheEvaluationAndNamesIt() {
        RulePack national = RulePack.tt25();
        String id = "TT25.X.ND20.ART9.GRADE_1_AGED_6.MIN_PERCENT";
        ParameterSet without = new ParameterSet("national", national.parameters().parameters().stream()
                .filter(p -> !p.id().equals(id)).toList());
        Evaluator incomplete = Evaluator.of(List.of(new RulePack("national", national.kieBase(),
                national.catalogue(), without)));
        CommuneRequests r = new CommuneRequests().figures(CommuneRequests.topFigures());
        MissingParameterException e = assertThrows(MissingParameterException.class,
                () -> incomplete.evaluate(r.build()));
        assertEquals(id, e.parameterId());
        // The recognised path does not read it.
        assertEquals(Verdict.LEVEL_2, incomplete.evaluate(new CommuneRequests().build()).verdict());
    }

    private static Set<String> codes(Assessment a) {
        Set<String> codes = new TreeSet<>();
        a.notices().forEach(n -> codes.add(n.code()));
        return codes;
    }

    @Test
    void aCommuneMeetingNothingButStatementsAndEvidenceIsNotRecognised() {
        CommuneRequests r = new CommuneRequests();
        r.citizens = new vn.hoctap.model.request.CitizenCounts(1000, 0, 0, 0);
        Assessment a = r.evaluate();
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertNull(a.calendar().validUntil());
    }
}
