package vn.hoctap.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;
import vn.hoctap.rules.engine.CitizenFacts;
import vn.hoctap.rules.engine.Engine;
import vn.hoctap.rules.engine.UnitFacts;

/**
 * Evaluates subjects against the learning-society criteria in force on a date and explains the result indicator
 * by indicator.
 *
 * <p>Build one evaluator and share it: it is immutable and thread-safe, and evaluating never compiles or rebuilds
 * anything.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.national();
 * Assessment a = evaluator.evaluate(HoctapJson.read(json, UnitEvaluationRequest.class));
 * System.out.println(a.verdict() + ": " + a.summaryVi());
 * }</pre>
 */
public final class Evaluator {
    /** People per rule session in {@link #evaluateCitizens} and {@link #tallyCitizens}. */
    private static final int PEOPLE_PER_SESSION = 500;

    private final List<RulePack> packs;
    private final Engine engine;

    private Evaluator(List<RulePack> packs) {
        this.packs = List.copyOf(packs);
        this.engine = new Engine(this.packs);
    }

    /**
     * An evaluator with the national rules shipped in this jar (TT 24/2023 for "Đơn vị học tập", QĐ 324/QĐ-KHVN for
     * "Công dân học tập").
     */
    public static Evaluator national() {
        return builder().build();
    }

    /**
     * An evaluator with exactly these packs, lowest layer first, without the national ones: for tools and tests that
     * assemble their own layers.
     */
    public static Evaluator of(List<RulePack> packs) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("at least one rule pack");
        }
        return new Evaluator(packs);
    }

    /** A builder starting from the national rules, to which packs can be added. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates an organisation for "Đơn vị học tập" under the scheme of its tier in force on the request's
     * reference date.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover that tier and date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(UnitEvaluationRequest request) {
        return engine.evaluate(new UnitFacts(requireNonNull(request, "request")));
    }

    /**
     * Evaluates a person for "Công dân học tập" from their self-assessed scores, under the scheme in force on the
     * request's reference date.
     *
     * @throws vn.hoctap.model.InvalidInputException naming {@code $.scores.<name>} when a score is above the
     *                                               indicator's maximum
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover the reference date
     */
    public Assessment evaluate(CitizenEvaluationRequest request) {
        return engine.evaluate(new CitizenFacts(requireNonNull(request, "request")));
    }

    /**
     * Evaluates many people for "Công dân học tập" (a commune's, a unit's) a few hundred to a rule session rather than
     * one session each; the result is the same as evaluating each alone, in the same order.
     *
     * <p>Each assessment keeps its full explanation (about 16 KB); to count a whole commune without keeping them, use
     * {@link #tallyCitizens}.
     *
     * @throws vn.hoctap.model.InvalidInputException naming {@code $[i].scores.<name>} (the index in {@code requests})
     *                                               when a score is above the indicator's maximum; nobody is
     *                                               evaluated then
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover a request's reference date
     */
    public List<Assessment> evaluateCitizens(List<CitizenEvaluationRequest> requests) {
        List<Assessment> assessments = new ArrayList<>(requests.size());
        eachSlice(requests, (slice, judged) -> assessments.addAll(judged));
        return assessments;
    }

    /**
     * Counts how many of {@code requests} earn "Công dân học tập", how many cannot be decided yet, and how many are
     * trained at a professional-technical level or hold a degree (TT 25/2023 Art. 6.5, 7.5), evaluating them as
     * {@link #evaluateCitizens} does but keeping only the counts, so memory does not grow with the number of people.
     *
     * @throws vn.hoctap.model.InvalidInputException naming {@code $[i].person.id} when a person appears twice for the
     *                                               same year, or {@code $[i].scores.<name>} as
     *                                               {@link #evaluateCitizens}
     */
    public CitizenTally tallyCitizens(List<CitizenEvaluationRequest> requests) {
        CitizenTally.requireDistinct(checkedRequests(requests));
        CitizenTally[] tally = {CitizenTally.none()};
        eachSlice(requests, (slice, judged) -> tally[0] = tally[0].plus(CitizenTally.of(slice, judged)));
        return tally[0];
    }

    /**
     * Evaluates {@code requests} {@value #PEOPLE_PER_SESSION} people to a session and hands each slice with its
     * assessments to {@code sink}. A session for a whole commune works but is slower, not faster: its 120,000 checks
     * outlive the young generation and its fact index keeps resizing (CitizenBenchmark); past a few hundred people the
     * cost of a session is spread thin.
     */
    private void eachSlice(List<CitizenEvaluationRequest> requests,
                           BiConsumer<List<CitizenEvaluationRequest>, List<Assessment>> sink) {
        checkedRequests(requests);
        for (int from = 0; from < requests.size(); from += PEOPLE_PER_SESSION) {
            List<CitizenEvaluationRequest> slice = requests.subList(from,
                    Math.min(requests.size(), from + PEOPLE_PER_SESSION));
            List<CitizenFacts> facts = slice.stream().map(CitizenFacts::new).toList();
            List<Assessment> judged;
            try {
                judged = engine.evaluateAll(facts);
            } catch (InvalidInputException e) {
                throw whose(e, facts, from);
            }
            sink.accept(slice, judged);
        }
    }

    private static List<CitizenEvaluationRequest> checkedRequests(List<CitizenEvaluationRequest> requests) {
        requireNonNull(requests, "requests");
        for (int i = 0; i < requests.size(); i++) {
            requireNonNull(requests.get(i), "requests[" + i + "]");
        }
        return requests;
    }

    /**
     * The people of a slice share one session, so a refusal does not say whose score it is: find the first person
     * refused alone and name them by their index in the whole list. Refusals are rare; evaluations that succeed pay
     * nothing for this.
     */
    private InvalidInputException whose(InvalidInputException e, List<CitizenFacts> slice, int offset) {
        for (int i = 0; i < slice.size(); i++) {
            try {
                engine.evaluate(slice.get(i));
            } catch (InvalidInputException alone) {
                return new InvalidInputException("$[" + (offset + i) + "]" + alone.path().substring(1),
                        alone.problem());
            }
        }
        return e;
    }

    /** The criteria this evaluator knows. */
    public Catalogue catalogue() {
        return engine.catalogue();
    }

    /** The rule packs, national first. */
    public List<RulePack> packs() {
        return packs;
    }

    /** Assembles an evaluator; the national packs come first. */
    public static final class Builder {
        private final List<RulePack> packs = new ArrayList<>(RulePack.national());

        private Builder() {
        }

        /** Adds a pack above those already added; its parameters override theirs. */
        public Builder add(RulePack pack) {
            packs.add(requireNonNull(pack, "pack"));
            return this;
        }

        public Evaluator build() {
            return new Evaluator(packs);
        }
    }
}
