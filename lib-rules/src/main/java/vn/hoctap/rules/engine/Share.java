package vn.hoctap.rules.engine;

import java.util.List;

/**
 * How many of a population have an attribute, or, when the request cannot tell, the JSON paths that would.
 *
 * @param numerator   how many have it, or {@code null} when unknown
 * @param denominator the population, or {@code null} when unknown
 * @param missing     JSON paths of the missing data; empty when known
 */
public record Share(Integer numerator, Integer denominator, List<String> missing) {
    public Share {
        missing = List.copyOf(missing);
        if (missing.isEmpty() && (numerator == null || denominator == null)) {
            throw new IllegalArgumentException("a known share needs a numerator and a denominator");
        }
    }

    public static Share of(int numerator, int denominator) {
        return new Share(numerator, denominator, List.of());
    }

    public static Share missing(List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("name what is missing");
        }
        return new Share(null, null, paths);
    }

    public boolean known() {
        return missing.isEmpty();
    }
}
