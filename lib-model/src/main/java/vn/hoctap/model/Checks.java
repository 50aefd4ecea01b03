package vn.hoctap.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Constructor validation shared by the records of this library. Messages name the field and say, in Vietnamese
 * then English, what is wrong. */
public final class Checks {
    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "bắt buộc, không được để trống / is required");
        }
        return value;
    }

    public static String requiredText(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new InvalidInputException(field, "không được để trống / must not be blank");
        }
        return value;
    }

    public static Integer nonNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, "không được âm (" + value + ") / must not be negative (" + value + ")");
        }
        return value;
    }

    public static int positive(Integer value, String field) {
        required(value, field);
        if (value < 1) {
            throw new InvalidInputException(field, "phải ≥ 1 (" + value + ") / must be at least 1 (" + value + ")");
        }
        return value;
    }

    /** A count of people holding something, which cannot exceed the population it is counted in. */
    public static Integer atMost(Integer value, int total, String field, String totalField) {
        nonNegative(value, field);
        if (value != null && value > total) {
            throw new InvalidInputException(field, "(" + value + ") lớn hơn " + totalField + " (" + total + ") / ("
                    + value + ") exceeds " + totalField + " (" + total + ")");
        }
        return value;
    }

    /** Most decimal places a figure of a request may have: shares, scores and money need far fewer. */
    public static final int MAX_DECIMAL_PLACES = 6;
    /** Most digits before the decimal point: 10^15 exceeds any population, score, income or GRDP in a request. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /**
     * A decimal of a request, bounded so that nothing downstream has to cope with {@code 1e999999999} (whose plain
     * text is a billion digits) or {@code 1e-999999999}: at most {@link #MAX_DECIMAL_PLACES} places after the point
     * and {@link #MAX_INTEGER_DIGITS} digits before it, trailing zeros not counted ({@code 2.50000000} is 2.5).
     * Checked before anything prints the value.
     */
    public static BigDecimal decimal(BigDecimal value, String field) {
        if (value == null || value.signum() == 0) {
            return value;
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > MAX_DECIMAL_PLACES || (long) v.precision() - v.scale() > MAX_INTEGER_DIGITS) {
            String shown = value.toString();
            shown = shown.length() > 30 ? shown.substring(0, 30) + "…" : shown;
            throw new InvalidInputException(field, "số " + shown + " vượt giới hạn: tối đa " + MAX_INTEGER_DIGITS
                    + " chữ số phần nguyên và " + MAX_DECIMAL_PLACES + " chữ số thập phân / the number " + shown
                    + " is out of bounds: at most " + MAX_INTEGER_DIGITS + " digits before the point and "
                    + MAX_DECIMAL_PLACES + " after it");
        }
        return value;
    }

    public static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    public static <K, V> Map<K, V> map(Map<K, V> value) {
        return value == null ? Map.of() : Map.copyOf(value);
    }

    /**
     * Refuses two elements of {@code list} with the same key, naming the later one: {@code field[i].keyField}, or
     * {@code field[i]} when {@code keyField} is null (a list of ids itself).
     *
     * @param what how the key is called in the message, e.g. "member id"
     */
    public static <T> void unique(List<T> list, Function<T, String> key, String field, String keyField, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String k = key.apply(list.get(i));
            Integer earlier = seen.putIfAbsent(k, i);
            if (earlier != null) {
                throw new InvalidInputException(field + "[" + i + "]" + (keyField == null ? "" : "." + keyField),
                        "trùng mã '" + k + "' với " + field + "[" + earlier + "] / duplicate " + what + " '" + k
                                + "', as at " + field + "[" + earlier + "]");
            }
        }
    }

    /** Copies a list, re-throwing an element's validation error under its index ({@code field[3].name}). */
    public static <T> List<T> validatedList(List<T> value, String field, Function<T, T> validate) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            T element = value.get(i);
            if (element == null) {
                throw new InvalidInputException(field + "[" + i + "]", "không được để trống / must not be null");
            }
            try {
                validate.apply(element);
            } catch (InvalidInputException e) {
                throw e.under(field + "[" + i + "]");
            }
        }
        return List.copyOf(value);
    }
}
