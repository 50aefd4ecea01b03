package vn.hoctap.rules.engine.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.DistrictInput;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.Share;

/**
 * A "Cộng đồng học tập" cấp huyện request as the engine reads it (TT 25/2023 Art. 11-12). It has no profile facts:
 * no district indicator depends on what kind of district it is.
 */
public final class DistrictFacts extends RequestFacts {
    private final DistrictEvaluationRequest request;

    /** Reads {@code request}; it is immutable, so nothing is copied. */
    public DistrictFacts(DistrictEvaluationRequest request) {
        super(request.district().unit().code(), request.district().unit().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_COMMUNITY, AdministrativeTier.DISTRICT,
                request.district().recognitions());
        this.request = request;
    }

    @Override
    public Optional<Boolean> statement(Input input) {
        return request.attestations().get(districtInput(input));
    }

    @Override
    public Share share(Input input) {
        return recognisedShare(request.communes(), districtInput(input).level().orElseThrow(), "$.communes");
    }

    @Override
    public Optional<ScaleLevel> level(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is not a level input of a district request");
    }

    @Override
    public Optional<YearOnYear> yearOnYear(Input input) {
        return Optional.ofNullable(switch (districtInput(input)) {
            case PER_CAPITA_INCOME -> request.perCapitaIncome();
            case EMPLOYMENT_RATE -> request.employmentRate();
            default -> throw new IllegalArgumentException(input.jsonName() + " is not a year-on-year input");
        });
    }

    @Override
    public List<Evidence> evidence(Input input) {
        return request.evidenceFor(districtInput(input));
    }

    @Override
    public String pathOf(Input input) {
        DistrictInput in = districtInput(input);
        return topLevelPath(in, in.kind() == DistrictInput.Kind.ATTESTATION);
    }

    /**
     * The share of subordinate units holding their title at {@code level} or higher, or the paths of the counts that
     * are missing; shared with {@link ProvinceFacts}, which counts districts the same way.
     */
    static Share recognisedShare(RecognitionCounts counts, Level level, String path) {
        if (counts == null) {
            return Share.missing(List.of(path));
        }
        Optional<Integer> n = counts.atLeast(level);
        if (n.isPresent()) {
            Integer open = counts.notDetermined();
            return open == null || open == 0 ? Share.of(n.get(), counts.total())
                    : Share.partlyKnown(n.get(), open, counts.total(), List.of(path + ".notDetermined"));
        }
        List<String> missing = new ArrayList<>();
        if (level == Level.LEVEL_1 && counts.level1() == null) {
            missing.add(path + ".level1");
        }
        if (counts.level2() == null) {
            missing.add(path + ".level2");
        }
        return Share.missing(missing);
    }

    private static DistrictInput districtInput(Input input) {
        return own(input, DistrictInput.class, "district");
    }
}
