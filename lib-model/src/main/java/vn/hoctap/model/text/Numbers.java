package vn.hoctap.model.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;

/**
 * Numbers as a report writes them, the Vietnamese way or the English way: counts with grouped thousands
 * ({@code 12.000} / {@code 12,000}), decimals with every significant digit and no trailing zeros ({@code 7,5} /
 * {@code 7.5}, points and amounts alike), percentages with a space before the sign ({@code 92,31 %} /
 * {@code 92.31 %}). The separators come from the language's locale ({@link DecimalFormatSymbols} of {@code vi-VN}
 * and {@code en}), so the output is what {@link java.text.DecimalFormat} writes with pattern {@code #,##0.#}
 * for that locale (the tests check this digit for digit).
 *
 * <p>Instances are immutable and thread-safe, and formatting allocates little more than the result: the sentence
 * makers call it for every number of every explanation, so it does not build a {@code NumberFormat} per call.
 */
public final class Numbers {
    private static final Numbers VI = new Numbers(Language.VI);
    private static final Numbers EN = new Numbers(Language.EN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final char grouping;
    private final char decimal;
    private final char minus;

    private Numbers(Language language) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
        this.grouping = symbols.getGroupingSeparator();
        this.decimal = symbols.getDecimalSeparator();
        this.minus = symbols.getMinusSign();
        if (symbols.getZeroDigit() != '0') {
            // Both locales write ASCII digits; a JDK whose data said otherwise would need the digits mapped too.
            throw new IllegalStateException("unexpected digits for " + language.locale());
        }
    }

    /** Vietnamese: 12.000; 7,5; 92,31 %. */
    public static Numbers vi() {
        return VI;
    }

    /** English: 12,000; 7.5; 92.31 %. */
    public static Numbers en() {
        return EN;
    }

    /** The numbers of {@code language}. */
    public static Numbers of(Language language) {
        return language == Language.VI ? VI : EN;
    }

    /** A whole number with grouped thousands: 12.000 / 12,000. */
    public String integer(long n) {
        String digits = Long.toString(n);
        if (n >= 0 && n < 1000) {
            // Most counts of a sentence: nothing to group, and no copy.
            return digits;
        }
        StringBuilder b = new StringBuilder(digits.length() + 8);
        int start = 0;
        if (n < 0) {
            b.append(minus);
            start = 1;
        }
        appendGrouped(b, digits, start, digits.length());
        return b.toString();
    }

    /**
     * A decimal with every significant digit and no trailing zeros, its whole part grouped: 7,5 / 7.5;
     * 65,2; 12.000,25 / 12,000.25; 10 (not 10,0). Nothing is rounded.
     */
    public String decimal(BigDecimal n) {
        return appendDecimal(new StringBuilder(16), n).toString();
    }

    /** A percentage already in percent ({@code 92.31} for 92.31 %), written as {@link #decimal} and " %": 92,31 %. */
    public String percent(BigDecimal percent) {
        return appendDecimal(new StringBuilder(16), percent).append(" %").toString();
    }

    /** The share {@code numerator} of {@code denominator} as {@link #roundedPercent} writes it: 12 of 13 is 92,31 %. */
    public String percent(int numerator, int denominator) {
        return percent(roundedPercent(numerator, denominator));
    }

    /**
     * {@code numerator} / {@code denominator} × 100, rounded half up to two decimals, for display only (rules compare
     * exactly): 12 of 13 is 92.31.
     *
     * @throws ArithmeticException when {@code denominator} is 0
     */
    public static BigDecimal roundedPercent(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    private StringBuilder appendDecimal(StringBuilder b, BigDecimal n) {
        // The plain form of the stripped value ("-12000.5") is what BigDecimal writes fastest; only its separators
        // are then the language's.
        String plain = n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        int start = 0;
        if (plain.charAt(0) == '-') {
            b.append(minus);
            start = 1;
        }
        int point = plain.indexOf('.', start);
        int whole = point < 0 ? plain.length() : point;
        appendGrouped(b, plain, start, whole);
        if (point >= 0) {
            b.append(decimal).append(plain, point + 1, plain.length());
        }
        return b;
    }

    /** Appends {@code digits[from, to)} with a grouping separator before each group of three from the right. */
    private void appendGrouped(StringBuilder b, String digits, int from, int to) {
        int first = (to - from) % 3;
        if (first == 0) {
            first = 3;
        }
        b.append(digits, from, from + first);
        for (int i = from + first; i < to; i += 3) {
            b.append(grouping).append(digits, i, i + 3);
        }
    }
}
