package vn.hoctap.rules.engine.subject;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.Engine;
import vn.hoctap.rules.engine.Share;

/**
 * A "Công dân học tập" request as the engine reads it: ten scores, nothing else. Its rules match checks alone (no
 * profile facts), so any number of people can share one session ({@link Engine#evaluateAll}).
 */
public final class CitizenFacts extends RequestFacts {
    /** One notice per form, built once: a commune's thousands of people share them. */
    private static final Map<TargetGroup, List<Notice>> GROUP_NOTICES = groupNotices();
    private static final List<Notice> NO_GROUP = List.of(groupNotice(null));

    private final CitizenEvaluationRequest request;

    /**
     * Reads {@code request}. The subject's name is the person's full name, or their id when the request leaves the
     * name out; the tier is the commune, as the title is confirmed at commune level (by whom is not known,
     * criteria.md §7).
     */
    public CitizenFacts(CitizenEvaluationRequest request) {
        super(request.person().id(),
                request.person().fullName() != null ? request.person().fullName() : request.person().id(),
                request.evaluationYear(), request.effectiveReferenceDate(), Title.LEARNING_CITIZEN,
                AdministrativeTier.COMMUNE, request.person().recognitions());
        this.request = request;
    }

    @Override
    public Optional<BigDecimal> score(Input input) {
        return request.scores().get(citizenInput(input));
    }

    /**
     * Which of the four self-assessment forms the person used. The library scores every form on the same ten
     * indicators because it does not know how they differ, and says so.
     */
    @Override
    public List<Notice> notices(Scheme scheme, List<LevelResult> levels) {
        TargetGroup group = request.person().targetGroup();
        return group == null ? NO_GROUP : GROUP_NOTICES.get(group);
    }

    @Override
    public Optional<Boolean> statement(Input input) {
        throw notScored(input);
    }

    @Override
    public Share share(Input input) {
        throw notScored(input);
    }

    @Override
    public Optional<ScaleLevel> level(Input input) {
        throw notScored(input);
    }

    /** Scores take no evidence: the form is the person's own statement. */
    @Override
    public List<Evidence> evidence(Input input) {
        citizenInput(input);
        return List.of();
    }

    @Override
    public String pathOf(Input input) {
        return CitizenEvaluationRequest.pathOf(citizenInput(input));
    }

    private static Map<TargetGroup, List<Notice>> groupNotices() {
        Map<TargetGroup, List<Notice>> m = new EnumMap<>(TargetGroup.class);
        for (TargetGroup g : TargetGroup.values()) {
            m.put(g, List.of(groupNotice(g)));
        }
        return m;
    }

    private static Notice groupNotice(TargetGroup group) {
        String vi = group == null ? "Không nêu nhóm đối tượng (phiếu tự đánh giá) của người này."
                : "Phiếu tự đánh giá theo nhóm đối tượng: " + group.nameVi() + ".";
        String en = group == null ? "The person's target group (self-assessment form) is not stated."
                : "Self-assessment form of the target group: " + group.nameEn() + ".";
        return new Notice("TARGET_GROUP", Notice.Severity.INFO,
                vi + " Thư viện chưa biết bốn phiếu khác nhau thế nào, nên mọi nhóm được chấm theo cùng 10 chỉ tiêu.",
                en + " The library does not know how the four forms differ, so every group is scored on the same"
                        + " 10 indicators.");
    }

    private static CitizenInput citizenInput(Input input) {
        return own(input, CitizenInput.class, "citizen");
    }

    private static IllegalArgumentException notScored(Input input) {
        return new IllegalArgumentException(input.jsonName() + ": a citizen request carries only scores");
    }
}
