package vn.hoctap.model.result;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.subject.Qualification;

/**
 * The counts a commune's evaluation needs from its people's "Công dân học tập" assessments (TT 25/2023 Art. 6.5, 7.5):
 * how many were evaluated, how many earn the title, how many could not be decided, and how many are trained at a
 * professional-technical level and at university level or higher.
 *
 * <p>A person holds the title here when their assessment grants it for the evaluation year ({@link Verdict#LEVEL_1},
 * the title's only level); an award recorded in {@code person.recognitions} is not counted again, except an earlier
 * year's award still kept for the year, which a caller names with {@link #of(List, List, java.util.function.Predicate)}. The counts are
 * counts of the list given: which people are the commune's citizens (TT 25's denominator) is the caller's choice.
 *
 * @param evaluated            people evaluated
 * @param holdingTitle         people whose assessment grants the title
 * @param notRecognised        people whose assessment does not, whatever data are missing
 * @param notDetermined        people whose missing scores could still change the answer
 * @param professionallyTrained people trained at a professional-technical level, university graduates included
 *                             ({@link Qualification#professionallyTrained()})
 * @param universityOrHigher   people with a university degree or higher
 * @param qualificationNotStated people whose request does not state a qualification
 * @param heldByKeptAward      of {@code holdingTitle}, those who hold the title by an earlier year's award still kept
 *                             rather than by their own result for the year
 */
public record CitizenTally(int evaluated, int holdingTitle, int notRecognised, int notDetermined,
                           int professionallyTrained, int universityOrHigher, int qualificationNotStated,
                           int heldByKeptAward) {
    public CitizenTally {
        // One test for all eight, without an array per tally: a tally is made per person counted. The OR of ints is
        // negative exactly when one of them is.
        if ((evaluated | holdingTitle | notRecognised | notDetermined | professionallyTrained | universityOrHigher
                | qualificationNotStated | heldByKeptAward) < 0) {
            throw new InvalidInputException("evaluated", "số đếm không được âm / counts must not be negative");
        }
        if (heldByKeptAward > holdingTitle) {
            throw new InvalidInputException("heldByKeptAward", "nhiều hơn số người đạt danh hiệu / more than those"
                    + " holding the title");
        }
        if (holdingTitle + notRecognised + notDetermined != evaluated) {
            throw new InvalidInputException("evaluated", "tổng các kết luận khác số người được đánh giá"
                    + " / the verdicts do not add up to the number evaluated");
        }
        if (universityOrHigher > professionallyTrained
                || professionallyTrained + qualificationNotStated > evaluated) {
            throw new InvalidInputException("professionallyTrained", "số người theo trình độ không khớp"
                    + " / the qualification counts are inconsistent");
        }
    }

    /** Counts where nobody holds the title by a kept award. */
    public CitizenTally(int evaluated, int holdingTitle, int notRecognised, int notDetermined,
                        int professionallyTrained, int universityOrHigher, int qualificationNotStated) {
        this(evaluated, holdingTitle, notRecognised, notDetermined, professionallyTrained, universityOrHigher,
                qualificationNotStated, 0);
    }

    /** Nobody counted: the start of a sum of tallies ({@link #plus}). */
    public static CitizenTally none() {
        return new CitizenTally(0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Counts {@code requests} and their {@code assessments}, given in the same order (as
     * {@code Evaluator.evaluateCitizens} returns them).
     *
     * @throws IllegalArgumentException when the lists differ in length or an assessment is not of its request's person
     *                                  and year
     * @throws InvalidInputException    naming {@code $[i].person.id} when a person appears twice for the same year
     *                                  ({@link #requireDistinct})
     */
    public static CitizenTally of(List<CitizenEvaluationRequest> requests, List<Assessment> assessments) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(assessments, "assessments");
        if (requests.size() != assessments.size()) {
            throw new IllegalArgumentException(requests.size() + " requests but " + assessments.size()
                    + " assessments");
        }
        for (int i = 0; i < requests.size(); i++) {
            CitizenEvaluationRequest r = requests.get(i);
            Assessment a = assessments.get(i);
            if (!a.subjectId().equals(r.person().id()) || a.evaluationYear() != r.evaluationYear()) {
                throw new IllegalArgumentException("assessment " + i + " is of " + a.subjectId() + " for "
                        + a.evaluationYear() + ", its request of " + r.person().id() + " for " + r.evaluationYear());
            }
        }
        return ofVerdicts(requests, assessments.stream().map(Assessment::verdict).toList());
    }

    /**
     * What {@link #of(List, List)} counts, except that a person whose assessment does not grant the title (not
     * recognised or not determined) but whom {@code keeps} accepts (an earlier award still kept for the year) is
     * counted as holding it.
     *
     * @param requests    the people, in order
     * @param assessments their assessments, in the same order
     * @param keeps       which people hold a kept award; asked only of those whose assessment does not grant it
     * @throws IllegalArgumentException as {@link #of(List, List)}
     * @throws InvalidInputException    as {@link #of(List, List)}
     */
    public static CitizenTally of(List<CitizenEvaluationRequest> requests, List<Assessment> assessments,
                                  Predicate<CitizenEvaluationRequest> keeps) {
        Objects.requireNonNull(keeps, "keeps");
        CitizenTally tally = of(requests, assessments);
        for (int i = 0; i < requests.size(); i++) {
            Verdict v = assessments.get(i).verdict();
            if (v != Verdict.LEVEL_1 && v != Verdict.LEVEL_2 && keeps.test(requests.get(i))) {
                tally = tally.kept(v);
            }
        }
        return tally;
    }

    /**
     * {@link #one(CitizenEvaluationRequest, Verdict)}, counted as holding the title when the verdict does not grant
     * it but {@code kept} says an earlier award is still kept for the year.
     *
     * @param request the person
     * @param verdict their verdict
     * @param kept    whether they hold a kept award
     */
    public static CitizenTally one(CitizenEvaluationRequest request, Verdict verdict, boolean kept) {
        CitizenTally one = one(request, verdict);
        return kept && one.holdingTitle == 0 ? one.kept(verdict) : one;
    }

    /** This tally with one person judged {@code verdict} (not holding) moved into {@link #holdingTitle}. */
    private CitizenTally kept(Verdict verdict) {
        boolean undetermined = verdict == Verdict.NOT_DETERMINED;
        return new CitizenTally(evaluated, holdingTitle + 1, notRecognised - (undetermined ? 0 : 1),
                notDetermined - (undetermined ? 1 : 0), professionallyTrained, universityOrHigher,
                qualificationNotStated, heldByKeptAward + 1);
    }

    /**
     * Counts {@code requests} and their {@code verdicts}, given in the same order: what {@link #of} counts, for a
     * caller that judged the people without keeping their explanations.
     *
     * @throws IllegalArgumentException when the lists differ in length
     * @throws InvalidInputException    naming {@code $[i].person.id} when a person appears twice for the same year
     *                                  ({@link #requireDistinct})
     */
    public static CitizenTally ofVerdicts(List<CitizenEvaluationRequest> requests, List<Verdict> verdicts) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(verdicts, "verdicts");
        if (requests.size() != verdicts.size()) {
            throw new IllegalArgumentException(requests.size() + " requests but " + verdicts.size() + " verdicts");
        }
        requireDistinct(requests);
        int holding = 0;
        int notRecognised = 0;
        int notDetermined = 0;
        int trained = 0;
        int university = 0;
        int notStated = 0;
        for (int i = 0; i < requests.size(); i++) {
            CitizenEvaluationRequest r = requests.get(i);
            switch (verdicts.get(i)) {
                case LEVEL_1, LEVEL_2 -> holding++;
                case NOT_RECOGNISED -> notRecognised++;
                case NOT_DETERMINED -> notDetermined++;
            }
            Qualification q = r.qualification();
            if (q == null) {
                notStated++;
            } else {
                trained += q.professionallyTrained() ? 1 : 0;
                university += q == Qualification.UNIVERSITY_OR_HIGHER ? 1 : 0;
            }
        }
        return new CitizenTally(requests.size(), holding, notRecognised, notDetermined, trained, university,
                notStated);
    }

    /**
     * One person counted: {@code request} judged {@code verdict}. Tallies of people add up with {@link #plus}; a
     * caller adding people one at a time refuses a person named twice itself.
     */
    public static CitizenTally one(CitizenEvaluationRequest request, Verdict verdict) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(verdict, "verdict");
        boolean holding = verdict == Verdict.LEVEL_1 || verdict == Verdict.LEVEL_2;
        Qualification q = request.qualification();
        return new CitizenTally(1, holding ? 1 : 0, verdict == Verdict.NOT_RECOGNISED ? 1 : 0,
                verdict == Verdict.NOT_DETERMINED ? 1 : 0, q != null && q.professionallyTrained() ? 1 : 0,
                q == Qualification.UNIVERSITY_OR_HIGHER ? 1 : 0, q == null ? 1 : 0);
    }

    /**
     * Refuses a list that names the same person twice for the same evaluation year, who would be counted twice.
     *
     * @throws InvalidInputException naming {@code $[i].person.id}, the later of the two
     */
    public static void requireDistinct(List<CitizenEvaluationRequest> requests) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            CitizenEvaluationRequest r = requests.get(i);
            Integer earlier = seen.putIfAbsent(r.person().id() + "/" + r.evaluationYear(), i);
            if (earlier != null) {
                throw new InvalidInputException("$[" + i + "].person.id", "người '" + r.person().id()
                        + "' đã có ở [" + earlier + "] cho cùng năm / person '" + r.person().id()
                        + "' already at [" + earlier + "] for the same year");
            }
        }
    }

    /** The counts of two disjoint lists of people together. */
    public CitizenTally plus(CitizenTally other) {
        return new CitizenTally(evaluated + other.evaluated, holdingTitle + other.holdingTitle,
                notRecognised + other.notRecognised, notDetermined + other.notDetermined,
                professionallyTrained + other.professionallyTrained, universityOrHigher + other.universityOrHigher,
                qualificationNotStated + other.qualificationNotStated, heldByKeptAward + other.heldByKeptAward);
    }
}
