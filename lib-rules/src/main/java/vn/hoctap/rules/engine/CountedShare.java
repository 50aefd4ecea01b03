package vn.hoctap.rules.engine;

import java.util.List;
import java.util.Objects;
import vn.hoctap.model.Names;

/**
 * A share counted over a subject's own members (the people of a household, the households of a clan or hamlet), with
 * the members its criteria leave out of the denominator and why, so that the explanation can say so.
 *
 * @param share    how many of those counted have the attribute, or what is missing; a known share of 0 people means
 *                 nobody was left to count
 * @param excluded for each member left out of the count, the reason (e.g. "khuyết tật"), in member order
 */
public record CountedShare(Share share, List<Names> excluded) {
    public CountedShare {
        Objects.requireNonNull(share, "share");
        excluded = List.copyOf(excluded);
    }

    /** A share nobody is excluded from. */
    public static CountedShare of(Share share) {
        return new CountedShare(share, List.of());
    }
}
