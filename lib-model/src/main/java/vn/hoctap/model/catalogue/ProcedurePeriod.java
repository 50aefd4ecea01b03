package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import vn.hoctap.model.InvalidInputException;

/**
 * Who receives and who decides a title over a period that differs from the scheme's text, e.g. from 01/07/2025,
 * when the district tier was abolished, a commune's dossier goes to the Sở GD&amp;ĐT and its director decides
 * (criteria.md §9). The period applies to a recognition whose decision falls in it.
 *
 * @param from      first day of the period (a decision on or after it)
 * @param to        first day it no longer applies, or {@code null}
 * @param procedure who receives and decides in the period, or {@code null} when no replacement is known: the
 *                  deciding authority of the text is gone and the library does not invent one
 * @param status    how sure the library is of it (a province pack's own decision is {@link Status#VERIFIED})
 * @param citation  where it is said (for a gap, where the change that made it is said)
 * @param noteVi    what changed, in plain words, shown in every assessment the period applies to
 * @param noteEn    the same in English
 */
public record ProcedurePeriod(LocalDate from, LocalDate to, Procedure procedure, Status status, Citation citation,
                              String noteVi, String noteEn) {
    public ProcedurePeriod {
        required(from, "from");
        required(status, "status");
        required(citation, "citation");
        required(noteVi, "noteVi");
        required(noteEn, "noteEn");
        if (to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "phải sau from / must be after from");
        }
    }

    /** Whether a decision taken on {@code date} falls in the period. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    /** Whether anyone is known to receive and decide in the period. */
    public boolean authorityKnown() {
        return procedure != null;
    }
}
