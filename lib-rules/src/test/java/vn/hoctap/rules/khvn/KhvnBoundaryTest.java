package vn.hoctap.rules.khvn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.hoctap.rules.khvn.Khvn.goodPupil;
import static vn.hoctap.rules.khvn.Khvn.household;
import static vn.hoctap.rules.khvn.Khvn.learningAdult;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.model.request.ClanEvaluationRequest;
import vn.hoctap.model.request.GrassrootsUnitEvaluationRequest;
import vn.hoctap.model.request.HouseholdEvaluationRequest;
import vn.hoctap.model.request.LiteracyLevel;
import vn.hoctap.model.request.MemberLearning;
import vn.hoctap.model.request.TitleCounts;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Clan;
import vn.hoctap.model.subject.Household;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.engine.NoSchemeInForceException;
import vn.hoctap.rules.khvn.Khvn.HouseholdBuilder;

/**
 * One boundary per threshold of the example numbers (each a parameter a province supplies): the value just below
 * fails, the value itself passes; ages at both ends of a band are counted, one year outside is not; pass marks are
 * reached exactly; the 2016-2020 structure gives way to the 2022 framework on 01/01/2022.
 */
class KhvnBoundaryTest {
    private static final String G = "KHVN.GD.2016";

    private static Outcome outcome(Assessment a, String id) {
        return a.indicator(id, Level.LEVEL_1).orElseThrow().outcome();
    }

    private static void below(String id, HouseholdEvaluationRequest below, HouseholdEvaluationRequest at) {
        assertEquals(Outcome.NOT_MET, outcome(Khvn.EXAMPLE.evaluate(below), id), "just below the threshold");
        assertEquals(Outcome.MET, outcome(Khvn.EXAMPLE.evaluate(at), id), "at the threshold");
    }

    /** A household of {@code n} members of {@code age}, the first {@code good} of whom have {@code yes}. */
    private static HouseholdEvaluationRequest members(int year, int n, int good, int age, MemberLearning yes,
                                                      MemberLearning no) {
        HouseholdBuilder b = household(year);
        for (int i = 0; i < n; i++) {
            b.member(age, i < good ? yes : no);
        }
        return b.build();
    }

    private static final MemberLearning OUT_OF_SCHOOL = new MemberLearning(false, false, null, null, false,
            LiteracyLevel.NOT_LITERATE, false, null);
    private static final MemberLearning WEAK_PUPIL = new MemberLearning(true, false, false, true, true, null, null,
            null);
    private static final MemberLearning ILLITERATE = new MemberLearning(null, null, null, null, null,
            LiteracyLevel.NOT_LITERATE, true, null);
    private static final MemberLearning NO_TOPIC = new MemberLearning(null, null, null, null, null,
            LiteracyLevel.LEVEL_1, false, null);

    @Test
    void schoolingOfChildrenNeedsOneHundredPercent() {
        below(G + ".C1.1", members(2019, 3, 2, 10, goodPupil(), OUT_OF_SCHOOL),
                members(2019, 3, 3, 10, goodPupil(), OUT_OF_SCHOOL));
    }

    @Test
    void resultsAndConductNeedEightyPercent() {
        below(G + ".C1.2", members(2019, 4, 3, 12, goodPupil(), WEAK_PUPIL),
                members(2019, 5, 4, 12, goodPupil(), WEAK_PUPIL));
    }

    @Test
    void conductOfChildrenNeedsOneHundredPercent() {
        below(G + ".C1.3", members(2019, 2, 1, 12, goodPupil(), OUT_OF_SCHOOL),
                members(2019, 2, 2, 12, goodPupil(), OUT_OF_SCHOOL));
    }

    @Test
    void literacyOfAdultsNeedsEightyPercent() {
        below(G + ".C2.1", members(2019, 4, 3, 40, learningAdult(), ILLITERATE),
                members(2019, 5, 4, 40, learningAdult(), ILLITERATE));
    }

    @Test
    void literacyLevelOneIsEnough() {
        assertEquals(Outcome.MET, outcome(Khvn.EXAMPLE.evaluate(members(2019, 1, 1, 40, NO_TOPIC, NO_TOPIC)),
                G + ".C2.1"));
    }

    @Test
    void topicsStudiedNeedEveryAdult() {
        below(G + ".C2.2", members(2019, 4, 3, 40, learningAdult(), NO_TOPIC),
                members(2019, 4, 4, 40, learningAdult(), NO_TOPIC));
    }

    @Test
    void schoolingUnderThe2022FrameworkNeedsOneHundredPercent() {
        below("KHVN.GD.C1.1", members(2024, 2, 1, 10, goodPupil(), OUT_OF_SCHOOL),
                members(2024, 2, 2, 10, goodPupil(), OUT_OF_SCHOOL));
    }

    @Test
    void learningCitizensUnderThe2022FrameworkNeedHalfTheAdults() {
        HouseholdEvaluationRequest oneOfThree = household(2024).member(30, learningAdult(), true)
                .member(31, learningAdult()).member(32, learningAdult()).build();
        HouseholdEvaluationRequest oneOfTwo = household(2024).member(30, learningAdult(), true)
                .member(31, learningAdult()).build();
        below("KHVN.GD.C2.1", oneOfThree, oneOfTwo);
    }

    /**
     * An age band counts both its ends: a member who fails the indicator is counted (not met) at each end, and one
     * year outside the band is not (the indicator then has nobody to count and does not apply).
     */
    @ParameterizedTest(name = "{0}: ages {1}–{2}")
    @CsvSource({
            "KHVN.GD.2016.C1.1, 6, 18, 2019",
            "KHVN.GD.2016.C1.3, 6, 18, 2019",
            "KHVN.GD.2016.C2.1, 19, 60, 2019",
            "KHVN.GD.2016.C2.2, 19, 60, 2019",
            "KHVN.GD.C1.1, 6, 18, 2024",
            "KHVN.GD.C2.1, 18, 60, 2024"})
    void anAgeBandCountsBothEndsAndNothingOutside(String id, int from, int to, int year) {
        IntFunction<Outcome> at = age -> outcome(Khvn.EXAMPLE.evaluate(members(year, 1, 0, age, null, OUT_OF_SCHOOL)),
                id);
        assertEquals(Outcome.NOT_APPLICABLE, at.apply(from - 1), "one year younger");
        assertEquals(Outcome.NOT_MET, at.apply(from), "youngest end");
        assertEquals(Outcome.NOT_MET, at.apply(to), "oldest end");
        assertEquals(Outcome.NOT_APPLICABLE, at.apply(to + 1), "one year older");
    }

    @Test
    void theFamilyPassMarkOf2016IsReachedExactly() {
        HouseholdEvaluationRequest eighty = household(2019).member(8, goodPupil()).member(40, learningAdult())
                .member(42, ILLITERATE).build();
        HouseholdEvaluationRequest sixty = household(2019).member(8, goodPupil()).member(40, learningAdult())
                .member(42, ILLITERATE).statements(true, false).build();
        assertEquals(Verdict.LEVEL_1, Khvn.EXAMPLE.evaluate(eighty).verdict(), "80 of 90");
        assertEquals(Verdict.NOT_RECOGNISED, Khvn.EXAMPLE.evaluate(sixty).verdict(), "60 of 90");
    }

    @Test
    void theFamilyPassMarkOf2022NeedsBothIndicators() {
        assertEquals(Verdict.LEVEL_1, Khvn.EXAMPLE.evaluate(Khvn.model2024().build()).verdict(), "100 of 100");
        assertEquals(Verdict.NOT_RECOGNISED, Khvn.EXAMPLE.evaluate(household(2024).member(9, goodPupil())
                .member(38, learningAdult()).build()).verdict(), "50 of 100");
    }

    @Test
    void theClanPassMarkIsSixOfSevenIndicators() {
        assertEquals(Verdict.LEVEL_1, Khvn.EXAMPLE.evaluate(Khvn.clan(6)).verdict(), "60 of 70");
        assertEquals(Verdict.NOT_RECOGNISED, Khvn.EXAMPLE.evaluate(Khvn.clan(5)).verdict(), "50 of 70");
    }

    @ParameterizedTest(name = "households {0}/1000 → {1}")
    @CsvSource({"699, NOT_MET", "700, MET"})
    void householdsHoldingLearningFamilyNeedSeventyPercent(int holding, Outcome expected) {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.hamlet(new TitleCounts(1000, holding), new TitleCounts(10, 10)));
        assertEquals(expected, outcome(a, "KHVN.CD.C1.1"));
        assertEquals(expected == Outcome.MET ? Verdict.LEVEL_1 : Verdict.NOT_RECOGNISED, a.verdict(),
                "the hamlet pass mark needs both indicators");
    }

    @ParameterizedTest(name = "citizens {0}/1000 → {1}")
    @CsvSource({"599, NOT_MET", "600, MET"})
    void citizensHoldingLearningCitizenNeedSixtyPercent(int holding, Outcome expected) {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.hamlet(new TitleCounts(10, 10), new TitleCounts(1000, holding)));
        assertEquals(expected, outcome(a, "KHVN.CD.C1.2"));
    }

    @ParameterizedTest(name = "members {0}/1000 → {1}")
    @CsvSource({"799, NOT_MET", "800, MET"})
    void unitMembersHoldingLearningCitizenNeedEightyPercent(int holding, Outcome expected) {
        GrassrootsUnitEvaluationRequest r = Khvn.grassroots(1000, holding);
        Assessment a = Khvn.EXAMPLE.evaluate(r);
        assertEquals(expected, outcome(a, "KHVN.DV.C1.1"));
        assertEquals(expected == Outcome.MET ? Verdict.LEVEL_1 : Verdict.NOT_RECOGNISED, a.verdict());
    }

    @Test
    void the2016To2020StructureAppliesUntilKeHoach123OfThe14thOfApril2022() {
        // The 2022 criteria were issued with Kế hoạch 123/KH-KHVN of 14/04/2022 (criteria.md §1, PROBABLE): QĐ 448
        // applies through 13/04/2022, and the assessment names the scheme that applied.
        HouseholdEvaluationRequest y2021 = household(2021).member(40, learningAdult()).build();
        assertEquals("KHVN.GD.2016", Khvn.EXAMPLE.evaluate(y2021).schemeId());
        HouseholdEvaluationRequest newYear = withReferenceDate(y2021, LocalDate.of(2022, 1, 1));
        assertEquals("KHVN.GD.2016", Khvn.EXAMPLE.evaluate(newYear).schemeId());
        HouseholdEvaluationRequest lastDay = withReferenceDate(y2021, LocalDate.of(2022, 4, 13));
        assertEquals("KHVN.GD.2016", Khvn.EXAMPLE.evaluate(lastDay).schemeId());
        HouseholdEvaluationRequest firstDay = withReferenceDate(y2021, LocalDate.of(2022, 4, 14));
        assertEquals("KHVN.GD", Khvn.EXAMPLE.evaluate(firstDay).schemeId());
        assertEquals("KHVN.GD", Khvn.EXAMPLE.evaluate(household(2022).member(40, learningAdult()).build()).schemeId());
    }

    private static HouseholdEvaluationRequest withReferenceDate(HouseholdEvaluationRequest r, LocalDate date) {
        Household h = r.household();
        return new HouseholdEvaluationRequest(r.evaluationYear(), date, h, r.memberFacts(), r.statements(),
                Map.of(), Map.of());
    }

    @Test
    void noSchemeCoversTheYearsBeforeTheFramework() {
        assertThrows(NoSchemeInForceException.class,
                () -> Khvn.EXAMPLE.evaluate(household(2015).member(40, learningAdult()).build()));
        assertThrows(NoSchemeInForceException.class, () -> Khvn.EXAMPLE.evaluate(new ClanEvaluationRequest(2021, null,
                new Clan("DH", "Họ Lê", List.of(), List.of()), null, List.of(), Map.of(), Map.of())));
    }
}
