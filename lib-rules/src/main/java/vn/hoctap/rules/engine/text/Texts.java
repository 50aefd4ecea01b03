package vn.hoctap.rules.engine.text;

import java.math.BigDecimal;
import vn.hoctap.model.text.Numbers;

/**
 * Numbers in explanations, as {@link Numbers} writes them for each language: Vietnamese writes 1.212 người,
 * 90,38 % and 7,5 điểm, English 1,212 people, 90.38 % and 7.5 points. The sentence makers name the language in the
 * method ({@code vi}/{@code number}/{@code count} for Vietnamese, {@code en}/{@code numberEn}/{@code countEn} for
 * English) so that a sentence reads as it is built.
 */
public final class Texts {
    private static final Numbers VI = Numbers.vi();
    private static final Numbers EN = Numbers.en();

    private Texts() {
    }

    /** The share as a percentage rounded to 2 decimals, for display: {@link Numbers#roundedPercent}. */
    public static BigDecimal percent(int numerator, int denominator) {
        return Numbers.roundedPercent(numerator, denominator);
    }

    /** A percentage the Vietnamese way: 90,38 %. */
    public static String vi(BigDecimal n) {
        return VI.percent(n);
    }

    /** A percentage the English way: 90.38 %. */
    public static String en(BigDecimal n) {
        return EN.percent(n);
    }

    /** A plain number the Vietnamese way: 7,5. */
    public static String number(BigDecimal n) {
        return VI.decimal(n);
    }

    /** A plain number the English way: 7.5. */
    public static String numberEn(BigDecimal n) {
        return EN.decimal(n);
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
        return VI.decimal(n) + " " + unit;
    }

    /** A figure with its unit, e.g. "65.2 million VND per person per year" or "67.5 %". */
    public static String en(BigDecimal n, String unit) {
        return EN.decimal(n) + " " + unit;
    }
}
