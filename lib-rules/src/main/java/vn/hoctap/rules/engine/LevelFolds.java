package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.LevelDefinition;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.rules.engine.text.Explanations;

/**
 * A points level's score and texts, made once for every subject whose criteria at the level came to the same
 * {@linkplain CriterionFolds.Summand summands}: of a commune's people, most of those with 84 of 100 points and nothing
 * below a floor share their level's total, its sentence, the indicators their summary lists and the summary itself
 * after their name. Only the list of the subject's own criterion results is made per subject.
 *
 * <p>Why this is exact: a level's score reads its criteria's tallies and the pass mark in force on the reference
 * date ({@link Points#score}); its sentence reads the score ({@link Points#sentences}); the indicators a summary lists
 * are those of its criteria not met or not determined, in order. A summand holds the tally and those indicators and
 * is interned by value ({@link CriterionFolds}), so equal summands are the same object; the key adds the scheme and
 * level (by identity: one period's catalogue), the reference date and the evaluation year, which is everything else
 * a level and a one-level summary read. A level whose criteria are not all interned is folded each time and not kept.
 *
 * <p>Bounded ({@value #MAX_FOLDS} levels and {@value #MAX_FOLDS} outcomes per engine; past it, levels are folded each
 * time). Thread-safe.
 */
final class LevelFolds {
    /** Levels kept per engine: the criteria's summands meet a few thousand combinations a scheme. */
    static final int MAX_FOLDS = 100_000;

    private final BoundedMemo<Key, Folded> levels = new BoundedMemo<>(MAX_FOLDS);
    /** The outcomes alone, keyed by the interned tallies, for verdicts without sentences. */
    private final BoundedMemo<Key, Outcome> outcomes = new BoundedMemo<>(MAX_FOLDS);

    /**
     * The level of {@code facts} under {@code scheme} whose judged criteria (those with at least one check at the level,
     * in the scheme's order) have {@code tallies} and {@code summands}; {@code summands} is {@code null} when one of
     * them is not interned, and the level is then folded without being kept.
     */
    Folded level(SubjectFacts facts, Scheme scheme, LevelDefinition level, List<CriterionDefinition> judged,
                 List<Points.Tally> tallies, CriterionFolds.Summand[] summands, Composition composition) {
        Key key = summands == null ? null : new Key(scheme, level, facts.referenceDate(), facts.evaluationYear(),
                summands);
        Folded folded = key == null ? null : levels.find(key);
        if (folded == null) {
            Points.LevelScore score = Points.score(facts, scheme, level.level(), judged, tallies,
                    composition.parameters());
            List<String> sentences = composition.levelSentences(scheme, level.level(), score);
            folded = new Folded(score, Points.points(score.passMark()), sentences.get(0), sentences.get(1),
                    numbers(summands, true), numbers(summands, false));
            if (key != null) {
                folded = levels.keep(key, folded);
            }
        }
        return folded;
    }

    /**
     * The outcome {@link #level} would give, without sentences; {@code tallies} must be interned when {@code shared}
     * ({@link CriterionFolds#keepTally}).
     */
    Outcome outcome(SubjectFacts facts, Scheme scheme, LevelDefinition level, List<CriterionDefinition> judged,
                    List<Points.Tally> tallies, boolean shared, LayeredParameters parameters) {
        Key key = shared ? new Key(scheme, level, facts.referenceDate(), facts.evaluationYear(),
                tallies.toArray()) : null;
        Outcome outcome = key == null ? null : outcomes.find(key);
        if (outcome == null) {
            outcome = Points.score(facts, scheme, level.level(), judged, tallies, parameters).outcome();
            if (key != null) {
                outcome = outcomes.keep(key, outcome);
            }
        }
        return outcome;
    }

    /**
     * The numbers of the indicators not met ({@code notMet}) or not determined, criterion by criterion: from the
     * summands when there are, from nothing otherwise (a level folded each time is listed by its summary itself).
     */
    private static List<String> numbers(CriterionFolds.Summand[] summands, boolean notMet) {
        if (summands == null) {
            return null;
        }
        List<String> numbers = List.of();
        for (CriterionFolds.Summand s : summands) {
            List<String> more = notMet ? s.notMet() : s.undetermined();
            if (!more.isEmpty()) {
                List<String> both = new ArrayList<>(numbers.size() + more.size());
                both.addAll(numbers);
                both.addAll(more);
                numbers = both;
            }
        }
        return List.copyOf(numbers);
    }

    /**
     * A level folded: what every subject of its key shares.
     */
    static final class Folded {
        /** One-level summaries after the subject's name, by the number of missing inputs they state. */
        private static final int SUMMARIES_KEPT = 8;

        private final Points.LevelScore score;
        private final BigDecimal passMark;
        private final String sentenceVi;
        private final String sentenceEn;
        private final List<String> notMet;
        private final List<String> undetermined;
        private final AtomicReferenceArray<List<String>> summaries = new AtomicReferenceArray<>(SUMMARIES_KEPT);

        private Folded(Points.LevelScore score, BigDecimal passMark, String sentenceVi, String sentenceEn,
                       List<String> notMet, List<String> undetermined) {
            this.score = score;
            this.passMark = passMark;
            this.sentenceVi = sentenceVi;
            this.sentenceEn = sentenceEn;
            this.notMet = notMet;
            this.undetermined = undetermined;
        }

        Outcome outcome() {
            return score.outcome();
        }

        /** The level's result over {@code criteria}, the subject's own criterion results at it. */
        LevelResult result(LevelDefinition level, List<CriterionResult> criteria) {
            return new LevelResult(level.level(), score.outcome(), level.criteria(), level.condition(), criteria,
                    score.earned(), score.max(), passMark, sentenceVi, sentenceEn);
        }

        /** Whether this level's indicator lists are known, so that {@link #summariesAfterName} may be asked. */
        boolean listed() {
            return notMet != null;
        }

        /**
         * The summary of a one-level scheme after the subject's name, {@code [vi, en]}, as {@link Explanations} writes
         * it for this level, {@code verdict} (the level's own) and {@code missing} inputs; requires {@link #listed}.
         */
        List<String> summariesAfterName(Scheme scheme, int evaluationYear, Verdict verdict, int missing) {
            List<String> kept = missing < SUMMARIES_KEPT ? summaries.get(missing) : null;
            if (kept == null) {
                kept = Explanations.titleSummariesAfterName(scheme, evaluationYear, verdict, score.earned(),
                        score.max(), passMark, notMet, undetermined, missing);
                if (missing < SUMMARIES_KEPT) {
                    summaries.compareAndSet(missing, null, kept);
                }
            }
            return kept;
        }
    }

    /**
     * A scheme and level (by identity), a reference date, an evaluation year and the level's summands or tallies (by
     * identity: they are interned).
     */
    private static final class Key {
        private final Scheme scheme;
        private final LevelDefinition level;
        private final LocalDate date;
        private final int year;
        private final Object[] parts;
        private final int hash;

        Key(Scheme scheme, LevelDefinition level, LocalDate date, int year, Object[] parts) {
            this.scheme = scheme;
            this.level = level;
            this.date = date;
            this.year = year;
            this.parts = parts;
            int h = (System.identityHashCode(scheme) * 31 + System.identityHashCode(level)) * 31 + date.hashCode();
            h = h * 31 + year;
            for (Object p : parts) {
                h = h * 31 + System.identityHashCode(p);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.hash != hash || k.scheme != scheme || k.level != level || k.year != year
                    || k.parts.length != parts.length || !k.date.equals(date)) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (k.parts[i] != parts[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
