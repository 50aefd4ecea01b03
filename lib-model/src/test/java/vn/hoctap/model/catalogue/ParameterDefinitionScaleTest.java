package vn.hoctap.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.Level;

/**
 * A parameter's values are checked for overlapping periods without comparing every pair: a parameter of 40,000 dated
 * values once took seconds to build, 100,000 over a minute (issue 8, item 13). Timing an 8 times larger parameter
 * against a small one in the same run tells n log n (about 9 times slower) from quadratic (64 times); both sizes take
 * milliseconds, so that the timer's and the machine's noise stay small beside them.
 */
class ParameterDefinitionScaleTest {
    private static final Citation CITATION = Citation.of("01/2024/QĐ-UBND (kiểm thử)", 2, 1);

    @Test
    void checkingOverlapsGrowsNearLinearlyWithTheNumberOfValues() {
        List<ParameterValue> small = daily(4_000);
        List<ParameterValue> large = daily(32_000);
        for (int i = 0; i < 3; i++) {
            build(small);
            build(large);
        }
        long smallNanos = Long.MAX_VALUE;
        long largeNanos = Long.MAX_VALUE;
        for (int i = 0; i < 7; i++) {
            smallNanos = Math.min(smallNanos, build(small));
            largeNanos = Math.min(largeNanos, build(large));
        }
        double ratio = (double) largeNanos / smallNanos;
        assertTrue(ratio < 32, "8 times the values took " + ratio + " times as long (quadratic: 64)");
    }

    /** The faster check still finds an overlap anywhere in the list, and names both values. */
    @Test
    void anOverlapFarApartInTheListIsStillFound() {
        List<ParameterValue> values = new ArrayList<>(daily(5_000));
        values.add(new ParameterValue(Level.LEVEL_1, "90", LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 12),
                CITATION, Status.VERIFIED));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> definition(values));
        assertEquals("values[5000]", e.path());
        assertTrue(e.getMessage().contains("values[9]"), e.getMessage());
        // The same period for the other level, or for every level, is no overlap.
        values.set(5_000, new ParameterValue(Level.LEVEL_2, "90", LocalDate.of(2024, 3, 10), null, CITATION,
                Status.VERIFIED));
        definition(values);
    }

    private static long build(List<ParameterValue> values) {
        long start = System.nanoTime();
        definition(values);
        return System.nanoTime() - start;
    }

    private static ParameterDefinition definition(List<ParameterValue> values) {
        return new ParameterDefinition("KT.C2.1.MIN_PERCENT", ParameterType.PERCENT, List.of(), "tỉ lệ", "share",
                values);
    }

    /** {@code n} level-1 values of one day each, from 1 March 2024, in order. */
    private static List<ParameterValue> daily(int n) {
        List<ParameterValue> values = new ArrayList<>(n);
        LocalDate day = LocalDate.of(2024, 3, 1);
        for (int i = 0; i < n; i++) {
            values.add(new ParameterValue(Level.LEVEL_1, "90", day.plusDays(i), day.plusDays(i + 1), CITATION,
                    Status.VERIFIED));
        }
        return values;
    }
}
