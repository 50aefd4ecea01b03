package vn.hoctap.rules.cdht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.rules.Evaluator;

/**
 * A criterion folded from remembered answers is made once and shared by every later person whose checks of it got
 * the same answers ({@code engine/CriterionFolds}). These prove that the sharing happens, and that it is exact: every
 * person's assessment equals the one an evaluator that has judged nobody else gives.
 */
class SharedCriterionFoldsTest {
    private static CitizenEvaluationRequest person(String id, int keepingInformed, int foreignLanguage) {
        Map<CitizenInput, BigDecimal> scores = new EnumMap<>(CitizenInput.class);
        for (CitizenInput input : CitizenInput.values()) {
            scores.put(input, BigDecimal.valueOf(8));
        }
        scores.put(CitizenInput.KEEPING_INFORMED, BigDecimal.valueOf(keepingInformed));
        scores.put(CitizenInput.FOREIGN_LANGUAGE, BigDecimal.valueOf(foreignLanguage));
        return new CitizenEvaluationRequest(2024, null,
                new Person(id, "Người " + id, 1980, TargetGroup.values()[0], List.of()), CitizenScores.of(scores), null);
    }

    private static CriterionResult criterion(Assessment a, int index) {
        return a.levels().get(0).results().get(index);
    }

    @Test
    void peopleJudgedAlikeOnACriterionShareItsResultAndNothingElseChanges() {
        List<CitizenEvaluationRequest> people = List.of(
                person("A", 9, 7), person("B", 9, 7), person("C", 3, 7), person("D", 9, 2));
        Evaluator evaluator = Evaluator.national();
        // Twice: the first batch judges and remembers, the second is answered from memory.
        evaluator.evaluateCitizens(people);
        List<Assessment> shared = evaluator.evaluateCitizens(people);
        Assessment a = shared.get(0);
        Assessment b = shared.get(1);
        Assessment c = shared.get(2);
        Assessment d = shared.get(3);

        // Criterion I (keeping informed is I.1) and II (foreign language is II.2) as the scores say.
        assertSame(criterion(a, 0), criterion(b, 0), "A and B answer criterion I alike");
        assertSame(criterion(a, 1), criterion(b, 1), "A and B answer criterion II alike");
        assertSame(criterion(a, 1), criterion(c, 1), "C differs from A on criterion I only");
        assertNotSame(criterion(a, 0), criterion(c, 0));
        assertNotEquals(criterion(a, 0), criterion(c, 0));
        assertSame(criterion(a, 0), criterion(d, 0), "D differs from A on criterion II only");
        assertNotEquals(criterion(a, 1), criterion(d, 1));
        assertSame(criterion(a, 2), criterion(d, 2));

        for (int i = 0; i < people.size(); i++) {
            assertEquals(Evaluator.national().evaluate(people.get(i)), shared.get(i),
                    "person " + people.get(i).person().id() + " as an evaluator that judged nobody else says");
        }
    }
}
