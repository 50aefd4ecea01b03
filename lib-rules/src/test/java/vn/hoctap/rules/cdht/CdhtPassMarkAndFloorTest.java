package vn.hoctap.rules.cdht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.cdht.CdhtRequests.all;
import static vn.hoctap.rules.cdht.CdhtRequests.person;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Person;
import vn.hoctap.rules.Evaluator;

/**
 * The two thresholds of "Công dân học tập" (criteria.md §7, PROBABLE): a total of at least 80 (CDHT.PASS_MARK) and no
 * indicator below 5 (CDHT.MIN_INDICATOR_POINTS), each from both sides; and the maximum of 10 per indicator
 * (CDHT.MAX_INDICATOR_POINTS), above which a score is refused with its JSON path.
 */
class CdhtPassMarkAndFloorTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    static LevelResult title(Assessment a) {
        return a.level(Level.LEVEL_1).orElseThrow();
    }

    static IndicatorResult indicator(Assessment a, String id) {
        return a.indicator(id, Level.LEVEL_1).orElseThrow();
    }

    @Test
    void aTotalOf79FailsAndTheExplanationSaysWhy() {
        Assessment a = EVALUATOR.evaluate(person("8", "8", "8", "8", "8", "8", "8", "8", "8", "7"));
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertEquals(0, new BigDecimal("79").compareTo(title(a).points()));
        assertEquals(0, new BigDecimal("100").compareTo(title(a).maxPoints()));
        assertEquals(0, new BigDecimal("80").compareTo(title(a).passMark()));
        assertEquals(Outcome.NOT_MET, title(a).outcome());
        assertTrue(title(a).results().stream().allMatch(c -> c.outcome() == Outcome.MET),
                "every group is met; only the total fails");
        assertEquals("Tổng điểm 79/100; cần ít nhất 80 điểm [324/QĐ-KHVN]. Không đạt.", title(a).explanationVi());
        assertEquals("Total 79 of 100 points; at least 80 needed [324/QĐ-KHVN]. Not met.", title(a).explanationEn());
    }

    @Test
    void aTotalOf80EarnsTheTitle() {
        Assessment a = EVALUATOR.evaluate(person(all("8")));
        assertEquals(Verdict.LEVEL_1, a.verdict());
        assertEquals(0, new BigDecimal("80").compareTo(title(a).points()));
        assertEquals(Outcome.MET, title(a).outcome());
    }

    @Test
    void halfPointsCountExactly() {
        assertEquals(Verdict.NOT_RECOGNISED, EVALUATOR.evaluate(
                person("8", "8", "8", "8", "8", "8", "8", "8", "8", "7.5")).verdict(), "79.5 < 80");
        assertEquals(Verdict.LEVEL_1, EVALUATOR.evaluate(
                person("8.5", "8", "8", "8", "8", "8", "8", "8", "8", "7.5")).verdict(), "80 = 80");
        assertEquals(Verdict.NOT_RECOGNISED, EVALUATOR.evaluate(
                person("8", "8", "8", "8", "8", "8", "8", "8", "8", "7.99")).verdict(), "79.99 < 80");
    }

    /** Each indicator just below the floor, the others full marks: 94.9 points are not enough. */
    @ParameterizedTest
    @EnumSource(CitizenInput.class)
    void anyIndicatorAt4point9FailsWhateverTheTotal(CitizenInput low) {
        Assessment a = EVALUATOR.evaluate(person(withOne(low, "4.9", "10")));
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertEquals(0, new BigDecimal("94.9").compareTo(title(a).points()));
        for (CriterionResult c : title(a).results()) {
            for (IndicatorResult i : c.indicators()) {
                boolean isLow = i.measurements().get(0).input().equals(low.jsonName());
                assertEquals(isLow ? Outcome.NOT_MET : Outcome.MET, i.outcome(), i.indicatorId());
                if (isLow) {
                    assertEquals(Reason.BELOW_THRESHOLD, i.reason());
                    assertEquals(Outcome.NOT_MET, c.outcome(), "the group of " + i.indicatorId());
                    assertTrue(title(a).explanationVi().contains("chỉ tiêu dưới mức sàn: " + i.number()),
                            title(a).explanationVi());
                    assertTrue(i.explanationVi().contains("dưới mức sàn 5 điểm"), i.explanationVi());
                    assertTrue(a.summaryVi().contains("Chỉ tiêu không đạt: " + i.number() + "."), a.summaryVi());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "4.5", "4.99", "0"})
    void scoresBelowFiveFail(String score) {
        Assessment a = EVALUATOR.evaluate(person(withOne(CitizenInput.NUMERACY, score, "10")));
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertEquals(Outcome.NOT_MET, indicator(a, "CDHT.II.3").outcome());
    }

    @ParameterizedTest
    @EnumSource(CitizenInput.class)
    void anyIndicatorAtExactlyFiveIsEnoughWithATotalOf95(CitizenInput onFloor) {
        Assessment a = EVALUATOR.evaluate(person(withOne(onFloor, "5", "10")));
        assertEquals(Verdict.LEVEL_1, a.verdict());
        assertEquals(0, new BigDecimal("95").compareTo(title(a).points()));
    }

    @Test
    void theFloorAndThePassMarkAreSeparateRequirements() {
        // Every indicator on the floor: none below it, but 50 points.
        Assessment a = EVALUATOR.evaluate(person(all("5")));
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        assertTrue(title(a).results().stream().allMatch(c -> c.outcome() == Outcome.MET));
    }

    @Test
    void tenIsTheMostAnIndicatorCanScore() {
        Assessment a = EVALUATOR.evaluate(person(all("10")));
        assertEquals(Verdict.LEVEL_1, a.verdict());
        assertEquals(0, new BigDecimal("100").compareTo(title(a).points()));
        IndicatorResult i = indicator(a, "CDHT.I.1");
        assertEquals("10/10", i.measurements().get(0).observed());
        assertEquals("5–10", i.measurements().get(0).threshold());
        assertEquals("CDHT.MIN_INDICATOR_POINTS", i.measurements().get(0).parameterId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.01", "10.5", "11", "100"})
    void aScoreAboveTenIsRefusedWithItsJsonPath(String score) {
        String json = """
                { "evaluationYear": 2024,
                  "person": { "id": "P1", "targetGroup": "FARMERS_AND_RURAL_WORKERS" },
                  "scores": { "keepingInformed": 9, "numeracy": %s } }
                """.formatted(score);
        CitizenEvaluationRequest request = HoctapJson.read(json, CitizenEvaluationRequest.class);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EVALUATOR.evaluate(request));
        assertEquals("$.scores.numeracy", e.path());
        assertTrue(e.problem().contains("CDHT.MAX_INDICATOR_POINTS"), e.problem());
        assertTrue(e.problem().contains("II.3"), e.problem());
    }

    @Test
    void inAListTheRefusalNamesThePersonByIndex() {
        List<CitizenEvaluationRequest> people = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            people.add(new CitizenEvaluationRequest(2024, null, new Person("P" + i, null,
                    null, null, null), i == 777 ? withOne(CitizenInput.COOPERATION, "12", "9") : all("9"), null));
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EVALUATOR.evaluateCitizens(people));
        assertEquals("$[777].scores.cooperation", e.path());
        InvalidInputException t = assertThrows(InvalidInputException.class, () -> EVALUATOR.tallyCitizens(people));
        assertEquals("$[777].scores.cooperation", t.path());
    }

    /** Every indicator at {@code others}, {@code input} at {@code score}. */
    static CitizenScores withOne(CitizenInput input, String score, String others) {
        Map<CitizenInput, BigDecimal> m = new EnumMap<>(CitizenInput.class);
        for (CitizenInput i : CitizenInput.values()) {
            m.put(i, new BigDecimal(i == input ? score : others));
        }
        return CitizenScores.of(m);
    }
}
