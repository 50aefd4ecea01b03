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
     * Checks a count in a wider age band against the same count in a band nested in it: the people of the wider band
     * who have something are the inner band's such people plus at most everyone in the rest of the wider band, and
     * never fewer than the inner band's. Each comparison is made when its figures are known; sums are taken in
     * {@code long} so that counts near {@link Integer#MAX_VALUE} cannot wrap round.
     *
     * @param widerPart      e.g. people aged 15-60 literate at level 2, the field named when the check fails
     * @param innerPart      e.g. people aged 15-35 literate at level 2
     * @param wider          the wider band's population, e.g. people aged 15-60
     * @param inner          the inner band's population, e.g. people aged 15-35
     * @param innerBand      the inner band as written in the message, e.g. {@code "15-35"}
     * @param restBand       the rest of the wider band, e.g. {@code "36-60"}
     */
    static void nestedBand(Integer widerPart, Integer innerPart, Integer wider, Integer inner, String widerPartField,
                           String innerPartField, String innerBand, String restBand) {
        notAbove(innerPart, widerPart, innerPartField, widerPartField,
                "độ tuổi " + innerBand + " nằm trong độ tuổi rộng hơn / ages " + innerBand + " are within the wider band");
        atMostInnerPlusRest(widerPart, innerPart, wider, inner, widerPartField, innerPartField, restBand);
    }

    /**
     * Requires {@code widerPart <= innerPart + (wider - inner)} when all four are known: the upper half of
     * {@link #nestedBand}, also used where the inner count is a larger one (level 1 for a level-2 count).
     */
    static void atMostInnerPlusRest(Integer widerPart, Integer innerPart, Integer wider, Integer inner,
                                    String widerPartField, String innerPartField, String restBand) {
        if (widerPart == null || innerPart == null || wider == null || inner == null) {
            return;
        }
        long most = (long) innerPart + ((long) wider - inner);
        if (widerPart > most) {
            throw new InvalidInputException(widerPartField, "(" + widerPart + ") lớn hơn " + innerPartField + " ("
                    + innerPart + ") cộng mọi người độ tuổi " + restBand + " (" + (wider - inner) + ") = " + most
                    + " / (" + widerPart + ") exceeds " + innerPartField + " (" + innerPart + ") plus everyone aged "
                    + restBand + " (" + (wider - inner) + ") = " + most);
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
