package vn.hoctap.model.request;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.hoctap.model.Checks;
import vn.hoctap.model.InvalidInputException;

/**
 * A person's self-assessed scores for the ten competencies of "Công dân học tập" ({@link CitizenInput}), as written
 * on the self-assessment form. A {@code null} score is not given: its indicator is "not determined", never failed.
 *
 * <p>The model only checks that a score is a number of points, not negative and within the bounds of every decimal
 * of a request ({@link Checks#decimal}). The maximum an indicator may score is
 * a parameter of the rules ({@code CDHT.MAX_INDICATOR_POINTS}, 10 nationally), so the evaluator, not this record,
 * refuses a score above it, naming the same JSON path.
 *
 * @param keepingInformed       I.1, {@link CitizenInput#KEEPING_INFORMED}
 * @param learningPlan          I.2, {@link CitizenInput#LEARNING_PLAN}
 * @param communityLearning     I.3, {@link CitizenInput#COMMUNITY_LEARNING}
 * @param encouragingOthers     I.4, {@link CitizenInput#ENCOURAGING_OTHERS}
 * @param informationTechnology II.1, {@link CitizenInput#INFORMATION_TECHNOLOGY}
 * @param foreignLanguage       II.2, {@link CitizenInput#FOREIGN_LANGUAGE}
 * @param numeracy              II.3, {@link CitizenInput#NUMERACY}
 * @param criticalThinking      II.4, {@link CitizenInput#CRITICAL_THINKING}
 * @param friendlyRelationships III.1, {@link CitizenInput#FRIENDLY_RELATIONSHIPS}
 * @param cooperation           III.2, {@link CitizenInput#COOPERATION}
 */
public record CitizenScores(BigDecimal keepingInformed, BigDecimal learningPlan, BigDecimal communityLearning,
                            BigDecimal encouragingOthers, BigDecimal informationTechnology,
                            BigDecimal foreignLanguage, BigDecimal numeracy, BigDecimal criticalThinking,
                            BigDecimal friendlyRelationships, BigDecimal cooperation) {
    public CitizenScores {
        nonNegative(keepingInformed, CitizenInput.KEEPING_INFORMED);
        nonNegative(learningPlan, CitizenInput.LEARNING_PLAN);
        nonNegative(communityLearning, CitizenInput.COMMUNITY_LEARNING);
        nonNegative(encouragingOthers, CitizenInput.ENCOURAGING_OTHERS);
        nonNegative(informationTechnology, CitizenInput.INFORMATION_TECHNOLOGY);
        nonNegative(foreignLanguage, CitizenInput.FOREIGN_LANGUAGE);
        nonNegative(numeracy, CitizenInput.NUMERACY);
        nonNegative(criticalThinking, CitizenInput.CRITICAL_THINKING);
        nonNegative(friendlyRelationships, CitizenInput.FRIENDLY_RELATIONSHIPS);
        nonNegative(cooperation, CitizenInput.COOPERATION);
    }

    private static void nonNegative(BigDecimal score, CitizenInput input) {
        Checks.decimal(score, input.jsonName());
        if (score != null && score.signum() < 0) {
            throw new InvalidInputException(input.jsonName(), "điểm không được âm (" + score.toPlainString()
                    + ") / a score must not be negative (" + score.toPlainString() + ")");
        }
    }

    /** No score given. */
    public static CitizenScores none() {
        return new CitizenScores(null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The scores in {@code scores}; inputs it does not contain are not given.
     *
     * @throws InvalidInputException naming the input's JSON name when a score is negative
     */
    public static CitizenScores of(Map<CitizenInput, BigDecimal> scores) {
        Map<CitizenInput, BigDecimal> s = new EnumMap<>(CitizenInput.class);
        s.putAll(Objects.requireNonNull(scores, "scores"));
        return new CitizenScores(s.get(CitizenInput.KEEPING_INFORMED), s.get(CitizenInput.LEARNING_PLAN),
                s.get(CitizenInput.COMMUNITY_LEARNING), s.get(CitizenInput.ENCOURAGING_OTHERS),
                s.get(CitizenInput.INFORMATION_TECHNOLOGY), s.get(CitizenInput.FOREIGN_LANGUAGE),
                s.get(CitizenInput.NUMERACY), s.get(CitizenInput.CRITICAL_THINKING),
                s.get(CitizenInput.FRIENDLY_RELATIONSHIPS), s.get(CitizenInput.COOPERATION));
    }

    /** The score for {@code input}, if given. */
    public Optional<BigDecimal> get(CitizenInput input) {
        return Optional.ofNullable(switch (input) {
            case KEEPING_INFORMED -> keepingInformed;
            case LEARNING_PLAN -> learningPlan;
            case COMMUNITY_LEARNING -> communityLearning;
            case ENCOURAGING_OTHERS -> encouragingOthers;
            case INFORMATION_TECHNOLOGY -> informationTechnology;
            case FOREIGN_LANGUAGE -> foreignLanguage;
            case NUMERACY -> numeracy;
            case CRITICAL_THINKING -> criticalThinking;
            case FRIENDLY_RELATIONSHIPS -> friendlyRelationships;
            case COOPERATION -> cooperation;
        });
    }

    /** The scores given, by input, in the framework's order. */
    public Map<CitizenInput, BigDecimal> given() {
        Map<CitizenInput, BigDecimal> m = new EnumMap<>(CitizenInput.class);
        for (CitizenInput i : CitizenInput.values()) {
            get(i).ifPresent(v -> m.put(i, v));
        }
        return m;
    }
}
