package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import java.time.MonthDay;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.AdministrativeTier;

/**
 * Who decides a recognition and by when, in the year after the evaluation year.
 *
 * @param authorityVi         who decides, e.g. "Chủ tịch Ủy ban nhân dân cấp huyện"
 * @param authorityEn         the same in English
 * @param authorityTier       the tier the deciding authority belongs to (a commune's title is decided by the
 *                            district's education office, TT 25 Art. 9), or {@code null} when the authority is not local
 *                            (a ministry, an association); an evaluation after that tier was abolished says so
 * @param authorityCitation   where that is said
 * @param dossierRecipientVi  who receives the dossier, e.g. "Phòng Giáo dục và Đào tạo"
 * @param dossierRecipientEn  the same in English
 * @param dossierDueBefore    the dossier is sent before this day of the following year, or {@code null} when the
 *                            library does not know the timetable (then the two decision fields and the timetable
 *                            citation are {@code null} too, and the assessment says so)
 * @param decisionDueBefore   the decision is taken before this day of the following year, or {@code null} when the
 *                            text counts from the dossier instead ({@code decisionWithinWorkingDays})
 * @param decisionWithinWorkingDays the decision is taken within this many working days of a complete dossier
 *                            (TT 25 Art. 19 for provinces), or {@code null} when {@code decisionDueBefore} is a date
 * @param timetableCitation   where the two dates are said; {@code null} only when the timetable is not known
 */
public record Procedure(String authorityVi, String authorityEn, AdministrativeTier authorityTier,
                        Citation authorityCitation, String dossierRecipientVi, String dossierRecipientEn,
                        MonthDay dossierDueBefore, MonthDay decisionDueBefore, Integer decisionWithinWorkingDays,
                        Citation timetableCitation) {
    public Procedure {
        requiredText(authorityVi, "authorityVi");
        requiredText(authorityEn, "authorityEn");
        required(authorityCitation, "authorityCitation");
        requiredText(dossierRecipientVi, "dossierRecipientVi");
        requiredText(dossierRecipientEn, "dossierRecipientEn");
        if (dossierDueBefore == null
                && (decisionDueBefore != null || decisionWithinWorkingDays != null || timetableCitation != null)) {
            throw new InvalidInputException("dossierDueBefore", "thời hạn chưa biết thì để trống cả lịch quyết"
                    + " định và trích dẫn / with an unknown timetable, leave the decision dates and their"
                    + " citation out too");
        }
        if (dossierDueBefore != null && (decisionDueBefore == null) == (decisionWithinWorkingDays == null)) {
            throw new InvalidInputException("decisionDueBefore", "cần đúng một trong decisionDueBefore và"
                    + " decisionWithinWorkingDays / give exactly one of decisionDueBefore and decisionWithinWorkingDays");
        }
        if (decisionWithinWorkingDays != null && decisionWithinWorkingDays <= 0) {
            throw new InvalidInputException("decisionWithinWorkingDays", "phải dương / must be positive");
        }
        if (dossierDueBefore != null) {
            required(timetableCitation, "timetableCitation");
        }
    }

    /** Whether the library knows when the dossier and the decision are due. */
    public boolean timetableKnown() {
        return dossierDueBefore != null;
    }
}
