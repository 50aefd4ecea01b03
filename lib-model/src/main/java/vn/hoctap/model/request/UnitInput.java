package vn.hoctap.model.request;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every input a "Đơn vị học tập" rule can read, with the name under which the request carries it and its evidence.
 * Rules name inputs by these constants, so a misspelt input is a compile error in the rule pack, not a silent
 * "undetermined".
 */
public enum UnitInput implements Input {
    ANNUAL_LEARNING_PLAN(Kind.ATTESTATION, "annualLearningPlan", null,
            "kế hoạch học tập hằng năm cho thành viên được ban hành và thực hiện",
            "an annual learning plan for members, issued and carried out"),
    TRAINING_REGIMES(Kind.ATTESTATION, "trainingRegimes", null,
            "thực hiện đủ chế độ đào tạo, bồi dưỡng; có quy định khuyến khích học tập",
            "training entitlements applied and unit rules that encourage learning"),
    PRIVATE_PRESCHOOL_TEACHER_SUPPORT(Kind.ATTESTATION, "privatePreschoolTeacherSupport", null,
            "tập huấn, bồi dưỡng, hỗ trợ giáo viên mầm non dân lập, tư thục trên địa bàn",
            "training and support for teachers of nearby non-public preschools"),
    TRAINING_BUDGET(Kind.ATTESTATION, "trainingBudget", null,
            "bố trí đủ kinh phí ngân sách nhà nước hằng năm cho đào tạo, bồi dưỡng thành viên",
            "enough annual state budget for members' training"),
    /**
     * C1.4 (Art. 6.1.d): the unit's statement that it carries out digital transformation and equips its members;
     * the members' own training is {@link #MEMBERS_TRAINED_IN_DIGITAL_TRANSFORMATION}.
     */
    DIGITAL_TRANSFORMATION_AND_EQUIPMENT(Kind.ATTESTATION, "digitalTransformationAndEquipment", null,
            "triển khai chuyển đổi số, thành viên được trang bị thiết bị làm việc và học tập",
            "digital transformation carried out, members equipped to work and learn"),
    LIFELONG_LEARNING_ACTIVITIES(Kind.ATTESTATION, "lifelongLearningActivities", null,
            "tham gia hoạt động phục vụ học tập suốt đời cho người dân",
            "takes part in activities serving people's lifelong learning"),
    LEARNING_ENVIRONMENT(Kind.ATTESTATION, "learningEnvironment", null,
            "tạo lập môi trường học tập và chia sẻ tri thức với đơn vị khác",
            "creates a learning environment and shares knowledge with other units"),
    ADVANCED_COLLECTIVE_TITLE(Kind.ATTESTATION, "advancedCollectiveTitle", null,
            "đơn vị đạt danh hiệu “Tập thể lao động tiên tiến” trở lên",
            "the unit holds 'Advanced collective' or a higher emulation title"),
    VOCATIONAL_ACCREDITATION(Kind.ATTESTATION, "vocationalAccreditation", null,
            "đạt kiểm định chất lượng giáo dục nghề nghiệp",
            "vocational-education quality accreditation"),
    DIGITAL_MATURITY(Kind.MATURITY, "digitalMaturity", null,
            "mức độ chuyển đổi số của đơn vị", "the unit's digital-transformation level"),
    MEMBERS_LABOUR_DISCIPLINE(Kind.MEMBER_SHARE, "members.labourDiscipline", MemberAttribute.LABOUR_DISCIPLINE),
    MEMBERS_COMPLETED_TRAINING(Kind.MEMBER_SHARE, "members.completedTraining", MemberAttribute.COMPLETED_TRAINING),
    /**
     * C2.3 (Art. 6.2.c): how many members are trained in and take part in the unit's digital transformation; the
     * unit's own statement is {@link #DIGITAL_TRANSFORMATION_AND_EQUIPMENT}.
     */
    MEMBERS_TRAINED_IN_DIGITAL_TRANSFORMATION(Kind.MEMBER_SHARE, "members.trainedInDigitalTransformation",
            MemberAttribute.TRAINED_IN_DIGITAL_TRANSFORMATION),
    MEMBERS_LANGUAGE_CERTIFICATE(Kind.MEMBER_SHARE, "members.languageCertificate",
            MemberAttribute.LANGUAGE_CERTIFICATE),
    MEMBERS_LANGUAGE_PROFICIENCY(Kind.MEMBER_SHARE, "members.languageProficiency",
            MemberAttribute.LANGUAGE_PROFICIENCY),
    MEMBERS_ADVANCED_WORKER(Kind.MEMBER_SHARE, "members.advancedWorker", MemberAttribute.ADVANCED_WORKER),
    MEMBERS_LEARNING_CITIZEN(Kind.MEMBER_SHARE, "members.learningCitizen", MemberAttribute.LEARNING_CITIZEN),
    LEARNERS_LEARNING_CITIZEN(Kind.LEARNER_SHARE, "learners.learningCitizen", MemberAttribute.LEARNING_CITIZEN);

    /** How an input is carried and judged. */
    public enum Kind {
        /** A yes/no statement by the unit, in {@code attestations}. */
        ATTESTATION,
        /** An ordered level, {@link DigitalMaturity}. */
        MATURITY,
        /** A share of the unit's members, from {@code members} or {@code memberList}. */
        MEMBER_SHARE,
        /** A share of the unit's learners, from {@code learners}. */
        LEARNER_SHARE
    }

    private static final Map<String, UnitInput> BY_JSON_NAME = Inputs.byJsonName(values());

    private final Kind kind;
    private final String jsonName;
    private final MemberAttribute attribute;
    private final String descriptionVi;
    private final String descriptionEn;

    UnitInput(Kind kind, String jsonName, MemberAttribute attribute, String descriptionVi, String descriptionEn) {
        this.kind = kind;
        this.jsonName = jsonName;
        this.attribute = attribute;
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
    }

    UnitInput(Kind kind, String jsonName, MemberAttribute attribute) {
        this(kind, jsonName, attribute,
                (kind == Kind.LEARNER_SHARE ? "người học " : "thành viên ") + attribute.descriptionVi(),
                (kind == Kind.LEARNER_SHARE ? "learners who " : "members who ") + attribute.descriptionEn());
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Measure measure() {
        return switch (kind) {
            case ATTESTATION -> Measure.STATEMENT;
            case MATURITY -> Measure.LEVEL;
            case MEMBER_SHARE, LEARNER_SHARE -> Measure.SHARE;
        };
    }

    /** The name of this input in requests and in the {@code evidence} map, e.g. {@code members.learningCitizen}. */
    @Override
    public String jsonName() {
        return jsonName;
    }

    /** For shares, the attribute counted. */
    public Optional<MemberAttribute> attribute() {
        return Optional.ofNullable(attribute);
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
        return shareKind() == Kind.LEARNER_SHARE ? "người học" : "thành viên";
    }

    @Override
    public String populationEn() {
        return shareKind() == Kind.LEARNER_SHARE ? "learners" : "members";
    }

    @Override
    public String attributeVi() {
        shareKind();
        return attribute.descriptionVi();
    }

    @Override
    public String attributeEn() {
        shareKind();
        return attribute.descriptionEn();
    }

    @Override
    public List<DigitalMaturity> scale() {
        if (kind != Kind.MATURITY) {
            return Input.super.scale().stream().map(DigitalMaturity.class::cast).toList();
        }
        return List.of(DigitalMaturity.values());
    }

    private Kind shareKind() {
        if (attribute == null) {
            throw new UnsupportedOperationException(jsonName + " is not a share");
        }
        return kind;
    }

    /** The input named {@code jsonName} in a request, if any. */
    public static Optional<UnitInput> fromJsonName(String jsonName) {
        return Optional.ofNullable(BY_JSON_NAME.get(jsonName));
    }
}
