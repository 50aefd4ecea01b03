package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.atMost;
import static vn.hoctap.model.Checks.nonNegative;

import vn.hoctap.model.InvalidInputException;

/**
 * Validation of figures whose every count may be left out (the commune's citizens, NĐ 20/2014 figures): a
 * population, when given, has at least one person; a part is never negative and, when its population is given,
 * never larger. Package-private: the general helpers are in {@link vn.hoctap.model.Checks}.
 */
final class CountChecks {
    private CountChecks() {
    }

    /** A population: {@code null} (not known) or at least 1, so that a rate over it is defined. */
    static Integer population(Integer value, String field) {
        if (value != null && value < 1) {
            throw new InvalidInputException(field, "phải ≥ 1 nếu có (" + value + "); bỏ trường nếu không biết / must be at"
                    + " least 1 when given (" + value + "); leave the field out when not known");
        }
        return value;
    }

    /** A count of the people of {@code total} who have something; checked against it when both are known. */
    static Integer part(Integer value, Integer total, String field, String totalField) {
        return total == null ? nonNegative(value, field) : atMost(value, total, field, totalField);
    }

    /** Requires {@code smaller <= larger} when both are known; {@code why} says why, in both languages. */
    static void notAbove(Integer smaller, Integer larger, String field, String largerField, String why) {
        if (smaller != null && larger != null && smaller > larger) {
            throw new InvalidInputException(field, "(" + smaller + ") lớn hơn " + largerField + " (" + larger + ") / ("
                    + smaller + ") exceeds " + largerField + " (" + larger + "): " + why);
        }
    }

    /**
     * Requires the parts that are known to add up to at most {@code total}, naming {@code field} (the last part) when
     * they do not. The sum is taken in {@code long}: two counts near {@link Integer#MAX_VALUE} cannot wrap round to
     * a small or negative number and pass.
     *
     * @param what how the sum is written in the message, e.g. {@code "level1 + level2"}
     */
    static void sumNotAbove(String field, String what, Integer total, String totalField, Integer... parts) {
        if (total == null) {
            return;
        }
        long sum = 0;
        for (Integer part : parts) {
            if (part == null) {
                return;
            }
            sum += part;
        }
        if (sum > total) {
            throw new InvalidInputException(field, what + " (" + sum + ") lớn hơn " + totalField + " (" + total
                    + ") / " + what + " (" + sum + ") exceeds " + totalField + " (" + total + ")");
        }
    }
}
