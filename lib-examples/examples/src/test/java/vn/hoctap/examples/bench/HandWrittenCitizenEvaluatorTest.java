package vn.hoctap.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.rules.Evaluator;

/**
 * The hand-written baseline of {@link HandWrittenComparisonBenchmark} says what the library says (verdict, and each
 * indicator's points, outcome and Vietnamese sentence), so that timing them compares like with like. The benchmark
 * checks 100,000 people before it times; this checks 5,000 and the boundaries of the pass mark and the floor.
 */
class HandWrittenCitizenEvaluatorTest {
    private static final Evaluator LIBRARY = Evaluator.national();
    private static final HandWrittenCitizenEvaluator HAND_WRITTEN =
            HandWrittenCitizenEvaluator.of(LIBRARY, LocalDate.of(2024, 12, 31));

    @Test
    void agreesWithTheLibraryOnGeneratedPeople() {
        HandWrittenAgreement.check(LIBRARY, HAND_WRITTEN, CitizenBenchmark.people(5_000, CitizenBenchmark.SEED + 1));
    }

    @Test
    void theVerdictAloneIsTheExplainedVerdict() {
        for (CitizenEvaluationRequest person : CitizenBenchmark.people(5_000, CitizenBenchmark.SEED + 2)) {
            assertEquals(HAND_WRITTEN.evaluate(person).verdict(), HAND_WRITTEN.verdict(person), person.person().id());
        }
    }

    /** Ten scores, a blank for none, e.g. "8 8 8 8 8 8 8 8 8 7.5" (79.5 points: one short of the pass mark 80). */
    @ParameterizedTest
    @CsvSource({
        "8 8 8 8 8 8 8 8 8 8, LEVEL_1",
        "8 8 8 8 8 8 8 8 8 7.5, NOT_RECOGNISED",
        "10 10 10 10 10 10 10 10 10 5, LEVEL_1",
        "10 10 10 10 10 10 10 10 10 4.5, NOT_RECOGNISED",
        "8.0 8.0 8 8 8 8 8 8 8 8, LEVEL_1",
        "8 8 8 8 8 8 8 8 8 -, NOT_DETERMINED",
        "7.5 8 8 8 8 8 8 8 8 -, NOT_DETERMINED",
        "7 7 7 7 7 7 7 7 7 -, NOT_RECOGNISED",
        "10 10 10 10 10 10 10 10 4 -, NOT_RECOGNISED",
        "- - - - - - - - - -, NOT_DETERMINED",
        "0 0 0 0 0 0 0 0 0 0, NOT_RECOGNISED"})
    void agreesAtThePassMarkAndTheFloor(String scores, Verdict verdict) {
        CitizenEvaluationRequest person = person(scores);
        HandWrittenAgreement.check(LIBRARY, HAND_WRITTEN, List.of(person));
        assertEquals(verdict, HAND_WRITTEN.verdict(person));
    }

    @Test
    void refusesAScoreAboveTheMaximumAsTheLibraryDoes() {
        CitizenEvaluationRequest person = person("8 8 8 8 10.5 8 8 8 8 8");
        InvalidInputException library = assertThrows(InvalidInputException.class, () -> LIBRARY.evaluate(person));
        InvalidInputException handWritten = assertThrows(InvalidInputException.class,
                () -> HAND_WRITTEN.verdict(person));
        assertEquals(library.path(), handWritten.path());
    }

    @Test
    void refusesARequestOfAnotherDate() {
        CitizenEvaluationRequest person = new CitizenEvaluationRequest(2025, null,
                new Person("CD1", null, 1980, TargetGroup.values()[0], List.of()), CitizenScores.none(), null);
        assertThrows(IllegalArgumentException.class, () -> HAND_WRITTEN.evaluate(person));
    }

    private static CitizenEvaluationRequest person(String scores) {
        String[] given = scores.split(" ");
        Map<CitizenInput, BigDecimal> map = new EnumMap<>(CitizenInput.class);
        for (CitizenInput input : CitizenInput.values()) {
            String s = given[input.ordinal()];
            if (!s.equals("-")) {
                map.put(input, new BigDecimal(s));
            }
        }
        return new CitizenEvaluationRequest(2024, null,
                new Person("CD-" + scores.replace(' ', '_'), null, 1980, TargetGroup.values()[0], List.of()),
                CitizenScores.of(map), null);
    }
}
