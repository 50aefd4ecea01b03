package vn.hoctap.rules.cdht;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.TargetGroup;

/** Requests for the "Công dân học tập" tests: scores written in the framework's order, I.1 to III.2. */
final class CdhtRequests {
    static final int YEAR = 2024;

    private CdhtRequests() {
    }

    /** Ten scores in order I.1..III.2; {@code null} for a score not given. */
    static CitizenScores scores(String... tenScores) {
        if (tenScores.length != 10) {
            throw new IllegalArgumentException("ten scores, not " + tenScores.length);
        }
        Map<CitizenInput, BigDecimal> m = new EnumMap<>(CitizenInput.class);
        CitizenInput[] inputs = CitizenInput.values();
        for (int i = 0; i < 10; i++) {
            if (tenScores[i] != null) {
                m.put(inputs[i], new BigDecimal(tenScores[i]));
            }
        }
        return CitizenScores.of(m);
    }

    /** Every indicator scored {@code score}. */
    static CitizenScores all(String score) {
        return scores(score, score, score, score, score, score, score, score, score, score);
    }

    static CitizenEvaluationRequest person(CitizenScores scores) {
        return new CitizenEvaluationRequest(YEAR, null, new Person("P1", "Nguyễn Thị Lan", 1985,
                TargetGroup.FARMERS_AND_RURAL_WORKERS, List.of()), scores, Qualification.VOCATIONAL_OR_PROFESSIONAL);
    }

    static CitizenEvaluationRequest person(String... tenScores) {
        return person(scores(tenScores));
    }
}
