package vn.hoctap.rules.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.LowerSecondaryFigures;
import vn.hoctap.model.request.PrimaryFigures;
import vn.hoctap.model.request.RecognisedUniversalEducation;
import vn.hoctap.model.request.UniversalEducation;
import vn.hoctap.model.request.UniversalEducationFigures;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;

/** Missing data give "not determined" with the JSON paths that would decide it, never "not recognised". */
class Tt25CommuneMissingDataTest {

    private static Set<String> paths(Assessment a) {
        Set<String> paths = new TreeSet<>();
        a.missingInputs().forEach(m -> paths.add(m.path()));
        return paths;
    }

    @Test
    void anEmptyRequestJudgesAllFifteenIndicatorsAsUndeterminedAndListsWhatIsMissing() {
        Assessment a = CommuneRequests.EVALUATOR.evaluate(new CommuneEvaluationRequest(2024, null,
                CommuneRequests.commune(null, null, List.of()), null, null, null, null));
        assertEquals(Verdict.NOT_DETERMINED, a.verdict());
        for (Level level : Level.values()) {
            List<IndicatorResult> all = a.level(level).orElseThrow().results().stream()
                    .flatMap(c -> c.indicators().stream()).toList();
            assertEquals(15, all.size());
            all.forEach(i -> assertEquals(Outcome.UNDETERMINED, i.outcome(), i.indicatorId()));
        }
        assertEquals(new TreeSet<>(List.of("$.attestations.awarenessRaising", "$.attestations.learningSocietyPlan",
                "$.attestations.lifelongLearningWeek", "$.attestations.stateBudget", "$.attestations.socialResources",
                "$.attestations.coordinationMechanism", "$.attestations.communityLearningCentre",
                "$.attestations.publicLibrary", "$.attestations.cultureSportsCentre",
                "$.universalEducation.recognised.preschool5", "$.universalEducation.recognised.primary",
                "$.universalEducation.recognised.lowerSecondary", "$.universalEducation.recognised.literacy",
                "$.citizens.total", "$.citizens.learningCitizen", "$.commune.disadvantaged")), paths(a));
    }

    @Test
    void eachMissingCitizenCountIsNamed() {
        CommuneRequests r = new CommuneRequests();
        r.citizens = new CitizenCounts(1000, null, 600, null);
        Assessment a = r.evaluate();
        assertEquals(Set.of("$.citizens.learningCitizen", "$.citizens.universityDegree"), paths(a));
        assertEquals(Outcome.UNDETERMINED, CommuneRequests.indicator(a, "TT25.X.C5.2", Level.LEVEL_1).outcome());
        // A count that fails decides, whatever the missing one would say.
        r.citizens = new CitizenCounts(1000, 800, 10, null);
        assertEquals(Outcome.NOT_MET, CommuneRequests.indicator(r.evaluate(), "TT25.X.C5.2", Level.LEVEL_1).outcome());
        r.citizens = new CitizenCounts(null, 800, 600, 150);
        assertEquals(Set.of("$.citizens.total"), paths(r.evaluate()));
    }

    @Test
    void aRecognisedStatusLeftOutIsNamed() {
        CommuneRequests r = new CommuneRequests();
        RecognisedUniversalEducation top = CommuneRequests.topRecognised();
        r.universalEducation = UniversalEducation.recognised(new RecognisedUniversalEducation(top.preschool5(),
                top.primary(), null, top.literacy()));
        Assessment a = r.evaluate();
        assertEquals(Set.of("$.universalEducation.recognised.lowerSecondary"), paths(a));
        assertEquals(Verdict.NOT_DETERMINED, a.verdict());
    }

    /** From figures: a group left out, a figure left out, and the especially-difficult flag left out. */
    @Test
    void missingFiguresAndTheFlagAreNamed() {
        UniversalEducationFigures t = CommuneRequests.topFigures();
        CommuneRequests r = new CommuneRequests().figures(new UniversalEducationFigures(t.preschool5(),
                new PrimaryFigures(100, 100, null, 400, 100, 100, 0), null, t.literacy()));
        Assessment a = r.evaluate();
        assertEquals(Set.of("$.universalEducation.figures.primary.childrenUpTo14",
                "$.universalEducation.figures.lowerSecondary"), paths(a));
        IndicatorResult i = CommuneRequests.indicator(a, "TT25.X.C4.3", Level.LEVEL_2);
        assertEquals(Outcome.UNDETERMINED, i.outcome());
        assertTrue(i.missingInputs().stream().map(MissingInput::path).toList()
                .contains("$.universalEducation.figures.primary.childrenUpTo14"), "Art. 14.2.a reads primary figures");
        r.especiallyDifficult = null;
        r.figures(t);
        Assessment noFlag = r.evaluate();
        assertEquals(Set.of("$.commune.especiallyDifficult"), paths(noFlag));
        for (String id : List.of("TT25.X.C4.1", "TT25.X.C4.2", "TT25.X.C4.3", "TT25.X.C4.4")) {
            assertEquals(Outcome.UNDETERMINED, CommuneRequests.indicator(noFlag, id, Level.LEVEL_1).outcome(), id);
        }
        // Still without the flag: Art. 9.2.a has one figure for every commune, and failing it decides.
        r.figures(new UniversalEducationFigures(t.preschool5(), new PrimaryFigures(100, 89, 400, 400, 100, 100, 0),
                new LowerSecondaryFigures(400, 400, 400), t.literacy()));
        assertEquals(Outcome.NOT_MET, CommuneRequests.indicator(r.evaluate(), "TT25.X.C4.2", Level.LEVEL_1).outcome());
    }

    /** TT 25 requires no evidence: figures that reach the level count without it, and the explanation says so. */
    @Test
    void figuresWithoutEvidenceAreMetAndSaySo() {
        CommuneRequests r = new CommuneRequests().figures(CommuneRequests.topFigures());
        IndicatorResult given = CommuneRequests.indicator(r.evaluate(), "TT25.X.C4.4", Level.LEVEL_1);
        assertEquals(1, given.measurements().get(0).evidenceCount(), "evidence is counted in the measurement");
        r.withoutEvidence(vn.hoctap.model.request.CommuneInput.LITERACY_FIGURES);
        Assessment a = r.evaluate();
        assertEquals(Verdict.LEVEL_2, a.verdict(), a.summaryEn());
        IndicatorResult i = CommuneRequests.indicator(a, "TT25.X.C4.4", Level.LEVEL_1);
        assertEquals(Outcome.MET, i.outcome(), i.explanationVi());
        assertEquals(vn.hoctap.model.result.Reason.REQUIREMENT_MET, i.reason());
        assertEquals(0, i.measurements().get(0).evidenceCount());
        assertTrue(i.explanationVi().contains("không có minh chứng, không bắt buộc"), i.explanationVi());
        assertTrue(i.explanationEn().contains("no evidence given, none required"), i.explanationEn());
    }
}
