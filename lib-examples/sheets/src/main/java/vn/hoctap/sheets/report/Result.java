package vn.hoctap.sheets.report;

import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;

/**
 * One subject's result as the yearly report counts it.
 *
 * @param year      the evaluation year
 * @param title     the title evaluated
 * @param tier      its tier
 * @param verdict   the conclusion
 * @param commune   the commune it is counted under (a citizen's, a unit's, the commune itself), or {@code null}
 * @param subjectId the subject's id
 */
public record Result(int year, Title title, AdministrativeTier tier, Verdict verdict, String commune,
                     String subjectId) {
    /** Whether the verdict grants a level. */
    public boolean recognised() {
        return verdict.level().isPresent();
    }
}
