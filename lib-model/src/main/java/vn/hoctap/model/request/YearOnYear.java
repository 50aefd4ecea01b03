package vn.hoctap.model.request;

import java.math.BigDecimal;
import vn.hoctap.model.Checks;
import vn.hoctap.model.InvalidInputException;

/**
 * One figure for the year before the evaluation year and for the evaluation year itself, in the same unit and on
 * the same basis (e.g. GRDP at the same prices in both years), for the indicators that compare them ("tăng / giảm so
 * với năm trước liền kề", TT 25 Art. 11.4.b-c, 16.4.b-c). Values are compared exactly, with no rounding. Either may be
 * {@code null} when not known; the indicator is then "not determined".
 *
 * <p>Both figures are bounded as every decimal of a request ({@link Checks#decimal}).
 *
 * @param previous the figure for the year before the evaluation year, not negative, or {@code null}
 * @param current  the figure for the evaluation year, not negative, or {@code null}
 */
public record YearOnYear(BigDecimal previous, BigDecimal current) {
    public YearOnYear {
        notNegative(previous, "previous");
        notNegative(current, "current");
    }

    /** The figures written as decimal numbers, e.g. {@code of("60.5", "65.2")}. */
    public static YearOnYear of(String previous, String current) {
        return new YearOnYear(new BigDecimal(previous), new BigDecimal(current));
    }

    /** Refuses a figure above 100 in a year-on-year percentage such as a rate; errors name {@code field.previous}. */
    static YearOnYear percentages(YearOnYear value, String field) {
        if (value != null) {
            atMostHundred(value.previous, field + ".previous");
            atMostHundred(value.current, field + ".current");
        }
        return value;
    }

    private static void atMostHundred(BigDecimal v, String field) {
        if (v != null && v.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(field, "tỉ lệ phần trăm không thể lớn hơn 100 (" + v.toPlainString()
                    + ") / a percentage cannot exceed 100 (" + v.toPlainString() + ")");
        }
    }

    private static void notNegative(BigDecimal v, String field) {
        Checks.decimal(v, field);
        if (v != null && v.signum() < 0) {
            throw new InvalidInputException(field, "không được âm (" + v.toPlainString() + ") / must not be negative ("
                    + v.toPlainString() + ")");
        }
    }
}
