package vn.hoctap.rules.cdht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.cdht.CdhtPacks.adding;
import static vn.hoctap.rules.cdht.CdhtPacks.mandatory;
import static vn.hoctap.rules.cdht.CdhtPacks.points;
import static vn.hoctap.rules.cdht.CdhtPacks.replacing;
import static vn.hoctap.rules.cdht.CdhtPacks.with;
import static vn.hoctap.rules.cdht.CdhtPacks.withParameters;
import static vn.hoctap.rules.cdht.CdhtPassMarkAndFloorTest.indicator;
import static vn.hoctap.rules.cdht.CdhtPassMarkAndFloorTest.title;
import static vn.hoctap.rules.cdht.CdhtRequests.all;
import static vn.hoctap.rules.cdht.CdhtRequests.person;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.model.catalogue.ParameterValue;
import vn.hoctap.model.catalogue.Status;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.rules.Evaluator;

/**
 * Every branch of the points fold (engine/Points.java) that "Công dân học tập" can reach, with the national numbers or
 * with the numbers a province pack could give: indicator maxima and floors (per indicator or for the whole scheme,
 * or none), criterion caps and minima, mandatory indicators, pass marks, and the missing numbers that stop an
 * evaluation. Scores are written I.1 … III.2.
 */
class CdhtPointsFoldTest {
    private static final Evaluator NATIONAL = Evaluator.national();

    private static CriterionResult group(Assessment a, int number) {
        return title(a).results().stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    private static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", got " + actual);
    }

    @Nested
    class IndicatorMaxima {
        @Test
        void theSchemeWideMaximumAppliesWhenAnIndicatorHasNoneOfItsOwn() {
            Assessment a = NATIONAL.evaluate(person(all("9")));
            assertPoints("10", indicator(a, "CDHT.II.2").maxPoints());
            assertPoints("40", group(a, 2).maxPoints());
            assertPoints("100", title(a).maxPoints());
        }

        @Test
        void anIndicatorsOwnMaximumWinsOverTheSchemes() {
            Evaluator e = withParameters(adding(points("CDHT.II.2.MAX_POINTS", "20")));
            Assessment a = e.evaluate(person("8", "8", "8", "8", "8", "15", "8", "8", "8", "8"));
            assertPoints("20", indicator(a, "CDHT.II.2").maxPoints());
            assertPoints("110", title(a).maxPoints());
            assertPoints("87", title(a).points());
            assertEquals(Verdict.LEVEL_1, a.verdict());
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> e.evaluate(person("8", "8", "8", "8", "8", "21", "8", "8", "8", "8")));
            assertEquals("$.scores.foreignLanguage", refused.path());
            assertTrue(refused.problem().contains("CDHT.II.2.MAX_POINTS"), refused.problem());
        }

        @Test
        void withoutAnyMaximumTheEvaluationStopsAndNamesIt() {
            Evaluator e = withParameters(replacing("CDHT.MAX_INDICATOR_POINTS"));
            MissingParameterException m = assertThrows(MissingParameterException.class,
                    () -> e.evaluate(person(all("8"))));
            assertEquals("CDHT.MAX_INDICATOR_POINTS", m.parameterId());
        }
    }

    @Nested
    class Floors {
        @Test
        void anIndicatorsOwnFloorWinsOverTheSchemes() {
            Evaluator e = withParameters(adding(points("CDHT.I.1.MIN_POINTS", "7")));
            Assessment a = e.evaluate(person("6", "6", "10", "10", "10", "10", "10", "10", "10", "10"));
            assertEquals(Outcome.NOT_MET, indicator(a, "CDHT.I.1").outcome(), "6 < 7, I.1's own floor");
            assertEquals(Outcome.MET, indicator(a, "CDHT.I.2").outcome(), "6 ≥ 5, the scheme's floor");
            assertEquals("7–10", indicator(a, "CDHT.I.1").measurements().get(0).threshold());
            assertEquals("CDHT.I.1.MIN_POINTS", indicator(a, "CDHT.I.1").measurements().get(0).parameterId());
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        }

        @Test
        void withoutAFloorOnlyTheTotalCounts() {
            Evaluator e = withParameters(replacing("CDHT.MIN_INDICATOR_POINTS"));
            Assessment a = e.evaluate(person("0", "10", "10", "10", "10", "10", "10", "10", "10", "10"));
            assertEquals(Verdict.LEVEL_1, a.verdict(), "0 + 90 ≥ 80 with no floor");
            IndicatorResult zero = indicator(a, "CDHT.I.1");
            assertEquals(Outcome.MET, zero.outcome());
            assertEquals("≤ 10", zero.measurements().get(0).threshold());
            assertNull(zero.measurements().get(0).parameterId());
            assertFalse(title(a).explanationVi().contains("mức sàn"), title(a).explanationVi());
        }

        @Test
        void aFloorDefinedWithoutAValueForTheDateStopsTheEvaluation() {
            // A pack meant a floor but gave it only from 2030: refuse rather than evaluate without it.
            Evaluator e = withParameters(replacing("CDHT.MIN_INDICATOR_POINTS", new ParameterDefinition(
                    "CDHT.MIN_INDICATOR_POINTS", ParameterType.POINTS, null, "sàn", "floor", List.of(new ParameterValue(
                    null, "5", java.time.LocalDate.of(2030, 1, 1), null, new Citation("324/QĐ-KHVN", null, null, null),
                    Status.PROBABLE)))));
            MissingParameterException m = assertThrows(MissingParameterException.class,
                    () -> e.evaluate(person(all("8"))));
            assertEquals("CDHT.MIN_INDICATOR_POINTS", m.parameterId());
        }
    }

    @Nested
    class CriterionCapsAndMinima {
        @Test
        void aCapLimitsWhatAGroupAddsToTheTotal() {
            Evaluator e = withParameters(adding(points("CDHT.II.MAX_POINTS", "30")));
            Assessment a = e.evaluate(person(all("8")));
            assertPoints("30", group(a, 2).points());
            assertPoints("30", group(a, 2).maxPoints());
            assertPoints("78", title(a).points());
            assertPoints("90", title(a).maxPoints());
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict(), "80 uncapped, 78 capped");
            assertEquals(Verdict.LEVEL_1, NATIONAL.evaluate(person(all("8"))).verdict());
        }

        @Test
        void aCapAlsoLimitsWhatBlankScoresCouldStillAdd() {
            // Group II capped at 30: three blanks there can add at most 30 − 8 = 22, so 48 + 8 + 22 = 78 < 80.
            Evaluator e = withParameters(adding(points("CDHT.II.MAX_POINTS", "30")));
            Assessment a = e.evaluate(person("8", "8", "8", "8", "8", null, null, null, "8", "8"));
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
            assertEquals(Verdict.NOT_DETERMINED, NATIONAL.evaluate(
                    person("8", "8", "8", "8", "8", null, null, null, "8", "8")).verdict());
        }

        @Test
        void aGroupShortOfItsMinimumFailsWhateverTheTotal() {
            Evaluator e = withParameters(adding(points("CDHT.III.MIN_POINTS", "15")));
            Assessment shortOf = e.evaluate(person("10", "10", "10", "10", "10", "10", "10", "10", "7", "7"));
            assertEquals(Verdict.NOT_RECOGNISED, shortOf.verdict());
            assertEquals(Outcome.NOT_MET, group(shortOf, 3).outcome());
            assertEquals(Outcome.MET, indicator(shortOf, "CDHT.III.1").outcome(), "each indicator is above the floor");
            assertTrue(title(shortOf).explanationVi().contains("tiêu chí không đủ điểm tối thiểu: 3"),
                    title(shortOf).explanationVi());
            assertTrue(title(shortOf).explanationEn().contains("criteria short of their minimum: 3"),
                    title(shortOf).explanationEn());
            Assessment enough = e.evaluate(person("10", "10", "10", "10", "10", "10", "10", "10", "8", "7"));
            assertEquals(Verdict.LEVEL_1, enough.verdict());
            assertEquals(Outcome.MET, group(enough, 3).outcome());
        }

        @Test
        void aGroupWithBlanksIsShortOnlyWhenEvenFullMarksCannotReachItsMinimum() {
            Evaluator e = withParameters(adding(points("CDHT.III.MIN_POINTS", "16")));
            Assessment open = e.evaluate(person("10", "10", "10", "10", "10", "10", "10", "10", "6", null));
            assertEquals(Outcome.UNDETERMINED, group(open, 3).outcome(), "6 + 10 can reach 16");
            assertEquals(Verdict.NOT_DETERMINED, open.verdict());
            Assessment lost = e.evaluate(person("10", "10", "10", "10", "10", "10", "10", "10", "5", null));
            assertEquals(Outcome.NOT_MET, group(lost, 3).outcome(), "5 + 10 cannot reach 16");
            assertEquals(Verdict.NOT_RECOGNISED, lost.verdict());
        }
    }

    @Nested
    class MandatoryIndicators {
        @Test
        void aMandatoryIndicatorScoringNothingBelowTheFloorIsNamedAsSuch() {
            Evaluator e = with(list -> list, mandatory("CDHT.II.1"));
            Assessment a = e.evaluate(person("10", "10", "10", "10", "0", "10", "10", "10", "10", "10"));
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
            assertTrue(title(a).explanationVi().contains("chỉ tiêu bắt buộc không đạt: II.1"),
                    title(a).explanationVi());
            assertTrue(title(a).explanationEn().contains("mandatory indicators not met: II.1"),
                    title(a).explanationEn());
            assertTrue(title(a).explanationVi().contains("chỉ tiêu dưới mức sàn: II.1"), title(a).explanationVi());
        }

        @Test
        void aMandatoryIndicatorWithSomePointsIsOnlyBelowTheFloor() {
            Evaluator e = with(list -> list, mandatory("CDHT.II.1"));
            Assessment a = e.evaluate(person("10", "10", "10", "10", "3", "10", "10", "10", "10", "10"));
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
            assertFalse(title(a).explanationVi().contains("bắt buộc"), title(a).explanationVi());
        }

        @Test
        void withoutAFloorAMandatoryIndicatorScoringNothingIsStillMet() {
            // Mandatory means "must be met"; a score of 0 with no floor is a met score of 0 points.
            Evaluator e = with(replacing("CDHT.MIN_INDICATOR_POINTS"), mandatory("CDHT.II.1"));
            Assessment a = e.evaluate(person("10", "10", "10", "10", "0", "10", "10", "10", "10", "10"));
            assertEquals(Verdict.LEVEL_1, a.verdict());
        }
    }

    @Nested
    class PassMark {
        @Test
        void withoutAPassMarkTheEvaluationStopsAndNamesIt() {
            Evaluator e = withParameters(replacing("CDHT.PASS_MARK"));
            MissingParameterException m = assertThrows(MissingParameterException.class,
                    () -> e.evaluate(person(all("8"))));
            assertEquals("CDHT.PASS_MARK", m.parameterId());
        }

        @Test
        void aProvinceMayRaiseThePassMark() {
            Evaluator e = withParameters(replacing("CDHT.PASS_MARK", points("CDHT.PASS_MARK", "85")));
            assertEquals(Verdict.NOT_RECOGNISED, e.evaluate(person(all("8.4"))).verdict());
            Assessment a = e.evaluate(person(all("8.5")));
            assertEquals(Verdict.LEVEL_1, a.verdict());
            assertTrue(title(a).explanationVi().contains("cần ít nhất 85 điểm [Quyết định thử nghiệm của tỉnh]"),
                    title(a).explanationVi());
        }

        @Test
        void theOutcomeOfTheTitleFollowsTheFoldInEachCase() {
            // Blocked by a floor although the total is reached.
            assertEquals(Outcome.NOT_MET, title(NATIONAL.evaluate(person("4", "10", "10", "10", "10", "10", "10",
                    "10", "10", "10"))).outcome());
            // Blanks, but the best case cannot reach the pass mark.
            assertEquals(Outcome.NOT_MET, title(NATIONAL.evaluate(person(null, "5", "5", "5", "5", "5", "5", "5",
                    "5", "5"))).outcome());
            // Blanks that could still decide either way.
            assertEquals(Outcome.UNDETERMINED, title(NATIONAL.evaluate(person(null, "8", "8", "8", "8", "8", "8", "8",
                    "8", "8"))).outcome());
            // Every score given: the total decides.
            assertEquals(Outcome.MET, title(NATIONAL.evaluate(person(all("8")))).outcome());
            assertEquals(Outcome.NOT_MET, title(NATIONAL.evaluate(person(all("7.9")))).outcome());
        }
    }
}
