package vn.hoctap.rules.engine;

import java.util.List;
import java.util.Optional;
import vn.hoctap.model.request.ClanEvaluationRequest;
import vn.hoctap.model.request.ClanInput;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.IndicatorAttestation;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.request.TitleCounts;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;

/**
 * A "Dòng họ học tập" request as the engine reads it. The title is awarded at commune level, as the household's
 * (criteria.md §8 names no other tier); its statements are keyed by indicator id and its one share counts the clan's
 * households holding "Gia đình học tập".
 */
public final class ClanFacts extends RequestFacts {
    private final ClanEvaluationRequest request;

    public ClanFacts(ClanEvaluationRequest request) {
        super(request.clan().id(), request.clan().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_CLAN, AdministrativeTier.COMMUNE, request.clan().recognitions());
        this.request = request;
    }

    @Override
    public Optional<Boolean> statement(Input input) {
        return AssociationFacts.attested(input, request.attestations());
    }

    @Override
    public Share share(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is counted over the clan's households: use"
                + " requireMemberShare");
    }

    @Override
    public CountedShare countedShare(Input input, AgeBand ages) {
        clanInput(input);
        AssociationFacts.noAges(input, ages);
        Optional<TitleCounts> tally = request.householdTally();
        return CountedShare.of(AssociationFacts.share(tally, request.householdsMissing()));
    }

    @Override
    public Optional<ScaleLevel> level(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is not a level of a clan request");
    }

    @Override
    public List<Evidence> evidence(Input input) {
        return request.evidenceFor(input instanceof IndicatorAttestation a ? a.indicatorId()
                : clanInput(input).jsonName());
    }

    @Override
    public String pathOf(Input input) {
        return input instanceof IndicatorAttestation a ? AssociationFacts.path(a) : "$.households";
    }

    private static ClanInput clanInput(Input input) {
        return own(input, ClanInput.class, "clan");
    }
}
