package vn.hoctap.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.engine.Engine;
import vn.hoctap.rules.engine.UnitFacts;
import vn.hoctap.rules.pack.PackComposer;
import vn.hoctap.rules.pack.PackValidationException;
import vn.hoctap.rules.pack.ProvincePack;

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
 *
 * <p>A province adapts the national rules with a {@link ProvincePack} added through {@link #builder()}; the pack is
 * read, compiled and checked once, when the evaluator is built.
 */
public final class Evaluator {
    private final List<RulePack> packs;
    private final Engine engine;

    private Evaluator(List<RulePack> packs) {
        this.packs = List.copyOf(packs);
        this.engine = new Engine(this.packs);
    }

    private Evaluator(PackComposer.Result composed) {
        this.packs = composed.layers();
        this.engine = new Engine(composed.layers(), composed.periods());
    }

    /** An evaluator with the national rules shipped in this jar (TT 24/2023 for "Đơn vị học tập"). */
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
     * Evaluates an organisation under the scheme {@code schemeId}, e.g. a province's own title ("tiêu biểu") awarded
     * to the same units as the national one that {@link #evaluate(UnitEvaluationRequest)} picks.
     *
     * @throws IllegalArgumentException when no such scheme for the unit's tier is in force on the reference date
     */
    public Assessment evaluate(UnitEvaluationRequest request, String schemeId) {
        return engine.evaluate(new UnitFacts(requireNonNull(request, "request")), requireNonNull(schemeId, "schemeId"));
    }

    /**
     * The criteria this evaluator knows. With province packs in force for limited periods, the criteria as composed
     * from the last change of any pack onwards; {@link #catalogue(LocalDate)} gives those of any date.
     */
    public Catalogue catalogue() {
        return engine.catalogue();
    }

    /** The criteria in force on {@code date}, province packs in force on that date applied. */
    public Catalogue catalogue(LocalDate date) {
        return engine.catalogue(requireNonNull(date, "date"));
    }

    /** The compiled rule layers, national first, then the province packs that have rules of their own. */
    public List<RulePack> packs() {
        return packs;
    }

    /** Assembles an evaluator; the national packs come first, then added rule packs, then province packs. */
    public static final class Builder {
        private final List<RulePack> packs = new ArrayList<>(RulePack.national());
        private final List<ProvincePack> provincePacks = new ArrayList<>();

        private Builder() {
        }

        /** Adds a pack above those already added; its parameters override theirs. */
        public Builder add(RulePack pack) {
            packs.add(requireNonNull(pack, "pack"));
            return this;
        }

        /**
         * Adds a province pack above the rule packs and the province packs already added: its parameter values win over
         * theirs, and the criteria it adds or replaces are judged by its rules alone. Nothing is read until
         * {@link #build()}.
         *
         * <p>A pack's DRL runs inside this process with its full rights: add only packs from a trusted source.
         */
        public Builder add(ProvincePack pack) {
            provincePacks.add(requireNonNull(pack, "pack"));
            return this;
        }

        /**
         * Builds the evaluator. Province packs are read, their rules compiled and everything checked against the
         * national catalogue now, so that no evaluation ever meets a broken pack.
         *
         * @throws PackValidationException listing every problem of every pack (file, line, code, message); nothing is
         *                                 half-loaded, and evaluators built earlier are untouched
         */
        public Evaluator build() {
            if (provincePacks.isEmpty()) {
                return new Evaluator(packs);
            }
            return new Evaluator(PackComposer.compose(packs, provincePacks));
        }
    }
}
