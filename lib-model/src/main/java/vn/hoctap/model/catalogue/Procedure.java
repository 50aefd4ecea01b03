package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import java.time.MonthDay;

/**
 * Who decides a recognition and by when, in the year after the evaluation year.
 *
 * @param authorityVi         who decides, e.g. "Chủ tịch Ủy ban nhân dân cấp huyện"
 * @param authorityEn         the same in English
 * @param authorityCitation   where that is said
 * @param dossierRecipientVi  who receives the dossier, e.g. "Phòng Giáo dục và Đào tạo"
 * @param dossierRecipientEn  the same in English
 * @param dossierDueBefore    the dossier is sent before this day of the following year
 * @param decisionDueBefore   the decision is taken before this day of the following year
 * @param timetableCitation   where the two dates are said
 */
public record Procedure(String authorityVi, String authorityEn, Citation authorityCitation,
                        String dossierRecipientVi, String dossierRecipientEn, MonthDay dossierDueBefore,
                        MonthDay decisionDueBefore, Citation timetableCitation) {
    public Procedure {
        requiredText(authorityVi, "authorityVi");
        requiredText(authorityEn, "authorityEn");
        required(authorityCitation, "authorityCitation");
        requiredText(dossierRecipientVi, "dossierRecipientVi");
        requiredText(dossierRecipientEn, "dossierRecipientEn");
        required(dossierDueBefore, "dossierDueBefore");
        required(decisionDueBefore, "decisionDueBefore");
        required(timetableCitation, "timetableCitation");
    }
}
