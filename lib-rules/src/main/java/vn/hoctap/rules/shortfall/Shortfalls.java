package vn.hoctap.rules.shortfall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Shortfall;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;

/**
 * What an assessment lacks to reach the next level: level 1 when not recognised, level 2 when at level 1, and for a
 * verdict not determined the lowest level not met. Every indicator of that level that is not met or not determined
 * gives one {@link Shortfall} per requirement it failed; a share gives the exact count (integer arithmetic, no
 * rounding: the smallest {@code n} with {@code n × 100 ≥ threshold × population}).
 *
 * <p>In a points scheme ({@link PointsShortfalls}) a score under the floor gives a {@link Shortfall.Kind#POINTS}
 * shortfall of the indicator (up to the floor), and after the indicators come one for each criterion under its
 * minimum and one for a total under the pass mark (its id the scheme's), with the smallest change in all and the
 * room each indicator has left.
 *
 * <p>Read from the assessment and the thresholds in force, so it works on any result, national or with packs.
 */
public final class Shortfalls {
    private Shortfalls() {
    }

    /** The level {@code a} would reach next, if any. */
    public static Optional<Level> nextLevel(Assessment a) {
        if (a.verdict() == Verdict.LEVEL_2) {
            return Optional.empty();
        }
        if (a.verdict() == Verdict.LEVEL_1) {
            return a.levels().stream().map(LevelResult::level).filter(l -> l == Level.LEVEL_2).findFirst();
        }
        return a.levels().stream().filter(l -> l.outcome() != Outcome.MET).map(LevelResult::level).findFirst();
    }

    /** Every shortfall of {@code a} at its next level, in the order of the indicators; empty at the top. */
    public static List<Shortfall> of(Evaluator evaluator, Assessment a) {
        Optional<Level> next = nextLevel(a);
        List<Shortfall> all = new ArrayList<>();
        if (next.isEmpty()) {
            return all;
        }
        LevelResult target = a.levels().stream().filter(l -> l.level() == next.get()).findFirst().orElseThrow();
        List<ParameterDefinition> parameters = evaluator.parameters(a.referenceDate());
        boolean points = PointsShortfalls.isPoints(target);
        for (IndicatorResult i : target.results().stream().flatMap(c -> c.indicators().stream()).toList()) {
            if (i.outcome() != Outcome.NOT_MET && i.outcome() != Outcome.UNDETERMINED) {
                continue;
            }
            for (Measurement m : i.measurements()) {
                if (m.outcome() == Outcome.NOT_MET || m.outcome() == Outcome.UNDETERMINED) {
                    Optional<Shortfall> floor = points ? PointsShortfalls.floor(i, m, parameters, a)
                            : Optional.empty();
                    all.add(floor.orElseGet(() -> shortfall(i, m, percent(parameters, m.parameterId(), i.level(),
                            a))));
                }
            }
        }
        if (points) {
            all.addAll(PointsShortfalls.totals(a.schemeId(), target, parameters, a));
        }
        return all;
    }

    private static Optional<BigDecimal> percent(List<ParameterDefinition> parameters, String id, Level level,
                                                Assessment a) {
        if (id == null) {
            return Optional.empty();
        }
        return parameters.stream().filter(p -> p.id().equals(id) && p.type() == ParameterType.PERCENT).findFirst()
                .flatMap(p -> p.valueOn(level, a.referenceDate())).map(v -> new BigDecimal(v.value()));
    }

    /** The fewest of {@code of} that reach {@code percent}: the smallest n with n × 100 ≥ percent × of. */
    public static int needed(BigDecimal percent, int of) {
        return percent.multiply(BigDecimal.valueOf(of)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .intValueExact();
    }

    private static Shortfall shortfall(IndicatorResult i, Measurement m, Optional<BigDecimal> percent) {
        String where = " [" + i.citation().formatVi() + "]";
        String whereEn = " [" + i.citation().formatEn() + "]";
        String head = "Chỉ tiêu " + i.number() + " (" + i.level().nameVi() + "): ";
        String headEn = "Indicator " + i.number() + " (" + i.level().nameEn() + "): ";
        switch (m.reason()) {
            case BELOW_THRESHOLD -> {
                if (m.numerator() != null && m.denominator() != null && percent.isPresent()) {
                    int need = needed(percent.get(), m.denominator());
                    if (need > m.numerator() && need <= m.denominator()) {
                        int more = need - m.numerator();
                        return new Shortfall(i.indicatorId(), i.number(), i.level(), Shortfall.Kind.COUNT, m.input(),
                                m.numerator(), need, m.denominator(), i.citation(),
                                head + "cần thêm " + more + " trong " + m.denominator() + " (" + m.input() + "): cần "
                                        + need + ", hiện có " + m.numerator() + " (ngưỡng " + percent.get()
                                        .toPlainString() + " %)" + where + ".",
                                headEn + more + " more of the " + m.denominator() + " (" + m.input() + ") must hold it:"
                                        + " need " + need + ", have " + m.numerator() + " (threshold "
                                        + percent.get().toPlainString() + " %)" + whereEn + ".");
                    }
                }
                return other(i, m, head, headEn, where, whereEn);
            }
            case STATED_NOT_DONE -> {
                return new Shortfall(i.indicatorId(), i.number(), i.level(), Shortfall.Kind.STATEMENT, m.input(),
                        null, null, null, i.citation(),
                        head + "phải trở thành đúng: " + i.nameVi() + " (" + m.input() + ")" + where + ".",
                        headEn + "must become true: " + i.nameEn() + " (" + m.input() + ")" + whereEn + ".");
            }
            case NO_EVIDENCE -> {
                return new Shortfall(i.indicatorId(), i.number(), i.level(), Shortfall.Kind.EVIDENCE, m.input(),
                        null, null, null, i.citation(),
                        head + "thiếu minh chứng cho " + m.input() + where + ".",
                        headEn + "evidence for " + m.input() + " is missing" + whereEn + ".");
            }
            case MISSING_INPUT -> {
                return new Shortfall(i.indicatorId(), i.number(), i.level(), Shortfall.Kind.DATA, m.input(),
                        null, null, null, i.citation(),
                        head + "chưa có dữ liệu " + m.input() + "; cần cung cấp để đánh giá" + where + ".",
                        headEn + "no data for " + m.input() + "; give it to have the indicator judged" + whereEn + ".");
            }
            default -> {
                return other(i, m, head, headEn, where, whereEn);
            }
        }
    }

    /** Where the law gives no count to compute, the requirement's own sentence says what must change. */
    private static Shortfall other(IndicatorResult i, Measurement m, String head, String headEn, String where,
                                   String whereEn) {
        return new Shortfall(i.indicatorId(), i.number(), i.level(), Shortfall.Kind.OTHER, m.input(), null, null,
                null, i.citation(), head + m.textVi() + where, headEn + m.textEn() + whereEn);
    }
}
