package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import java.util.List;
import vn.hoctap.model.subject.Recognition;

/**
 * What follows from one recognition (TT 24 Art. 5, 10, 11, 16; TT 25 Art. 5, 9, 10, 14, 15, 19): when its dossier
 * and decision were due, when level 2 may be asked for, until when it is kept, and when re-recognition ("công nhận
 * lại") is due to keep the title without a gap.
 *
 * @param recognition               the recognition asked about
 * @param schemeId                  the scheme that governs it, e.g. {@code TT25.X}
 * @param document                  its legal text
 * @param dossierDueBefore          the dossier for its evaluation year was due before this date, or {@code null} when
 *                                  the title's procedure has no known timetable ("Công dân học tập", the association's
 *                                  titles)
 * @param decisionDueBefore         the decision was due before this date, or {@code null} when the text counts
 *                                  working days from the dossier instead
 * @param decisionWithinWorkingDays that count of working days, or {@code null}
 * @param level2RequestableFrom     for a level-1 recognition with a known decision date in a scheme with a level 2,
 *                                  the first day level 2 may be asked for; otherwise {@code null}
 * @param validUntil                the last day the recognition is kept
 * @param reRecognitionYear         the evaluation year whose dossier re-recognises the subject before the title
 *                                  lapses: the last year it is kept
 * @param reRecognitionDossierDueBefore its dossier is due before this date, or {@code null} as for
 *                                  {@code dossierDueBefore}
 * @param notices                   what the reader must know, e.g. that a tier involved no longer exists
 */
public record RecognitionTimeline(Recognition recognition, String schemeId, String document,
                                  LocalDate dossierDueBefore, LocalDate decisionDueBefore,
                                  Integer decisionWithinWorkingDays, LocalDate level2RequestableFrom,
                                  LocalDate validUntil, int reRecognitionYear, LocalDate reRecognitionDossierDueBefore,
                                  List<Notice> notices) {
    public RecognitionTimeline {
        required(recognition, "recognition");
        required(schemeId, "schemeId");
        required(validUntil, "validUntil");
        notices = list(notices);
    }
}
