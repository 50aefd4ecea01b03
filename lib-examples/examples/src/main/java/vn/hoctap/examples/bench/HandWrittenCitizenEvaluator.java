package vn.hoctap.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterValue;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Title;
import vn.hoctap.model.text.Numbers;
import vn.hoctap.rules.Evaluator;

/**
 * "Công dân học tập" written by hand in plain Java, the baseline the library's rule engine is measured against
 * ({@link HandWrittenComparisonBenchmark}): the same ten indicators, the same verdict and the same Vietnamese sentence
 * per indicator as {@link Evaluator#evaluate(CitizenEvaluationRequest)}, without rules, sessions or audit.
 *
 * <p>Nothing of the scheme is copied: the indicators (number, name, citation) come from the evaluator's catalogue and
 * the three numbers from its parameters for one reference date ({@code CDHT.MAX_INDICATOR_POINTS},
 * {@code CDHT.PASS_MARK}, {@code CDHT.MIN_INDICATOR_POINTS}). What is written by hand is the rule: which score each
 * indicator reads (as {@code cdht/criteria.drl} says) and how points add up to a verdict (as the engine's points fold
 * does for a scheme without criterion caps, criterion minimums or mandatory indicators; {@link #of} refuses a
 * catalogue or parameters that have any, rather than disagree silently). Immutable and thread-safe.
 */
public final class HandWrittenCitizenEvaluator {
    /** Which self-assessed score each indicator earns, as the rules of {@code cdht/criteria.drl} say. */
    private static final Map<String, CitizenInput> SCORED_BY = Map.of(
            "CDHT.I.1", CitizenInput.KEEPING_INFORMED,
            "CDHT.I.2", CitizenInput.LEARNING_PLAN,
            "CDHT.I.3", CitizenInput.COMMUNITY_LEARNING,
            "CDHT.I.4", CitizenInput.ENCOURAGING_OTHERS,
            "CDHT.II.1", CitizenInput.INFORMATION_TECHNOLOGY,
            "CDHT.II.2", CitizenInput.FOREIGN_LANGUAGE,
            "CDHT.II.3", CitizenInput.NUMERACY,
            "CDHT.II.4", CitizenInput.CRITICAL_THINKING,
            "CDHT.III.1", CitizenInput.FRIENDLY_RELATIONSHIPS,
            "CDHT.III.2", CitizenInput.COOPERATION);
    private static final Numbers VI = Numbers.vi();
    private static final String MET = heading(Outcome.MET);
    private static final String NOT_MET = heading(Outcome.NOT_MET);
    private static final String UNDETERMINED = heading(Outcome.UNDETERMINED);

    private final LocalDate date;
    private final Indicator[] indicators;
    private final BigDecimal max;
    private final BigDecimal floor;
    private final BigDecimal passMark;
    private final String maxVi;
    private final String floorVi;

    /** One indicator as the hand-written evaluator sees it, with the fixed parts of its sentence made once. */
    private record Indicator(String id, String number, CitizenInput input, String opening, String closing) {
    }

    /**
     * One indicator's explained result: what {@link vn.hoctap.model.result.IndicatorResult} gives as
     * {@code indicatorId()}, {@code points()} (the score, {@code null} when none was given), {@code outcome()} and
     * {@code explanationVi()}.
     */
    public record IndicatorOutcome(String indicatorId, BigDecimal points, Outcome outcome, String explanationVi) {
    }

    /** A person's explained result: the verdict and the ten indicators in the catalogue's order. */
    public record Explained(String personId, Verdict verdict, List<IndicatorOutcome> indicators) {
    }

    private HandWrittenCitizenEvaluator(LocalDate date, Indicator[] indicators, BigDecimal max, BigDecimal floor,
                                        BigDecimal passMark) {
        this.date = date;
        this.indicators = indicators;
        this.max = max;
        this.floor = floor;
        this.passMark = passMark;
        this.maxVi = VI.decimal(max);
        this.floorVi = VI.decimal(floor);
    }

    /**
     * The scheme in force on {@code date} as {@code evaluator} knows it; the result evaluates requests whose
     * reference date is {@code date}.
     *
     * @throws IllegalStateException when the scheme has something this evaluator does not model (an indicator it does
     *                               not know, a mandatory one, a per-indicator or per-criterion limit)
     */
    public static HandWrittenCitizenEvaluator of(Evaluator evaluator, LocalDate date) {
        Catalogue catalogue = evaluator.catalogue(date);
        Scheme scheme = catalogue.schemeFor(Title.LEARNING_CITIZEN, AdministrativeTier.COMMUNE, date)
                .orElseThrow(() -> new IllegalStateException("no Công dân học tập scheme on " + date));
        List<ParameterDefinition> parameters = evaluator.parameters(date);
        List<Indicator> indicators = new ArrayList<>();
        for (CriterionDefinition criterion : catalogue.criteriaOf(scheme)) {
            refuse(parameters, criterion.id() + ".MAX_POINTS", criterion.id() + ".MIN_POINTS");
            for (IndicatorDefinition d : criterion.indicators()) {
                if (!d.inForceOn(date)) {
                    continue;
                }
                CitizenInput input = SCORED_BY.get(d.id());
                if (input == null || Boolean.TRUE.equals(d.mandatory())) {
                    throw new IllegalStateException("indicator " + d.id() + " is not one this evaluator scores");
                }
                refuse(parameters, d.id() + ".MAX_POINTS", d.id() + ".MIN_POINTS");
                String citation = d.citation(Level.LEVEL_1).orElseThrow().formatVi();
                indicators.add(new Indicator(d.id(), d.number(), input,
                        "Chỉ tiêu " + d.number() + " (" + d.nameVi() + "): ", " [" + citation + "]"));
            }
        }
        return new HandWrittenCitizenEvaluator(date, indicators.toArray(Indicator[]::new),
                points(parameters, scheme.id() + ".MAX_INDICATOR_POINTS", date),
                points(parameters, scheme.id() + ".MIN_INDICATOR_POINTS", date),
                points(parameters, scheme.id() + ".PASS_MARK", date));
    }

    private static void refuse(List<ParameterDefinition> parameters, String... ids) {
        for (String id : ids) {
            if (parameters.stream().anyMatch(p -> p.id().equals(id))) {
                throw new IllegalStateException("parameter " + id + " is not one this evaluator applies");
            }
        }
    }

    private static BigDecimal points(List<ParameterDefinition> parameters, String id, LocalDate date) {
        return parameters.stream().filter(p -> p.id().equals(id)).findFirst()
                .flatMap(p -> p.valueOn(Level.LEVEL_1, date)).map(ParameterValue::value).map(BigDecimal::new)
                .orElseThrow(() -> new IllegalStateException("no value of " + id + " on " + date));
    }

    /** The reference date whose scheme and numbers this evaluator applies. */
    public LocalDate date() {
        return date;
    }

    /** Most points an indicator can earn ({@code CDHT.MAX_INDICATOR_POINTS}). */
    public BigDecimal maxIndicatorPoints() {
        return max;
    }

    /** Least points an indicator needs ({@code CDHT.MIN_INDICATOR_POINTS}). */
    public BigDecimal floor() {
        return floor;
    }

    /** Least total that earns the title ({@code CDHT.PASS_MARK}). */
    public BigDecimal passMark() {
        return passMark;
    }

    /**
     * The verdict and every indicator's explained result.
     *
     * @throws InvalidInputException naming {@code $.scores.<name>} when a score is above the maximum
     * @throws IllegalArgumentException when the request's reference date is not this evaluator's
     */
    public Explained evaluate(CitizenEvaluationRequest request) {
        CitizenScores scores = scoresOf(request);
        List<IndicatorOutcome> results = new ArrayList<>(indicators.length);
        Fold fold = new Fold();
        for (Indicator indicator : indicators) {
            Optional<BigDecimal> given = scores.get(indicator.input());
            if (given.isEmpty()) {
                fold.missing();
                results.add(new IndicatorOutcome(indicator.id(), null, Outcome.UNDETERMINED, indicator.opening()
                        + UNDETERMINED + ". Chưa có điểm tự đánh giá: " + indicator.input().descriptionVi() + " (tối đa "
                        + maxVi + " điểm; mức sàn mỗi chỉ tiêu " + floorVi + ")." + indicator.closing()));
                continue;
            }
            BigDecimal score = checked(indicator, given.get());
            boolean below = fold.scored(score);
            String scoreVi = VI.decimal(score);
            String sentence = below
                    ? indicator.opening() + NOT_MET + ". Tự đánh giá " + scoreVi + "/" + maxVi
                            + " điểm; dưới mức sàn " + floorVi + " điểm của mỗi chỉ tiêu." + indicator.closing()
                    : indicator.opening() + MET + ". Tự đánh giá " + scoreVi + "/" + maxVi
                            + " điểm; mức sàn mỗi chỉ tiêu " + floorVi + "." + indicator.closing();
            results.add(new IndicatorOutcome(indicator.id(), score, below ? Outcome.NOT_MET : Outcome.MET, sentence));
        }
        return new Explained(request.person().id(), fold.verdict(), results);
    }

    /**
     * The verdict alone, no sentence written: what a tally needs.
     *
     * @throws InvalidInputException as {@link #evaluate}
     */
    public Verdict verdict(CitizenEvaluationRequest request) {
        CitizenScores scores = scoresOf(request);
        Fold fold = new Fold();
        for (Indicator indicator : indicators) {
            Optional<BigDecimal> given = scores.get(indicator.input());
            if (given.isEmpty()) {
                fold.missing();
            } else {
                fold.scored(checked(indicator, given.get()));
            }
        }
        return fold.verdict();
    }

    private CitizenScores scoresOf(CitizenEvaluationRequest request) {
        if (!request.effectiveReferenceDate().equals(date)) {
            throw new IllegalArgumentException("reference date " + request.effectiveReferenceDate()
                    + " is not this evaluator's " + date);
        }
        return request.scores();
    }

    private BigDecimal checked(Indicator indicator, BigDecimal score) {
        if (score.compareTo(max) > 0) {
            throw new InvalidInputException(CitizenEvaluationRequest.pathOf(indicator.input()), "điểm "
                    + VI.decimal(score) + " vượt quá tối đa " + maxVi + " của chỉ tiêu " + indicator.number()
                    + " / score " + score.toPlainString() + " exceeds the maximum " + max.toPlainString()
                    + " of indicator " + indicator.number());
        }
        return score;
    }

    /** The outcome as a sentence heads it, "ĐẠT", as the library writes it. */
    private static String heading(Outcome outcome) {
        return outcome.nameVi().toUpperCase(Locale.ROOT);
    }

    /** The points of one person added up: earned, still open, and whether an indicator fell below the floor. */
    private final class Fold {
        private BigDecimal earned = BigDecimal.ZERO;
        private BigDecimal open = BigDecimal.ZERO;
        private boolean belowFloor;

        void missing() {
            open = open.add(max);
        }

        /** Adds {@code score}; {@code true} when it is below the floor. */
        boolean scored(BigDecimal score) {
            earned = earned.add(score);
            boolean below = score.compareTo(floor) < 0;
            belowFloor |= below;
            return below;
        }

        /**
         * Not recognised when a floor is broken or even the open indicators at their maximum could not reach the pass
         * mark; not determined while scores are missing; otherwise the title is earned at the pass mark.
         */
        Verdict verdict() {
            if (belowFloor || earned.add(open).compareTo(passMark) < 0) {
                return Verdict.NOT_RECOGNISED;
            }
            if (open.signum() > 0) {
                return Verdict.NOT_DETERMINED;
            }
            return earned.compareTo(passMark) >= 0 ? Verdict.LEVEL_1 : Verdict.NOT_RECOGNISED;
        }
    }
}
