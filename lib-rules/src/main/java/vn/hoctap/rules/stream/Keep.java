package vn.hoctap.rules.stream;

import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;

/** Which people's explained assessments a stream hands to its sink; every person is counted whatever is chosen. */
public enum Keep {
    /** Every assessment. */
    ALL,
    /** Only the tallies: no assessment reaches the sink. */
    TALLIES_ONLY,
    /** Only the people who did not earn the title or whose result cannot be decided yet, for follow-up. */
    FAILED_OR_UNDETERMINED;

    /** Whether {@code a} goes to the sink under this policy. */
    public boolean keeps(Assessment a) {
        return keeps(a.verdict());
    }

    /**
     * Whether an assessment with {@code verdict} goes to the sink under this policy: the stream writes the explanation
     * of those only, and counts the others from their verdicts.
     */
    public boolean keeps(Verdict verdict) {
        return switch (this) {
            case ALL -> true;
            case TALLIES_ONLY -> false;
            case FAILED_OR_UNDETERMINED -> verdict == Verdict.NOT_RECOGNISED || verdict == Verdict.NOT_DETERMINED;
        };
    }
}
