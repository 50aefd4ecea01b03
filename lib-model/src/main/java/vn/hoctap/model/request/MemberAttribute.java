package vn.hoctap.model.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.function.Function;

/**
 * What TT 24/2023 counts among a unit's members ("Thành viên trong đơn vị", Art. 2.7) or learners ("Người học",
 * Art. 2.8). Each is a yes/no fact about one person in the evaluation year.
 */
public enum MemberAttribute {
    @JsonProperty("labourDiscipline")
    LABOUR_DISCIPLINE("tuân thủ kỷ luật lao động, nội quy, đoàn kết, hợp tác, chia sẻ",
            "keep labour discipline and cooperate", MemberCounts::labourDiscipline, UnitMember::labourDiscipline),
    @JsonProperty("completedTraining")
    COMPLETED_TRAINING("hoàn thành đầy đủ các chương trình học tập, bồi dưỡng",
            "completed the required study and training programmes", MemberCounts::completedTraining, UnitMember::completedTraining),
    @JsonProperty("trainedInDigitalTransformation")
    TRAINED_IN_DIGITAL_TRANSFORMATION("được đào tạo, bồi dưỡng và tham gia chuyển đổi số của đơn vị",
            "are trained in and take part in the unit's digital transformation",
            MemberCounts::trainedInDigitalTransformation, UnitMember::trainedInDigitalTransformation),
    @JsonProperty("languageCertificate")
    LANGUAGE_CERTIFICATE("có chứng nhận hoặc chứng chỉ ngoại ngữ hoặc tiếng dân tộc thiểu số phù hợp vị trí việc làm",
            "hold a foreign- or ethnic-language certificate fit for their post", MemberCounts::languageCertificate, UnitMember::languageCertificate),
    @JsonProperty("languageProficiency")
    LANGUAGE_PROFICIENCY("có trình độ ngoại ngữ hoặc tiếng dân tộc thiểu số đáp ứng yêu cầu vị trí việc làm",
            "have the foreign- or ethnic-language proficiency their post requires", MemberCounts::languageProficiency, UnitMember::languageProficiency),
    @JsonProperty("advancedWorker")
    ADVANCED_WORKER("đạt danh hiệu “Lao động tiên tiến” trở lên",
            "hold the title 'Advanced worker' or higher", MemberCounts::advancedWorker, UnitMember::advancedWorker),
    @JsonProperty("learningCitizen")
    LEARNING_CITIZEN("đạt danh hiệu “Công dân học tập”",
            "hold the title 'Learning citizen'", MemberCounts::learningCitizen, UnitMember::learningCitizen);

    private final String descriptionVi;
    private final String descriptionEn;
    private final Function<MemberCounts, Integer> count;
    private final Function<UnitMember, Boolean> has;

    MemberAttribute(String descriptionVi, String descriptionEn, Function<MemberCounts, Integer> count,
                    Function<UnitMember, Boolean> has) {
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
        this.count = count;
        this.has = has;
    }

    /** The count of this attribute in {@code counts}, or {@code null} if unknown. */
    Integer countIn(MemberCounts counts) {
        return count.apply(counts);
    }

    /** Whether {@code member} has this attribute, or {@code null} if unknown. */
    Boolean of(UnitMember member) {
        return has.apply(member);
    }

    /** The JSON field name, e.g. {@code learningCitizen}. */
    public String jsonName() {
        try {
            return MemberAttribute.class.getField(name()).getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    /** Predicate phrase in Vietnamese, e.g. "đạt danh hiệu “Công dân học tập”". */
    public String descriptionVi() {
        return descriptionVi;
    }

    /** Predicate phrase in English, e.g. "hold the title 'Learning citizen'". */
    public String descriptionEn() {
        return descriptionEn;
    }
}
