package vn.hoctap.rules.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.request.IndicatorAttestation;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.TitleCounts;

/** What the adapters of the association's titles (household, clan, hamlet, grassroots unit) read the same way. */
final class AssociationFacts {
    private AssociationFacts() {
    }

    /** A statement keyed by indicator id; the requests of these titles carry no other statements but a household's. */
    static Optional<Boolean> attested(Input input, Map<String, Boolean> attestations) {
        if (input instanceof IndicatorAttestation a) {
            return Optional.ofNullable(attestations.get(a.indicatorId()));
        }
        throw new IllegalArgumentException(input.jsonName() + " is not a statement of this request");
    }

    /** Where the statement for an indicator belongs; ids contain dots, hence the bracket. */
    static String path(IndicatorAttestation a) {
        return "$.attestations['" + a.indicatorId() + "']";
    }

    /** Households and a unit's members are counted whole: an age band there is a rule's mistake. */
    static void noAges(Input input, AgeBand ages) {
        if (ages != null) {
            throw new IllegalArgumentException(input.jsonName() + " is not counted by age");
        }
    }

    /** The share a tally gives, or the paths that would complete it. */
    static Share share(Optional<TitleCounts> tally, List<String> missing) {
        if (tally.isPresent() && tally.get().holding() != null) {
            return Share.of(tally.get().holding(), tally.get().total());
        }
        return Share.missing(missing);
    }
}
