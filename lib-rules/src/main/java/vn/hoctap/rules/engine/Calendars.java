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
 * <p>Retention reading: the recognition is kept through 31 December of the third year after "the year of
 * recognition" ("03 năm (36 tháng) tiếp theo năm được công nhận"). Which year that is, the text leaves open: the
 * evaluation year the decision recognises, or the year the decision is made in (the next one, since decisions follow
 * the year evaluated). It is the named parameter {@code <scheme>.RETENTION_COUNTED_FROM}
 * ({@link #EVALUATION_YEAR} or {@link #DECISION_YEAR}; in the national packs the library's reading, status
 * UNKNOWN since no source says it), which a pack can
 * switch; a scheme that does not define it (a pack's own title) takes the national reading, {@link #EVALUATION_YEAR},
 * so that no pack has to supply it.
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

    /** Retention counted from the evaluation year the decision recognises: the library's reading, the default. */
    public static final String EVALUATION_YEAR = "EVALUATION_YEAR";
    /** Retention counted from the year the decision is made in. */
    public static final String DECISION_YEAR = "DECISION_YEAR";

    public static String retentionCountedFromParameter(Scheme scheme) {
        return scheme.id() + ".RETENTION_COUNTED_FROM";
    }

    /**
     * The last day a recognition for {@code evaluationYear} is kept: 31 December of the year retention counts from
     * plus {@code retention} years. Under {@link #DECISION_YEAR} that year is {@code decisionDate}'s, or, when the
     * decision's date is not known (a verdict not yet decided, a recognition recorded without it), the year the
     * scheme's procedure has it decided in ({@link Scheme#decisionDateFor}).
     */
    static LocalDate keptUntil(Scheme scheme, int evaluationYear, LocalDate decisionDate, int retention,
                               LayeredParameters parameters, LocalDate date) {
        String from = parameters.optional(retentionCountedFromParameter(scheme), null, date, scheme.id())
                .map(p -> p.code()).orElse(EVALUATION_YEAR);
        int year = DECISION_YEAR.equals(from)
                ? (decisionDate != null ? decisionDate : scheme.decisionDateFor(evaluationYear)).getYear()
                : evaluationYear;
        return LocalDate.of(year + retention, 12, 31);
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
                ? keptUntil(scheme, facts.evaluationYear(), null, retention, parameters, date) : null;
        LocalDate currentValidUntil = latest(facts, scheme)
                .map(r -> keptUntil(scheme, r.year(), r.decisionDate(), retention, parameters, date)).orElse(null);
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
