package vn.hoctap.model.request;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;

/**
 * Every input a "Cộng đồng học tập" cấp huyện rule can read (TT 25/2023/TT-BGDĐT Art. 11-12), with the name under
 * which the request carries it and its evidence. Rules name inputs by these constants, so a misspelt input is a
 * compile error in the rule pack, not a silent "undetermined".
 */
public enum DistrictInput implements Input {
    AWARENESS(Kind.ATTESTATION, "awareness", null,
            "thực hiện tốt tuyên truyền nâng cao nhận thức của cộng đồng về học tập suốt đời, xây dựng xã hội học tập",
            "awareness-raising on lifelong learning and the learning society, done well"),
    PROGRAMMES_AND_GUIDANCE(Kind.ATTESTATION, "programmesAndGuidance", null,
            "chương trình, kế hoạch, văn bản chỉ đạo, hướng dẫn xây dựng xã hội học tập được ban hành và thực hiện"
                    + " đầy đủ, kịp thời",
            "learning-society programmes, plans and guidance issued and carried out fully and on time"),
    LIFELONG_LEARNING_WEEK(Kind.ATTESTATION, "lifelongLearningWeek", null,
            "kế hoạch, hoạt động Tuần lễ hưởng ứng học tập suốt đời được triển khai và báo cáo",
            "the Lifelong Learning Week planned, held and reported"),
    STATE_BUDGET(Kind.ATTESTATION, "stateBudget", null,
            "bố trí đủ kinh phí ngân sách nhà nước hằng năm cho xây dựng xã hội học tập",
            "enough annual state budget for building the learning society"),
    SOCIAL_RESOURCES(Kind.ATTESTATION, "socialResources", null,
            "vận động, huy động nguồn lực xã hội cho xây dựng xã hội học tập, đạt kết quả tích cực",
            "social resources mobilised for the learning society, with positive results"),
    POLICIES_CARRIED_OUT(Kind.ATTESTATION, "policiesCarriedOut", null,
            "thực hiện đầy đủ chính sách thúc đẩy học tập suốt đời, xây dựng xã hội học tập của trung ương và tỉnh",
            "central and provincial policies for lifelong learning and the learning society carried out fully"),
    DIGITAL_SERVICES(Kind.ATTESTATION, "digitalServices", null,
            "đơn vị cấp huyện được trang bị dịch vụ, công cụ số cho chuyển đổi số trong công việc và học tập",
            "district units equipped with digital services and tools for work and learning"),
    SCHOOLS_DIGITAL(Kind.ATTESTATION, "schoolsDigital", null,
            "cơ sở giáo dục đánh giá ở cấp huyện quản lý, giảng dạy và học tập trên môi trường số",
            "schools evaluated at district level manage, teach and learn in a digital environment"),
    PUBLIC_LIBRARY(Kind.ATTESTATION, "publicLibrary", null,
            "thư viện công cộng cấp huyện phục vụ học tập suốt đời, ứng dụng công nghệ thông tin và chuyển đổi số",
            "the district public library serves lifelong learning, using IT and digital transformation"),
    CULTURE_CENTRE(Kind.ATTESTATION, "cultureCentre", null,
            "trung tâm văn hóa, thể thao cấp huyện có nhiều hoạt động văn hóa, thể thao kết nối với các xã",
            "the district culture and sports centre runs many cultural and sports activities linked with communes"),
    COMMUNES_LEVEL_1(Kind.RECOGNISED_SHARE, "communes.level1", Level.LEVEL_1,
            RecognisedShareText.descriptionVi(AdministrativeTier.COMMUNE, Level.LEVEL_1),
            RecognisedShareText.descriptionEn(AdministrativeTier.COMMUNE, Level.LEVEL_1)),
    COMMUNES_LEVEL_2(Kind.RECOGNISED_SHARE, "communes.level2", Level.LEVEL_2,
            RecognisedShareText.descriptionVi(AdministrativeTier.COMMUNE, Level.LEVEL_2),
            RecognisedShareText.descriptionEn(AdministrativeTier.COMMUNE, Level.LEVEL_2)),
    PER_CAPITA_INCOME(Kind.YEAR_ON_YEAR, "perCapitaIncome", null,
            "thu nhập bình quân đầu người của huyện", "the district's per-capita income",
            "triệu đồng/người/năm", "million VND per person per year"),
    EMPLOYMENT_RATE(Kind.YEAR_ON_YEAR, "employmentRate", null,
            "tỉ lệ lao động có việc làm của huyện", "the district's employment rate", "%", "%");

    /** How an input is carried and judged. */
    public enum Kind {
        /** A yes/no statement by the district, in {@code attestations}. */
        ATTESTATION,
        /** The share of the district's communes holding the commune title at a level, from {@code communes}. */
        RECOGNISED_SHARE,
        /** A figure for the evaluation year against the year before. */
        YEAR_ON_YEAR
    }

    private static final Map<String, DistrictInput> BY_JSON_NAME = Inputs.byJsonName(values());

    private final Kind kind;
    private final String jsonName;
    private final Level level;
    private final String descriptionVi;
    private final String descriptionEn;
    private final String unitVi;
    private final String unitEn;

    DistrictInput(Kind kind, String jsonName, Level level, String descriptionVi, String descriptionEn, String unitVi,
                  String unitEn) {
        this.kind = kind;
        this.jsonName = jsonName;
        this.level = level;
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
        this.unitVi = unitVi;
        this.unitEn = unitEn;
    }

    DistrictInput(Kind kind, String jsonName, Level level, String descriptionVi, String descriptionEn) {
        this(kind, jsonName, level, descriptionVi, descriptionEn, null, null);
    }

    /** How this input is carried in the request and judged. */
    public Kind kind() {
        return kind;
    }

    /** For a recognised share, the commune level counted (level 1 counts communes at level 1 or 2). */
    public Optional<Level> level() {
        return Optional.ofNullable(level);
    }

    @Override
    public Measure measure() {
        return switch (kind) {
            case ATTESTATION -> Measure.STATEMENT;
            case RECOGNISED_SHARE -> Measure.SHARE;
            case YEAR_ON_YEAR -> Measure.YEAR_ON_YEAR;
        };
    }

    /** The name of this input in requests and in the {@code evidence} map, e.g. {@code communes.level1}. */
    @Override
    public String jsonName() {
        return jsonName;
    }

    @Override
    public String descriptionVi() {
        return descriptionVi;
    }

    @Override
    public String descriptionEn() {
        return descriptionEn;
    }

    @Override
    public String populationVi() {
        share();
        return RecognisedShareText.populationVi(AdministrativeTier.COMMUNE);
    }

    @Override
    public String populationEn() {
        share();
        return RecognisedShareText.populationEn(AdministrativeTier.COMMUNE);
    }

    @Override
    public String attributeVi() {
        share();
        return RecognisedShareText.attributeVi(AdministrativeTier.COMMUNE, level);
    }

    @Override
    public String attributeEn() {
        share();
        return RecognisedShareText.attributeEn(level);
    }

    @Override
    public String unitVi() {
        return unitVi == null ? Input.super.unitVi() : unitVi;
    }

    @Override
    public String unitEn() {
        return unitEn == null ? Input.super.unitEn() : unitEn;
    }

    private void share() {
        if (kind != Kind.RECOGNISED_SHARE) {
            throw new UnsupportedOperationException(jsonName + " is not a share");
        }
    }

    /** The input named {@code jsonName} in a request, if any. */
    public static Optional<DistrictInput> fromJsonName(String jsonName) {
        return Optional.ofNullable(BY_JSON_NAME.get(jsonName));
    }

    /** Every input name, for error messages. */
    static List<String> jsonNames() {
        return Arrays.stream(values()).map(DistrictInput::jsonName).toList();
    }
}
