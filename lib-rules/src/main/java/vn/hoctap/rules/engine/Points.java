package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.catalogue.Scoring;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.engine.text.Texts;

/**
 * The fold of a {@link Scoring#POINTS} scheme: totals, caps, pass marks, floors and mandatory indicators, as the
 * association's and the provinces' sets count them (criteria.md §7, §8). Every number is a parameter named after
 * the indicator, criterion or scheme it belongs to; see {@link Scoring#POINTS} for the ids.
 */
final class Points {
    private Points() {
    }

    static IndicatorPoints of(Scheme scheme, IndicatorDefinition indicator, Level level, LocalDate date,
                              LayeredParameters parameters) {
        ResolvedParameter max = parameters.optional(indicator.id() + ".MAX_POINTS", level, date, indicator.id())
                .orElseGet(() -> parameters.require(scheme.id() + ".MAX_INDICATOR_POINTS", level, date,
                        indicator.id()));
        ResolvedParameter floor = parameters.optional(indicator.id() + ".MIN_POINTS", level, date, indicator.id())
                .or(() -> parameters.optional(scheme.id() + ".MIN_INDICATOR_POINTS", level, date, indicator.id()))
                .orElse(null);
        return IndicatorPoints.of(max, floor);
    }

    /**
     * What a criterion's indicators add up to, and what they could still add up to once the missing data come; with
     * the three totals also counted in {@link Millionths}, so that a level adds its criteria up ({@link #sum}) without
     * reading a {@code BigDecimal}.
     */
    record Tally(BigDecimal earned, BigDecimal possible, BigDecimal max, List<String> belowFloor,
                 List<String> mandatoryNotMet, boolean undetermined, ResolvedParameter minimum, long earnedUnits,
                 long possibleUnits, long maxUnits, int earnedScale, int possibleScale, int maxScale) {
        /**
         * The tally of these totals, lists and minimum ({@code <criterion>.MIN_POINTS}, or {@code null}), the totals
         * also counted in {@link Millionths} ({@link Millionths#NONE} where they cannot be).
         */
        static Tally of(BigDecimal earned, BigDecimal possible, BigDecimal max, List<String> belowFloor,
                        List<String> mandatoryNotMet, boolean undetermined, ResolvedParameter minimum) {
            // Empty lists are the one empty list: a level reads them for every subject.
            return new Tally(earned, possible, max, List.copyOf(belowFloor), List.copyOf(mandatoryNotMet),
                    undetermined, minimum, Millionths.of(earned), Millionths.of(possible), Millionths.of(max),
                    earned.scale(), possible.scale(), max.scale());
        }

        boolean blocked() {
            return !belowFloor.isEmpty() || !mandatoryNotMet.isEmpty()
                    || (minimum != null && possible.compareTo(minimum.points()) < 0);
        }

        Outcome outcome() {
            if (blocked()) {
                return Outcome.NOT_MET;
            }
            return undetermined ? Outcome.UNDETERMINED : Outcome.MET;
        }
    }

    static Tally tally(SubjectFacts facts, CriterionDefinition criterion, Level level, List<Check> checks,
                               LayeredParameters parameters) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal open = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        List<String> belowFloor = new ArrayList<>();
        List<String> mandatoryNotMet = new ArrayList<>();
        boolean undetermined = false;
        for (Check c : checks) {
            BigDecimal worth = c.pointsRule().maxValue();
            BigDecimal e = c.earned();
            max = max.add(worth);
            if (e == null) {
                open = open.add(worth);
                undetermined = true;
            } else {
                earned = earned.add(e);
                if (c.pointsRule().belowFloor(e)) {
                    belowFloor.add(c.indicator().number());
                }
                if (c.indicator().mandatory() && !c.isNotApplicable() && e.signum() == 0
                        && c.measurements().stream().anyMatch(m -> m.outcome() == Outcome.NOT_MET)) {
                    mandatoryNotMet.add(c.indicator().number());
                }
            }
        }
        BigDecimal possible = earned.add(open);
        LocalDate date = facts.referenceDate();
        Optional<ResolvedParameter> cap = parameters.optional(ParameterIds.maxPoints(criterion.id()), level, date,
                criterion.id());
        if (cap.isPresent()) {
            earned = earned.min(cap.get().points());
            possible = possible.min(cap.get().points());
            max = max.min(cap.get().points());
        }
        ResolvedParameter minimum = parameters.optional(ParameterIds.minPoints(criterion.id()), level, date, criterion.id())
                .orElse(null);
        return Tally.of(earned, possible, max, belowFloor, mandatoryNotMet, undetermined, minimum);
    }

    /** A criterion's result from its indicators' results and their {@code t}ally, computed once per criterion. */
    static CriterionResult criterion(CriterionDefinition criterion, Level level, List<IndicatorResult> indicators,
                                     Tally t, String layer) {
        return new CriterionResult(criterion.id(), criterion.number(), level, criterion.nameVi(), criterion.nameEn(),
                t.outcome(), indicators, t.earned(), t.max(), layer);
    }

    /**
     * A level's points added up from its criteria's tallies, before the pass mark is read: a value, equal for everybody
     * whose criteria add up alike however they split, so that {@link LevelFolds} can key a level by it. Its totals are
     * held in {@link Millionths} where every tally's are countable, so that comparing two sums reads no
     * {@code BigDecimal}; otherwise as {@code BigDecimal}s. Either way {@link #earned()} and the others are the sums
     * {@code BigDecimal.add} gives, scale included.
     */
    record Sum(long earnedUnits, long possibleUnits, long maxUnits, int earnedScale, int possibleScale, int maxScale,
               List<BigDecimal> exact, List<String> belowFloor, List<String> mandatoryNotMet,
               List<String> criteriaShort, boolean undetermined) {
        /** The points earned; {@code exact}, when given, holds the three totals as added up instead of the units. */
        BigDecimal earned() {
            return exact != null ? exact.get(0) : Millionths.decimal(earnedUnits, earnedScale);
        }

        BigDecimal possible() {
            return exact != null ? exact.get(1) : Millionths.decimal(possibleUnits, possibleScale);
        }

        BigDecimal max() {
            return exact != null ? exact.get(2) : Millionths.decimal(maxUnits, maxScale);
        }

        /** Something blocks the level whatever its total: an indicator below its floor, a mandatory one not met, a
         * criterion short of its minimum. */
        boolean blocked() {
            return !belowFloor.isEmpty() || !mandatoryNotMet.isEmpty() || !criteriaShort.isEmpty();
        }
    }

    /**
     * The points of the level's {@code criteria} that have at least one check at this level, in the scheme's order,
     * from their {@code tallies} in the same order: in millionths when every tally's are countable and their sums fit,
     * as {@code BigDecimal}s otherwise.
     */
    static Sum sum(List<CriterionDefinition> criteria, List<Tally> tallies) {
        long earned = 0;
        long possible = 0;
        long max = 0;
        // BigDecimal.ZERO, where BigDecimal sums would start, has scale 0.
        int earnedScale = 0;
        int possibleScale = 0;
        int maxScale = 0;
        // Most people have nothing below a floor or short of a minimum: no list is made for them.
        List<String> belowFloor = List.of();
        List<String> mandatoryNotMet = List.of();
        List<String> criteriaShort = List.of();
        boolean undetermined = false;
        for (int i = 0; i < tallies.size(); i++) {
            Tally t = tallies.get(i);
            earned = Millionths.plus(earned, t.earnedUnits());
            possible = Millionths.plus(possible, t.possibleUnits());
            max = Millionths.plus(max, t.maxUnits());
            earnedScale = Math.max(earnedScale, t.earnedScale());
            possibleScale = Math.max(possibleScale, t.possibleScale());
            maxScale = Math.max(maxScale, t.maxScale());
            belowFloor = plus(belowFloor, t.belowFloor());
            mandatoryNotMet = plus(mandatoryNotMet, t.mandatoryNotMet());
            if (t.minimum() != null && t.possible().compareTo(t.minimum().points()) < 0) {
                criteriaShort = plus(criteriaShort, List.of(String.valueOf(criteria.get(i).number())));
            }
            undetermined |= t.undetermined();
        }
        List<BigDecimal> exact = null;
        if (earned == Millionths.NONE || possible == Millionths.NONE || max == Millionths.NONE) {
            BigDecimal e = BigDecimal.ZERO;
            BigDecimal p = BigDecimal.ZERO;
            BigDecimal m = BigDecimal.ZERO;
            for (Tally t : tallies) {
                e = e.add(t.earned());
                p = p.add(t.possible());
                m = m.add(t.max());
            }
            exact = List.of(e, p, m);
            earned = possible = max = 0;
        }
        return new Sum(earned, possible, max, earnedScale, possibleScale, maxScale, exact, belowFloor,
                mandatoryNotMet, criteriaShort, undetermined);
    }

    /** A level's points and what they come to against its pass mark: what the verdict needs and its sentence says. */
    record LevelScore(Sum sum, ResolvedParameter passMark, Outcome outcome) {
    }

    /** The pass mark of {@code scheme}'s {@code level} in force on {@code facts}' reference date. */
    static ResolvedParameter passMark(SubjectFacts facts, Scheme scheme, Level level, LayeredParameters parameters) {
        return parameters.require(ParameterIds.passMark(scheme.id()), level, facts.referenceDate(), scheme.id());
    }

    /**
     * What {@code sum} comes to against {@code passMark}: not met when something blocks it or even the open points
     * could not reach the mark, not determined while points are open, otherwise met at the mark.
     */
    static LevelScore score(Sum sum, ResolvedParameter passMark) {
        BigDecimal pass = points(passMark);
        Outcome outcome;
        if (sum.blocked() || sum.possible().compareTo(pass) < 0) {
            outcome = Outcome.NOT_MET;
        } else if (sum.undetermined()) {
            outcome = Outcome.UNDETERMINED;
        } else {
            outcome = sum.earned().compareTo(pass) >= 0 ? Outcome.MET : Outcome.NOT_MET;
        }
        return new LevelScore(sum, passMark, outcome);
    }

    /** Points values read so far, by their text: every person's level reads the pass mark, twice. */
    private static final BoundedMemo<String, BigDecimal> POINTS = new BoundedMemo<>(10_000);

    /** {@link ResolvedParameter#points()}, parsed once per value: the same check of the type, the same number. */
    static BigDecimal points(ResolvedParameter p) {
        if (p.definition().type() != ParameterType.POINTS) {
            return p.points();
        }
        return POINTS.get(p.value().value(), BigDecimal::new);
    }

    /** {@code list} followed by {@code more}: {@code list} itself when there is nothing more. */
    static List<String> plus(List<String> list, List<String> more) {
        if (more.isEmpty()) {
            return list;
        }
        List<String> both = new ArrayList<>(list.size() + more.size());
        both.addAll(list);
        both.addAll(more);
        return both;
    }

    /** The Vietnamese and the English sentence of a level's points. */
    static List<String> sentences(LevelScore score) {
        Sum sum = score.sum();
        BigDecimal earned = sum.earned();
        BigDecimal possible = sum.possible();
        BigDecimal max = sum.max();
        ResolvedParameter passMark = score.passMark();
        BigDecimal pass = passMark.points();
        List<String> belowFloor = sum.belowFloor();
        List<String> mandatoryNotMet = sum.mandatoryNotMet();
        List<String> criteriaShort = sum.criteriaShort();
        Outcome outcome = score.outcome();
        StringBuilder vi = new StringBuilder("Tổng điểm ").append(Texts.number(earned)).append('/')
                .append(Texts.number(max)).append("; cần ít nhất ").append(Texts.number(pass)).append(" điểm [")
                .append(passMark.value().citation().formatVi()).append("]");
        StringBuilder en = new StringBuilder("Total ").append(Texts.numberEn(earned)).append(" of ")
                .append(Texts.numberEn(max)).append(" points; at least ").append(Texts.numberEn(pass))
                .append(" needed [").append(passMark.value().citation().formatEn()).append("]");
        if (sum.undetermined()) {
            vi.append("; còn ").append(Texts.number(possible.subtract(earned))).append(" điểm chưa xác định");
            en.append("; ").append(Texts.numberEn(possible.subtract(earned))).append(" points not yet determined");
        }
        if (!belowFloor.isEmpty()) {
            vi.append("; chỉ tiêu dưới mức sàn: ").append(String.join(", ", belowFloor));
            en.append("; indicators below the floor: ").append(String.join(", ", belowFloor));
        }
        if (!mandatoryNotMet.isEmpty()) {
            vi.append("; chỉ tiêu bắt buộc không đạt: ").append(String.join(", ", mandatoryNotMet));
            en.append("; mandatory indicators not met: ").append(String.join(", ", mandatoryNotMet));
        }
        if (!criteriaShort.isEmpty()) {
            vi.append("; tiêu chí không đủ điểm tối thiểu: ").append(String.join(", ", criteriaShort));
            en.append("; criteria short of their minimum: ").append(String.join(", ", criteriaShort));
        }
        vi.append(". ").append(capitalise(outcome.nameVi())).append('.');
        en.append(". ").append(capitalise(outcome.nameEn())).append('.');
        return List.of(vi.toString(), en.toString());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
