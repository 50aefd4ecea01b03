package vn.hoctap.rules.engine;

import java.math.BigDecimal;

/**
 * Points counted as a whole number of millionths, beside the scale their {@code BigDecimal} has: a level adds up its
 * criteria's points for every subject ({@link LevelFolds}), and adding longs reads no {@code BigDecimal} object and
 * makes none. {@link #decimal} gives back exactly the {@code BigDecimal} that adding the originals gives, scale
 * included (a sum's scale is the largest of its terms'). Values with more than six decimals, or too large for a long,
 * are not counted ({@link #NONE}), and callers add those as {@code BigDecimal}s.
 */
final class Millionths {
    /** Decimal places counted. */
    static final int SCALE = 6;
    /** What {@link #of} gives for a value it cannot count. */
    static final long NONE = Long.MIN_VALUE;

    private Millionths() {
    }

    /** {@code value} in millionths, or {@link #NONE}. */
    static long of(BigDecimal value) {
        if (value.scale() > SCALE) {
            return NONE;
        }
        try {
            long units = value.movePointRight(SCALE).longValueExact();
            return units == NONE ? NONE : units;
        } catch (ArithmeticException tooLarge) {
            return NONE;
        }
    }

    /** {@code a + b} in millionths, or {@link #NONE} when either is or the sum overflows. */
    static long plus(long a, long b) {
        if (a == NONE || b == NONE) {
            return NONE;
        }
        long sum = a + b;
        // Overflow when both terms have a sign the sum does not.
        return ((a ^ sum) & (b ^ sum)) < 0 || sum == NONE ? NONE : sum;
    }

    /** The {@code BigDecimal} of {@code units} millionths with {@code scale}, which must hold it exactly. */
    static BigDecimal decimal(long units, int scale) {
        return BigDecimal.valueOf(units, SCALE).setScale(scale);
    }
}
