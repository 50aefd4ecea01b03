package vn.hoctap.rules.engine.subject;

import vn.hoctap.model.request.GrassrootsUnitEvaluationRequest;
import vn.hoctap.model.request.GrassrootsUnitInput;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.CountedShare;
import vn.hoctap.rules.engine.AgeBand;

/**
 * A grassroots "Đơn vị học tập" request as the engine reads it: the title at commune level, which TT 24/2023 never
 * uses (it evaluates units at district and province level), so the two schemes cannot be confused. Its one share
 * counts the members holding "Công dân học tập".
 */
public final class GrassrootsUnitFacts extends AssociationFacts {
    private final GrassrootsUnitEvaluationRequest request;

    public GrassrootsUnitFacts(GrassrootsUnitEvaluationRequest request) {
        super(request.unit().id(), request.unit().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_UNIT, AdministrativeTier.COMMUNE, request.unit().recognitions(),
                "grassroots-unit", "the unit's members", request.attestations(), request::evidenceFor);
        this.request = request;
    }

    @Override
    public CountedShare countedShare(Input input, AgeBand ages) {
        unitInput(input);
        noAges(input, ages);
        return CountedShare.of(share(request.memberTally(MemberAttribute.LEARNING_CITIZEN),
                request.membersMissing(MemberAttribute.LEARNING_CITIZEN)));
    }

    @Override
    Input ownInput(Input input) {
        return unitInput(input);
    }

    @Override
    String pathOfOwn(Input own) {
        return "$.members";
    }

    private static GrassrootsUnitInput unitInput(Input input) {
        return own(input, GrassrootsUnitInput.class, "grassroots-unit");
    }
}
