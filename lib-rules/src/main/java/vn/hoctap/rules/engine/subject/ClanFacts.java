package vn.hoctap.rules.engine.subject;

import java.util.Optional;
import vn.hoctap.model.request.ClanEvaluationRequest;
import vn.hoctap.model.request.ClanInput;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.TitleCounts;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.CountedShare;
import vn.hoctap.rules.engine.AgeBand;

/**
 * A "Dòng họ học tập" request as the engine reads it. The title is awarded at commune level, as the household's
 * (criteria.md §8 names no other tier); its statements are keyed by indicator id and its one share counts the clan's
 * households holding "Gia đình học tập".
 */
public final class ClanFacts extends AssociationFacts {
    private final ClanEvaluationRequest request;

    public ClanFacts(ClanEvaluationRequest request) {
        super(request.clan().id(), request.clan().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_CLAN, AdministrativeTier.COMMUNE, request.clan().recognitions(),
                "clan", "the clan's households", request.attestations(), request::evidenceFor);
        this.request = request;
    }

    @Override
    public CountedShare countedShare(Input input, AgeBand ages) {
        clanInput(input);
        noAges(input, ages);
        Optional<TitleCounts> tally = request.householdTally();
        return CountedShare.of(share(tally, request.householdsMissing()));
    }

    @Override
    Input ownInput(Input input) {
        return clanInput(input);
    }

    @Override
    String pathOfOwn(Input own) {
        return "$.households";
    }

    private static ClanInput clanInput(Input input) {
        return own(input, ClanInput.class, "clan");
    }
}
