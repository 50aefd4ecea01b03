package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import java.time.LocalDate;

/**
 * The scheme that takes over from a scheme on the day that one stops, and how sure that day is: e.g. the association's
 * 2016-2020 "Gia đình học tập" framework (QĐ 448/QĐ-KHVN) gives way to the 2022 framework on 14/04/2022, the date of
 * Kế hoạch 123/KH-KHVN, which is PROBABLE (no later effective date is known; criteria.md, table of §1). Which scheme an
 * assessment uses follows the reference date; when the day is not {@link Status#VERIFIED}, an assessment dated in its
 * year before it says which scheme was chosen and why, in these words.
 *
 * @param scheme   the id of the scheme that takes over
 * @param from     the day it takes over: the older scheme's {@code effectiveTo}
 * @param status   how sure the library is of that day
 * @param citation where the day comes from
 * @param noteVi   why the day is what it is and how sure, shown in every assessment the notice is given to
 * @param noteEn   the same in English
 */
public record Succession(String scheme, LocalDate from, Status status, Citation citation, String noteVi,
                         String noteEn) {
    public Succession {
        requiredText(scheme, "scheme");
        required(from, "from");
        required(status, "status");
        required(citation, "citation");
        requiredText(noteVi, "noteVi");
        requiredText(noteEn, "noteEn");
    }

    /**
     * Whether an assessment dated {@code date} under the older scheme is one whose scheme depends on a day the library
     * is not sure of: the day is not verified, and {@code date} falls in its year before it.
     *
     * @param date the assessment's reference date
     * @return whether the assessment must say which scheme it used and why
     */
    public boolean uncertainOn(LocalDate date) {
        return status != Status.VERIFIED && date.isBefore(from) && date.getYear() == from.getYear();
    }
}
