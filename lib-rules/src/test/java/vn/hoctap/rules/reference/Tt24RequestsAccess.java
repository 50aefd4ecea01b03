package vn.hoctap.rules.reference;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import vn.hoctap.model.request.UnitEvaluationRequest;

/** The TT 24 request generators for tests outside this package. */
public final class Tt24RequestsAccess {
    private Tt24RequestsAccess() {
    }

    /** Requests that give their members as counts (never as a list), so that a count can be changed in place. */
    public static Arbitrary<UnitEvaluationRequest> countRequests() {
        return Tt24Requests.requests().filter(r -> r.members() != null);
    }
}
