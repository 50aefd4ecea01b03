package vn.hoctap.rules.khvn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.khvn.Khvn.goodPupil;
import static vn.hoctap.rules.khvn.Khvn.learningAdult;
import static vn.hoctap.rules.khvn.Khvn.unable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.LearningInability;
import vn.hoctap.model.request.MemberLearning;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.subject.Level;

/**
 * How a household's shares are counted: who is in an indicator's population (age band, pupils), who is left out
 * (members unable to learn, said in the sentence), what happens when nobody is left, and which JSON paths are named
 * when a fact is missing.
 */
class HouseholdShareTest {
    private static final String G = "KHVN.GD.2016";

    private static IndicatorResult indicator(Assessment a, String id) {
        return a.indicator(id, Level.LEVEL_1).orElseThrow();
    }

    private static Measurement measurement(Assessment a, String id) {
        return indicator(a, id).measurements().get(0);
    }

    /** A child of school age who neither attends school nor has completed universal education. */
    private static MemberLearning outOfSchool() {
        return new MemberLearning(false, false, null, null, true, null, null, null);
    }

    @Test
    void aChildUnableToLearnIsLeftOutOfTheCountAndTheSentenceSaysSo() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(8, goodPupil())
                .member(10, unable(LearningInability.DISABILITY)).member(40, learningAdult()).build());
        Measurement m = measurement(a, G + ".C1.1");
        assertEquals(Outcome.MET, m.outcome());
        assertEquals(1, m.numerator());
        assertEquals(1, m.denominator());
        assertTrue(m.textVi().contains("không tính 1 người không có khả năng học tập (khuyết tật: 1)"), m.textVi());
        assertTrue(m.textEn().contains("1 unable to learn left out (disability: 1)"), m.textEn());
    }

    @Test
    void theSameChildAbleToLearnButOutOfSchoolCountsAgainstTheHousehold() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(8, goodPupil()).member(10, outOfSchool())
                .member(40, learningAdult()).build());
        Measurement m = measurement(a, G + ".C1.1");
        assertEquals(Outcome.NOT_MET, m.outcome());
        assertEquals(1, m.numerator());
        assertEquals(2, m.denominator());
        assertTrue(!m.textVi().contains("không tính"), m.textVi());
    }

    @Test
    void exclusionsAreCountedByReason() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(30, learningAdult())
                .member(35, unable(LearningInability.ILLNESS)).member(45, unable(LearningInability.DISABILITY))
                .member(50, unable(LearningInability.ILLNESS)).build());
        Measurement m = measurement(a, G + ".C2.1");
        assertEquals(1, m.denominator());
        assertTrue(m.textVi().contains("không tính 3 người không có khả năng học tập (ốm đau: 2; khuyết tật: 1)"),
                m.textVi());
    }

    @Test
    void aMemberUnableToLearnOutsideTheAgeBandIsNotMentioned() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(8, goodPupil())
                .member(75, unable(LearningInability.ILLNESS)).member(40, learningAdult()).build());
        assertTrue(!measurement(a, G + ".C1.1").textVi().contains("không tính"));
        assertTrue(!measurement(a, G + ".C2.1").textVi().contains("không tính"));
    }

    /**
     * Our reading (documented on the indicators): when every child is unable to learn, nobody is left to count, so the
     * children's indicators do not apply and earn their points; the household is judged as one without children.
     */
    @Test
    void whenEveryChildIsLeftOutTheChildrensIndicatorsDoNotApplyAndEarnTheirPoints() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(10, unable(LearningInability.ILLNESS))
                .member(40, learningAdult()).member(42, learningAdult()).build());
        for (String id : List.of(G + ".C1.1", G + ".C1.2", G + ".C1.3")) {
            IndicatorResult i = indicator(a, id);
            assertEquals(Outcome.NOT_APPLICABLE, i.outcome(), id);
            assertEquals(Reason.NOT_APPLICABLE_TO_SUBJECT, i.reason(), id);
            assertEquals(0, BigDecimal.TEN.compareTo(i.points()), id);
        }
        assertTrue(indicator(a, G + ".C1.1").explanationVi().contains(
                "Không có trẻ em 6–18 tuổi để tính; không tính 1 người không có khả năng học tập (ốm đau: 1): chỉ tiêu"
                        + " không áp dụng."), indicator(a, G + ".C1.1").explanationVi());
        assertTrue(indicator(a, G + ".C1.1").explanationEn().contains(
                "No children aged 6–18 to count; 1 unable to learn left out (illness: 1): the indicator does not apply."),
                indicator(a, G + ".C1.1").explanationEn());
    }

    @Test
    void resultsAndConductCountOnlyChildrenAtSchool() {
        MemberLearning finished = new MemberLearning(false, true, null, null, true, null, null, null);
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(9, goodPupil()).member(17, finished)
                .member(40, learningAdult()).build());
        assertEquals(2, measurement(a, G + ".C1.1").denominator(), "a child through universal education counts in 1.1");
        assertEquals(2, measurement(a, G + ".C1.1").numerator());
        assertEquals(1, measurement(a, G + ".C1.2").denominator(), "but is not graded in 1.2");
        assertTrue(measurement(a, G + ".C1.2").textVi().startsWith("1/1 học sinh 6–18 tuổi"),
                measurement(a, G + ".C1.2").textVi());
    }

    @Test
    void aYearOfBirthNotGivenLeavesEveryAgeBandedShareOpenAndIsNamed() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(8, goodPupil()).member(null, learningAdult())
                .build());
        assertEquals(Outcome.UNDETERMINED, indicator(a, G + ".C1.1").outcome());
        assertEquals(Outcome.UNDETERMINED, indicator(a, G + ".C2.1").outcome());
        assertTrue(a.missingInputs().stream().map(MissingInput::path).toList()
                .contains("$.household.members[1].birthYear"), a.missingInputs().toString());
    }

    @Test
    void aFactNotStatedForSomeoneInThePopulationIsNamedByItsPath() {
        MemberLearning noConduct = new MemberLearning(true, false, true, null, true, null, null, null);
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(8, noConduct).member(40, learningAdult())
                .build());
        IndicatorResult i = indicator(a, G + ".C1.2");
        assertEquals(Outcome.UNDETERMINED, i.outcome());
        assertEquals(List.of("$.memberFacts.p1.conductAtLeastGood"),
                i.missingInputs().stream().map(MissingInput::path).toList());
        assertEquals(Outcome.MET, indicator(a, G + ".C1.1").outcome(), "1.1 does not need conduct");
    }

    @Test
    void oneFactSufficesForSchoolingOrUniversalEducation() {
        MemberLearning atSchoolOnly = new MemberLearning(true, null, true, true, true, null, null, null);
        MemberLearning outButUnknown = new MemberLearning(false, null, null, null, true, null, null, null);
        Assessment settled = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(8, atSchoolOnly)
                .member(40, learningAdult()).build());
        assertEquals(Outcome.MET, indicator(settled, G + ".C1.1").outcome(), "at school: completion need not be said");
        Assessment open = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(16, outButUnknown)
                .member(40, learningAdult()).build());
        assertEquals(List.of("$.memberFacts.p1.completedUniversalEducation"),
                indicator(open, G + ".C1.1").missingInputs().stream().map(MissingInput::path).toList());
    }

    @Test
    void aMemberWithoutAnyFactsIsAskedForTheFactsTheIndicatorNeeds() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2019).member(40, null).build());
        assertEquals(List.of("$.memberFacts.p1.literacy"),
                indicator(a, G + ".C2.1").missingInputs().stream().map(MissingInput::path).toList());
    }

    @Test
    void adultsHoldingLearningCitizenAreReadFromTheirRecognitionsForTheYear() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.household(2024).member(9, goodPupil())
                .member(38, learningAdult(), true).member(40, learningAdult()).member(45, learningAdult()).build());
        Measurement m = measurement(a, "KHVN.GD.C2.1");
        assertEquals(1, m.numerator());
        assertEquals(3, m.denominator());
        assertEquals(Outcome.NOT_MET, m.outcome(), "1 of 3 is below the example's 50 %");
    }

    @Test
    void aStatementNeedsNoEvidenceWhereNoRuleMakesEvidenceACondition() {
        Assessment without = Khvn.EXAMPLE.evaluate(Khvn.model2019().build());
        assertEquals(Outcome.MET, indicator(without, G + ".C3.1").outcome());
        assertEquals(0, measurement(without, G + ".C3.1").evidenceCount());
        Assessment with = Khvn.EXAMPLE.evaluate(Khvn.model2019()
                .evidence(Map.of("learningConditions", List.of(Evidence.of("Ảnh góc học tập của gia đình")))).build());
        assertEquals(1, measurement(with, G + ".C3.1").evidenceCount());
    }

    @Test
    void aLayerOfNumbersReusingTheNationalRulesDoesNotMeasureAnythingTwice() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.model2019().build());
        a.levels().forEach(l -> l.results().forEach(c -> c.indicators().forEach(i -> {
            assertEquals(1, i.measurements().size(), i.indicatorId());
            assertEquals("national", i.layer(), i.indicatorId());
        })));
    }

    @Test
    void aStatementThatTheHouseholdFallsShortIsNotMet() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.model2019().statements(true, false).build());
        assertEquals(Outcome.NOT_MET, indicator(a, G + ".C4.1").outcome());
        assertEquals(Reason.STATED_NOT_DONE, indicator(a, G + ".C4.1").reason());
    }
}
