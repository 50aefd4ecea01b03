package vn.hoctap.rules.engine;

import java.util.List;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.engine.text.IndicatorStatuses;

/**
 * A criterion's result at a level, folded once for every subject whose checks of it were all answered by the same
 * remembered judgements ({@link Judgements}): of a commune's people, thousands give one of a few thousand answers to
 * a criterion's four indicators, and the tally, the criterion's result and what the assessment's notices read from it
 * are then made once, not once a person.
 *
 * <p>Why this is exact: a remembered judgement belongs to one {@link Judgements.Context} (the period's rule set, the
 * scheme, the indicator, the level, the reference date and the evaluation year) and holds everything the rules said
 * of the check; a check's worth comes from the same context. A criterion's fold reads nothing else (its definition,
 * the layer owning it and the parameters all come from the period's rule set), so equal judgements, compared by
 * identity, give equal folds. Checks without a remembered answer (a subject with profile facts, a rule that read the
 * subject itself, an answer too large to keep) are folded each time.
 *
 * <p>Bounded ({@value #MAX_FOLDS} folds per engine; past it, criteria are folded each time). Thread-safe.
 */
final class CriterionFolds {
    /** Folds kept per engine: a few criteria × the few thousand answers each meets, with room for packs' periods. */
    static final int MAX_FOLDS = 100_000;

    private final BoundedMemo<Key, Folded> folds = new BoundedMemo<>(MAX_FOLDS);
    /** The tallies alone, for verdicts without sentences: a tally is not worth the result's sentences. */
    private final BoundedMemo<Key, Points.Tally> tallies = new BoundedMemo<>(MAX_FOLDS);

    /**
     * A criterion folded at one level, and what the rest of the fold reads from it: what {@link #keep} keeps.
     *
     * @param result   the criterion's result
     * @param tally    its points, in a points scheme; {@code null} in a pass/fail scheme
     * @param missing  the inputs its indicators lack, in indicator order (the assessment keeps each path once)
     * @param statuses     the statuses of its indicators, for the assessment's notices
     * @param notMet       the numbers of its indicators not met, in order, for the assessment's summary
     * @param undetermined the numbers of its indicators not determined, in order, likewise
     */
    record Fold(CriterionResult result, Points.Tally tally, List<MissingInput> missing,
                IndicatorStatuses statuses, List<String> notMet, List<String> undetermined) {
    }

    /**
     * A {@link Fold} as kept: its own key, so that a look-up that hits reads one object for both (a memo of tens of
     * thousands of folds is read from memory, not from cache, and every object read is a wait).
     */
    static final class Folded extends Key {
        private final CriterionResult result;
        private final Points.Tally tally;
        private final List<MissingInput> missing;
        private final IndicatorStatuses statuses;
        private final List<String> notMet;
        private final List<String> undetermined;

        private Folded(Key key, Fold fold) {
            super(key);
            this.result = fold.result();
            this.tally = fold.tally();
            this.missing = fold.missing();
            this.statuses = fold.statuses();
            this.notMet = fold.notMet();
            this.undetermined = fold.undetermined();
        }

        CriterionResult result() {
            return result;
        }

        Points.Tally tally() {
            return tally;
        }

        List<MissingInput> missing() {
            return missing;
        }

        IndicatorStatuses statuses() {
            return statuses;
        }

        List<String> notMet() {
            return notMet;
        }

        List<String> undetermined() {
            return undetermined;
        }
    }

    /**
     * The key of a criterion's checks at {@code level}, those of {@code checks} from {@code from} to {@code to}, for
     * {@link #find} and {@link #keep}: {@code null} when one of them has no remembered answer, or there are none (then
     * nothing is kept, and the criterion is folded each time).
     */
    static Key keyOf(CriterionDefinition criterion, Level level, List<Check> checks, int from, int to) {
        if (from == to) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (checks.get(i).sharedJudgement() == null) {
                return null;
            }
        }
        return new Key(criterion, level, checks, from, to);
    }

    /** The fold kept for {@code key} ({@link #keyOf}; may be {@code null}), or {@code null}. */
    Folded find(Key key) {
        return key == null ? null : folds.find(key);
    }

    /** Keeps {@code fold} for {@code key} while room is left (nothing for a {@code null} key); the fold to use. */
    Folded keep(Key key, Fold fold) {
        Folded folded = new Folded(key, fold);
        return key == null ? folded : folds.keep(folded, folded);
    }

    /** The tally kept for {@code key}, for verdicts without sentences, or {@code null}. */
    Points.Tally findTally(Key key) {
        return key == null ? null : tallies.find(key);
    }

    /** Keeps {@code tally} for {@code key} as {@link #keep} does; the tally to use. */
    Points.Tally keepTally(Key key, Points.Tally tally) {
        return key == null ? tally : tallies.keep(key, tally);
    }

    /**
     * A criterion, a level and the judgements of its checks, compared by identity: a judgement is one remembered
     * answer of one context, so identity is the equality that matters, and hashing it costs nothing. The first four
     * judgements are fields of the key, not an array beside it: a look-up that hits compares one object, and a
     * memo of a hundred thousand keys is read from memory, not from cache. A kept {@link Folded} is its own key.
     */
    static class Key {
        private final CriterionDefinition criterion;
        private final Level level;
        private final int size;
        private final Judgements.Judgement a;
        private final Judgements.Judgement b;
        private final Judgements.Judgement c;
        private final Judgements.Judgement d;
        /** The judgements after the fourth, or {@code null}. */
        private final Judgements.Judgement[] rest;
        private final int hash;

        /** The key of the checks from {@code from} to {@code to}, every one of which has a shared judgement. */
        private Key(CriterionDefinition criterion, Level level, List<Check> checks, int from, int to) {
            int size = to - from;
            this.criterion = criterion;
            this.level = level;
            this.size = size;
            this.a = size > 0 ? checks.get(from).sharedJudgement() : null;
            this.b = size > 1 ? checks.get(from + 1).sharedJudgement() : null;
            this.c = size > 2 ? checks.get(from + 2).sharedJudgement() : null;
            this.d = size > 3 ? checks.get(from + 3).sharedJudgement() : null;
            Judgements.Judgement[] more = null;
            if (size > 4) {
                more = new Judgements.Judgement[size - 4];
                for (int i = 0; i < more.length; i++) {
                    more[i] = checks.get(from + 4 + i).sharedJudgement();
                }
            }
            this.rest = more;
            int h = System.identityHashCode(criterion) * 31 + (level == null ? -1 : level.ordinal());
            for (int i = from; i < to; i++) {
                h = h * 31 + System.identityHashCode(checks.get(i).sharedJudgement());
            }
            this.hash = h;
        }

        /** A copy of {@code key}; of {@code null}, a key no look-up finds (a fold that is not kept). */
        Key(Key key) {
            this.criterion = key == null ? null : key.criterion;
            this.level = key == null ? null : key.level;
            this.size = key == null ? -1 : key.size;
            this.a = key == null ? null : key.a;
            this.b = key == null ? null : key.b;
            this.c = key == null ? null : key.c;
            this.d = key == null ? null : key.d;
            this.rest = key == null ? null : key.rest;
            this.hash = key == null ? 0 : key.hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k)) {
                return false;
            }
            if (k.hash != hash || k.size != size || k.criterion != criterion || k.level != level || k.a != a
                    || k.b != b || k.c != c || k.d != d) {
                return false;
            }
            if (rest == null) {
                return true;
            }
            for (int i = 0; i < rest.length; i++) {
                if (k.rest[i] != rest[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return criterion == null ? "Key[none]" : "Key[" + criterion.id() + ", " + level + ", " + size + " answers]";
        }
    }
}
