package vn.hoctap.rules.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hoctap.model.catalogue.Procedure;
import vn.hoctap.model.catalogue.ProcedurePeriod;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.RecognitionTimeline;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.rules.engine.text.Notices;

/**
 * The dates that follow from one recognition, read from the scheme's procedure and its dated parameters
 * ({@code <scheme>.UPGRADE_WAIT_MONTHS}, {@code <scheme>.RETENTION_YEARS}), with the same retention reading as
 * {@link Calendars} ({@code <scheme>.RETENTION_COUNTED_FROM}): by default kept through 31 December of the evaluation
 * year plus the retention.
 */
final class Timelines {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Timelines() {
    }

    static RecognitionTimeline of(Recognition recognition, Scheme scheme, LayeredParameters parameters) {
        int year = recognition.year();
        LocalDate date = LocalDate.of(year, 12, 31);
        Procedure procedure = scheme.procedure();
        int retention = parameters.require(Calendars.retentionParameter(scheme), null, date, scheme.id()).integer();
        LocalDate level2From = null;
        if (recognition.level() == Level.LEVEL_1 && recognition.decisionDate() != null
                && scheme.level(Level.LEVEL_2).isPresent()) {
            level2From = recognition.decisionDate().plusMonths(
                    parameters.require(Calendars.upgradeWaitParameter(scheme), null, date, scheme.id()).integer());
        }
        LocalDate keptUntil = Calendars.keptUntil(scheme, year, recognition.decisionDate(), retention, parameters, date);
        int again = keptUntil.getYear();
        // A title whose procedure has no known timetable ("Công dân học tập", the association's frameworks) has no
        // dossier dates; its validity and re-recognition year still follow from its retention parameter.
        boolean timetable = procedure != null && procedure.timetableKnown();
        LocalDate againDossier = timetable ? procedure.dossierDueBefore().atYear(again + 1) : null;
        LocalDate againDate = againDossier != null ? againDossier : keptUntil;
        List<Notice> notices = new ArrayList<>();
        Set<AdministrativeTier> tiers = new LinkedHashSet<>();
        tiers.add(scheme.tier());
        if (procedure != null && procedure.authorityTier() != null) {
            tiers.add(procedure.authorityTier());
        }
        String authorityVi = procedure != null ? procedure.authorityVi() : "cơ quan chưa xác định được nguồn";
        String authorityEn = procedure != null ? procedure.authorityEn() : "an authority not known";
        // Who takes the re-recognition is chosen by its own decision date: a known change says what applies then.
        Optional<ProcedurePeriod> change = scheme.procedureChangeOn(scheme.decisionDateFor(again));
        for (AdministrativeTier tier : tiers) {
            tier.abolishedOn().filter(abolished -> againDate.isAfter(abolished)).ifPresent(abolished ->
                    notices.add(change.isPresent() ? Notices.changed("TIER_ABOLISHED", scheme, change.get()) : new Notice("TIER_ABOLISHED", Notice.Severity.WARNING,
                            "Từ ngày " + VI.format(abolished) + " không còn " + tier.nameVi() + "; "
                                    + scheme.document() + " giao việc cho " + authorityVi + " và chưa được"
                                    + " biết là đã sửa đổi. Các mốc sau ngày đó theo nguyên văn văn bản; thư viện không"
                                    + " biết cơ quan nào hiện có thẩm quyền.",
                            "The " + tier.nameEn() + " tier no longer exists from " + abolished + "; "
                                    + scheme.document() + " gives the task to " + authorityEn + " and no"
                                    + " amendment is known. Dates after that day follow the text as written; the"
                                    + " library does not know which authority now acts.")));
        }
        if (notices.isEmpty() && change.isPresent()) {
            notices.add(Notices.changed("PROCEDURE_CHANGED", scheme, change.get()));
        }
        return new RecognitionTimeline(recognition, scheme.id(), scheme.document(),
                timetable ? procedure.dossierDueBefore().atYear(year + 1) : null,
                timetable && procedure.decisionDueBefore() != null ? procedure.decisionDueBefore().atYear(year + 1)
                        : null,
                timetable ? procedure.decisionWithinWorkingDays() : null, level2From, keptUntil, again, againDossier,
                notices);
    }
}
