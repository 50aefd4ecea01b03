package vn.hoctap.rules.engine.subject;

import java.util.List;
import java.util.Optional;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.UnitProfile;
import vn.hoctap.rules.engine.Share;

/** A "Đơn vị học tập" request as the engine reads it. Member records are counted once, here. */
public final class UnitFacts extends RequestFacts {
    private final UnitEvaluationRequest request;
    private final Optional<MemberCounts> memberCounts;

    public UnitFacts(UnitEvaluationRequest request) {
        super(request.unit().id(), request.unit().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_UNIT, request.unit().tier(), request.recognitions());
        this.request = request;
        this.memberCounts = request.memberCounts();
    }

    @Override
    public List<Object> profileFacts() {
        return List.of(new UnitProfile(request.unit()));
    }

    @Override
    public Optional<Boolean> statement(Input input) {
        return request.attestations().get(unitInput(input));
    }

    @Override
    public Share share(Input input) {
        UnitInput in = unitInput(input);
        String attribute = in.attribute().orElseThrow().jsonName();
        if (in.kind() == UnitInput.Kind.LEARNER_SHARE) {
            if (request.learners() == null) {
                return Share.missing(List.of("$.learners"));
            }
            Integer n = request.learners().learningCitizen();
            return n == null ? Share.missing(List.of("$.learners." + attribute)) : Share.of(n, request.learners().total());
        }
        if (memberCounts.isEmpty()) {
            return Share.missing(List.of("$.members"));
        }
        Optional<Integer> n = memberCounts.get().count(in.attribute().get());
        if (n.isPresent()) {
            return Share.of(n.get(), memberCounts.get().total());
        }
        if (request.memberList().isEmpty()) {
            return Share.missing(List.of("$.members." + attribute));
        }
        List<String> paths = request.membersMissing(in.attribute().get());
        int known = (int) request.memberList().stream()
                .filter(m -> m.has(in.attribute().get()).orElse(false)).count();
        return Share.partlyKnown(known, paths.size(), request.memberList().size(), paths);
    }

    @Override
    public Optional<ScaleLevel> level(Input input) {
        unitInput(input);
        return Optional.ofNullable(request.digitalMaturity());
    }

    @Override
    public List<Evidence> evidence(Input input) {
        return request.evidenceFor(unitInput(input));
    }

    @Override
    public String pathOf(Input input) {
        UnitInput in = unitInput(input);
        return topLevelPath(in, in.kind() == UnitInput.Kind.ATTESTATION);
    }

    private static UnitInput unitInput(Input input) {
        return own(input, UnitInput.class, "unit");
    }
}
