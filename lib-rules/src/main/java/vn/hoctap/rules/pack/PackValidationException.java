package vn.hoctap.rules.pack;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A province pack cannot be loaded. It carries every problem found in every pack being loaded, so that one run shows
 * them all; nothing of the packs was loaded, and evaluators built before are untouched. Every failure of
 * {@code Evaluator.Builder.build()} to load packs is one of these; when an exception lies behind a problem (a file
 * that could not be read, the rule compiler's, the pack's own code), the first is its cause and any others are
 * suppressed, while the message keeps only an excerpt.
 */
public class PackValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    /** @param problems at least one */
    public PackValidationException(List<PackProblem> problems) {
        super(message(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    private static String message(List<PackProblem> problems) {
        return "Bộ tiêu chí của tỉnh không hợp lệ (" + problems.size() + " lỗi) / Invalid province pack ("
                + problems.size() + " problem(s)):\n"
                + problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n"));
    }

    /** Every problem, each once, in the order found: reading and compiling each pack, then composing the layers. */
    public List<PackProblem> problems() {
        return problems;
    }
}
