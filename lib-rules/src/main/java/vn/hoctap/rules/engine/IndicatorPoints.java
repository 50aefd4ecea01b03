package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import vn.hoctap.model.catalogue.ResolvedParameter;

/**
 * What an indicator of a points scheme is worth: its maximum, and the floor below which the level fails whatever the
 * total, if the scheme has one.
 */
record IndicatorPoints(ResolvedParameter max, ResolvedParameter floor) {
    BigDecimal maxValue() {
        return max.points();
    }

    boolean belowFloor(BigDecimal points) {
        return floor != null && points.compareTo(floor.points()) < 0;
    }
}
