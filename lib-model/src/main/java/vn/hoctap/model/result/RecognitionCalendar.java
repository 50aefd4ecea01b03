package vn.hoctap.model.result;

import java.time.LocalDate;

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
 */
public record RecognitionCalendar(LocalDate dossierDueBefore, LocalDate decisionDueBefore,
                                  Integer decisionWithinWorkingDays,
                                  LocalDate level2RequestableFrom, LocalDate validUntil,
                                  LocalDate currentRecognitionValidUntil) {
}
