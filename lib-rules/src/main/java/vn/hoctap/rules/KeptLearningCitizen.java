package vn.hoctap.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.rollup.KeptLearningCitizens;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.NoSchemeInForceException;

/**
 * Whether a person holds "Công dân học tập" for an evaluation year from an earlier year's award still kept on 31/12
 * of that year: by the {@link Evaluator#timeline timeline} of the award, which follows {@code CDHT.RETENTION_YEARS}
 * in force (nationally 0, UNKNOWN: held for the year awarded only, so nothing is kept; a province pack may set a
 * longer validity). An award under no scheme known to the library (before TT 25/2023's framework) is not kept: its
 * validity is not known here.
 *
 * @param year       the year the kept award was for
 * @param validUntil its last day kept
 */
record KeptLearningCitizen(int year, LocalDate validUntil) {

    /** The kept award of {@code person} for {@code evaluationYear} lasting longest, or empty. */
    static Optional<KeptLearningCitizen> of(Evaluator evaluator, Person person, int evaluationYear) {
        if (person.recognitions().isEmpty()) {
            return Optional.empty();
        }
        LocalDate yearEnd = LocalDate.of(evaluationYear, 12, 31);
        KeptLearningCitizen best = null;
        for (Recognition r : person.recognitions()) {
            if (r.title() != Title.LEARNING_CITIZEN || r.year() >= evaluationYear) {
                continue;
            }
            // The title is a commune's (TT 25 Art. 7.5 counts the commune's people); an award names no tier.
            Recognition dated = r.tier() != null ? r : new Recognition(r.title(), AdministrativeTier.COMMUNE,
                    r.level(), r.year(), r.decisionDate(), r.decisionNumber());
            LocalDate until;
            try {
                until = evaluator.timeline(dated).validUntil();
            } catch (NoSchemeInForceException e) {
                continue;
            }
            if (until != null && !until.isBefore(yearEnd) && (best == null || until.isAfter(best.validUntil))) {
                best = new KeptLearningCitizen(r.year(), until);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code request}'s person holds a kept award for the request's year. */
    static boolean keeps(Evaluator evaluator, CitizenEvaluationRequest request) {
        return of(evaluator, request.person(), request.evaluationYear()).isPresent();
    }

    /** Collects the kept awards of the people counted, for the sentence saying how many were kept. */
    static final class Count {
        private final int of;
        private final TreeSet<Integer> years = new TreeSet<>();
        private final List<LocalDate> until = new ArrayList<>();

        Count(int of) {
            this.of = of;
        }

        void add(KeptLearningCitizen kept) {
            years.add(kept.year);
            until.add(kept.validUntil);
        }

        /** The count, or {@code null} when nobody was counted from a kept award. */
        KeptLearningCitizens result() {
            return until.isEmpty() ? null : new KeptLearningCitizens(until.size(), of, List.copyOf(years),
                    until.stream().min(LocalDate::compareTo).orElseThrow());
        }
    }
}
