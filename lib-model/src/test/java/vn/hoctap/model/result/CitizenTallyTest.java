package vn.hoctap.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;

/** The counts a commune's evaluation takes from its people (TT 25/2023 Art. 6.5): titles, and training levels. */
class CitizenTallyTest {

    private static CitizenEvaluationRequest request(String id, int year, Qualification q) {
        return new CitizenEvaluationRequest(year, null, new Person(id, null, null, null, null), null, q);
    }

    private static Assessment assessment(String id, int year, Verdict verdict) {
        return new Assessment(id, id, "CDHT", "“Công dân học tập”", "Learning citizen", "324/QĐ-KHVN", year,
                LocalDate.of(year, 12, 31), verdict, null, null, null, null, "", "");
    }

    @Test
    void countsVerdictsAndQualificationsAUniversityGraduateCountingAsTrainedToo() {
        List<CitizenEvaluationRequest> people = List.of(
                request("a", 2024, Qualification.UNIVERSITY_OR_HIGHER),
                request("b", 2024, Qualification.VOCATIONAL_OR_PROFESSIONAL),
                request("c", 2024, Qualification.NONE),
                request("d", 2024, null),
                request("a", 2025, Qualification.UNIVERSITY_OR_HIGHER));
        List<Assessment> results = List.of(assessment("a", 2024, Verdict.LEVEL_1),
                assessment("b", 2024, Verdict.NOT_RECOGNISED), assessment("c", 2024, Verdict.NOT_DETERMINED),
                assessment("d", 2024, Verdict.LEVEL_1), assessment("a", 2025, Verdict.LEVEL_1));
        assertEquals(new CitizenTally(5, 3, 1, 1, 3, 2, 1), CitizenTally.of(people, results));
    }

    @Test
    void tallyOfSlicesAddsUp() {
        CitizenTally a = new CitizenTally(3, 1, 1, 1, 2, 1, 0);
        CitizenTally b = new CitizenTally(2, 2, 0, 0, 0, 0, 2);
        assertEquals(new CitizenTally(5, 3, 1, 1, 2, 1, 2), a.plus(b));
        assertEquals(a, CitizenTally.none().plus(a));
    }

    @Test
    void aPersonTwiceInTheSameYearIsRefusedAtTheLaterIndex() {
        List<CitizenEvaluationRequest> people = List.of(request("a", 2024, null), request("b", 2024, null),
                request("a", 2024, null));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CitizenTally.requireDistinct(people));
        assertEquals("$[2].person.id", e.path());
        assertTrue(e.problem().contains("[0]"), e.problem());
    }

    @Test
    void assessmentsMustMatchTheirRequests() {
        List<CitizenEvaluationRequest> people = List.of(request("a", 2024, null));
        assertThrows(IllegalArgumentException.class, () -> CitizenTally.of(people, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> CitizenTally.of(people, List.of(assessment("b", 2024, Verdict.LEVEL_1))));
        assertThrows(IllegalArgumentException.class,
                () -> CitizenTally.of(people, List.of(assessment("a", 2025, Verdict.LEVEL_1))));
    }

    @Test
    void inconsistentCountsAreRefused() {
        assertThrows(InvalidInputException.class, () -> new CitizenTally(2, 1, 0, 0, 0, 0, 0));
        assertThrows(InvalidInputException.class, () -> new CitizenTally(1, 1, 0, 0, 0, 1, 0));
        assertThrows(InvalidInputException.class, () -> new CitizenTally(1, 1, 0, 0, 1, 0, 1));
        assertThrows(InvalidInputException.class, () -> new CitizenTally(-1, -1, 0, 0, 0, 0, 0));
    }

    /** Proves that a negative count is refused in each of the eight places, and that zero everywhere is a tally. */
    @Test
    void aNegativeCountIsRefusedWhereverItIs() {
        for (int i = 0; i < 8; i++) {
            int[] n = new int[8];
            n[i] = -1;
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new CitizenTally(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]), "count " + i);
            assertTrue(e.getMessage().contains("counts must not be negative"), e.getMessage());
        }
        assertEquals(0, new CitizenTally(0, 0, 0, 0, 0, 0, 0, 0).evaluated());
    }

    @Test
    void onlyTheTrainedCountForProfessionalTraining() {
        assertTrue(Qualification.UNIVERSITY_OR_HIGHER.professionallyTrained());
        assertTrue(Qualification.VOCATIONAL_OR_PROFESSIONAL.professionallyTrained());
        assertEquals(false, Qualification.NONE.professionallyTrained());
    }
}
