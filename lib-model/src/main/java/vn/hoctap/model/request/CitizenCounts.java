package vn.hoctap.model.request;

import static vn.hoctap.model.request.CountChecks.notAbove;
import static vn.hoctap.model.request.CountChecks.part;
import static vn.hoctap.model.request.CountChecks.population;
import static vn.hoctap.model.request.CountChecks.sumNotAbove;

import vn.hoctap.model.InvalidInputException;


/**
 * The commune's citizens ("công dân trong xã") and how many of them hold what criterion 5 of TT 25/2023/TT-BGDĐT
 * counts (Art. 6.5, 7.5). Every share of criterion 5 is taken over {@code total}: the text does not define "công dân
 * trong xã" in what the library has (Art. 2 is missing), so the request states the count it uses and explanations
 * name it. Any count may be {@code null} (not known): the indicators that need it are then "not determined".
 *
 * @param total                 citizens of the commune, the denominator of every share; at least 1 when given
 * @param learningCitizen       of whom hold "Công dân học tập" (QĐ 324/QĐ-KHVN), Art. 6.5.a, 7.5.a
 * @param professionallyTrained of whom have professional or technical training ("được đào tạo trình độ chuyên môn kỹ
 *                              thuật"), Art. 6.5.b, 7.5.b
 * @param universityDegree      of whom have a university degree or higher ("trình độ đại học trở lên"), Art. 6.5.b,
 *                              7.5.b; a university degree is a professional qualification, so they are counted among
 *                              {@code professionallyTrained} too
 * @param learningCitizenNotDetermined of the others, whose own "Công dân học tập" result is not determined (their
 *                              self-assessment lacks data), when the counts come from people's results; {@code null}
 *                              means none. The share is then decided only if they cannot change it
 * @param qualificationNotStated of the others, whose qualification is not stated, when the counts come from people's
 *                              records; {@code null} means none. Read like {@code learningCitizenNotDetermined} for
 *                              both qualification shares
 * @param learningCitizenKept   of {@code learningCitizen}, those who hold it by an earlier year's award still kept on
 *                              31/12 of the evaluation year (the validity a province pack may set; nationally none),
 *                              when the counts come from people's results; {@code null} means none. The assessment
 *                              then says how many
 */
public record CitizenCounts(Integer total, Integer learningCitizen, Integer professionallyTrained,
                            Integer universityDegree, Integer learningCitizenNotDetermined,
                            Integer qualificationNotStated, Integer learningCitizenKept) {
    public CitizenCounts {
        population(total, "total");
        part(learningCitizen, total, "learningCitizen", "total");
        part(professionallyTrained, total, "professionallyTrained", "total");
        part(universityDegree, total, "universityDegree", "total");
        notAbove(universityDegree, professionallyTrained, "universityDegree", "professionallyTrained",
                "người có trình độ đại học trở lên cũng là người được đào tạo chuyên môn kỹ thuật / people with a"
                        + " degree are counted among the professionally trained");
        part(learningCitizenNotDetermined, total, "learningCitizenNotDetermined", "total");
        part(qualificationNotStated, total, "qualificationNotStated", "total");
        sumNotAbove("learningCitizenNotDetermined", "learningCitizen + learningCitizenNotDetermined", total, "total",
                learningCitizen, learningCitizenNotDetermined);
        sumNotAbove("qualificationNotStated", "professionallyTrained + qualificationNotStated", total, "total",
                professionallyTrained, qualificationNotStated);
        part(learningCitizenKept, learningCitizen, "learningCitizenKept", "learningCitizen");
        if (learningCitizenKept != null && learningCitizen == null) {
            throw new InvalidInputException("learningCitizenKept", "cần learningCitizen / needs learningCitizen");
        }
    }

    /** Counts as people's results give them, none held by a kept award. */
    public CitizenCounts(Integer total, Integer learningCitizen, Integer professionallyTrained,
                         Integer universityDegree, Integer learningCitizenNotDetermined,
                         Integer qualificationNotStated) {
        this(total, learningCitizen, professionallyTrained, universityDegree, learningCitizenNotDetermined,
                qualificationNotStated, null);
    }

    /** Counts known for every citizen. */
    public CitizenCounts(Integer total, Integer learningCitizen, Integer professionallyTrained,
                         Integer universityDegree) {
        this(total, learningCitizen, professionallyTrained, universityDegree, null, null, null);
    }
}
