package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;
import static vn.hoctap.model.Checks.validatedList;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.Level;

/**
 * A named number (or code) that rules read by id, with a value per level and period. A province pack changes a
 * threshold by giving another value for the same id, without touching a rule.
 *
 * @param id      stable identifier, e.g. {@code TT24.C2.1.MIN_PERCENT}
 * @param type    what its values are
 * @param codes   for {@link ParameterType#CODE}, the allowed codes; empty otherwise
 * @param nameVi  what it is, in Vietnamese
 * @param nameEn  the same in English
 * @param values  its values; for one level, no two periods overlap
 */
public record ParameterDefinition(String id, ParameterType type, List<String> codes, String nameVi, String nameEn,
                                  List<ParameterValue> values) {
    public ParameterDefinition {
        requiredText(id, "id");
        required(type, "type");
        codes = codes == null ? List.of() : List.copyOf(codes);
        if (type == ParameterType.CODE && codes.isEmpty()) {
            throw new InvalidInputException("codes", "tham số kiểu CODE cần danh sách mã / a CODE parameter lists its codes");
        }
        requiredText(nameVi, "nameVi");
        requiredText(nameEn, "nameEn");
        values = validatedList(values, "values", v -> v);
        for (int i = 0; i < values.size(); i++) {
            checkValue(type, codes, values.get(i).value(), "values[" + i + "].value");
        }
        checkNoOverlap(values);
    }

    /**
     * Refuses two values for the same level whose periods overlap. Sorted by level and start, two periods overlap
     * only if some pair of neighbours does (every period ends after it starts), so this takes n log n where comparing
     * every pair made a parameter of 40,000 dated values take seconds, and 100,000 over a minute.
     */
    private static void checkNoOverlap(List<ParameterValue> values) {
        Integer[] order = new Integer[values.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<ParameterValue> byLevelThenStart = Comparator
                .comparing((ParameterValue v) -> v.level() == null ? -1 : v.level().ordinal())
                .thenComparing(ParameterValue::from);
        Arrays.sort(order, (x, y) -> byLevelThenStart.compare(values.get(x), values.get(y)));
        for (int k = 1; k < order.length; k++) {
            ParameterValue a = values.get(order[k - 1]);
            ParameterValue b = values.get(order[k]);
            if (Objects.equals(a.level(), b.level()) && a.overlaps(b)) {
                int i = Math.max(order[k - 1], order[k]);
                int j = Math.min(order[k - 1], order[k]);
                throw new InvalidInputException("values[" + i + "]", "trùng thời gian với values[" + j
                        + "] / overlaps values[" + j + "] for the same level");
            }
        }
    }

    /**
     * The value for {@code level} on {@code date}: a value for that level wins over a value for every level.
     */
    public Optional<ParameterValue> valueOn(Level level, LocalDate date) {
        ParameterValue any = null;
        for (ParameterValue v : values) {
            if (v.appliesOn(date)) {
                if (v.level() == level) {
                    return Optional.of(v);
                }
                if (v.level() == null) {
                    any = v;
                }
            }
        }
        return Optional.ofNullable(any);
    }

    private static void checkValue(ParameterType type, List<String> codes, String value, String path) {
        switch (type) {
            case POINTS -> {
                BigDecimal p;
                try {
                    p = new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(path, "không phải số: '" + value + "' / not a number: '" + value + "'");
                }
                if (p.signum() < 0) {
                    throw new InvalidInputException(path, "số điểm không được âm / points must not be negative");
                }
            }
            case PERCENT -> {
                BigDecimal p;
                try {
                    p = new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(path, "không phải số: '" + value + "' / not a number: '" + value + "'");
                }
                if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new InvalidInputException(path, "tỉ lệ phải từ 0 đến 100 (" + value + ") / a percentage is 0 to 100 ("
                            + value + ")");
                }
            }
            case INTEGER -> {
                try {
                    if (Integer.parseInt(value) < 0) {
                        throw new InvalidInputException(path, "không được âm / must not be negative");
                    }
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(path, "không phải số nguyên: '" + value + "' / not a whole number: '"
                            + value + "'");
                }
            }
            case CODE -> {
                if (!codes.contains(value)) {
                    throw new InvalidInputException(path, "mã '" + value + "' không thuộc " + codes + " / code '" + value
                            + "' is not one of " + codes);
                }
            }
        }
    }
}
