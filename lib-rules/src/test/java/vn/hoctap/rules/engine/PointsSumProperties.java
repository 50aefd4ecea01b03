package vn.hoctap.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import vn.hoctap.rules.Seeds;

/**
 * A level adds its criteria's points up in millionths ({@code Millionths}, {@code Points.sum}) so that the sum reads
 * no {@code BigDecimal}. These prove that the sum is still exactly what adding the {@code BigDecimal}s gives, scale
 * included, for points of any scale and size (those past six decimals or a long fall back to {@code BigDecimal}),
 * and that two sums are equal exactly when their {@code BigDecimal}s are.
 */
class PointsSumProperties {
    private static Points.Tally tally(BigDecimal earned, BigDecimal open) {
        return Points.Tally.of(earned, earned.add(open), earned.add(open).add(BigDecimal.ONE), List.of(), List.of(),
                open.signum() != 0, null);
    }

    private static BigDecimal[] added(List<Points.Tally> tallies) {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Points.Tally t : tallies) {
            sums[0] = sums[0].add(t.earned());
            sums[1] = sums[1].add(t.possible());
            sums[2] = sums[2].add(t.max());
        }
        return sums;
    }

    private static Points.Sum sum(List<Points.Tally> tallies) {
        return Points.sum(java.util.Collections.nCopies(tallies.size(), null), tallies);
    }

    @Provide
    Arbitrary<BigDecimal> points() {
        Arbitrary<BigInteger> small = Arbitraries.longs().between(-2_000, 2_000).map(BigInteger::valueOf);
        Arbitrary<BigInteger> huge = Arbitraries.bigIntegers().between(BigInteger.valueOf(Long.MAX_VALUE).negate()
                .shiftLeft(4), BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(4));
        return net.jqwik.api.Combinators.combine(Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(9, small), net.jqwik.api.Tuple.of(1, huge)),
                Arbitraries.integers().between(-2, 9)).as(BigDecimal::new);
    }

    @Provide
    Arbitrary<List<Points.Tally>> tallies() {
        return net.jqwik.api.Combinators.combine(points(), points().map(BigDecimal::abs)).as(PointsSumProperties::tally)
                .list().ofMinSize(0).ofMaxSize(5);
    }

    /** Proves that the sum's totals are the {@code BigDecimal} sums, value and scale. */
    @Property(tries = 2000, seed = Seeds.STATISTICS)
    void theSumIsWhatAddingTheDecimalsGives(@ForAll("tallies") List<Points.Tally> tallies) {
        BigDecimal[] expected = added(tallies);
        Points.Sum sum = sum(tallies);
        assertEquals(expected[0], sum.earned());
        assertEquals(expected[1], sum.possible());
        assertEquals(expected[2], sum.max());
    }

    /**
     * Proves that sums of equal points, in any order and from other {@code BigDecimal} objects, are equal with equal
     * hashes, and that sums whose {@code BigDecimal} totals differ are not: a level is never shared by points that
     * read differently.
     */
    @Property(tries = 2000, seed = Seeds.STATISTICS)
    void sumsAreEqualWhenTheirPointsAreAndOnlyThen(@ForAll("tallies") List<Points.Tally> a,
                                                   @ForAll("tallies") List<Points.Tally> b) {
        List<Points.Tally> again = new ArrayList<>();
        for (Points.Tally t : a) {
            again.add(0, tally(new BigDecimal(t.earned().unscaledValue(), t.earned().scale()),
                    t.possible().subtract(t.earned())));
        }
        assertEquals(sum(a), sum(again), "equal points in another order");
        assertEquals(sum(a).hashCode(), sum(again).hashCode());
        if (!List.of(added(a)).equals(List.of(added(b)))) {
            assertNotEquals(sum(a), sum(b), () -> a + " / " + b);
        }
    }

    /** The boundaries: six decimals are counted, seven are not; 8.5 + 7.5 is 16.0, not 16. */
    @Example
    void boundaries() {
        assertEquals(1_234_567L, Millionths.of(new BigDecimal("1.234567")));
        assertEquals(Millionths.NONE, Millionths.of(new BigDecimal("1.2345678")));
        assertEquals(Millionths.NONE, Millionths.of(new BigDecimal(Long.MAX_VALUE)));
        assertEquals(new BigDecimal("16.0"), sum(List.of(tally(new BigDecimal("8.5"), BigDecimal.ZERO),
                tally(new BigDecimal("7.5"), BigDecimal.ZERO))).earned());
        assertNotEquals(sum(List.of(tally(new BigDecimal("16.0"), BigDecimal.ZERO))),
                sum(List.of(tally(new BigDecimal("16"), BigDecimal.ZERO))), "16.0 and 16 read differently");
        assertEquals(Millionths.NONE, Millionths.plus(Long.MAX_VALUE - 1, 5));
    }
}
