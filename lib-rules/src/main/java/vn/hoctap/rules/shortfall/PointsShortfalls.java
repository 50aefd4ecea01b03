package vn.hoctap.rules.shortfall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.model.catalogue.ParameterValue;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Shortfall;
import vn.hoctap.rules.engine.text.Texts;

/**
 * What a level of a points scheme lacks, in points, exactly as the scores are given (decimal arithmetic, no
 * rounding): every indicator under the scheme's floor must rise to it whatever the total, every criterion under its
 * minimum to that minimum, and the total to the pass mark. Raising an indicator to its floor also adds to the total,
 * so the smallest change in all is {@code max(pass mark − total, Σ (floor − score))}, the remainder spread over any
 * indicators below their maximum.
 *
 * <p>Every number is read where the engine put it: the total, the maximum and the pass mark from the
 * {@link LevelResult}, an indicator's score and maximum from its {@link IndicatorResult}, the floor from the parameter
 * its measurement names, a criterion's minimum from the parameter {@code <criterion>.MIN_POINTS} in force (the same
 * ids the engine's points fold reads), so a province pack's numbers are the ones reported.
 */
final class PointsShortfalls {
    private PointsShortfalls() {
    }

    /** Whether {@code level} belongs to a points scheme (it then carries a pass mark). */
    static boolean isPoints(LevelResult level) {
        return level.passMark() != null && level.points() != null && level.maxPoints() != null;
    }

    /**
     * The floor shortfall of indicator {@code i} if {@code m} is its score under the floor, else empty: the caller
     * then reports {@code m} as any other requirement.
     */
    static Optional<Shortfall> floor(IndicatorResult i, Measurement m, List<ParameterDefinition> parameters,
                                     Assessment a) {
        if (i.points() == null || i.maxPoints() == null || m.outcome() != Outcome.NOT_MET
                || m.reason() != Reason.BELOW_THRESHOLD) {
            return Optional.empty();
        }
        Optional<ParameterValue> floor = points(parameters, m.parameterId(), i, a.referenceDate());
        if (floor.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal need = new BigDecimal(floor.get().value());
        BigDecimal have = i.points();
        if (have.compareTo(need) >= 0 || need.compareTo(i.maxPoints()) > 0) {
            return Optional.empty();
        }
        BigDecimal more = need.subtract(have);
        return Optional.of(new Shortfall(i.indicatorId(), i.number(), i.level(), Shortfall.Kind.POINTS, m.input(),
                null, null, null, new Shortfall.Points(have, need, i.maxPoints(), null), i.citation(),
                "Chỉ tiêu " + i.number() + " (" + i.level().nameVi() + "): " + Texts.number(have) + "/"
                        + Texts.number(i.maxPoints()) + " điểm, dưới mức sàn " + Texts.number(need)
                        + ": cần thêm ít nhất " + Texts.number(more) + " điểm (" + m.input()
                        + "), dù tổng điểm là bao nhiêu [" + floor.get().citation().formatVi() + "].",
                "Indicator " + i.number() + " (" + i.level().nameEn() + "): " + Texts.numberEn(have) + " of "
                        + Texts.numberEn(i.maxPoints()) + " points, under the floor of " + Texts.numberEn(need)
                        + ": at least " + pointsEn(more).replace(" point", " more point") + " (" + m.input()
                        + "), whatever the total [" + floor.get().citation().formatEn() + "]."));
    }

    /**
     * The criteria of {@code target} under their minimum, then its total under the pass mark, if so; a pass mark
     * above the most the level can earn is reported as such ({@link Shortfall.Kind#OTHER}), never as a count of
     * points that could not reach it.
     */
    static List<Shortfall> totals(String schemeId, LevelResult target, List<ParameterDefinition> parameters,
                                  Assessment a) {
        List<Shortfall> all = new ArrayList<>();
        LocalDate date = a.referenceDate();
        for (CriterionResult c : target.results()) {
            Optional<ParameterValue> min = value(parameters, c.criterionId() + ".MIN_POINTS", target, date);
            if (min.isEmpty() || c.points() == null || c.maxPoints() == null) {
                continue;
            }
            BigDecimal need = new BigDecimal(min.get().value());
            if (c.points().compareTo(need) < 0) {
                all.add(total(c.criterionId(), String.valueOf(c.number()), "Tiêu chí " + c.number(),
                        "Criterion " + c.number(), c.points(), need, c.maxPoints(), rooms(List.of(c), parameters, a),
                        List.of(c), parameters, target, a, min.get().citation()));
            }
        }
        if (target.points().compareTo(target.passMark()) < 0) {
            Citation citation = value(parameters, schemeId + ".PASS_MARK", target, date).map(ParameterValue::citation)
                    .orElse(target.criteriaCitation());
            all.add(total(schemeId, null, "Tổng điểm", "Total", target.points(), target.passMark(),
                    target.maxPoints(), rooms(target.results(), parameters, a), target.results(), parameters, target, a,
                    citation));
        }
        return all;
    }

    private static Shortfall total(String id, String number, String whatVi, String whatEn, BigDecimal have,
                                   BigDecimal need, BigDecimal max, Map<String, BigDecimal> room,
                                   List<CriterionResult> criteria, List<ParameterDefinition> parameters,
                                   LevelResult target, Assessment a, Citation citation) {
        String headVi = whatVi + " (" + target.level().nameVi() + "): " + Texts.number(have) + "/" + Texts.number(max)
                + " điểm; cần ít nhất " + Texts.number(need) + " [" + citation.formatVi() + "]";
        String headEn = whatEn + " (" + target.level().nameEn() + "): " + Texts.numberEn(have) + " of "
                + Texts.numberEn(max) + " points; at least " + Texts.numberEn(need) + " needed ["
                + citation.formatEn() + "]";
        BigDecimal more = need.subtract(have);
        // Raising an indicator to its floor counts towards the total: the smallest change is the larger of the two.
        List<String> raisesVi = new ArrayList<>();
        List<String> raisesEn = new ArrayList<>();
        BigDecimal raised = BigDecimal.ZERO;
        List<String> unscored = new ArrayList<>();
        BigDecimal unscoredFloor = null;
        for (IndicatorResult i : indicators(criteria)) {
            Optional<BigDecimal> floor = floorOf(i, parameters, a);
            if (floor.isEmpty()) {
                continue;
            }
            if (i.points() == null) {
                unscored.add(i.number());
                unscoredFloor = floor.get();
            } else if (i.points().compareTo(floor.get()) < 0) {
                BigDecimal up = floor.get().subtract(i.points());
                raised = raised.add(up);
                raisesVi.add(i.number() + " lên " + Texts.number(floor.get()) + " (thêm " + Texts.number(up) + ")");
                raisesEn.add(i.number() + " to " + Texts.numberEn(floor.get()) + " (" + Texts.numberEn(up)
                        + " more)");
            }
        }
        BigDecimal reachable = room.values().stream().reduce(have.add(raised), BigDecimal::add);
        if (need.compareTo(max) > 0 || reachable.compareTo(need) < 0) {
            return new Shortfall(id, number, target.level(), Shortfall.Kind.OTHER, null, null, null, null, citation,
                    headVi + ": không thể đạt, kể cả khi mọi chỉ tiêu đạt tối đa (tối đa còn đạt được "
                            + Texts.number(reachable) + ").",
                    headEn + ": out of reach even with every indicator at its maximum (at most "
                            + Texts.numberEn(reachable) + " can still be reached).");
        }
        BigDecimal least = more.max(raised);
        BigDecimal rest = more.subtract(raised).max(BigDecimal.ZERO);
        StringBuilder vi = new StringBuilder(headVi).append(": thiếu ").append(Texts.number(more)).append(" điểm");
        StringBuilder en = new StringBuilder(headEn).append(": ").append(pointsEn(more))
                .append(" short");
        if (!raisesVi.isEmpty()) {
            vi.append(". Thay đổi nhỏ nhất: thêm ").append(Texts.number(least)).append(" điểm, trong đó chỉ tiêu ")
                    .append(String.join(", ", raisesVi)).append(" để đạt mức sàn");
            en.append(". The smallest change is ").append(pointsEn(least))
                    .append(" in all, of which indicator ").append(String.join(", ", raisesEn))
                    .append(" to reach the floor");
        }
        if (rest.signum() > 0) {
            String roomVi = room.entrySet().stream().map(e -> e.getKey() + " (còn " + Texts.number(e.getValue()) + ")")
                    .reduce((x, y) -> x + ", " + y).orElse("");
            String roomEn = room.entrySet().stream().map(e -> e.getKey() + " (up to " + Texts.numberEn(e.getValue())
                    + ")").reduce((x, y) -> x + ", " + y).orElse("");
            Optional<String> one = room.entrySet().stream().filter(e -> e.getValue().compareTo(rest) >= 0)
                    .map(Map.Entry::getKey).findFirst();
            vi.append(raisesVi.isEmpty() ? ": " : "; còn ").append(Texts.number(rest)).append(" điểm")
                    .append(one.map(n -> " ở một chỉ tiêu (ví dụ " + n + ") hoặc").orElse(""))
                    .append(" chia vào các chỉ tiêu chưa đạt tối đa: ").append(roomVi);
            en.append(raisesEn.isEmpty() ? ": " : "; the other ").append(pointsEn(rest))
                    .append(one.map(n -> " in one indicator (e.g. " + n + ") or").orElse(""))
                    .append(" spread over the indicators below their maximum: ").append(roomEn);
        }
        if (!unscored.isEmpty()) {
            vi.append("; chưa có điểm của chỉ tiêu ").append(String.join(", ", unscored))
                    .append(" (mỗi chỉ tiêu ít nhất ").append(Texts.number(unscoredFloor)).append(")");
            en.append("; indicator ").append(String.join(", ", unscored)).append(" not yet scored (each at least ")
                    .append(Texts.numberEn(unscoredFloor)).append(")");
        }
        Optional<BigDecimal> floor = indicators(criteria).stream().map(i -> floorOf(i, parameters, a))
                .flatMap(Optional::stream).findFirst();
        floor.ifPresent(f -> {
            vi.append("; không chỉ tiêu nào được dưới ").append(Texts.number(f)).append(" điểm");
            en.append("; no indicator may be under ").append(pointsEn(f));
        });
        vi.append('.');
        en.append('.');
        return new Shortfall(id, number, target.level(), Shortfall.Kind.POINTS, null, null, null, null,
                new Shortfall.Points(have, need, max, room), citation, vi.toString(), en.toString());
    }

    /**
     * How many more points each indicator of {@code criteria} can earn, by number, beyond what its floor already
     * requires: up to its maximum from its score or its floor, whichever is higher (its whole maximum while
     * unscored), and within its criterion's cap when the criterion's maximum is below its indicators'.
     */
    private static Map<String, BigDecimal> rooms(List<CriterionResult> criteria,
                                                 List<ParameterDefinition> parameters, Assessment a) {
        Map<String, BigDecimal> room = new LinkedHashMap<>();
        for (CriterionResult c : criteria) {
            BigDecimal left = c.maxPoints() != null && c.points() != null ? c.maxPoints().subtract(c.points()) : null;
            for (IndicatorResult i : c.indicators()) {
                if (i.maxPoints() == null || i.outcome() == Outcome.NOT_APPLICABLE) {
                    continue;
                }
                BigDecimal from = i.points() == null ? BigDecimal.ZERO
                        : floorOf(i, parameters, a).map(i.points()::max).orElse(i.points());
                BigDecimal r = i.maxPoints().subtract(from);
                if (left != null) {
                    r = r.min(left);
                }
                if (r.signum() > 0) {
                    room.put(i.number(), r);
                }
            }
        }
        return room;
    }

    private static List<IndicatorResult> indicators(List<CriterionResult> criteria) {
        return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
    }

    /** The floor an indicator's score is held to: the points parameter its score measurement names, if any. */
    private static Optional<BigDecimal> floorOf(IndicatorResult i, List<ParameterDefinition> parameters,
                                                Assessment a) {
        return i.measurements().stream().map(m -> points(parameters, m.parameterId(), i, a.referenceDate()))
                .flatMap(Optional::stream).findFirst().map(v -> new BigDecimal(v.value()));
    }

    private static Optional<ParameterValue> points(List<ParameterDefinition> parameters, String id,
                                                   IndicatorResult i, LocalDate date) {
        if (id == null) {
            return Optional.empty();
        }
        return parameters.stream().filter(p -> p.id().equals(id) && p.type() == ParameterType.POINTS).findFirst()
                .flatMap(p -> p.valueOn(i.level(), date));
    }

    private static Optional<ParameterValue> value(List<ParameterDefinition> parameters, String id, LevelResult level,
                                                  LocalDate date) {
        return parameters.stream().filter(p -> p.id().equals(id)).findFirst()
                .flatMap(p -> p.valueOn(level.level(), date));
    }

    /** "1 point", "0.5 points", "4 points": a number of points in English, agreeing in number. */
    private static String pointsEn(BigDecimal n) {
        return Texts.numberEn(n) + (n.compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
    }
}
