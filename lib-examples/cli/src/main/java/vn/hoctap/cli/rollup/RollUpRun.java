package vn.hoctap.cli.rollup;

import java.util.List;
import java.util.function.Consumer;
import vn.hoctap.model.json.RequestEnvelope;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/**
 * A bottom-up evaluation of the subjects of a JSON Lines stream: people and organisations in communes (their
 * {@code in}), communes in districts and districts in a province (their {@code parentCode}). The command line depends
 * on this interface only, so that a streaming roll-up (one pass, bounded memory) can replace {@link TreeRollUp},
 * which builds the library's roll-up trees in memory.
 */
public interface RollUpRun {
    /**
     * Evaluates {@code subjects} bottom-up, handing every result to {@code sink} as soon as it is known, lower
     * levels first.
     *
     * @param progress told how far it got
     * @throws vn.hoctap.model.InvalidInputException when the subjects do not make a tree (a person in no commune, a
     *                                               code twice, a count the roll-up computes given by hand); nothing is
     *                                               evaluated then
     */
    void run(Evaluator evaluator, List<RequestEnvelope> subjects, Consumer<Result> sink, Progress progress);

    /**
     * One subject's result.
     *
     * @param subject    the subject as given, with its caller id and parent
     * @param assessment its assessment, computed from the level below
     */
    record Result(RequestEnvelope subject, Assessment assessment) {
    }

    /** Told how much of a roll-up is done. */
    interface Progress {
        /** {@code done} of {@code total} units of work are done; {@code what} says what is being evaluated. */
        void at(long done, long total, String what);
    }
}
