package vn.hoctap.model.result;

import java.time.LocalDate;
import vn.hoctap.model.catalogue.Status;

/**
 * The dates that follow from an evaluation year and from earlier decisions (TT 24 Art. 5, 10, 11, 16).
 *
 * @param dossierDueBefore      the dossier must reach the receiving office before this date
 * @param decisionDueBefore     the decision must be taken before this date, or {@code null} when the deadline runs
 *                              from the dossier ({@code decisionWithinWorkingDays})
 * @param decisionWithinWorkingDays the decision is due within this many working days of a complete dossier, or
 *                              {@code null} when {@code decisionDueBefore} is a date
 * @param level2RequestableFrom for a subject already recognised at level 1, the first day it may ask for level 2;
 *                              {@code null} when no level-1 decision is known
 * @param validUntil            if recognised for this evaluation year, the last day the recognition is kept
 * @param currentRecognitionValidUntil for the latest earlier decision, the last day it is kept; {@code null} if none
 * @param dossierRecipientVi    who receives this year's dossier, as applies on the date it would be decided on (after
 *                              the two-tier reform, e.g. the Sở GD&amp;ĐT for a commune); {@code null} when not known
 * @param dossierRecipientEn    the same in English
 * @param authorityVi           who decides, chosen the same way; {@code null} when not known (the notices say why)
 * @param authorityEn           the same in English
 * @param authorityStatus       how sure the library is of the two ({@code VERIFIED} for the text's own procedure);
 *                              {@code null} when they are not known
 */
public record RecognitionCalendar(LocalDate dossierDueBefore, LocalDate decisionDueBefore,
                                  Integer decisionWithinWorkingDays,
                                  LocalDate level2RequestableFrom, LocalDate validUntil,
                                  LocalDate currentRecognitionValidUntil, String dossierRecipientVi,
                                  String dossierRecipientEn, String authorityVi, String authorityEn,
                                  Status authorityStatus) {
    /** A calendar that names no receiving office nor authority. */
    public RecognitionCalendar(LocalDate dossierDueBefore, LocalDate decisionDueBefore,
                               Integer decisionWithinWorkingDays, LocalDate level2RequestableFrom,
                               LocalDate validUntil, LocalDate currentRecognitionValidUntil) {
        this(dossierDueBefore, decisionDueBefore, decisionWithinWorkingDays, level2RequestableFrom, validUntil,
                currentRecognitionValidUntil, null, null, null, null, null);
    }
}
