package vn.hoctap.rules.engine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import vn.hoctap.model.catalogue.Procedure;
import vn.hoctap.model.catalogue.ProcedurePeriod;
import vn.hoctap.model.catalogue.Status;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.RecognitionCalendar;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Recognition;

/**
 * Deadlines and validity (TT 24 Art. 5.3-5.4, 10, 11.3-11.4, 16). The waiting period and the retention are
 * parameters ({@code <scheme>.UPGRADE_WAIT_MONTHS}, {@code <scheme>.RETENTION_YEARS}), like every other number. A
 * scheme without a known procedure (the association's titles) has no deadlines.
 *
 * <p>A scheme with one level reads no waiting period; a procedure whose timetable is not known leaves the deadlines
 * out.
 *
 * <p>Retention reading: the recognition is kept through 31 December of the third year after the year it was
 * recognised for ("03 năm (36 tháng) tiếp theo năm được công nhận"), taking that year to be the evaluation year
 * the decision recognises.
 */
public final class Calendars {
    private Calendars() {
    }

    public static String upgradeWaitParameter(Scheme scheme) {
        return scheme.id() + ".UPGRADE_WAIT_MONTHS";
    }

    public static String retentionParameter(Scheme scheme) {
        return scheme.id() + ".RETENTION_YEARS";
    }

    public static RecognitionCalendar of(SubjectFacts facts, Scheme scheme, Verdict verdict, LayeredParameters parameters) {
        LocalDate date = facts.referenceDate();
        int next = facts.evaluationYear() + 1;
        int retention = parameters.require(retentionParameter(scheme), null, date, scheme.id()).integer();
        // A scheme with one level (the association's titles) has no upgrade to wait for.
        LocalDate level2From = scheme.level(Level.LEVEL_2).isEmpty() ? null : latestLevel1(facts, scheme)
                .map(r -> r.decisionDate().plusMonths(
                        parameters.require(upgradeWaitParameter(scheme), null, date, scheme.id()).integer()))
                .orElse(null);
        LocalDate validUntil = verdict.level().isPresent()
                ? LocalDate.of(facts.evaluationYear() + retention, 12, 31) : null;
        LocalDate currentValidUntil = latest(facts, scheme)
                .map(r -> LocalDate.of(r.year() + retention, 12, 31)).orElse(null);
        Optional<ProcedurePeriod> change = scheme.procedureChangeOn(scheme.decisionDateFor(facts.evaluationYear()));
        Procedure procedure = applying(scheme, facts.evaluationYear());
        Status status = change.map(ProcedurePeriod::status).orElse(Status.VERIFIED);
        if (procedure == null || !procedure.timetableKnown()) {
            return new RecognitionCalendar(null, null, null, level2From, validUntil, currentValidUntil,
                    procedure == null ? null : procedure.dossierRecipientVi(),
                    procedure == null ? null : procedure.dossierRecipientEn(),
                    procedure == null ? null : procedure.authorityVi(),
                    procedure == null ? null : procedure.authorityEn(), procedure == null ? null : status);
        }
        return new RecognitionCalendar(procedure.dossierDueBefore().atYear(next),
                procedure.decisionDueBefore() == null ? null : procedure.decisionDueBefore().atYear(next),
                procedure.decisionWithinWorkingDays(), level2From, validUntil, currentValidUntil,
                procedure.dossierRecipientVi(), procedure.dossierRecipientEn(), procedure.authorityVi(),
                procedure.authorityEn(), status);
    }

    /**
     * Who receives and decides a recognition for {@code evaluationYear}: the period covering the date it would be
     * decided on ({@link Scheme#decisionDateFor}), else the text's own procedure; {@code null} when the scheme has
     * none or the period knows no authority (the district titles after the two-tier reform).
     */
    public static Procedure applying(Scheme scheme, int evaluationYear) {
        Optional<ProcedurePeriod> change = scheme.procedureChangeOn(scheme.decisionDateFor(evaluationYear));
        return change.isPresent() ? change.get().procedure() : scheme.procedure();
    }

    public static Optional<Recognition> latestLevel1(SubjectFacts facts, Scheme scheme) {
        return facts.recognitions().stream()
                .filter(r -> r.title() == scheme.title() && (r.tier() == null || r.tier() == scheme.tier())
                        && r.level() == Level.LEVEL_1 && r.decisionDate() != null)
                .max(Comparator.comparing(Recognition::decisionDate));
    }

    public static Optional<Recognition> latest(SubjectFacts facts, Scheme scheme) {
        return facts.recognitions().stream()
                .filter(r -> r.title() == scheme.title() && (r.tier() == null || r.tier() == scheme.tier()))
                .max(Comparator.comparing(Recognition::year));
    }
}
