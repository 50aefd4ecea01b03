package vn.hoctap.rules.engine;

import java.util.List;
import java.util.Optional;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.HamletEvaluationRequest;
import vn.hoctap.model.request.HamletInput;
import vn.hoctap.model.request.IndicatorAttestation;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;

/**
 * A "Cộng đồng học tập" cấp thôn request as the engine reads it: the title at {@link AdministrativeTier#HAMLET}, so
 * that it is never mistaken for the commune's title of TT 25/2023. Its shares count the hamlet's households holding
 * "Gia đình học tập" and its citizens holding "Công dân học tập".
 */
public final class HamletFacts extends RequestFacts {
    private final HamletEvaluationRequest request;

    public HamletFacts(HamletEvaluationRequest request) {
        super(request.hamlet().id(), request.hamlet().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_COMMUNITY, AdministrativeTier.HAMLET, request.hamlet().recognitions());
        this.request = request;
    }

    @Override
    public Optional<Boolean> statement(Input input) {
        return AssociationFacts.attested(input, request.attestations());
    }

    @Override
    public Share share(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is counted over the hamlet's households or citizens:"
                + " use requireMemberShare");
    }

    @Override
    public CountedShare countedShare(Input input, AgeBand ages) {
        AssociationFacts.noAges(input, ages);
        return CountedShare.of(switch (hamletInput(input)) {
            case HOUSEHOLDS_LEARNING_FAMILY -> AssociationFacts.share(request.householdTally(),
                    request.householdsMissing());
            case CITIZENS_LEARNING_CITIZEN -> AssociationFacts.share(request.citizenTally(), request.citizensMissing());
        });
    }

    @Override
    public Optional<ScaleLevel> level(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is not a level of a hamlet request");
    }

    @Override
    public List<Evidence> evidence(Input input) {
        return request.evidenceFor(input instanceof IndicatorAttestation a ? a.indicatorId()
                : hamletInput(input).jsonName());
    }

    @Override
    public String pathOf(Input input) {
        if (input instanceof IndicatorAttestation a) {
            return AssociationFacts.path(a);
        }
        return hamletInput(input) == HamletInput.HOUSEHOLDS_LEARNING_FAMILY ? "$.households" : "$.citizens";
    }

    private static HamletInput hamletInput(Input input) {
        return own(input, HamletInput.class, "hamlet");
    }
}
