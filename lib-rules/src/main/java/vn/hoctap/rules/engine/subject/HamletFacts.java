package vn.hoctap.rules.engine.subject;

import vn.hoctap.model.request.HamletEvaluationRequest;
import vn.hoctap.model.request.HamletInput;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.CountedShare;
import vn.hoctap.rules.engine.AgeBand;

/**
 * A "Cộng đồng học tập" cấp thôn request as the engine reads it: the title at {@link AdministrativeTier#HAMLET}, so
 * that it is never mistaken for the commune's title of TT 25/2023. Its shares count the hamlet's households holding
 * "Gia đình học tập" and its citizens holding "Công dân học tập".
 */
public final class HamletFacts extends AssociationFacts {
    private final HamletEvaluationRequest request;

    public HamletFacts(HamletEvaluationRequest request) {
        super(request.hamlet().id(), request.hamlet().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_COMMUNITY, AdministrativeTier.HAMLET, request.hamlet().recognitions(),
                "hamlet", "the hamlet's households or citizens", request.attestations(), request::evidenceFor);
        this.request = request;
    }

    @Override
    public CountedShare countedShare(Input input, AgeBand ages) {
        noAges(input, ages);
        return CountedShare.of(switch (hamletInput(input)) {
            case HOUSEHOLDS_LEARNING_FAMILY -> share(request.householdTally(),
                    request.householdsMissing());
            case CITIZENS_LEARNING_CITIZEN -> share(request.citizenTally(), request.citizensMissing());
        });
    }

    @Override
    Input ownInput(Input input) {
        return hamletInput(input);
    }

    @Override
    String pathOfOwn(Input own) {
        return own == HamletInput.HOUSEHOLDS_LEARNING_FAMILY ? "$.households" : "$.citizens";
    }

    private static HamletInput hamletInput(Input input) {
        return own(input, HamletInput.class, "hamlet");
    }
}
