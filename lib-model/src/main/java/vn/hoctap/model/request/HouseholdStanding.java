package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.subject.Household;
import vn.hoctap.model.subject.Title;

/**
 * One household of a clan or hamlet as their criteria count it: whether it holds "Gia đình học tập" for the evaluation
 * year. Built from the household's own evaluation ({@link #of(Assessment, int)}), from its recognitions
 * ({@link #of(Household, int)}), or stated by the caller.
 *
 * @param householdId  {@link Household#id()}
 * @param learningFamily whether it holds "Gia đình học tập" for the year; {@code null} if not known, which leaves the
 *                     indicators counting it "not determined"
 */
public record HouseholdStanding(String householdId, Boolean learningFamily) {
    public HouseholdStanding {
        requiredText(householdId, "householdId");
    }

    /**
     * The standing a household's own evaluation for {@code year} gives it: recognised when the verdict grants a level,
     * not recognised when it does not, unknown when the evaluation could not decide.
     *
     * @throws InvalidInputException when the assessment is of another year
     */
    public static HouseholdStanding of(Assessment assessment, int year) {
        required(assessment, "assessment");
        if (assessment.evaluationYear() != year) {
            throw new InvalidInputException("evaluationYear", "kết quả đánh giá năm " + assessment.evaluationYear()
                    + ", không phải năm " + year + " / the assessment is for " + assessment.evaluationYear()
                    + ", not " + year);
        }
        return new HouseholdStanding(assessment.subjectId(), switch (assessment.verdict()) {
            case LEVEL_1, LEVEL_2 -> true;
            case NOT_RECOGNISED -> false;
            case NOT_DETERMINED -> null;
        });
    }

    /** The standing a household's recognitions give it for {@code year}: it holds the title if awarded for that year. */
    public static HouseholdStanding of(Household household, int year) {
        required(household, "household");
        return new HouseholdStanding(household.id(),
                household.recognitions().stream().anyMatch(r -> r.title() == Title.LEARNING_FAMILY && r.year() == year));
    }
}
