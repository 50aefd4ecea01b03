package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;

/** What each household share counts for one member, with three values: yes, no, not stated. */
class HouseholdInputTest {
    private static final Person P = new Person("p", null, 2010, null, List.of());

    private static MemberLearning schooling(Boolean atSchool, Boolean completed) {
        return new MemberLearning(atSchool, completed, null, null, null, null, null, null);
    }

    private static MemberLearning graded(Boolean results, Boolean conduct) {
        return new MemberLearning(true, null, results, conduct, null, null, null, null);
    }

    @Test
    void schoolingOrUniversalEducationNeedsOneOfTheTwo() {
        HouseholdInput in = HouseholdInput.CHILDREN_AT_SCHOOL_OR_COMPLETED;
        assertEquals(Optional.of(true), in.has(P, schooling(true, null), 2024));
        assertEquals(Optional.of(true), in.has(P, schooling(null, true), 2024));
        assertEquals(Optional.of(true), in.has(P, schooling(false, true), 2024));
        assertEquals(Optional.of(false), in.has(P, schooling(false, false), 2024));
        assertEquals(Optional.empty(), in.has(P, schooling(false, null), 2024));
        assertEquals(List.of("completedUniversalEducation"), in.unstatedFacts(schooling(false, null)));
        assertEquals(Optional.empty(), in.has(P, null, 2024));
        assertEquals(List.of("atSchoolAtRightAge", "completedUniversalEducation"), in.unstatedFacts(null));
    }

    @Test
    void resultsAndConductNeedBoth() {
        HouseholdInput in = HouseholdInput.PUPILS_RESULTS_AND_CONDUCT;
        assertEquals(Optional.of(true), in.has(P, graded(true, true), 2024));
        assertEquals(Optional.of(false), in.has(P, graded(true, false), 2024));
        assertEquals(Optional.of(false), in.has(P, graded(null, false), 2024));
        assertEquals(Optional.empty(), in.has(P, graded(true, null), 2024));
        assertEquals(HouseholdInput.Population.PUPILS, in.population());
    }

    @Test
    void literacyCountsFromLevelOne() {
        HouseholdInput in = HouseholdInput.ADULTS_LITERATE;
        for (LiteracyLevel l : LiteracyLevel.values()) {
            assertEquals(Optional.of(l != LiteracyLevel.NOT_LITERATE), in.has(P,
                    new MemberLearning(null, null, null, null, null, l, null, null), 2024), l.name());
        }
        assertEquals(List.of("literacy"), in.unstatedFacts(MemberLearning.none()));
    }

    @Test
    void learningCitizenIsReadFromTheAwardForTheYear() {
        Person holder = new Person("p", null, 1980, null,
                List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, 2023, null, null)));
        assertEquals(Optional.of(true), HouseholdInput.ADULTS_LEARNING_CITIZEN.has(holder, null, 2023));
        assertEquals(Optional.of(false), HouseholdInput.ADULTS_LEARNING_CITIZEN.has(holder, null, 2024));
        assertEquals(List.of(), HouseholdInput.ADULTS_LEARNING_CITIZEN.unstatedFacts(null));
    }

    @Test
    void statementsAreNotShares() {
        assertEquals(Input.Measure.STATEMENT, HouseholdInput.LEARNING_CONDITIONS.measure());
        assertEquals(Input.Measure.SHARE, HouseholdInput.ADULTS_LITERATE.measure());
        assertThrows(UnsupportedOperationException.class, HouseholdInput.LEARNING_IMPACT::population);
        assertThrows(UnsupportedOperationException.class, () -> HouseholdInput.LEARNING_IMPACT.has(P, null, 2024));
    }

    @Test
    void everyInputIsFoundByItsJsonName() {
        for (HouseholdInput in : HouseholdInput.values()) {
            assertEquals(Optional.of(in), HouseholdInput.fromJsonName(in.jsonName()));
        }
        assertEquals(Optional.empty(), HouseholdInput.fromJsonName("learningCondition"));
    }
}
