package vn.hoctap.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.subject.Level;

/** What one evaluation's checks read: the request, the scheme, the date and the parameter layers. */
final class EvaluationContext {
    private final UnitEvaluationRequest request;
    private final Scheme scheme;
    private final LocalDate date;
    private final LayeredParameters parameters;
    private final Optional<MemberCounts> memberCounts;

    EvaluationContext(UnitEvaluationRequest request, Scheme scheme, LayeredParameters parameters) {
        this.request = request;
        this.scheme = scheme;
        this.date = request.effectiveReferenceDate();
        this.parameters = parameters;
        this.memberCounts = request.memberCounts();
    }

    UnitEvaluationRequest request() {
        return request;
    }

    Scheme scheme() {
        return scheme;
    }

    LocalDate date() {
        return date;
    }

    ResolvedParameter parameter(String id, Level level, String neededBy) {
        return parameters.require(id, level, date, neededBy);
    }

    List<Evidence> evidence(UnitInput input) {
        return request.evidenceFor(input);
    }

    /** Numerator and denominator of a share input, or the JSON paths that would supply them. */
    Share share(UnitInput input) {
        String attribute = input.attribute().orElseThrow().jsonName();
        if (input.kind() == UnitInput.Kind.LEARNER_SHARE) {
            if (request.learners() == null) {
                return Share.missing(List.of("$.learners"));
            }
            Integer n = request.learners().learningCitizen();
            return n == null ? Share.missing(List.of("$.learners." + attribute))
                    : Share.of(n, request.learners().total());
        }
        if (memberCounts.isEmpty()) {
            return Share.missing(List.of("$.members"));
        }
        Optional<Integer> n = memberCounts.get().count(input.attribute().get());
        if (n.isPresent()) {
            return Share.of(n.get(), memberCounts.get().total());
        }
        List<String> paths = request.memberList().isEmpty() ? List.of("$.members." + attribute)
                : new ArrayList<>(request.membersMissing(input.attribute().get()));
        return Share.missing(paths);
    }

    /** A share as counted, or what is missing to count it. */
    record Share(Integer numerator, Integer denominator, List<String> missing) {
        static Share of(int numerator, int denominator) {
            return new Share(numerator, denominator, List.of());
        }

        static Share missing(List<String> paths) {
            return new Share(null, null, List.copyOf(paths));
        }

        boolean known() {
            return missing.isEmpty();
        }
    }
}
