package vn.hoctap.rules.cdht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.cdht.CdhtPacks.points;
import static vn.hoctap.rules.cdht.CdhtPacks.replacing;
import static vn.hoctap.rules.cdht.CdhtPacks.withParameters;
import static vn.hoctap.rules.cdht.CdhtRequests.person;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Shortfall;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.shortfall.Shortfalls;

/** The boundaries of a "Công dân học tập" points shortfall: the total, the floor, both, blanks, and the numbers read. */
class CdhtShortfallTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    private static List<Shortfall> of(Evaluator e, CitizenEvaluationRequest r) {
        return Shortfalls.of(e, e.evaluate(r));
    }

    private static void assertPoints(Shortfall s, String have, String need, String max) {
        assertEquals(Shortfall.Kind.POINTS, s.kind(), s.textEn());
        assertEquals(0, new BigDecimal(have).compareTo(s.points().have()), s.textEn());
        assertEquals(0, new BigDecimal(need).compareTo(s.points().need()), s.textEn());
        assertEquals(0, new BigDecimal(max).compareTo(s.points().max()), s.textEn());
    }

    @Test
    void halfAPointUnderThePassMarkIsHalfAPointAnywhere() {
        List<Shortfall> s = of(EVALUATOR, person("8", "7", "9", "8", "6", "7", "8", "9", "9", "8.5"));
        assertEquals(1, s.size(), s.toString());
        Shortfall total = s.get(0);
        assertEquals("CDHT", total.indicatorId());
        assertPoints(total, "79.5", "80", "100");
        assertEquals(0, new BigDecimal("1.5").compareTo(total.points().room().get("III.2")));
        assertEquals(10, total.points().room().size(), "every indicator is below 10");
        assertSays(total, "0.5 points short: 0.5 points in one indicator (e.g. I.1) or spread");
        assertSays(total, "no indicator may be under 5 points");
        assertTrue(total.textVi().contains("thiếu 0,5 điểm"), total.textVi());
        assertTrue(total.textVi().contains("324/QĐ-KHVN"), total.textVi());
    }

    @Test
    void anIndicatorUnderTheFloorMustReachItWhateverTheTotal() {
        List<Shortfall> s = of(EVALUATOR, person("4", "9", "9", "9", "10", "8", "9", "10", "10", "10"));
        assertEquals(1, s.size(), s.toString());
        assertEquals("CDHT.I.1", s.get(0).indicatorId());
        assertEquals(CitizenInput.KEEPING_INFORMED.jsonName(), s.get(0).input());
        assertPoints(s.get(0), "4", "5", "10");
        assertSays(s.get(0), "at least 1 more point (");
    }

    @Test
    void bothAtOnceTheFloorCountsTowardsTheTotal() {
        List<Shortfall> s = of(EVALUATOR, person("3", "8", "8", "8", "8", "8", "8", "8", "8", "8"));
        assertEquals(2, s.size(), s.toString());
        assertPoints(s.get(0), "3", "5", "10");
        assertPoints(s.get(1), "75", "80", "100");
        assertSays(s.get(1), "The smallest change is 5 points in all, of which indicator I.1 to 5"
                + " (2 more) to reach the floor; the other 3 points");
        assertEquals(0, new BigDecimal("5").compareTo(s.get(1).points().room().get("I.1")),
                "I.1 has 5 left above the floor it owes anyway");
        assertSays(s.get(1), "I.1 (up to 5), I.2 (up to 2)");
    }

    @Test
    void aFloorRaiseLargerThanTheGapIsTheWholeChange() {
        List<Shortfall> s = of(EVALUATOR, person("0", "8.5", "8.5", "8.5", "8.5", "8.5", "8.5", "8.5", "8.5", "8.5"));
        assertEquals(2, s.size(), s.toString());
        assertPoints(s.get(1), "76.5", "80", "100");
        assertSays(s.get(1), "The smallest change is 5 points in all");
        assertNotSays(s.get(1), "the other");
    }

    @Test
    void blanksAreDataAndCountAtTheirMaximumInTheRoom() {
        CitizenScores scores = CdhtRequests.scores("9", "8", "8", "9", "9", null, "8", "8", null, "9");
        List<Shortfall> s = of(EVALUATOR, person(scores));
        assertEquals(List.of(Shortfall.Kind.DATA, Shortfall.Kind.DATA, Shortfall.Kind.POINTS),
                s.stream().map(Shortfall::kind).toList(), s.toString());
        assertEquals(CitizenInput.FOREIGN_LANGUAGE.jsonName(), s.get(0).input());
        assertEquals(CitizenInput.FRIENDLY_RELATIONSHIPS.jsonName(), s.get(1).input());
        assertPoints(s.get(2), "68", "80", "100");
        assertEquals(0, BigDecimal.TEN.compareTo(s.get(2).points().room().get("II.2")));
        assertSays(s.get(2), "indicator II.2, III.1 not yet scored (each at least 5)");
    }

    @Test
    void theNumbersAreThePacksNotTheNationalOnes() {
        Evaluator e = withParameters(replacing("CDHT.MIN_INDICATOR_POINTS", points("CDHT.MIN_INDICATOR_POINTS", "6"))
                .andThen(replacing("CDHT.PASS_MARK", points("CDHT.PASS_MARK", "90")))::apply);
        List<Shortfall> s = of(e, person("5.5", "9", "9", "9", "9", "9", "9", "9", "9", "9"));
        assertEquals(2, s.size(), s.toString());
        assertPoints(s.get(0), "5.5", "6", "10");
        assertPoints(s.get(1), "86.5", "90", "100");
        assertSays(s.get(1), "no indicator may be under 6 points");
    }

    @Test
    void aPassMarkAboveTheMaximumIsOutOfReachNotACount() {
        Evaluator e = withParameters(replacing("CDHT.PASS_MARK", points("CDHT.PASS_MARK", "101")));
        List<Shortfall> s = of(e, person("9", "9", "9", "9", "9", "9", "9", "9", "9", "9"));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Shortfall.Kind.OTHER, s.get(0).kind());
        assertSays(s.get(0), "out of reach even with every indicator at its maximum");
    }

    /** Fails, showing the sentence, unless the shortfall's English sentence contains {@code fragment}. */
    private static void assertSays(Shortfall s, String fragment) {
        assertTrue(s.textEn().contains(fragment), s.textEn());
    }

    /** Fails, showing the sentence, if the shortfall's English sentence contains {@code fragment}. */
    private static void assertNotSays(Shortfall s, String fragment) {
        assertTrue(!s.textEn().contains(fragment), s.textEn());
    }
}
