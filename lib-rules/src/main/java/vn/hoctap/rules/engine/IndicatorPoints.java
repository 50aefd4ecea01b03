package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.rules.engine.text.Texts;

/**
 * What an indicator of a points scheme is worth for one evaluation call: its maximum, and the floor below which the
 * level fails whatever the total, if the scheme has one. The engine makes one per indicator, level and date per call
 * and every check of every subject reads it, so the numbers are parsed and formatted once here, and the measurement
 * of each distinct score is built once and shared (a commune's people share a handful of scores). Not thread-safe:
 * a call's rules fire on the calling thread.
 */
final class IndicatorPoints {
    private final ResolvedParameter max;
    private final ResolvedParameter floor;
    private final BigDecimal maxValue;
    private final BigDecimal floorValue;
    private final String maxText;
    private final String floorText;
    private final String maxTextVi;
    private final String floorTextVi;
    private final String threshold;
    private final Map<Input, Map<BigDecimal, Measurement>> measurements = new HashMap<>();

    private IndicatorPoints(ResolvedParameter max, ResolvedParameter floor) {
        this.max = max;
        this.floor = floor;
        this.maxValue = max.points();
        this.floorValue = floor == null ? null : floor.points();
        this.maxText = Texts.numberEn(maxValue);
        this.floorText = floorValue == null ? null : Texts.numberEn(floorValue);
        this.maxTextVi = Texts.number(maxValue);
        this.floorTextVi = floorValue == null ? null : Texts.number(floorValue);
        this.threshold = floorText == null ? "≤ " + maxText : floorText + "–" + maxText;
    }

    static IndicatorPoints of(ResolvedParameter max, ResolvedParameter floor) {
        return new IndicatorPoints(max, floor);
    }

    ResolvedParameter max() {
        return max;
    }

    /** The floor, or {@code null} without one. */
    ResolvedParameter floor() {
        return floor;
    }

    BigDecimal maxValue() {
        return maxValue;
    }

    /** The maximum as English writes it ("10", "7.5"). */
    String maxText() {
        return maxText;
    }

    /** The floor likewise, or {@code null} without a floor. */
    String floorText() {
        return floorText;
    }

    /** The maximum as Vietnamese writes it ("10", "7,5"). */
    String maxTextVi() {
        return maxTextVi;
    }

    /** The floor likewise, or {@code null} without a floor. */
    String floorTextVi() {
        return floorTextVi;
    }

    /** The range a score must fall in, as a measurement shows it ("5–10", or "≤ 10" without a floor). */
    String threshold() {
        return threshold;
    }

    boolean belowFloor(BigDecimal points) {
        return floorValue != null && points.compareTo(floorValue) < 0;
    }

    /**
     * The measurement of {@code score} on {@code input}, built by {@code build} the first time (scores are compared
     * with {@link BigDecimal#equals}, so 8 and 8.0 are measured apart, as their points are reported apart).
     */
    Measurement measurement(Input input, BigDecimal score, Supplier<Measurement> build) {
        return measurements.computeIfAbsent(input, k -> new HashMap<>()).computeIfAbsent(score, k -> build.get());
    }
}
