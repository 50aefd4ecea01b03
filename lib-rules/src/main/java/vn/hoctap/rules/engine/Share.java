package vn.hoctap.rules.engine;

import java.util.List;

/**
 * How many of a population have an attribute, or, when the request cannot tell, the JSON paths that would.
 *
 * <p>A share can be partly known: the population is known and some of its records say whether they have the
 * attribute, others do not. Then {@code numerator} counts those known to have it and {@code unknown} those without
 * data, and a threshold is decided whenever the unknown records cannot change the outcome (criteria.md §2: "not
 * determined" only when the missing data could change the verdict).
 *
 * @param numerator   how many are known to have it, or {@code null} when unknown
 * @param denominator the population, or {@code null} when unknown
 * @param missing     JSON paths of the missing data; empty when known
 * @param unknown     how many records lack the data, when the share is partly known; otherwise 0
 */
public record Share(Integer numerator, Integer denominator, List<String> missing, int unknown) {
    public Share {
        missing = List.copyOf(missing);
        if (unknown < 0 || (unknown > 0 && (numerator == null || denominator == null || missing.isEmpty()
                || (long) numerator + unknown > denominator))) {
            throw new IllegalArgumentException("a partly known share needs a numerator, a denominator, missing paths"
                    + " and at most denominator - numerator unknown records");
        }
        if (missing.isEmpty() && (numerator == null || denominator == null)) {
            throw new IllegalArgumentException("a known share needs a numerator and a denominator");
        }
    }

    public static Share of(int numerator, int denominator) {
        return new Share(numerator, denominator, List.of(), 0);
    }

    /**
     * A share of which {@code known} are known to have the attribute and {@code unknown} records lack the data,
     * named by {@code paths}.
     */
    public static Share partlyKnown(int known, int unknown, int denominator, List<String> paths) {
        if (unknown == 0) {
            return of(known, denominator);
        }
        return new Share(known, denominator, paths, unknown);
    }

    public static Share missing(List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("name what is missing");
        }
        return new Share(null, null, paths, 0);
    }

    public boolean known() {
        return missing.isEmpty();
    }

    /** Whether the population is known and only some records lack the data. */
    public boolean partlyKnown() {
        return unknown > 0;
    }
}
