package vn.hoctap.rules.engine;

/**
 * The ages a share counts, both ends included: a person belongs when the age reached in the evaluation year (that year
 * minus the year of birth) lies between {@code from} and {@code to}. Its ends are parameters of the rule that counts,
 * e.g. adults 19 to 60 for a household's literacy (QĐ 448/QĐ-KHVN).
 *
 * @param from youngest age counted
 * @param to   oldest age counted, not below {@code from}
 */
public record AgeBand(int from, int to) {
    public AgeBand {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("an age band runs from a non-negative age up: " + from + "–" + to);
        }
    }

    /** Whether a person born in {@code birthYear} belongs to the band in {@code year}. */
    public boolean contains(int birthYear, int year) {
        int age = year - birthYear;
        return age >= from && age <= to;
    }
}
