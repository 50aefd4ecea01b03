package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.subject.Level;

/**
 * What one requirement of one indicator lacks for the next level to be reached, as data and as a sentence.
 *
 * @param indicatorId the indicator, e.g. {@code TT24.C3.1}
 * @param number      its number, e.g. "3.1"
 * @param level       the level it keeps from being reached
 * @param kind        what must change
 * @param input       the input concerned, e.g. {@code members.learningCitizen}
 * @param have        for a count, how many hold it now; otherwise {@code null}
 * @param need        for a count, the fewest that reach the threshold: the smallest {@code n} with
 *                    {@code n × 100 ≥ threshold × of}, in integers; otherwise {@code null}
 * @param of          for a count, the population counted; otherwise {@code null}
 * @param citation    the indicator's article at that level
 * @param textVi      the sentence in Vietnamese
 * @param textEn      the same in English
 */
public record Shortfall(String indicatorId, String number, Level level, Kind kind, String input, Integer have,
                        Integer need, Integer of, Citation citation, String textVi, String textEn) {
    /** What must change. */
    public enum Kind {
        /** {@code need − have} more of the population must hold what the input counts. */
        COUNT,
        /** A yes/no statement must become true. */
        STATEMENT,
        /** A statement or a count must be backed by evidence (TT 24 Art. 9.3, 15.3). */
        EVIDENCE,
        /** Data are missing: the indicator cannot be judged until they are given. */
        DATA,
        /** Anything else the indicator's own sentence states (a level to reach, a figure to improve, points). */
        OTHER
    }

    public Shortfall {
        requiredText(indicatorId, "indicatorId");
        required(level, "level");
        required(kind, "kind");
        required(citation, "citation");
        requiredText(textVi, "textVi");
        requiredText(textEn, "textEn");
        if ((kind == Kind.COUNT) != (have != null && need != null && of != null)) {
            throw new InvalidInputException("kind", "số lượng cần có have, need, of / a count needs have, need, of");
        }
        if (kind == Kind.COUNT && !(0 <= have && have < need && need <= of)) {
            throw new InvalidInputException("need", "cần 0 ≤ have < need ≤ of / needs 0 ≤ have < need ≤ of");
        }
    }

    /** For a count, how many more must hold it. */
    public int more() {
        if (kind != Kind.COUNT) {
            throw new IllegalStateException(kind + " is not a count");
        }
        return need - have;
    }
}
