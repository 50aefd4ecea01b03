package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.Names;
import vn.hoctap.model.subject.Level;

/**
 * The result of evaluating one subject under one scheme for one year: the verdict, each level, each criterion and
 * indicator with its explanation, what is missing, and notices.
 *
 * @param subjectId      the evaluated subject's id
 * @param subjectName    its name
 * @param schemeId       the scheme applied (e.g. {@code TT24.H})
 * @param schemeNameVi   its name
 * @param schemeNameEn   in English
 * @param document       the legal text applied
 * @param evaluationYear the year evaluated
 * @param referenceDate  the date whose rules were applied
 * @param verdict        the conclusion
 * @param levels         each level's result, lowest first
 * @param missingInputs  what the request lacks: each JSON path once, with the first indicator that needs it (each
 *                       undetermined indicator lists its own in {@link IndicatorResult#missingInputs()})
 * @param notices        what the reader must know besides
 * @param calendar       deadlines and validity
 * @param summaryVi      one paragraph in Vietnamese
 * @param summaryEn      in English
 * @param audit          how it was made (library version, rule layers with their digests, reference date, digest of
 *                       the request), so that it can be re-checked; every assessment an {@code Evaluator} returns has
 *                       one, {@code null} only for one built by hand
 */
public record Assessment(String subjectId, String subjectName, String schemeId, String schemeNameVi,
                         String schemeNameEn, String document, int evaluationYear, LocalDate referenceDate,
                         Verdict verdict, List<LevelResult> levels, List<MissingInput> missingInputs,
                         List<Notice> notices, RecognitionCalendar calendar, String summaryVi, String summaryEn, Audit audit) {
    public Assessment {
        required(subjectId, "subjectId");
        required(schemeId, "schemeId");
        required(referenceDate, "referenceDate");
        required(verdict, "verdict");
        levels = list(levels);
        missingInputs = list(missingInputs);
        notices = list(notices);
    }

    /** An assessment without its audit envelope yet, as the engine folds it; the evaluator adds the envelope. */
    public Assessment(String subjectId, String subjectName, String schemeId, String schemeNameVi, String schemeNameEn,
                      String document, int evaluationYear, LocalDate referenceDate, Verdict verdict,
                      List<LevelResult> levels, List<MissingInput> missingInputs, List<Notice> notices,
                      RecognitionCalendar calendar, String summaryVi, String summaryEn) {
        this(subjectId, subjectName, schemeId, schemeNameVi, schemeNameEn, document, evaluationYear, referenceDate,
                verdict, levels, missingInputs, notices, calendar, summaryVi, summaryEn, null);
    }

    /** The same assessment with {@code audit} as its envelope. */
    public Assessment withAudit(Audit audit) {
        return new Assessment(subjectId, subjectName, schemeId, schemeNameVi, schemeNameEn, document, evaluationYear,
                referenceDate, verdict, levels, missingInputs, notices, calendar, summaryVi, summaryEn, audit);
    }

    /**
     * The level reached, if the verdict grants one. For a title without levels ({@link #hasLevels()} false) it is
     * {@link Level#LEVEL_1} when the title is earned.
     */
    public Optional<Level> levelReached() {
        return verdict.level();
    }

    /**
     * Whether the scheme has levels to reach ("mức độ 1", "mức độ 2") rather than being a title that is earned or
     * not: a scheme with a single level ("Công dân học tập", the association's titles) is such a title.
     */
    public boolean hasLevels() {
        return levels.size() > 1;
    }

    /**
     * The verdict in the words this scheme uses: "đạt mức độ 1" / "meets level 1" for a scheme with levels, "đạt
     * danh hiệu" / "earns the title" for a title without levels ({@link Verdict#names(boolean)}).
     */
    public Names verdictNames() {
        return verdict.names(hasLevels());
    }

    /** The result for {@code level}. */
    public Optional<LevelResult> level(Level level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /** The result of indicator {@code indicatorId} at {@code level}. */
    public Optional<IndicatorResult> indicator(String indicatorId, Level level) {
        return level(level).stream()
                .flatMap(l -> l.results().stream())
                .flatMap(c -> c.indicators().stream())
                .filter(i -> i.indicatorId().equals(indicatorId))
                .findFirst();
    }
}
