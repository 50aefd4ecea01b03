package vn.hoctap.model.request;

import java.util.Optional;

/**
 * A household's yes/no statements for the criteria judged on the whole household rather than counted over its
 * members. What they require is the province's set (criteria.md §8: the 2016-2020 structure names the criteria, not
 * their content). A {@code null} statement is not given: the indicator that needs it is "not determined".
 *
 * @param learningConditions the household has the learning conditions its province's set asks for ("điều kiện học
 *                           tập của gia đình": books, a place and time to study...)
 * @param learningImpact     learning has the effect on the household's life that its province's set asks for ("tác
 *                           động của học tập": income, health, culture...)
 */
public record HouseholdStatements(Boolean learningConditions, Boolean learningImpact) {

    /** No statement given. */
    public static HouseholdStatements none() {
        return new HouseholdStatements(null, null);
    }

    /** The statement for a {@link Input.Measure#STATEMENT} input, if given. */
    public Optional<Boolean> get(HouseholdInput input) {
        return Optional.ofNullable(switch (input) {
            case LEARNING_CONDITIONS -> learningConditions;
            case LEARNING_IMPACT -> learningImpact;
            default -> throw new IllegalArgumentException(input + " is not a statement");
        });
    }
}
