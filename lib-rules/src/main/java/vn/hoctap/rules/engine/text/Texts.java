package vn.hoctap.rules.engine.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for explanations: Vietnamese writes 90,38 % and 7,5 điểm, English 90.38 % and 7.5 points. */
public final class Texts {
    private Texts() {
    }

    public static BigDecimal percent(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    public static String vi(BigDecimal n) {
        return number(n) + " %";
    }

    public static String en(BigDecimal n) {
        return numberEn(n) + " %";
    }

    /** A plain number the Vietnamese way: 7,5. */
    public static String number(BigDecimal n) {
        return numberEn(n).replace('.', ',');
    }

    public static String numberEn(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** A figure with its unit, e.g. "65,2 triệu đồng/người/năm" or "67,5 %". */
    public static String vi(BigDecimal n, String unit) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',') + " " + unit;
    }

    /** A figure with its unit, e.g. "65.2 million VND per person per year" or "67.5 %". */
    public static String en(BigDecimal n, String unit) {
        return n.stripTrailingZeros().toPlainString() + " " + unit;
    }
}
