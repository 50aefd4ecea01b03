package vn.hoctap.rules.nd20;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.request.UniversalEducationLevel.LEVEL_1;
import static vn.hoctap.model.request.UniversalEducationLevel.LEVEL_2;
import static vn.hoctap.model.request.UniversalEducationLevel.LEVEL_3;
import static vn.hoctap.model.request.UniversalEducationLevel.MET;
import static vn.hoctap.model.request.UniversalEducationLevel.NOT_MET;

import java.util.Map;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.request.LiteracyFigures;
import vn.hoctap.model.request.LowerSecondaryFigures;
import vn.hoctap.model.request.PreschoolFigures;
import vn.hoctap.model.request.PrimaryFigures;
import vn.hoctap.model.request.UniversalEducationFigures;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.request.UniversalEducationStandard;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.LevelFinding;
import vn.hoctap.rules.nd20.Nd20Standards.Condition;
import vn.hoctap.rules.nd20.Nd20Standards.Ladder;
import vn.hoctap.rules.nd20.Nd20Standards.Truth;

/**
 * The commune standards of NĐ 20/2014/NĐ-CP computed from raw figures, on their own: each rate at its boundary (one
 * person below fails, exactly at passes, out of 1000) for ordinary communes and those with especially difficult
 * conditions, the levels as a ladder, the cross-standard prerequisite of Art. 14.2.a, the age bands of Art. 20-21,
 * and what is unknown when figures or the flag are missing. Thresholds come from the national parameters.
 */
class Nd20StandardsTest {
    private static final ParameterSet PARAMETERS = RulePack.tt25().parameters();
    private static final Function<String, ResolvedParameter> IN_FORCE =
            id -> PARAMETERS.require(id, null, LocalDate.of(2024, 12, 31), "test");

    /** Figures meeting every condition of every level for any commune, with populations of 1000. */
    static UniversalEducationFigures top() {
        return new UniversalEducationFigures(new PreschoolFigures(1000, 1000, 1000),
                new PrimaryFigures(1000, 1000, 1000, 1000, 1000, 1000, 0),
                new LowerSecondaryFigures(1000, 1000, 1000),
                new LiteracyFigures(1000, 1000, 1000, 1000, 1000, 1000, 1000));
    }

    private static Ladder assess(UniversalEducationStandard s, UniversalEducationFigures f, Boolean difficult) {
        return Nd20Standards.assess(s, f, difficult, IN_FORCE);
    }

    /**
     * One rate of one article: setting its numerator (out of 1000) in otherwise top figures.
     *
     * @param difficult which kind of commune the row is for
     */
    record Rate(UniversalEducationStandard standard, UniversalEducationLevel step, boolean difficult, int percent,
                String parameterId, String article, IntFunction<UniversalEducationFigures> figures) {
        @Override
        public String toString() {
            return "NĐ 20 Art. " + article + (difficult ? ", especially difficult commune" : ", ordinary commune")
                    + ": " + standard + " " + step + " needs " + percent + " %";
        }
    }

    private static final String P = "TT25.X.ND20.";

    static Stream<Rate> rates() {
        List<Rate> rows = new ArrayList<>();
        for (boolean ed : new boolean[] {false, true}) {
            String twin = ed ? Nd20Standards.ESPECIALLY_DIFFICULT : "";
            rows.add(new Rate(UniversalEducationStandard.PRESCHOOL_5, MET, ed, ed ? 90 : 95,
                    P + "ART6.ATTENDING_AGED_5.MIN_PERCENT" + twin, "6.2.a", n -> preschool(n, 1000)));
            rows.add(new Rate(UniversalEducationStandard.PRESCHOOL_5, MET, ed, ed ? 80 : 85,
                    P + "ART6.COMPLETED_AGED_5.MIN_PERCENT" + twin, "6.2.b", n -> preschool(1000, n)));
            // Art. 9.2.a, 10.1.b, 11.1.b have one figure for every commune.
            rows.add(new Rate(UniversalEducationStandard.PRIMARY, LEVEL_1, ed, 90, P + "ART9.GRADE_1_AGED_6.MIN_PERCENT",
                    "9.2.a", n -> primary(n, 1000, 1000)));
            rows.add(new Rate(UniversalEducationStandard.PRIMARY, LEVEL_1, ed, ed ? 70 : 80,
                    P + "ART9.COMPLETED_UP_TO_14.MIN_PERCENT" + twin, "9.2.b", n -> primary(1000, n, 1000)));
            rows.add(new Rate(UniversalEducationStandard.PRIMARY, LEVEL_2, ed, 95,
                    P + "ART10.GRADE_1_AGED_6.MIN_PERCENT", "10.1.b", n -> primary(n, 1000, 1000)));
            rows.add(new Rate(UniversalEducationStandard.PRIMARY, LEVEL_2, ed, ed ? 70 : 80,
                    P + "ART10.COMPLETED_AGED_11.MIN_PERCENT" + twin, "10.1.c", n -> primary(1000, 1000, n)));
            rows.add(new Rate(UniversalEducationStandard.PRIMARY, LEVEL_3, ed, 98,
                    P + "ART11.GRADE_1_AGED_6.MIN_PERCENT", "11.1.b", n -> primary(n, 1000, 1000)));
            rows.add(new Rate(UniversalEducationStandard.PRIMARY, LEVEL_3, ed, ed ? 80 : 90,
                    P + "ART11.COMPLETED_AGED_11.MIN_PERCENT" + twin, "11.1.c", n -> primary(1000, 1000, n)));
            rows.add(new Rate(UniversalEducationStandard.LOWER_SECONDARY, LEVEL_1, ed, ed ? 70 : 80,
                    P + "ART14.GRADUATED_AGED_15_18.MIN_PERCENT" + twin, "14.2.b", n -> lowerSecondary(n, 1000)));
            rows.add(new Rate(UniversalEducationStandard.LOWER_SECONDARY, LEVEL_2, ed, ed ? 80 : 90,
                    P + "ART15.GRADUATED_AGED_15_18.MIN_PERCENT" + twin, "15.1.b", n -> lowerSecondary(n, 1000)));
            rows.add(new Rate(UniversalEducationStandard.LOWER_SECONDARY, LEVEL_3, ed, ed ? 90 : 95,
                    P + "ART16.GRADUATED_AGED_15_18.MIN_PERCENT" + twin, "16.1.b", n -> lowerSecondary(n, 1000)));
            rows.add(new Rate(UniversalEducationStandard.LOWER_SECONDARY, LEVEL_3, ed, ed ? 70 : 80,
                    P + "ART16.STUDYING_AGED_15_18.MIN_PERCENT" + twin, "16.1.c", n -> lowerSecondary(1000, n)));
            // Art. 20.1, 21.1: 90 % in both cases, but of different age bands. The band a row tests has 1000
            // people, the bands around it are consistent with it: everyone in the rest of a wider band is literate.
            rows.add(new Rate(UniversalEducationStandard.LITERACY, LEVEL_1, ed, 90,
                    P + "ART20.LITERATE_LEVEL_1.MIN_PERCENT" + twin, "20.1",
                    n -> ed ? literacy(1000, n, 2000, n + 1000, n + 1000, 3000, n + 2000)
                            : literacy(500, 500, 1000, n, n, 2000, n + 1000)));
            rows.add(new Rate(UniversalEducationStandard.LITERACY, LEVEL_2, ed, 90,
                    P + "ART21.LITERATE_LEVEL_2.MIN_PERCENT" + twin, "21.1",
                    n -> ed ? literacy(500, 500, 1000, 1000, n, 2000, n + 1000)
                            : literacy(250, 250, 500, 500, 500, 1000, n)));
        }
        return rows.stream();
    }

    static UniversalEducationFigures preschool(int attending, int completed) {
        UniversalEducationFigures t = top();
        return new UniversalEducationFigures(new PreschoolFigures(1000, attending, completed), t.primary(),
                t.lowerSecondary(), t.literacy());
    }

    /** Primary figures; the 11-year-olds who have not completed are all in primary classes. */
    static UniversalEducationFigures primary(int grade1, int upTo14, int completed11) {
        UniversalEducationFigures t = top();
        return new UniversalEducationFigures(t.preschool5(), new PrimaryFigures(1000, grade1, 1000, upTo14, 1000,
                completed11, 1000 - completed11), t.lowerSecondary(), t.literacy());
    }

    static UniversalEducationFigures lowerSecondary(int graduated, int studying) {
        UniversalEducationFigures t = top();
        return new UniversalEducationFigures(t.preschool5(), t.primary(), new LowerSecondaryFigures(1000, graduated,
                studying), t.literacy());
    }

    /** Literacy figures in top figures otherwise; the bands must nest (LiteracyFigures refuses them otherwise). */
    static UniversalEducationFigures literacy(int aged15To25, int level1Of15To25, int aged15To35, int level1Of15To35,
                                              int level2Of15To35, int aged15To60, int level2Of15To60) {
        UniversalEducationFigures t = top();
        return new UniversalEducationFigures(t.preschool5(), t.primary(), t.lowerSecondary(), new LiteracyFigures(
                aged15To25, level1Of15To25, aged15To35, level1Of15To35, level2Of15To35, aged15To60, level2Of15To60));
    }

    private static Condition condition(Ladder ladder, Rate r) {
        return ladder.conditions().stream().filter(c -> r.parameterId().equals(c.parameterId())).findFirst()
                .orElseThrow(() -> new AssertionError("no condition reads " + r.parameterId()));
    }

    /** Proves that "n of the r who have not completed are" agrees with both counts, for 0, 1 and 2. */
    @Test
    void theRestInPrimarySentenceAgreesWithItsCounts() {
        Map<List<Integer>, String> expected = Map.of(
                List.of(1, 0), "(0 of the 1 who has not completed are)",
                List.of(1, 1), "(1 of the 1 who has not completed is)",
                List.of(2, 1), "(1 of the 2 who have not completed is)",
                List.of(2, 2), "(2 of the 2 who have not completed are)",
                List.of(0, 0), "(0 of the 0 who have not completed are)");
        expected.forEach((restAndInPrimary, sentence) -> {
            int rest = restAndInPrimary.get(0);
            UniversalEducationFigures t = top();
            UniversalEducationFigures f = new UniversalEducationFigures(t.preschool5(), new PrimaryFigures(1000, 1000,
                    1000, 1000, 1000, 1000 - rest, restAndInPrimary.get(1)), t.lowerSecondary(), t.literacy());
            List<String> texts = assess(UniversalEducationStandard.PRIMARY, f, false).conditions().stream()
                    .map(Condition::textEn).filter(x -> x.contains("who ha")).toList();
            assertFalse(texts.isEmpty());
            texts.forEach(x -> assertTrue(x.contains(sentence), x));
        });
    }

    @ParameterizedTest
    @MethodSource("rates")
    void onePersonBelowTheRateFailsTheStep(Rate r) {
        Ladder ladder = assess(r.standard(), r.figures().apply(r.percent() * 10 - 1), r.difficult());
        assertEquals(Truth.FALSE, condition(ladder, r).truth(), condition(ladder, r).textEn());
        assertEquals(Truth.FALSE, ladder.reaches(r.step()));
        assertTrue(ladder.levelKnown());
    }

    @ParameterizedTest
    @MethodSource("rates")
    void exactlyTheRateMeetsTheStep(Rate r) {
        Ladder ladder = assess(r.standard(), r.figures().apply(r.percent() * 10), r.difficult());
        Condition c = condition(ladder, r);
        assertEquals(Truth.TRUE, c.truth(), c.textEn());
        assertEquals(Truth.TRUE, ladder.reaches(r.step()));
        assertEquals(r.percent(), c.minPercent().intValueExact());
        assertEquals(1000, c.denominator());
        assertTrue(c.textVi().contains(c.citation().formatVi()), c.textVi());
    }

    /** Each threshold is the parameter cited to the same article, clause and point as the condition reading it. */
    @ParameterizedTest
    @MethodSource("rates")
    void eachThresholdIsAParameterCitedToItsArticle(Rate r) {
        Condition c = condition(assess(r.standard(), top(), r.difficult()), r);
        ResolvedParameter p = IN_FORCE.apply(r.parameterId());
        assertEquals(c.citation(), p.value().citation());
        assertEquals(Nd20Standards.DOCUMENT, c.citation().document());
        assertEquals(r.article(), c.citation().article() + "." + c.citation().clause()
                + (c.citation().point() == null ? "" : "." + c.citation().point()));
    }

    /** Art. 10.1.c, 11.1.c: every 11-year-old who has not completed must be in a primary class. */
    @Test
    void oneElevenYearOldOutOfSchoolFailsLevels2And3ButNotLevel1() {
        UniversalEducationFigures t = top();
        UniversalEducationFigures f = new UniversalEducationFigures(t.preschool5(),
                new PrimaryFigures(1000, 1000, 1000, 1000, 1000, 950, 49), t.lowerSecondary(), t.literacy());
        Ladder ladder = assess(UniversalEducationStandard.PRIMARY, f, false);
        assertEquals(LEVEL_1, ladder.levelReached());
        assertTrue(ladder.levelKnown());
        f = new UniversalEducationFigures(t.preschool5(), new PrimaryFigures(1000, 1000, 1000, 1000, 1000, 950, 50),
                t.lowerSecondary(), t.literacy());
        assertEquals(LEVEL_3, assess(UniversalEducationStandard.PRIMARY, f, false).levelReached());
    }

    /** Art. 14.2.a: lower-secondary level 1 needs primary level 1 and literacy level 1, whatever its own figures. */
    @Test
    void lowerSecondaryNeedsPrimaryAndLiteracyAtLevel1() {
        Ladder primaryFails = assess(UniversalEducationStandard.LOWER_SECONDARY, primary(899, 1000, 1000), false);
        assertEquals(NOT_MET, primaryFails.levelReached());
        assertTrue(primaryFails.conditions().stream().anyMatch(c -> c.truth() == Truth.FALSE
                && c.citation().article() == 9 && c.textVi().contains("Điều 14")));
        Ladder literacyFails = assess(UniversalEducationStandard.LOWER_SECONDARY, literacy(500, 500, 1000, 899, 899, 2000, 1899),
                false);
        assertEquals(NOT_MET, literacyFails.levelReached());
        assertEquals(LEVEL_3, assess(UniversalEducationStandard.LOWER_SECONDARY, top(), false).levelReached());
        // Primary level 2's own figures (Art. 10) are not part of lower-secondary level 1.
        assertEquals(LEVEL_3, assess(UniversalEducationStandard.LOWER_SECONDARY, primary(900, 1000, 0), false)
                .levelReached());
    }

    /**
     * Art. 21 as written (the national reading): level 2 stands on Art. 21.1's own figure, though Art. 20.1's fails,
     * unlike Art. 10, 11, 15 and 16, which repeat the lower level's conditions.
     */
    @Test
    void literacyLevel2StandsOnItsOwnAsArt21IsWritten() {
        Ladder ladder = assess(UniversalEducationStandard.LITERACY, literacy(500, 500, 1000, 899, 899, 2000, 1899), false);
        assertEquals(Truth.TRUE, ladder.reaches(LEVEL_2));
        assertEquals(Truth.FALSE, ladder.reaches(LEVEL_1));
        assertEquals(LEVEL_2, ladder.levelReached());
        assertTrue(ladder.levelKnown());
        Ladder neither = assess(UniversalEducationStandard.LITERACY, literacy(500, 500, 1000, 899, 899, 2000, 1799), false);
        assertEquals(NOT_MET, neither.levelReached());
    }

    /** The ladder reading a pack can switch on: Art. 21's figure alone does not give level 2 when Art. 20's fails. */
    @Test
    void theLadderReadingMakesLiteracyLevel2NeedLevel1Too() {
        Function<String, ResolvedParameter> ladderReading = id -> id.equals(Nd20Standards.LITERACY_READING)
                ? new ResolvedParameter(IN_FORCE.apply(id).definition(), null,
                new vn.hoctap.model.catalogue.ParameterValue(null, "LADDER", LocalDate.of(2014, 5, 15), null,
                        IN_FORCE.apply(id).value().citation(), vn.hoctap.model.catalogue.Status.VERIFIED), "test")
                : IN_FORCE.apply(id);
        Ladder ladder = Nd20Standards.assess(UniversalEducationStandard.LITERACY, literacy(500, 500, 1000, 899, 899, 2000, 1899),
                false, ladderReading);
        assertEquals(Truth.FALSE, ladder.reaches(LEVEL_2));
        assertEquals(NOT_MET, ladder.levelReached());
        assertEquals(LEVEL_2, Nd20Standards.assess(UniversalEducationStandard.LITERACY,
                literacy(500, 500, 1000, 900, 900, 2000, 1800), false, ladderReading).levelReached());
    }

    /** Art. 20.1, 21.1: an especially difficult commune is judged on ages 15-25 and 15-35, an ordinary one on 15-35 and 15-60. */
    @Test
    void especiallyDifficultCommunesAreJudgedOnNarrowerAgeBands() {
        // Level 1: 95 % of 15-25 but 80 % of 15-35.
        UniversalEducationFigures young = literacy(1000, 950, 2000, 1600, 1600, 3000, 2400);
        assertEquals(LEVEL_1, assess(UniversalEducationStandard.LITERACY, young, true).levelReached());
        assertEquals(NOT_MET, assess(UniversalEducationStandard.LITERACY, young, false).levelReached());
        // Level 2: 95 % of 15-35 at level 2 but 80 % of 15-60.
        UniversalEducationFigures middle = literacy(1000, 950, 2000, 1900, 1900, 3000, 2400);
        assertEquals(LEVEL_2, assess(UniversalEducationStandard.LITERACY, middle, true).levelReached());
        assertEquals(LEVEL_1, assess(UniversalEducationStandard.LITERACY, middle, false).levelReached());
    }

    /** Unknown flag: every condition depending on it is unknown and names the flag; the others still decide. */
    @Test
    void anUnstatedFlagLeavesDependentConditionsUnknown() {
        Ladder preschool = assess(UniversalEducationStandard.PRESCHOOL_5, top(), null);
        assertEquals(Truth.UNKNOWN, preschool.reaches(MET));
        assertEquals(List.of("$.commune.especiallyDifficult"),
                preschool.missingUpTo(MET).stream().map(LevelFinding.Missing::path).toList());
        // Art. 9.2.a has no separate figure: failing it decides, flag or not.
        Ladder primary = assess(UniversalEducationStandard.PRIMARY, primary(899, 1000, 1000), null);
        assertEquals(Truth.FALSE, primary.reaches(LEVEL_1));
        assertTrue(primary.levelKnown());
        assertEquals(Truth.UNKNOWN, assess(UniversalEducationStandard.LITERACY, top(), null).reaches(LEVEL_1));
    }

    @Test
    void missingFiguresAreNamedByTheirJsonPath() {
        UniversalEducationFigures t = top();
        Ladder noGroup = assess(UniversalEducationStandard.PRIMARY, new UniversalEducationFigures(t.preschool5(),
                null, t.lowerSecondary(), t.literacy()), false);
        assertEquals(Truth.UNKNOWN, noGroup.reaches(LEVEL_1));
        assertEquals(List.of("$.universalEducation.figures.primary"),
                noGroup.missingUpTo(LEVEL_3).stream().map(LevelFinding.Missing::path).toList());
        Ladder noField = assess(UniversalEducationStandard.PRIMARY, new UniversalEducationFigures(t.preschool5(),
                new PrimaryFigures(1000, 1000, 1000, 1000, null, 1000, 0), t.lowerSecondary(), t.literacy()), false);
        assertEquals(Truth.TRUE, noField.reaches(LEVEL_1));
        assertEquals(Truth.UNKNOWN, noField.reaches(LEVEL_2));
        assertEquals(LEVEL_1, noField.levelReached());
        assertFalse(noField.levelKnown(), "level 1 is a lower bound");
        assertEquals(List.of("$.universalEducation.figures.primary.childrenAged11"),
                noField.missingUpTo(LEVEL_2).stream().map(LevelFinding.Missing::path).toList());
    }

    /** The finding handed to the engine: outcome against the required step, observed level, and the explanation. */
    @Test
    void theComputationExplainsTheLevelReached() {
        LevelFinding below = Nd20Standards.computation(UniversalEducationStandard.PRIMARY, primary(960, 1000, 1000),
                false).compute(LEVEL_3, IN_FORCE);
        assertEquals(Outcome.NOT_MET, below.outcome());
        assertEquals("LEVEL_2", below.observed());
        assertTrue(below.textVi().contains("96 %") && below.textVi().contains("yêu cầu ≥ 98 %")
                && below.textVi().contains("điểm b khoản 1 Điều 11, 20/2014/NĐ-CP") && below.textVi()
                .endsWith("Kết quả: mức độ 2."), below.textVi());
        assertTrue(below.textEn().endsWith("Result: level 2."), below.textEn());
        LevelFinding met = Nd20Standards.computation(UniversalEducationStandard.PRIMARY, primary(960, 1000, 1000),
                false).compute(LEVEL_2, IN_FORCE);
        assertEquals(Outcome.MET, met.outcome());
        assertFalse(met.textVi().contains("Điều 11"), "only the steps up to the one required are listed");
        LevelFinding open = Nd20Standards.computation(UniversalEducationStandard.PRESCHOOL_5, top(), null)
                .compute(MET, IN_FORCE);
        assertEquals(Outcome.UNDETERMINED, open.outcome());
        assertEquals(null, open.observed());
    }
}
