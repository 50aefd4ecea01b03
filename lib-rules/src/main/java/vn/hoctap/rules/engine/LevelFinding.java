package vn.hoctap.rules.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;
import vn.hoctap.model.result.Outcome;

/**
 * What a {@link LevelComputation} found: whether the subject reaches the required step, what it reached, and how
 * that follows from its figures, in sentences an official can check line by line.
 *
 * @param outcome  {@link Outcome#MET}, {@link Outcome#NOT_MET} or {@link Outcome#UNDETERMINED} (the figures, or a
 *                 fact a threshold depends on, are missing); evidence is judged afterwards by {@link Check}
 * @param observed the step reached as shown in results (e.g. {@code LEVEL_2}, {@code ≥ LEVEL_1} when only a lower
 *                 bound is known), or {@code null} when nothing is known
 * @param missing  what would decide it; non-empty exactly when the outcome is undetermined
 * @param textVi   how the step follows from the figures, in Vietnamese, ending with a full stop
 * @param textEn   the same in English
 */
public record LevelFinding(Outcome outcome, String observed, List<Missing> missing, String textVi, String textEn) {
    public LevelFinding {
        requireNonNull(outcome, "outcome");
        if (outcome == Outcome.NOT_APPLICABLE) {
            throw new IllegalArgumentException("a computed level is met, not met or undetermined");
        }
        missing = List.copyOf(missing);
        if (missing.isEmpty() == (outcome == Outcome.UNDETERMINED)) {
            throw new IllegalArgumentException("name what is missing exactly when the outcome is undetermined");
        }
        requireNonNull(textVi, "textVi");
        requireNonNull(textEn, "textEn");
    }

    /**
     * One missing datum.
     *
     * @param path   where it belongs in the request, as a JSON path
     * @param whatVi what to supply, in Vietnamese (a noun phrase)
     * @param whatEn the same in English
     */
    public record Missing(String path, String whatVi, String whatEn) {
        public Missing {
            requireNonNull(path, "path");
            requireNonNull(whatVi, "whatVi");
            requireNonNull(whatEn, "whatEn");
        }
    }
}
