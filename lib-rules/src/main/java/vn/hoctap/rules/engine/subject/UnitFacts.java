package vn.hoctap.rules.engine.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.UnitProfile;
import vn.hoctap.rules.engine.Share;
import vn.hoctap.rules.engine.text.Notices;

/** A "Đơn vị học tập" request as the engine reads it. Member records are counted once, here. */
public final class UnitFacts extends RequestFacts {
    /** The prefix of the inputs that count learners, e.g. {@code learners.learningCitizen}. */
    private static final String LEARNERS = "learners.";

    private final UnitEvaluationRequest request;
    private final Optional<MemberCounts> memberCounts;

    private final List<Notice> extra;

    public UnitFacts(UnitEvaluationRequest request) {
        this(request, List.of());
    }

    /**
     * The facts of {@code request}, whose assessment also carries {@code extra}: what a roll-up knows of how the
     * member records were completed (e.g. {@code KEPT_LEARNING_CITIZEN}) and the request alone does not say.
     *
     * @param request the unit
     * @param extra   notices added to the assessment's own
     */
    public UnitFacts(UnitEvaluationRequest request, List<Notice> extra) {
        super(request.unit().id(), request.unit().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_UNIT, request.unit().tier(), request.recognitions());
        this.request = request;
        this.memberCounts = request.memberCounts();
        this.extra = List.copyOf(extra);
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

    /**
     * Learners given for a unit whose indicators never count them (TT 24 counts "Người học", Art. 2.8, only for the
     * educational institutions that have them) are left out, and the assessment says so rather than dropping them
     * silently. Refusing the request instead would repeat in the request model what the rules decide (which units have
     * learners is law, in the rule pack, and a province pack may read it otherwise), and would fail hosts that send
     * the same columns for every unit; the verdict does not depend on the figures left out.
     */
    @Override
    public List<Notice> notices(Scheme scheme, List<LevelResult> levels) {
        if (request.learners() == null) {
            return extra;
        }
        boolean counted = levels.stream().flatMap(l -> l.results().stream()).flatMap(c -> c.indicators().stream())
                .flatMap(i -> i.measurements().stream()).anyMatch(m -> m.input().startsWith(LEARNERS));
        if (counted) {
            return extra;
        }
        List<Notice> notices = new ArrayList<>(extra);
        notices.add(Notices.learnersNotCounted(scheme, request.unit(), request.learners()));
        return notices;
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
