package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.atMost;
import static vn.hoctap.model.Checks.positive;

/**
 * Learners ("Người học", TT 24 Art. 2.8) of an educational institution and how many hold "Công dân học tập".
 *
 * @param total           learners in the evaluation year, at least 1
 * @param learningCitizen of whom hold "Công dân học tập"; {@code null} if not known
 */
public record LearnerCounts(Integer total, Integer learningCitizen) {
    public LearnerCounts {
        int n = positive(total, "total");
        atMost(learningCitizen, n, "learningCitizen", "total");
    }
}
