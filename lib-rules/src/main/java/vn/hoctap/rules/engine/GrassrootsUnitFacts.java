package vn.hoctap.rules.engine;

import java.util.List;
import java.util.Optional;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.GrassrootsUnitEvaluationRequest;
import vn.hoctap.model.request.GrassrootsUnitInput;
import vn.hoctap.model.request.IndicatorAttestation;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;

/**
 * A grassroots "Đơn vị học tập" request as the engine reads it: the title at commune level, which TT 24/2023 never
 * uses (it evaluates units at district and province level), so the two schemes cannot be confused. Its one share
 * counts the members holding "Công dân học tập".
 */
public final class GrassrootsUnitFacts extends RequestFacts {
    private final GrassrootsUnitEvaluationRequest request;

    public GrassrootsUnitFacts(GrassrootsUnitEvaluationRequest request) {
        super(request.unit().id(), request.unit().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_UNIT, AdministrativeTier.COMMUNE, request.unit().recognitions());
        this.request = request;
    }

    @Override
    public Optional<Boolean> statement(Input input) {
        return AssociationFacts.attested(input, request.attestations());
    }

    @Override
    public Share share(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is counted over the unit's members: use"
                + " requireMemberShare");
    }

    @Override
    public CountedShare countedShare(Input input, AgeBand ages) {
        unitInput(input);
        AssociationFacts.noAges(input, ages);
        return CountedShare.of(AssociationFacts.share(request.memberTally(MemberAttribute.LEARNING_CITIZEN),
                request.membersMissing(MemberAttribute.LEARNING_CITIZEN)));
    }

    @Override
    public Optional<ScaleLevel> level(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is not a level of a grassroots-unit request");
    }

    @Override
    public List<Evidence> evidence(Input input) {
        return request.evidenceFor(input instanceof IndicatorAttestation a ? a.indicatorId()
                : unitInput(input).jsonName());
    }

    @Override
    public String pathOf(Input input) {
        return input instanceof IndicatorAttestation a ? AssociationFacts.path(a) : "$.members";
    }

    private static GrassrootsUnitInput unitInput(Input input) {
        return own(input, GrassrootsUnitInput.class, "grassroots-unit");
    }
}
