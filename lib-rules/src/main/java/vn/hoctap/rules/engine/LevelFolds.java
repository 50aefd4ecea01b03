package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
 * A points level's score and texts, made once for everybody whose criteria add up alike: of a province's people, a
 * few thousand totals, with the indicators below a floor or not determined, cover millions. What is shared is the
 * outcome against the pass mark, the level's sentences and the summary after the subject's name; only the sum of the
 * criteria's tallies and the list of the subject's own criterion results are made per subject.
 *
 * <p>Why this is exact: a level's outcome reads its {@linkplain Points.Sum sum} and the pass mark in force on the
 * reference date ({@link Points#score}); its sentences read the same ({@link Points#sentences}); a one-level summary
 * reads the scheme's names, the evaluation year, the verdict (the level's outcome), the points, the numbers of the
 * indicators not met and not determined, and how many inputs are missing. The key holds the scheme and the level (by
 * identity: of the period's catalogue, which the date chooses), the reference date, the year, the sum and the two
 * lists of numbers; the missing count picks one of the level's summaries.
 *
 * <p>Bounded ({@value #MAX_FOLDS} levels and {@value #MAX_FOLDS} outcomes per engine; past it, levels are folded each
 * time). Thread-safe.
 */
final class LevelFolds {
    /** Levels kept per engine: a scheme's totals, floors and open indicators meet a few thousand combinations. */
    static final int MAX_FOLDS = 100_000;

    private final BoundedMemo<Key, Folded> levels = new BoundedMemo<>(MAX_FOLDS);
    /** The outcomes alone, for verdicts without sentences. */
    private final BoundedMemo<Key, Outcome> outcomes = new BoundedMemo<>(MAX_FOLDS);

    /**
     * The level of {@code facts} under {@code scheme} whose judged criteria (those with at least one check at the level,
     * in the scheme's order) have {@code tallies}, and whose indicators not met and not determined have the numbers
     * {@code notMet} and {@code undetermined}, in order.
     */
    Folded level(SubjectFacts facts, Scheme scheme, LevelDefinition level, List<CriterionDefinition> judged,
                 List<Points.Tally> tallies, List<String> notMet, List<String> undetermined,
                 Composition composition) {
        Key key = new Key(scheme, level, facts.referenceDate(), facts.evaluationYear(), Points.sum(judged, tallies),
                notMet, undetermined);
        Folded folded = levels.find(key);
        if (folded == null) {
            Points.LevelScore score = Points.score(key.sum, Points.passMark(facts, scheme, level.level(),
                    composition.parameters()));
            List<String> sentences = Points.sentences(score);
            Folded made = new Folded(key, score, sentences.get(0), sentences.get(1));
            folded = levels.keep(made, made);
        }
        return folded;
    }

    /** The outcome {@link #level} would give, without sentences. */
    Outcome outcome(SubjectFacts facts, Scheme scheme, LevelDefinition level, List<CriterionDefinition> judged,
                    List<Points.Tally> tallies, LayeredParameters parameters) {
        Key key = new Key(scheme, level, facts.referenceDate(), facts.evaluationYear(), Points.sum(judged, tallies),
                null, null);
        Outcome outcome = outcomes.find(key);
        if (outcome == null) {
            outcome = outcomes.keep(key, Points.score(key.sum, Points.passMark(facts, scheme, level.level(),
                    parameters)).outcome());
        }
        return outcome;
    }

    /**
     * A level folded: what every subject of its key shares. It is its own key in the memo, so that a look-up that hits
     * reads one object for both.
     */
    static final class Folded extends Key {
        /** One-level summaries after the subject's name, kept by the number of missing inputs they state. */
        private static final int SUMMARIES_KEPT = 8;

        private final Points.LevelScore score;
        private final BigDecimal earned;
        private final BigDecimal max;
        private final BigDecimal passMark;
        private final String sentenceVi;
        private final String sentenceEn;
        private final AtomicReferenceArray<List<String>> summaries = new AtomicReferenceArray<>(SUMMARIES_KEPT);

        private Folded(Key key, Points.LevelScore score, String sentenceVi, String sentenceEn) {
            super(key);
            this.score = score;
            this.earned = score.sum().earned();
            this.max = score.sum().max();
            this.passMark = Points.points(score.passMark());
            this.sentenceVi = sentenceVi;
            this.sentenceEn = sentenceEn;
        }

        /** The level's result over {@code criteria}, the subject's own criterion results at it. */
        LevelResult result(LevelDefinition level, List<CriterionResult> criteria) {
            return new LevelResult(level.level(), score.outcome(), level.criteria(), level.condition(), criteria,
                    earned, max, passMark, sentenceVi, sentenceEn);
        }

        /**
         * The summary of a one-level scheme after the subject's name, {@code [vi, en]}, as {@link Explanations} writes
         * it for this level, {@code verdict} (the level's own) and {@code missing} inputs.
         */
        List<String> summariesAfterName(Scheme scheme, int evaluationYear, Verdict verdict, int missing) {
            List<String> kept = missing < SUMMARIES_KEPT ? summaries.get(missing) : null;
            if (kept == null) {
                kept = Explanations.titleSummariesAfterName(scheme, evaluationYear, verdict, earned, max, passMark,
                        notMet, undetermined, missing);
                if (missing < SUMMARIES_KEPT) {
                    summaries.compareAndSet(missing, null, kept);
                }
            }
            return kept;
        }
    }

    /** A scheme and level (by identity), a reference date, an evaluation year, a sum and the indicators it lists. */
    private static class Key {
        private final Scheme scheme;
        private final LevelDefinition level;
        /** The reference date's epoch day: comparing it reads no date object. */
        private final long day;
        private final int year;
        private final Points.Sum sum;
        /** {@code null} for an outcome alone, as are {@link #undetermined}. */
        final List<String> notMet;
        final List<String> undetermined;
        private final int hash;

        Key(Scheme scheme, LevelDefinition level, LocalDate date, int year, Points.Sum sum, List<String> notMet,
            List<String> undetermined) {
            this(scheme, level, date.toEpochDay(), year, sum, notMet, undetermined,
                    hash(scheme, level, date.toEpochDay(), year, sum, notMet, undetermined));
        }

        private static int hash(Scheme scheme, LevelDefinition level, long day, int year, Points.Sum sum,
                                List<String> notMet, List<String> undetermined) {
            int h = (System.identityHashCode(scheme) * 31 + System.identityHashCode(level)) * 31 + Long.hashCode(day);
            return ((h * 31 + year) * 31 + sum.hashCode()) * 31 + Objects.hashCode(notMet) * 17
                    + Objects.hashCode(undetermined);
        }

        Key(Key key) {
            this(key.scheme, key.level, key.day, key.year, key.sum, key.notMet, key.undetermined, key.hash);
        }

        /** The one constructor that sets the fields; the others only work out what it is given. */
        private Key(Scheme scheme, LevelDefinition level, long day, int year, Points.Sum sum, List<String> notMet,
                    List<String> undetermined, int hash) {
            this.scheme = scheme;
            this.level = level;
            this.day = day;
            this.year = year;
            this.sum = sum;
            this.notMet = notMet;
            this.undetermined = undetermined;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.scheme == scheme && k.level == level && k.year == year
                    && k.day == day && k.sum.equals(sum) && Objects.equals(k.notMet, notMet)
                    && Objects.equals(k.undetermined, undetermined);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
