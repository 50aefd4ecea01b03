package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;
import static vn.hoctap.model.Checks.validatedList;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Title;

/**
 * A recognition scheme: one title at one tier under one legal text, e.g. "Đơn vị học tập" cấp huyện under
 * TT 24/2023. It lists its levels and, by id, its criteria.
 *
 * @param id            stable identifier, e.g. {@code TT24.H}
 * @param title         the title it awards
 * @param tier          the tier that awards it
 * @param nameVi        official name, e.g. "“Đơn vị học tập” cấp huyện"
 * @param nameEn        English name
 * @param document      the legal text, e.g. "24/2023/TT-BGDĐT"
 * @param effectiveFrom first day the text applies
 * @param effectiveTo   first day it no longer applies, or {@code null}
 * @param levels        its levels, lowest first
 * @param criteria      ids of its criteria, in the law's order
 * @param evidenceRule  the clause that judges an indicator without evidence as not met (TT 24 Art. 9.3), or
 *                      {@code null} when the text has none (TT 25) or no known text makes evidence a condition (the
 *                      association's frameworks, criteria.md §8; the self-assessed scores of "Công dân học tập"): evidence is then recorded but never decides an outcome
 * @param procedure     who decides and when, or {@code null} when that is not known (the association's frameworks:
 *                      neither the deciding body nor a timetable is known to the library)
 * @param scoring       how indicators make a level; {@link Scoring#ALL_CRITERIA} when not given
 * @param evidenceReadingVi our reading of what the text says about evidence, where that is a reading rather than a
 *                      clause (TT 25: evidence is recorded and shown, never required), or {@code null}
 * @param evidenceReadingEn the same in English; given together with {@code evidenceReadingVi}
 * @param procedureChanges periods in which someone else than {@code procedure} receives or decides (the two-tier
 *                      reform, or a province pack's own assignment), the first covering a decision date winning; empty
 *                      when the text's procedure always applies
 * @param successor     the scheme that takes over when this one stops ({@code effectiveTo}), with how sure that day
 *                      is, or {@code null}
 */
public record Scheme(String id, Title title, AdministrativeTier tier, String nameVi, String nameEn, String document,
                     LocalDate effectiveFrom, LocalDate effectiveTo, List<LevelDefinition> levels,
                     List<String> criteria, Citation evidenceRule, Procedure procedure,
                     Scoring scoring, String evidenceReadingVi, String evidenceReadingEn,
                     List<ProcedurePeriod> procedureChanges, Succession successor) {
    public Scheme {
        requiredText(id, "id");
        required(title, "title");
        required(tier, "tier");
        requiredText(nameVi, "nameVi");
        requiredText(nameEn, "nameEn");
        requiredText(document, "document");
        required(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new InvalidInputException("effectiveTo", "phải sau effectiveFrom / must be after effectiveFrom");
        }
        levels = validatedList(levels, "levels", l -> l);
        if (levels.isEmpty()) {
            throw new InvalidInputException("levels", "cần ít nhất một mức độ / at least one level");
        }
        criteria = validatedList(criteria, "criteria", c -> c);
        if (criteria.isEmpty()) {
            throw new InvalidInputException("criteria", "cần ít nhất một tiêu chí / at least one criterion");
        }
        scoring = scoring == null ? Scoring.ALL_CRITERIA : scoring;
        procedureChanges = procedureChanges == null ? List.of() : validatedList(procedureChanges,
                "procedureChanges", c -> c);
        if (procedure == null && !procedureChanges.isEmpty()) {
            throw new InvalidInputException("procedureChanges", "danh hiệu không có thủ tục thì không có thay đổi thủ"
                    + " tục / a scheme without a procedure has no procedure changes");
        }
        if (successor != null && !successor.from().equals(effectiveTo)) {
            throw new InvalidInputException("successor.from", "phải là ngày effectiveTo của danh hiệu / must be the"
                    + " scheme's effectiveTo");
        }
        if ((evidenceReadingVi == null) != (evidenceReadingEn == null)) {
            throw new InvalidInputException("evidenceReadingEn",
                    "cần cả hai bản tiếng Việt và tiếng Anh / give both languages");
        }
    }

    /** Whether the scheme's text is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }

    /** The period that changes who receives and decides a decision taken on {@code decisionDate}, if any. */
    public Optional<ProcedurePeriod> procedureChangeOn(LocalDate decisionDate) {
        return procedureChanges.stream().filter(c -> c.covers(decisionDate)).findFirst();
    }

    /**
     * The date a recognition for {@code evaluationYear} would be decided on under the text's own timetable: the
     * decision deadline, or the dossier deadline when the decision counts from the dossier, of the following year;
     * the year's last day when no timetable is known. This date chooses the {@link #procedureChangeOn period}.
     */
    public LocalDate decisionDateFor(int evaluationYear) {
        if (procedure == null || !procedure.timetableKnown()) {
            return LocalDate.of(evaluationYear, 12, 31);
        }
        return (procedure.decisionDueBefore() != null ? procedure.decisionDueBefore()
                : procedure.dossierDueBefore()).atYear(evaluationYear + 1);
    }

    /** A copy with {@code changes} put before this scheme's own, so that they win where both cover a date. */
    public Scheme withProcedureChangesFirst(List<ProcedurePeriod> changes) {
        List<ProcedurePeriod> all = new java.util.ArrayList<>(changes);
        all.addAll(procedureChanges);
        return new Scheme(id, title, tier, nameVi, nameEn, document, effectiveFrom, effectiveTo, levels, criteria,
                evidenceRule, procedure, scoring, evidenceReadingVi, evidenceReadingEn, all, successor);
    }

    /** The definition of {@code level}, if the scheme has it. */
    public Optional<LevelDefinition> level(Level level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }
}
