package vn.hoctap.rules.engine.subject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.ProvinceInput;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.Share;
import vn.hoctap.rules.engine.ProvinceProfile;

/** A "Cộng đồng học tập" cấp tỉnh request as the engine reads it (TT 25/2023 Art. 16-17). */
public final class ProvinceFacts extends RequestFacts {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProvinceEvaluationRequest request;

    /** Reads {@code request}; it is immutable, so nothing is copied. */
    public ProvinceFacts(ProvinceEvaluationRequest request) {
        super(request.province().unit().code(), request.province().unit().name(), request.evaluationYear(),
                request.effectiveReferenceDate(), Title.LEARNING_COMMUNITY, AdministrativeTier.PROVINCE,
                request.province().recognitions());
        this.request = request;
    }

    @Override
    public List<Object> profileFacts() {
        return List.of(new ProvinceProfile(request.provincialUniversity(), districtsExist()));
    }

    /** Whether the district tier existed through the evaluation year and on the reference date. */
    private boolean districtsExist() {
        AdministrativeTier counted = AdministrativeTier.DISTRICT;
        return counted.existsOn(referenceDate()) && counted.existsOn(LocalDate.of(evaluationYear(), 12, 31));
    }

    @Override
    public Optional<Boolean> statement(Input input) {
        return request.attestations().get(provinceInput(input));
    }

    /**
     * The share of the province's districts ({@code districts.*}) or communes ({@code communes.*}) holding their
     * title at the input's level. Only a province pack reads the communes: the national criterion 4.1 counts
     * districts (criteria.md §9).
     */
    @Override
    public Share share(Input input) {
        ProvinceInput in = provinceInput(input);
        Level level = in.level().orElseThrow(() -> new IllegalArgumentException(in.jsonName() + " is not a share"));
        return in.counted() == AdministrativeTier.COMMUNE
                ? DistrictFacts.recognisedShare(request.communes(), level, "$.communes")
                : DistrictFacts.recognisedShare(request.districts(), level, "$.districts");
    }

    @Override
    public Optional<ScaleLevel> level(Input input) {
        throw new IllegalArgumentException(input.jsonName() + " is not a level input of a province request");
    }

    @Override
    public Optional<Integer> count(Input input) {
        return Optional.ofNullable(switch (provinceInput(input)) {
            case MUSEUM_PROGRAMMES -> request.museumProgrammes();
            case RADIO_TV_PROGRAMMES -> request.radioTvProgrammes();
            default -> throw new IllegalArgumentException(input.jsonName() + " is not a count input");
        });
    }

    @Override
    public Optional<YearOnYear> yearOnYear(Input input) {
        return Optional.ofNullable(switch (provinceInput(input)) {
            case POVERTY_RATE -> request.povertyRate();
            case GRDP -> request.grdp();
            default -> throw new IllegalArgumentException(input.jsonName() + " is not a year-on-year input");
        });
    }

    @Override
    public List<Evidence> evidence(Input input) {
        return request.evidenceFor(provinceInput(input));
    }

    @Override
    public String pathOf(Input input) {
        ProvinceInput in = provinceInput(input);
        return topLevelPath(in, in.kind() == ProvinceInput.Kind.ATTESTATION);
    }

    /**
     * When an indicator would count districts (TT 25 criterion 4.1) for a year or on a reference date on which the
     * district tier no longer existed, says plainly what that means: the national rule leaves it undetermined (its
     * subject no longer exists), and a province pack may replace criterion 4 with its citation (criteria.md §9). A
     * year ending before the abolition (2024) is counted under the old tiers and needs no notice, even when the
     * province's own dossier is due after it.
     */
    @Override
    public List<Notice> notices(Scheme scheme, List<LevelResult> levels) {
        if (districtsExist()) {
            return List.of();
        }
        AdministrativeTier counted = AdministrativeTier.DISTRICT;
        LocalDate abolished = counted.abolishedOn().orElseThrow();
        Optional<IndicatorResult> counting = levels.stream().flatMap(l -> l.results().stream())
                .flatMap(c -> c.indicators().stream())
                .filter(i -> i.measurements().stream().anyMatch(m -> isDistrictCount(m.input())))
                .findFirst();
        return counting.map(i -> List.of(new Notice("COUNTED_TIER_ABOLISHED", Notice.Severity.WARNING,
                "Chỉ tiêu " + i.number() + " tính tỉ lệ số huyện được công nhận “Cộng đồng học tập” cấp huyện ["
                        + i.citation().formatVi() + "], nhưng từ ngày " + VI.format(abolished) + " không còn "
                        + counted.nameVi() + " (chính quyền địa phương hai cấp). " + scheme.document() + " chưa được"
                        + " biết là đã sửa đổi và không biết chỉ tiêu này được thay bằng gì (chưa xác định được"
                        + " nguồn), nên chỉ tiêu được để “chưa xác định”, không kết luận “không đạt”; bộ tiêu chí"
                        + " của tỉnh có thể thay tiêu chí 4 (replace) với trích dẫn văn bản của mình.",
                "Indicator " + i.number() + " takes the share of districts recognised as learning communities ["
                        + i.citation().formatEn() + "], but the " + counted.nameEn() + " tier no longer exists from "
                        + abolished + " (two-tier local government). No amendment of " + scheme.document() + " is"
                        + " known, nor what replaces this indicator (unknown), so it is left undetermined rather than"
                        + " not met; a province pack may replace criterion 4 with its own text's citation.")))
                .orElse(List.of());
    }

    private static boolean isDistrictCount(String inputName) {
        return inputName.equals(ProvinceInput.DISTRICTS_LEVEL_1.jsonName())
                || inputName.equals(ProvinceInput.DISTRICTS_LEVEL_2.jsonName());
    }

    private static ProvinceInput provinceInput(Input input) {
        return own(input, ProvinceInput.class, "province");
    }
}
