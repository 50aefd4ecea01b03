package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.requiredText;

import java.util.List;
import java.util.Objects;
import vn.hoctap.model.InvalidInputException;

/**
 * A person ("cá nhân", "công dân"), the subject of "Công dân học tập" (QĐ 324/QĐ-KHVN) and the unit that household,
 * commune and organisation rules count.
 *
 * <p>Who confirms "Công dân học tập" and how long it lasts are UNKNOWN (criteria.md §7). The library therefore
 * records only the year each award was made for; {@link #holds(Title, int)} answers for that year alone, and any
 * longer validity is a rule pack's parameter, applied by the rule, not here.
 *
 * @param id           the caller's stable identifier (citizen id, household-register entry); required and
 *                     unique within the household or list that carries the person
 * @param fullName     full name ("họ và tên"), or {@code null}: rules never need it, and leaving it out keeps
 *                     personal data out of requests that do not need it
 * @param birthYear    calendar year of birth, 1900 to 2100, or {@code null} if not given; age bands (for example
 *                     adults 19-60 in a household, NĐ 20/2014 literacy bands) are computed from it
 * @param targetGroup  the self-assessment form the person uses, or {@code null} if not stated
 * @param recognitions "Công dân học tập" awards held, each with its year; no other title is accepted
 */
public record Person(String id, String fullName, Integer birthYear, TargetGroup targetGroup,
                     List<Recognition> recognitions) {
    /** Bounds are fixed rather than taken from today's date, so a document reads the same on any day. */
    private static final int EARLIEST_BIRTH_YEAR = 1900;
    private static final int LATEST_BIRTH_YEAR = 2100;

    public Person {
        requiredText(id, "id");
        if (birthYear != null && (birthYear < EARLIEST_BIRTH_YEAR || birthYear > LATEST_BIRTH_YEAR)) {
            throw new InvalidInputException("birthYear", "năm sinh không hợp lệ (" + birthYear
                    + ") / implausible year of birth (" + birthYear + ")");
        }
        recognitions = SubjectChecks.recognitions(recognitions, Title.LEARNING_CITIZEN);
        if (birthYear != null) {
            for (int i = 0; i < recognitions.size(); i++) {
                if (recognitions.get(i).year() < birthYear) {
                    throw new InvalidInputException("recognitions[" + i + "].year",
                            "trước năm sinh (" + birthYear + ") / precedes the year of birth (" + birthYear + ")");
                }
            }
        }
    }

    /** Whether the person was awarded {@code title} for the evaluation year {@code year}. */
    public boolean holds(Title title, int year) {
        Objects.requireNonNull(title, "title");
        return recognitions.stream().anyMatch(r -> r.title() == title && r.year() == year);
    }
}
