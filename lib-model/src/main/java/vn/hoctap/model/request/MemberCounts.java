package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.atMost;
import static vn.hoctap.model.Checks.positive;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;

/**
 * Aggregate figures for a population (a unit's members or its learners): how many people there are and how many
 * of them have each attribute. An attribute left {@code null} is not known; indicators that need it are then
 * "not determined", never "not met".
 *
 * @param total                 people in the population, at least 1: a unit has members (TT 24 Art. 2.7), and a
 *                              share of nobody means nothing, so an empty unit is an input error (the same as an
 *                              empty {@code memberList}); leave {@code members} out when the counts are not known
 * @param labourDiscipline      of whom keep labour discipline (TT 24 Art. 6.2.a)
 * @param completedTraining     of whom completed the required training (Art. 6.2.b)
 * @param trainedInDigitalTransformation of whom are trained in and take part in the unit's digital transformation
 *                              (Art. 6.2.c)
 * @param languageCertificate   of whom hold a language certificate fit for the post (Art. 6.2.d)
 * @param languageProficiency   of whom have the language proficiency the post requires (Art. 7.2.d)
 * @param advancedWorker        of whom hold "Lao động tiên tiến" or higher (Art. 6.2.đ)
 * @param learningCitizen       of whom hold "Công dân học tập" (Art. 6.3.a)
 */
public record MemberCounts(Integer total, Integer labourDiscipline, Integer completedTraining,
                           Integer trainedInDigitalTransformation, Integer languageCertificate,
                           Integer languageProficiency, Integer advancedWorker, Integer learningCitizen) {
    public MemberCounts {
        if (total != null && total == 0) {
            throw emptyUnit("total");
        }
        int n = positive(total, "total");
        atMost(labourDiscipline, n, "labourDiscipline", "total");
        atMost(completedTraining, n, "completedTraining", "total");
        atMost(trainedInDigitalTransformation, n, "trainedInDigitalTransformation", "total");
        atMost(languageCertificate, n, "languageCertificate", "total");
        atMost(languageProficiency, n, "languageProficiency", "total");
        atMost(advancedWorker, n, "advancedWorker", "total");
        atMost(learningCitizen, n, "learningCitizen", "total");
    }

    /**
     * The refusal of a unit without members, whichever form said so ({@code "members": {"total": 0}} or
     * {@code "memberList": []}): one message, so that both forms read the same.
     */
    static InvalidInputException emptyUnit(String field) {
        return new InvalidInputException(field, "phải ≥ 1 (0): đơn vị học tập có ít nhất một Thành viên (khoản 7"
                + " Điều 2, 24/2023/TT-BGDĐT) và mọi tỉ lệ tính trên số Thành viên; chưa có số liệu thì bỏ trường này"
                + " / must be at least 1 (0): a learning unit has at least one member (24/2023/TT-BGDĐT, Art. 2(7))"
                + " and every share is over its members; leave the field out when the data are not known");
    }

    /** Counts from a map, attributes absent from it being unknown. */
    public static MemberCounts of(int total, Map<MemberAttribute, Integer> counts) {
        Map<MemberAttribute, Integer> c = new EnumMap<>(MemberAttribute.class);
        c.putAll(counts);
        return new MemberCounts(total, c.get(MemberAttribute.LABOUR_DISCIPLINE),
                c.get(MemberAttribute.COMPLETED_TRAINING), c.get(MemberAttribute.TRAINED_IN_DIGITAL_TRANSFORMATION),
                c.get(MemberAttribute.LANGUAGE_CERTIFICATE), c.get(MemberAttribute.LANGUAGE_PROFICIENCY),
                c.get(MemberAttribute.ADVANCED_WORKER), c.get(MemberAttribute.LEARNING_CITIZEN));
    }

    /** How many people have {@code attribute}, if known. */
    public Optional<Integer> count(MemberAttribute attribute) {
        return Optional.ofNullable(attribute.countIn(this));
    }
}
