package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;

/**
 * A request to evaluate one person for "Công dân học tập" (QĐ 324/QĐ-KHVN, 2023) for one evaluation year, from the
 * scores of their self-assessment form.
 *
 * <p>The person's target group ({@link Person#targetGroup()}) says which of the four forms they filled in. The
 * library does not know how the forms differ (criteria.md §7), so every group is scored on the same ten indicators;
 * the group is carried into the assessment as a notice. Earlier awards are the person's
 * {@link Person#recognitions()}.
 *
 * @param evaluationYear the calendar year evaluated ("năm đánh giá")
 * @param referenceDate  the date whose rules apply; {@code null} means 31 December of the evaluation year
 * @param person         the person evaluated
 * @param scores         the self-assessed scores; {@code null} means none given
 * @param qualification  the person's highest professional or technical training, or {@code null} if not stated; it
 *                       does not enter this title, but a commune's evaluation under TT 25 Art. 6.5.b counts it
 */
public record CitizenEvaluationRequest(Integer evaluationYear, LocalDate referenceDate, Person person,
                                       CitizenScores scores, Qualification qualification) implements EvaluationRequest {
    public CitizenEvaluationRequest {
        RequestChecks.referenceDate(referenceDate, RequestChecks.evaluationYear(evaluationYear));
        required(person, "person");
        RequestChecks.bornBy(person, evaluationYear, "person.birthYear");
        if (scores == null) {
            scores = CitizenScores.none();
        }
    }

    /** The date whose rules apply: the reference date if given, else 31 December of the evaluation year. */
    public LocalDate effectiveReferenceDate() {
        return referenceDate != null ? referenceDate : LocalDate.of(evaluationYear, 12, 31);
    }

    /** The JSON path of the score for {@code input}, e.g. {@code $.scores.keepingInformed}. */
    public static String pathOf(CitizenInput input) {
        return "$.scores." + input.jsonName();
    }

    /** A copy with other scores. */
    public CitizenEvaluationRequest withScores(CitizenScores newScores) {
        return new CitizenEvaluationRequest(evaluationYear, referenceDate, person, newScores, qualification);
    }
}
