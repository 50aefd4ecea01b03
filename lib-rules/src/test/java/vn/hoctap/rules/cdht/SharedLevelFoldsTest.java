package vn.hoctap.rules.cdht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.rules.Evaluator;

/**
 * A points level is folded once for every person whose criteria came to the same tallies and the same indicators not
 * met or not determined ({@code engine/LevelFolds}), and the summary after the person's name with it. These prove
 * that the sharing is exact: people who share a level with others, and people who differ from them in one thing the
 * level or its summary reads (the evaluation year, the reference date, which indicator is below the floor, which score
 * is missing), each get the assessment an evaluator that has judged nobody else gives.
 */
class SharedLevelFoldsTest {
    private static CitizenEvaluationRequest person(String id, int year, String referenceDate, Object... scores) {
        Map<CitizenInput, BigDecimal> given = new EnumMap<>(CitizenInput.class);
        for (CitizenInput input : CitizenInput.values()) {
            given.put(input, BigDecimal.valueOf(8));
        }
        for (int i = 0; i < scores.length; i += 2) {
            CitizenInput input = (CitizenInput) scores[i];
            if (scores[i + 1] == null) {
                given.remove(input);
            } else {
                given.put(input, BigDecimal.valueOf((Integer) scores[i + 1]));
            }
        }
        return new CitizenEvaluationRequest(year, referenceDate == null ? null : java.time.LocalDate.parse(referenceDate),
                new Person(id, "Người " + id, 1980, TargetGroup.values()[0], List.of()), CitizenScores.of(given), null);
    }

    private static LevelResult title(Assessment a) {
        return a.levels().get(0);
    }

    @Test
    void peopleWhoseCriteriaAddUpAlikeShareTheLevelAndEveryoneGetsTheirOwnAssessment() {
        CitizenInput i1 = CitizenInput.KEEPING_INFORMED;
        CitizenInput i2 = CitizenInput.LEARNING_PLAN;
        CitizenInput ii2 = CitizenInput.FOREIGN_LANGUAGE;
        List<CitizenEvaluationRequest> people = List.of(
                person("A", 2024, null, i1, 9, i2, 7),
                // The same criterion totals as A by other indicators: the level is A's, the criteria are not.
                person("B", 2024, null, i1, 7, i2, 9),
                // A's scores in 2025, then for 2024 under the rules of the same day: the summary names the year.
                person("C", 2025, null, i1, 9, i2, 7),
                person("C2", 2024, "2025-12-31", i1, 9, i2, 7),
                // For 2024 under the rules of another day.
                person("D", 2024, "2024-06-30", i1, 9, i2, 7),
                // Below the floor on one indicator, then on another with the same total.
                person("E", 2024, null, i1, 2, i2, 9),
                person("F", 2024, null, i1, 9, i2, 2),
                // A score missing, then another of the same criterion.
                person("G", 2024, null, i1, null),
                person("H", 2024, null, i2, null),
                person("I", 2024, null, i1, null, ii2, null));
        Evaluator evaluator = Evaluator.national();
        // Twice: the first batch folds and keeps, the second is answered from what was kept.
        evaluator.evaluateCitizens(people);
        List<Assessment> shared = evaluator.evaluateCitizens(people);

        Assessment a = shared.get(0);
        Assessment b = shared.get(1);
        assertNotEquals(title(a).results().get(0), title(b).results().get(0), "A and B differ on criterion I");
        assertEquals(title(a).explanationVi(), title(b).explanationVi(), "but add up alike");
        assertEquals(a.summaryVi().replace("Người A", "Người B"), b.summaryVi());
        assertNotSame(a.summaryVi(), b.summaryVi());
        assertEquals(Verdict.NOT_RECOGNISED, shared.get(5).verdict());
        assertNotEquals(title(shared.get(5)).explanationVi(), title(shared.get(6)).explanationVi(),
                "the level's sentence names the indicator below the floor");
        assertEquals(Verdict.NOT_DETERMINED, shared.get(7).verdict());

        for (int i = 0; i < people.size(); i++) {
            assertEquals(Evaluator.national().evaluate(people.get(i)), shared.get(i),
                    "person " + people.get(i).person().id() + " as an evaluator that judged nobody else says");
        }
        assertEquals(shared.stream().map(Assessment::verdict).toList(), evaluator.verdictsOfCitizens(people),
                "the verdicts without sentences share levels the same way");
    }
}
