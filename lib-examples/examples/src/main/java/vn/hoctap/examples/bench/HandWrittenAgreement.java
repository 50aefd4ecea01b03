package vn.hoctap.examples.bench;

import java.util.List;
import java.util.Objects;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.rules.Evaluator;

/**
 * Whether {@link HandWrittenCitizenEvaluator} says what the library says: for each person the verdict, and for each
 * indicator in order its id, points, outcome and Vietnamese sentence. A comparison is only worth timing once the two
 * agree, so the benchmark and its test both ask this first.
 */
public final class HandWrittenAgreement {
    /** People the library evaluates per call while comparing, so that its explanations do not pile up. */
    private static final int SLICE = 10_000;

    private HandWrittenAgreement() {
    }

    /**
     * Compares both evaluators on every one of {@code people}.
     *
     * @throws AssertionError naming the first person, indicator and field on which they differ
     */
    public static void check(Evaluator library, HandWrittenCitizenEvaluator handWritten,
                             List<CitizenEvaluationRequest> people) {
        for (int from = 0; from < people.size(); from += SLICE) {
            List<CitizenEvaluationRequest> slice = people.subList(from, Math.min(people.size(), from + SLICE));
            List<Assessment> assessments = library.evaluateCitizens(slice);
            for (int i = 0; i < slice.size(); i++) {
                compare(assessments.get(i), handWritten.evaluate(slice.get(i)));
            }
        }
    }

    private static void compare(Assessment a, HandWrittenCitizenEvaluator.Explained h) {
        String who = "person " + a.subjectId();
        same(who, "person id", a.subjectId(), h.personId());
        same(who, "verdict", a.verdict(), h.verdict());
        List<IndicatorResult> expected = a.levels().stream().flatMap(l -> l.results().stream())
                .flatMap(c -> c.indicators().stream()).toList();
        same(who, "number of indicators", expected.size(), h.indicators().size());
        for (int i = 0; i < expected.size(); i++) {
            IndicatorResult e = expected.get(i);
            HandWrittenCitizenEvaluator.IndicatorOutcome o = h.indicators().get(i);
            String where = who + ", indicator " + e.indicatorId();
            same(where, "id", e.indicatorId(), o.indicatorId());
            same(where, "points", e.points(), o.points());
            same(where, "outcome", e.outcome(), o.outcome());
            same(where, "explanationVi", e.explanationVi(), o.explanationVi());
        }
    }

    private static void same(String where, String what, Object library, Object handWritten) {
        if (!Objects.equals(library, handWritten)) {
            throw new AssertionError(where + ": " + what + " differs: library " + library + ", hand-written "
                    + handWritten);
        }
    }
}
