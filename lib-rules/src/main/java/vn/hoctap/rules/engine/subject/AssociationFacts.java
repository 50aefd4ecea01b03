package vn.hoctap.rules.engine.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.hoctap.model.JsonPaths;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.IndicatorAttestation;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.request.TitleCounts;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.Share;
import vn.hoctap.rules.engine.AgeBand;

/**
 * What the adapters of the association's titles (household, clan, hamlet, grassroots unit) read the same way: their
 * statements are keyed by indicator id, their shares are counted over members ({@link #countedShare}) and never as
 * plain shares, they have no levels, and their evidence is keyed by indicator id or input name.
 */
abstract class AssociationFacts extends RequestFacts {
    private final String request;
    private final String countedOver;
    private final Map<String, Boolean> attestations;
    private final Function<String, List<Evidence>> evidenceFor;

    /**
     * @param request      the request's name in messages, e.g. "clan"
     * @param countedOver  what its shares count, e.g. "the clan's households"
     * @param attestations its statements by indicator id
     * @param evidenceFor  its evidence by indicator id or input name
     */
    AssociationFacts(String subjectId, String subjectName, int evaluationYear, LocalDate referenceDate, Title title,
                     AdministrativeTier tier, List<Recognition> recognitions, String request, String countedOver,
                     Map<String, Boolean> attestations, Function<String, List<Evidence>> evidenceFor) {
        super(subjectId, subjectName, evaluationYear, referenceDate, title, tier, recognitions);
        this.request = request;
        this.countedOver = countedOver;
        this.attestations = attestations;
        this.evidenceFor = evidenceFor;
    }

    /** {@code input} as this request's own input type, refused otherwise. */
    abstract Input ownInput(Input input);

    /** The JSON path of what an own (not attested) input is counted from. */
    abstract String pathOfOwn(Input own);

    @Override
    public Optional<Boolean> statement(Input input) {
        return attested(input, attestations);
    }

    @Override
    public final Share share(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is counted over " + countedOver
                + ": use requireMemberShare");
    }

    @Override
    public final Optional<ScaleLevel> level(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is not a level of a " + request + " request");
    }

    @Override
    public final List<Evidence> evidence(Input input) {
        return evidenceFor.apply(input instanceof IndicatorAttestation a ? a.indicatorId() : ownInput(input).jsonName());
    }

    @Override
    public final String pathOf(Input input) {
        return input instanceof IndicatorAttestation a ? path(a) : pathOfOwn(ownInput(input));
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
        return JsonPaths.member("$.attestations", a.indicatorId());
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
