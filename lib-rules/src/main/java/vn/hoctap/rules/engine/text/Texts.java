package vn.hoctap.rules.engine.text;

import java.math.BigDecimal;
import vn.hoctap.model.text.Numbers;
import vn.hoctap.rules.engine.BoundedMemo;

/**
 * Numbers in explanations, as {@link Numbers} writes them for each language: Vietnamese writes 1.212 người,
 * 90,38 % and 7,5 điểm, English 1,212 people, 90.38 % and 7.5 points. The sentence makers name the language in the
 * method ({@code vi}/{@code number}/{@code count} for Vietnamese, {@code en}/{@code numberEn}/{@code countEn} for
 * English) so that a sentence reads as it is built.
 */
public final class Texts {
    private static final Numbers VI = Numbers.vi();
    private static final Numbers EN = Numbers.en();
    /**
     * Numbers already written, per language and form: a commune's people give the same few scores, totals and
     * shares, and a locale's formatter is the slow part of a sentence. Bounded; past the bound, numbers are formatted
     * each time.
     */
    private static final BoundedMemo<BigDecimal, String> PERCENT_VI = new BoundedMemo<>(20_000);
    private static final BoundedMemo<BigDecimal, String> PERCENT_EN = new BoundedMemo<>(20_000);
    private static final BoundedMemo<BigDecimal, String> DECIMAL_VI = new BoundedMemo<>(20_000);
    private static final BoundedMemo<BigDecimal, String> DECIMAL_EN = new BoundedMemo<>(20_000);

    private Texts() {
    }

    /** The share as a percentage rounded to 2 decimals, for display: {@link Numbers#roundedPercent}. */
    public static BigDecimal percent(int numerator, int denominator) {
        return Numbers.roundedPercent(numerator, denominator);
    }

    /** A percentage the Vietnamese way: 90,38 %. */
    public static String vi(BigDecimal n) {
        return PERCENT_VI.get(n, VI::percent);
    }

    /** A percentage the English way: 90.38 %. */
    public static String en(BigDecimal n) {
        return PERCENT_EN.get(n, EN::percent);
    }

    /** A plain number the Vietnamese way: 7,5. */
    public static String number(BigDecimal n) {
        return DECIMAL_VI.get(n, VI::decimal);
    }

    /** A plain number the English way: 7.5. */
    public static String numberEn(BigDecimal n) {
        return DECIMAL_EN.get(n, EN::decimal);
    }

    /** A count of people or things the Vietnamese way: 1.212. */
    public static String count(int n) {
        return VI.integer(n);
    }

    /** A count of people or things the English way: 1,212. */
    public static String countEn(int n) {
        return EN.integer(n);
    }

    /** A figure with its unit, e.g. "65,2 triệu đồng/người/năm" or "67,5 %". */
    public static String vi(BigDecimal n, String unit) {
        return number(n) + " " + unit;
    }

    /** A figure with its unit, e.g. "65.2 million VND per person per year" or "67.5 %". */
    public static String en(BigDecimal n, String unit) {
        return numberEn(n) + " " + unit;
    }
}
