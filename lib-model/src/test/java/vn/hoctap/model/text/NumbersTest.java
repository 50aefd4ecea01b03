package vn.hoctap.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** The way each language writes numbers, against the JDK's own {@link DecimalFormat} for the same locale. */
class NumbersTest {

    /** Proves that Vietnamese groups thousands with "." and writes decimals with ",", and English the other way. */
    @Test
    void writesTheExamplesOfTheIssue() {
        assertEquals("12.000", Numbers.vi().integer(12_000));
        assertEquals("12,000", Numbers.en().integer(12_000));
        assertEquals("92,31 %", Numbers.vi().percent(12, 13));
        assertEquals("92.31 %", Numbers.en().percent(12, 13));
        assertEquals("7,5", Numbers.vi().decimal(new BigDecimal("7.50")));
        assertEquals("7.5", Numbers.en().decimal(new BigDecimal("7.50")));
        assertEquals("1.234.567,25", Numbers.vi().decimal(new BigDecimal("1234567.250")));
        assertEquals("-1.000", Numbers.vi().integer(-1000));
        assertEquals("0,05", Numbers.vi().decimal(new BigDecimal("0.05")));
        assertEquals("100", Numbers.vi().decimal(new BigDecimal("1E+2")));
        assertEquals("100 %", Numbers.vi().percent(52, 52));
        assertEquals("999", Numbers.en().integer(999));
        assertEquals("-9.223.372.036.854.775.808", Numbers.vi().integer(Long.MIN_VALUE));
    }

    /** Proves that a share is rounded half up to two decimals for display, and that an empty population is refused. */
    @Test
    void roundsSharesHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("66.67"), Numbers.roundedPercent(2, 3));
        assertEquals(new BigDecimal("0.01"), Numbers.roundedPercent(1, 20_000));
        assertEquals(new BigDecimal("0.00"), Numbers.roundedPercent(1, 20_001));
        assertThrows(ArithmeticException.class, () -> Numbers.roundedPercent(0, 0));
    }

    /** Proves that each language's numbers come from its locale and that the factories share one instance. */
    @Test
    void languagesAndFactoriesAgree() {
        assertSame(Numbers.vi(), Numbers.of(Language.VI));
        assertSame(Numbers.en(), Language.EN.numbers());
        assertEquals('.', DecimalFormatSymbols.getInstance(Language.VI.locale()).getGroupingSeparator());
        assertEquals(',', DecimalFormatSymbols.getInstance(Language.VI.locale()).getDecimalSeparator());
    }

    /** Proves that whole numbers are written as DecimalFormat writes them with the language's locale. */
    @Property(tries = 300)
    void integersAgreeWithDecimalFormat(@ForAll long n) {
        for (Language language : Language.values()) {
            assertEquals(reference(language).format(n), Numbers.of(language).integer(n));
        }
    }

    /** Proves that decimals keep every significant digit and are written as DecimalFormat writes them. */
    @Property(tries = 300)
    void decimalsAgreeWithDecimalFormat(@ForAll @Scale(6) @BigRange(min = "-1000000000", max = "1000000000")
                                        BigDecimal n) {
        for (Language language : Language.values()) {
            assertEquals(reference(language).format(n), Numbers.of(language).decimal(n));
        }
    }

    /** Proves that a share's percentage is the decimal of its rounded value followed by " %". */
    @Property(tries = 200)
    void percentagesAreRoundedDecimalsWithASpacedSign(@ForAll @IntRange(min = 0, max = 1_000_000) int numerator,
                                                      @ForAll @IntRange(min = 1, max = 1_000_000) int denominator) {
        BigDecimal rounded = Numbers.roundedPercent(numerator, denominator);
        assertEquals(reference(Language.VI).format(rounded) + " %", Numbers.vi().percent(numerator, denominator));
        assertEquals(reference(Language.EN).format(rounded) + " %", Numbers.en().percent(numerator, denominator));
    }

    /** Proves that one instance formats correctly from many threads at once (it keeps no state between calls). */
    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    DecimalFormat vi = reference(Language.VI);
                    for (int i = 0; i < 20_000; i++) {
                        BigDecimal n = BigDecimal.valueOf(i * 7919L + offset, 2);
                        assertEquals(vi.format(n), Numbers.vi().decimal(n));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The JDK's formatter for {@code language}: grouped whole part, every fraction digit, no trailing zeros. */
    private static DecimalFormat reference(Language language) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale()));
        f.setMaximumFractionDigits(100);
        return f;
    }
}
