package vn.hoctap.model.request;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every input a "Cộng đồng học tập" cấp xã rule (TT 25/2023/TT-BGDĐT Art. 6, 7) can read, with the name under which
 * the request carries it and its evidence. Rules name inputs by these constants, so a misspelt input is a compile
 * error in the rule pack, not a silent "undetermined".
 */
public enum CommuneInput implements Input {
    AWARENESS_RAISING(Kind.ATTESTATION, "awarenessRaising", null,
            "tuyên truyền nâng cao nhận thức cộng đồng về học tập suốt đời, xây dựng xã hội học tập",
            "awareness-raising in the community on lifelong learning and the learning society"),
    LEARNING_SOCIETY_PLAN(Kind.ATTESTATION, "learningSocietyPlan", null,
            "chương trình, kế hoạch xây dựng xã hội học tập hằng năm được xây dựng và thực hiện đầy đủ",
            "an annual learning-society programme or plan, made and fully carried out"),
    LIFELONG_LEARNING_WEEK(Kind.ATTESTATION, "lifelongLearningWeek", null,
            "kế hoạch và hoạt động Tuần lễ hưởng ứng học tập suốt đời, có báo cáo theo quy định",
            "a plan and activities for the Lifelong Learning Week, reported as required"),
    STATE_BUDGET(Kind.ATTESTATION, "stateBudget", null,
            "bố trí đủ kinh phí ngân sách nhà nước hằng năm để xây dựng xã hội học tập",
            "enough annual state budget for building the learning society"),
    SOCIAL_RESOURCES(Kind.ATTESTATION, "socialResources", null,
            "vận động, huy động nguồn lực xã hội tham gia xây dựng xã hội học tập, đạt kết quả tích cực",
            "social resources mobilised for the learning society, with positive results"),
    COORDINATION_MECHANISM(Kind.ATTESTATION, "coordinationMechanism", null,
            "cơ chế phối hợp giữa Hội Khuyến học xã, các tổ chức chính trị - xã hội, cơ sở giáo dục và thiết chế văn hóa"
                    + " trên địa bàn",
            "a coordination mechanism between the commune's study-promotion association, socio-political"
                    + " organisations, schools and cultural institutions"),
    COMMUNITY_LEARNING_CENTRE(Kind.ATTESTATION, "communityLearningCentre", null,
            "trung tâm học tập cộng đồng có phòng làm việc được trang bị đầy đủ, tủ sách dùng chung và thiết bị công"
                    + " nghệ thông tin phù hợp",
            "the community learning centre has a furnished working room, a shared bookcase and suitable IT equipment"),
    PUBLIC_LIBRARY(Kind.ATTESTATION, "publicLibrary", null,
            "thư viện công cộng cấp xã ứng dụng công nghệ thông tin, chuyển đổi số phục vụ học tập suốt đời",
            "the commune public library uses IT and digital transformation for lifelong-learning services"),
    CULTURE_SPORTS_CENTRE(Kind.ATTESTATION, "cultureSportsCentre", null,
            "trung tâm văn hóa, thể thao cấp xã có lớp năng khiếu, câu lạc bộ, nhóm sở thích và thường xuyên tổ chức"
                    + " hoạt động",
            "the commune culture and sports centre runs talent classes, clubs, interest groups and regular activities"),
    CITIZENS_LEARNING_CITIZEN(Kind.CITIZEN_SHARE, "citizens.learningCitizen", null,
            "đạt danh hiệu “Công dân học tập”", "hold the title 'Learning citizen'"),
    CITIZENS_PROFESSIONALLY_TRAINED(Kind.CITIZEN_SHARE, "citizens.professionallyTrained", null,
            "được đào tạo trình độ chuyên môn kỹ thuật", "have professional or technical training"),
    CITIZENS_UNIVERSITY_DEGREE(Kind.CITIZEN_SHARE, "citizens.universityDegree", null,
            "có trình độ đại học trở lên", "have a university degree or higher"),
    PRESCHOOL_5_RECOGNISED(Kind.RECOGNISED_STANDARD, "universalEducation.recognised.preschool5",
            UniversalEducationStandard.PRESCHOOL_5),
    PRIMARY_RECOGNISED(Kind.RECOGNISED_STANDARD, "universalEducation.recognised.primary",
            UniversalEducationStandard.PRIMARY),
    LOWER_SECONDARY_RECOGNISED(Kind.RECOGNISED_STANDARD, "universalEducation.recognised.lowerSecondary",
            UniversalEducationStandard.LOWER_SECONDARY),
    LITERACY_RECOGNISED(Kind.RECOGNISED_STANDARD, "universalEducation.recognised.literacy",
            UniversalEducationStandard.LITERACY),
    PRESCHOOL_5_FIGURES(Kind.STANDARD_FIGURES, "universalEducation.figures.preschool5",
            UniversalEducationStandard.PRESCHOOL_5),
    PRIMARY_FIGURES(Kind.STANDARD_FIGURES, "universalEducation.figures.primary", UniversalEducationStandard.PRIMARY),
    LOWER_SECONDARY_FIGURES(Kind.STANDARD_FIGURES, "universalEducation.figures.lowerSecondary",
            UniversalEducationStandard.LOWER_SECONDARY),
    LITERACY_FIGURES(Kind.STANDARD_FIGURES, "universalEducation.figures.literacy",
            UniversalEducationStandard.LITERACY),
    DISADVANTAGED(Kind.COMMUNE_FLAG, "commune.disadvantaged", null,
            "xã có thuộc vùng khó khăn hay không", "whether the commune is in a disadvantaged area"),
    ESPECIALLY_DIFFICULT(Kind.COMMUNE_FLAG, "commune.especiallyDifficult", null,
            "xã có điều kiện kinh tế - xã hội đặc biệt khó khăn hay không",
            "whether the commune has especially difficult socio-economic conditions");

    /** How an input is carried and judged. */
    public enum Kind {
        /** A yes/no statement by the commune, in {@code attestations}. */
        ATTESTATION,
        /** A share of the commune's citizens, from {@code citizens}. */
        CITIZEN_SHARE,
        /** A recognised status on a standard of NĐ 20/2014, in {@code universalEducation.recognised}. */
        RECOGNISED_STANDARD,
        /** The NĐ 20/2014 figures of a standard, in {@code universalEducation.figures}, from which a level is computed. */
        STANDARD_FIGURES,
        /** A fact about the commune that changes which thresholds apply, in {@code commune}. */
        COMMUNE_FLAG
    }

    private static final Map<String, CommuneInput> BY_JSON_NAME = Inputs.byJsonName(values());

    private final Kind kind;
    private final String jsonName;
    private final UniversalEducationStandard standard;
    private final String descriptionVi;
    private final String descriptionEn;

    CommuneInput(Kind kind, String jsonName, UniversalEducationStandard standard, String descriptionVi,
                 String descriptionEn) {
        this.kind = kind;
        this.jsonName = jsonName;
        this.standard = standard;
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
    }

    CommuneInput(Kind kind, String jsonName, UniversalEducationStandard standard) {
        this(kind, jsonName, standard,
                (kind == Kind.RECOGNISED_STANDARD ? "kết quả đã được công nhận về " : "số liệu theo NĐ 20/2014/NĐ-CP về ")
                        + standard.nameVi() + " của xã",
                (kind == Kind.RECOGNISED_STANDARD ? "the commune's recognised status on " : "the commune's figures"
                        + " under NĐ 20/2014/NĐ-CP for ") + standard.nameEn());
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Measure measure() {
        return switch (kind) {
            case ATTESTATION, COMMUNE_FLAG -> Measure.STATEMENT;
            case CITIZEN_SHARE -> Measure.SHARE;
            case RECOGNISED_STANDARD, STANDARD_FIGURES -> Measure.LEVEL;
        };
    }

    /** The name of this input in requests and in the {@code evidence} map, e.g. {@code citizens.learningCitizen}. */
    @Override
    public String jsonName() {
        return jsonName;
    }

    /** For criterion-4 inputs, the standard of NĐ 20/2014 they concern. */
    public Optional<UniversalEducationStandard> standard() {
        return Optional.ofNullable(standard);
    }

    /**
     * What the input says. For shares, the attribute counted (as a predicate); for criterion-4 inputs, a noun phrase
     * naming the standard.
     */
    @Override
    public String descriptionVi() {
        return kind == Kind.CITIZEN_SHARE ? "công dân trong xã " + descriptionVi : descriptionVi;
    }

    @Override
    public String descriptionEn() {
        return kind == Kind.CITIZEN_SHARE ? "citizens of the commune who " + descriptionEn : descriptionEn;
    }

    /** The denominator of every share of criterion 5: the commune's citizens, as the request counts them. */
    @Override
    public String populationVi() {
        share();
        return "công dân trong xã";
    }

    @Override
    public String populationEn() {
        share();
        return "citizens of the commune";
    }

    @Override
    public String attributeVi() {
        share();
        return descriptionVi;
    }

    @Override
    public String attributeEn() {
        share();
        return descriptionEn;
    }

    @Override
    public List<UniversalEducationLevel> scale() {
        if (standard == null) {
            throw new UnsupportedOperationException(jsonName + " is not a level");
        }
        return standard.scale();
    }

    private void share() {
        if (kind != Kind.CITIZEN_SHARE) {
            throw new UnsupportedOperationException(jsonName + " is not a share");
        }
    }

    /** The input named {@code jsonName} in a request, if any. */
    public static Optional<CommuneInput> fromJsonName(String jsonName) {
        return Optional.ofNullable(BY_JSON_NAME.get(jsonName));
    }

    /** The criterion-4 input of {@code kind} ({@code RECOGNISED_STANDARD} or {@code STANDARD_FIGURES}) for a standard. */
    public static CommuneInput of(Kind kind, UniversalEducationStandard standard) {
        return Arrays.stream(values()).filter(i -> i.kind == kind && i.standard == standard).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind + " has no input for " + standard));
    }
}
