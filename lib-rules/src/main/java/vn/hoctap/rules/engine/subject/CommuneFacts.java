package vn.hoctap.rules.engine.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.CommuneInput;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.RecognisedStandard;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.CommuneProfile;
import vn.hoctap.rules.engine.Share;

/** A "Cộng đồng học tập" cấp xã request (TT 25/2023/TT-BGDĐT Art. 6-9) as the engine reads it. */
public final class CommuneFacts extends RequestFacts {
    private final CommuneEvaluationRequest request;

    public CommuneFacts(CommuneEvaluationRequest request) {
        super(request.commune().unit().code(), request.commune().unit().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_COMMUNITY, AdministrativeTier.COMMUNE,
                request.commune().recognitions());
        this.request = request;
    }

    @Override
    public List<Object> profileFacts() {
        return List.of(new CommuneProfile(request));
    }

    /**
     * How many of the citizens counted as holding "Công dân học tập" hold it by an earlier year's award still kept,
     * when the counts say so ({@link CitizenCounts#learningCitizenKept}): by number only, as the counts give it.
     */
    @Override
    public List<Notice> notices(Scheme scheme, List<LevelResult> levels) {
        CitizenCounts c = request.citizens();
        if (c == null || c.learningCitizenKept() == null || c.learningCitizenKept() == 0) {
            return List.of();
        }
        int kept = c.learningCitizenKept();
        return List.of(new Notice("KEPT_LEARNING_CITIZEN", Notice.Severity.INFO,
                kept + " trong " + c.learningCitizen() + " công dân được tính là đạt “Công dân học tập”"
                        + " ($.citizens.learningCitizen) giữ danh hiệu được công nhận năm trước, còn hiệu lực theo thời"
                        + " hạn của bộ quy tắc ($.citizens.learningCitizenKept).",
                kept + " of the " + c.learningCitizen() + " citizens counted as holding 'Công dân học tập'"
                        + " ($.citizens.learningCitizen) " + (kept == 1 ? "holds" : "hold") + " an award of an earlier"
                        + " year still valid by the rule set's retention ($.citizens.learningCitizenKept)."));
    }

    @Override
    public Optional<Boolean> statement(Input input) {
        CommuneInput in = communeInput(input);
        return switch (in) {
            case DISADVANTAGED -> Optional.ofNullable(request.commune().disadvantaged());
            case ESPECIALLY_DIFFICULT -> Optional.ofNullable(request.commune().especiallyDifficult());
            default -> request.attestations().get(in);
        };
    }

    /** Every share is over the commune's citizens; each count the request lacks is named by its own path. */
    @Override
    public Share share(Input input) {
        CommuneInput in = communeInput(input);
        if (in.kind() != CommuneInput.Kind.CITIZEN_SHARE) {
            throw new IllegalArgumentException(in.jsonName() + " is not a share");
        }
        CitizenCounts c = request.citizens();
        Integer total = c == null ? null : c.total();
        Integer count = c == null ? null : switch (in) {
            case CITIZENS_LEARNING_CITIZEN -> c.learningCitizen();
            case CITIZENS_PROFESSIONALLY_TRAINED -> c.professionallyTrained();
            case CITIZENS_UNIVERSITY_DEGREE -> c.universityDegree();
            default -> throw new IllegalArgumentException(in.jsonName() + " is not a citizen share");
        };
        if (total != null && count != null) {
            Integer unknown = in == CommuneInput.CITIZENS_LEARNING_CITIZEN ? c.learningCitizenNotDetermined()
                    : c.qualificationNotStated();
            return unknown == null || unknown == 0 ? Share.of(count, total)
                    : Share.partlyKnown(count, unknown, total, List.of("$.citizens."
                            + (in == CommuneInput.CITIZENS_LEARNING_CITIZEN ? "learningCitizenNotDetermined"
                            : "qualificationNotStated")));
        }
        List<String> missing = new ArrayList<>();
        if (total == null) {
            missing.add("$.citizens.total");
        }
        if (count == null) {
            missing.add("$." + in.jsonName());
        }
        return Share.missing(missing);
    }

    @Override
    public Optional<ScaleLevel> level(Input input) {
        CommuneInput in = communeInput(input);
        if (in.kind() != CommuneInput.Kind.RECOGNISED_STANDARD) {
            throw new IllegalArgumentException(in.jsonName() + " is not a recognised status");
        }
        return request.recognised().flatMap(r -> r.get(in.standard().orElseThrow()))
                .map(RecognisedStandard::status);
    }

    @Override
    public List<Evidence> evidence(Input input) {
        return request.evidenceFor(communeInput(input));
    }

    @Override
    public String pathOf(Input input) {
        CommuneInput in = communeInput(input);
        return topLevelPath(in, in.kind() == CommuneInput.Kind.ATTESTATION);
    }

    private static CommuneInput communeInput(Input input) {
        return own(input, CommuneInput.class, "commune");
    }
}
