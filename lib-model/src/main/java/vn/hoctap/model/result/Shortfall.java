package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.subject.Level;

/**
 * What one requirement of one indicator lacks for the next level to be reached, as data and as a sentence.
 *
 * <p>In a points scheme a {@link Kind#POINTS} shortfall carries its figures in {@link #points()}: one per indicator
 * under the scheme's floor (the indicator's id and number), one per criterion under its minimum (the criterion's id,
 * its number as text) and one for a total under the pass mark (the scheme's id, {@code number} {@code null}).
 *
 * @param indicatorId the indicator, e.g. {@code TT24.C3.1}; for a criterion's or the level's total in a points
 *                    scheme, the criterion's or the scheme's id, e.g. {@code CDHT}
 * @param number      its number, e.g. "3.1"; {@code null} for a level's total
 * @param level       the level it keeps from being reached
 * @param kind        what must change
 * @param input       the input concerned, e.g. {@code members.learningCitizen}
 * @param have        for a count, how many hold it now; otherwise {@code null}
 * @param need        for a count, the fewest that reach the threshold: the smallest {@code n} with
 *                    {@code n × 100 ≥ threshold × of}, in integers; otherwise {@code null}
 * @param of          for a count, the population counted; otherwise {@code null}
 * @param points      for {@link Kind#POINTS}, the points it has, needs and may reach; otherwise {@code null}
 * @param citation    the indicator's article at that level (for a total, the pass mark's)
 * @param textVi      the sentence in Vietnamese
 * @param textEn      the same in English
 */
public record Shortfall(String indicatorId, String number, Level level, Kind kind, String input, Integer have,
                        Integer need, Integer of, Points points, Citation citation, String textVi,
                        String textEn) {
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
        /** Anything else the indicator's own sentence states (a level to reach, a figure to improve). */
        OTHER,
        /**
         * In a points scheme, {@code need − have} more points: an indicator up to the floor, a criterion up to its
         * minimum, or the total up to the pass mark ({@link #points()}).
         */
        POINTS
    }

    /**
     * The figures of a {@link Kind#POINTS} shortfall, exactly as the scores are given (decimals, no rounding).
     *
     * @param have the points now: an indicator's score, a criterion's or the level's total (undetermined indicators
     *             not counted)
     * @param need the least that passes: the floor, the criterion's minimum or the pass mark
     * @param max  the most it can reach: the indicator's, criterion's or level's maximum
     * @param room for a total, how many more points each indicator (by number) can still earn before its maximum,
     *             counted from its floor when it is under it (the floor is owed anyway), in the framework's order,
     *             an indicator without a score counted at its maximum; empty otherwise. Once every indicator is at
     *             its floor, the rest of the total may be spread in any way within these rooms
     */
    public record Points(BigDecimal have, BigDecimal need, BigDecimal max, Map<String, BigDecimal> room) {
        public Points {
            required(have, "points.have");
            required(need, "points.need");
            required(max, "points.max");
            room = room == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(room));
            if (!(have.signum() >= 0 && have.compareTo(need) < 0 && need.compareTo(max) <= 0)) {
                throw new InvalidInputException("points", "cần 0 ≤ have < need ≤ max / needs 0 ≤ have < need ≤ max");
            }
            for (Map.Entry<String, BigDecimal> e : room.entrySet()) {
                if (e.getValue() == null || e.getValue().signum() <= 0) {
                    throw new InvalidInputException("points.room." + e.getKey(),
                            "phần còn lại phải dương / room must be positive");
                }
            }
        }

        /** How many more points: {@code need − have}, exact. */
        public BigDecimal more() {
            return need.subtract(have);
        }
    }

    /** A shortfall of any kind but {@link Kind#POINTS}, without points: the record as it was before points. */
    public Shortfall(String indicatorId, String number, Level level, Kind kind, String input, Integer have,
                     Integer need, Integer of, Citation citation, String textVi, String textEn) {
        this(indicatorId, number, level, kind, input, have, need, of, null, citation, textVi, textEn);
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
        if ((kind == Kind.POINTS) != (points != null)) {
            throw new InvalidInputException("points", "chỉ thiếu điểm mới có points / points go with a POINTS shortfall"
                    + " only");
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
