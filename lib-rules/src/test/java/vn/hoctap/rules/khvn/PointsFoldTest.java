package vn.hoctap.rules.khvn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.khvn.Khvn.goodPupil;
import static vn.hoctap.rules.khvn.Khvn.learningAdult;
import static vn.hoctap.rules.khvn.Khvn.parameter;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.model.request.LiteracyLevel;
import vn.hoctap.model.request.MemberLearning;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;

/**
 * Every branch of the points fold (engine/Points.java, Check.earned) on the 2016-2020 household scheme with the example
 * numbers: indicator maxima, criterion caps and minima, pass mark, floors, mandatory indicators, undetermined totals
 * and full points for what does not apply. With the example, the model household earns 30 + 20 + 20 + 20 = 90 points
 * and the pass mark is 80.
 */
class PointsFoldTest {
    private static final String G = "KHVN.GD.2016";

    /** An adult who is not literate (the 2.1 share drops below 80 %) but studied a topic. */
    private static MemberLearning illiterateAdult() {
        return new MemberLearning(null, null, null, null, null, LiteracyLevel.NOT_LITERATE, true, null);
    }

    /** A pupil who is not honest, polite and active (the 1.3 share drops below 100 %). */
    private static MemberLearning restlessPupil() {
        return new MemberLearning(true, false, true, true, false, null, null, null);
    }

    private static LevelResult level(Assessment a) {
        return a.level(Level.LEVEL_1).orElseThrow();
    }

    private static CriterionResult criterion(Assessment a, String id) {
        return level(a).results().stream().filter(c -> c.criterionId().equals(id)).findFirst().orElseThrow();
    }

    private static IndicatorResult indicator(Assessment a, String id) {
        return a.indicator(id, Level.LEVEL_1).orElseThrow();
    }

    @Test
    void everyIndicatorMetEarnsEveryPoint() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.model2019().build());
        assertEquals(Verdict.LEVEL_1, a.verdict(), a.summaryVi());
        assertEquals(0, new BigDecimal(90).compareTo(level(a).points()));
        assertEquals(0, new BigDecimal(90).compareTo(level(a).maxPoints()));
        assertEquals(0, new BigDecimal(80).compareTo(level(a).passMark()));
        assertEquals(0, BigDecimal.TEN.compareTo(indicator(a, G + ".C1.1").points()));
        assertEquals(0, new BigDecimal(20).compareTo(indicator(a, G + ".C3.1").points()));
    }

    @Test
    void anIndicatorNotMetEarnsNothingAndTheTotalDecidesAtThePassMark() {
        Assessment oneShort = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(8, goodPupil())
                .member(40, learningAdult()).member(42, illiterateAdult()).build());
        assertEquals(Outcome.NOT_MET, indicator(oneShort, G + ".C2.1").outcome());
        assertEquals(0, BigDecimal.ZERO.compareTo(indicator(oneShort, G + ".C2.1").points()));
        assertEquals(0, new BigDecimal(80).compareTo(level(oneShort).points()));
        assertEquals(Verdict.LEVEL_1, oneShort.verdict(), "80 of 90 reaches a pass mark of 80");

        Assessment twoShort = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(8, restlessPupil())
                .member(40, learningAdult()).member(42, illiterateAdult()).build());
        assertEquals(0, new BigDecimal(70).compareTo(level(twoShort).points()));
        assertEquals(Verdict.NOT_RECOGNISED, twoShort.verdict(), "70 of 90 does not reach 80");
        assertTrue(level(twoShort).explanationVi().startsWith("Tổng điểm 70/90; cần ít nhất 80 điểm"),
                level(twoShort).explanationVi());
    }

    @Test
    void thePassMarkIsComparedExactly() {
        Assessment a = Khvn.example(parameter(G + ".PASS_MARK", ParameterType.POINTS, "80.5"))
                .evaluate(Khvn.household(2019).member(8, goodPupil()).member(40, learningAdult())
                        .member(42, illiterateAdult()).build());
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict(), "80 is below 80.5");
    }

    @Test
    void indicatorsThatDoNotApplyEarnTheirMaximum() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(40, learningAdult())
                .member(42, learningAdult()).build());
        for (String id : List.of(G + ".C1.1", G + ".C1.2", G + ".C1.3")) {
            assertEquals(Outcome.NOT_APPLICABLE, indicator(a, id).outcome(), id);
            assertEquals(0, BigDecimal.TEN.compareTo(indicator(a, id).points()), id);
        }
        assertEquals(0, new BigDecimal(30).compareTo(criterion(a, G + ".C1").points()));
        assertEquals(Verdict.LEVEL_1, a.verdict(), a.summaryVi());
    }

    @Test
    void aCriterionCapLimitsWhatItsIndicatorsAddUpTo() {
        Assessment a = Khvn.example(parameter(G + ".C1.1.MAX_POINTS", ParameterType.POINTS, "15"))
                .evaluate(Khvn.model2019().build());
        assertEquals(0, new BigDecimal(15).compareTo(indicator(a, G + ".C1.1").points()));
        assertEquals(0, new BigDecimal(30).compareTo(criterion(a, G + ".C1").points()), "35 capped at 30");
        assertEquals(0, new BigDecimal(30).compareTo(criterion(a, G + ".C1").maxPoints()));
        assertEquals(0, new BigDecimal(90).compareTo(level(a).maxPoints()));
    }

    @Test
    void aCriterionShortOfItsMinimumFailsTheLevelWhateverTheTotal() {
        Evaluator withMinimum = Khvn.example(parameter(G + ".C1.MIN_POINTS", ParameterType.POINTS, "30"));
        Assessment a = withMinimum.evaluate(Khvn.household(2019).member(8, restlessPupil())
                .member(40, learningAdult()).member(42, learningAdult()).build());
        assertEquals(0, new BigDecimal(80).compareTo(level(a).points()), "80 reaches the pass mark");
        assertEquals(Outcome.NOT_MET, criterion(a, G + ".C1").outcome());
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertTrue(level(a).explanationVi().contains("tiêu chí không đủ điểm tối thiểu: 1"), level(a).explanationVi());

        assertEquals(Verdict.LEVEL_1, withMinimum.evaluate(Khvn.model2019().build()).verdict(), "30 of 30 is enough");
    }

    @Test
    void anIndicatorBelowItsFloorFailsTheLevelWhateverTheTotal() {
        Assessment a = Khvn.example(parameter(G + ".C2.1.MIN_POINTS", ParameterType.POINTS, "5"))
                .evaluate(Khvn.household(2019).member(8, goodPupil()).member(40, learningAdult())
                        .member(42, illiterateAdult()).build());
        assertEquals(0, new BigDecimal(80).compareTo(level(a).points()));
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertTrue(level(a).explanationVi().contains("chỉ tiêu dưới mức sàn: 2.1"), level(a).explanationVi());
        assertTrue(level(a).explanationEn().contains("indicators below the floor: 2.1"), level(a).explanationEn());
    }

    @Test
    void aSchemeWideFloorAppliesToEveryIndicatorUnlessOneHasItsOwn() {
        var request = Khvn.household(2019).member(8, goodPupil()).member(40, learningAdult())
                .member(42, illiterateAdult()).build();
        Assessment schemeFloor = Khvn.example(parameter(G + ".MIN_INDICATOR_POINTS", ParameterType.POINTS, "5"))
                .evaluate(request);
        assertEquals(Verdict.NOT_RECOGNISED, schemeFloor.verdict());
        Assessment ownFloor = Khvn.example(parameter(G + ".MIN_INDICATOR_POINTS", ParameterType.POINTS, "5"),
                parameter(G + ".C2.1.MIN_POINTS", ParameterType.POINTS, "0")).evaluate(request);
        assertEquals(Verdict.LEVEL_1, ownFloor.verdict(), "indicator 2.1's own floor of 0 replaces the scheme's 5");
    }

    @Test
    void aFloorDefinedWithoutAValueIsRefusedNotIgnored() {
        MissingParameterException e = assertThrows(MissingParameterException.class,
                () -> Khvn.example(Khvn.unset(G + ".MIN_INDICATOR_POINTS", ParameterType.POINTS))
                        .evaluate(Khvn.model2019().build()));
        assertEquals(G + ".MIN_INDICATOR_POINTS", e.parameterId());
    }

    /** The national layer with indicator {@code id} made mandatory, and the example numbers above it. */
    private static Evaluator withMandatory(String id) {
        RulePack khvn = RulePack.khvn();
        List<CriterionDefinition> criteria = khvn.catalogue().criteria().stream().map(c -> new CriterionDefinition(
                c.id(), c.number(), c.nameVi(), c.nameEn(), c.indicators().stream().map(i -> !i.id().equals(id) ? i
                        : new IndicatorDefinition(i.id(), i.number(), i.nameVi(), i.nameEn(), i.citations(), i.status(),
                        i.effectiveFrom(), i.effectiveTo(), i.applicabilityVi(), i.applicabilityEn(),
                        i.interpretationVi(), i.interpretationEn(), true)).toList())).toList();
        RulePack mandatory = new RulePack(khvn.name(), khvn.kieBase(),
                new Catalogue(criteria, khvn.catalogue().schemes()), khvn.parameters());
        return Evaluator.of(List.of(mandatory, Khvn.numbers(Khvn.EXAMPLE_NUMBERS)));
    }

    @Test
    void aMandatoryIndicatorNotMetFailsTheLevelWhateverTheTotal() {
        Assessment a = withMandatory(G + ".C2.1").evaluate(Khvn.household(2019).member(8, goodPupil())
                .member(40, learningAdult()).member(42, illiterateAdult()).build());
        assertEquals(0, new BigDecimal(80).compareTo(level(a).points()));
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertTrue(level(a).explanationVi().contains("chỉ tiêu bắt buộc không đạt: 2.1"), level(a).explanationVi());
    }

    @Test
    void aMandatoryIndicatorThatDoesNotApplyDoesNotFailTheLevel() {
        Assessment a = withMandatory(G + ".C1.1").evaluate(Khvn.household(2019).member(40, learningAdult())
                .member(42, learningAdult()).build());
        assertEquals(Outcome.NOT_APPLICABLE, indicator(a, G + ".C1.1").outcome());
        assertEquals(Verdict.LEVEL_1, a.verdict());
    }

    @Test
    void missingDataLeaveTheLevelOpenWhileThePassMarkIsStillReachable() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.model2019().statements(null, true).build());
        assertEquals(Outcome.UNDETERMINED, indicator(a, G + ".C3.1").outcome());
        assertNull(indicator(a, G + ".C3.1").points());
        assertEquals(0, new BigDecimal(70).compareTo(level(a).points()), "the open 20 points are not counted");
        assertEquals(Outcome.UNDETERMINED, level(a).outcome());
        assertEquals(Verdict.NOT_DETERMINED, a.verdict());
        assertTrue(level(a).explanationVi().contains("còn 20 điểm chưa xác định"), level(a).explanationVi());
        assertEquals("$.statements.learningConditions", a.missingInputs().get(0).path());
    }

    @Test
    void missingDataCannotSaveALevelThatCannotReachThePassMark() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(8, restlessPupil())
                .member(40, learningAdult()).member(42, illiterateAdult()).statements(null, true).build());
        // 20 + 0 + 10 + open 20 + 20: at most 70 of 90, below 80
        assertEquals(Outcome.NOT_MET, level(a).outcome());
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
    }

    @Test
    void missingDataCannotSaveALevelThatAFloorAlreadyFails() {
        Assessment a = Khvn.example(parameter(G + ".C2.1.MIN_POINTS", ParameterType.POINTS, "5"))
                .evaluate(Khvn.household(2019).member(8, goodPupil()).member(40, learningAdult())
                        .member(42, illiterateAdult()).statements(null, true).build());
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
    }
}
