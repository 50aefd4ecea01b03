package vn.hoctap.model.catalogue;

import java.math.BigDecimal;
import vn.hoctap.model.subject.Level;

/**
 * The value a parameter has for one level on one date, with where it comes from.
 *
 * @param definition the parameter
 * @param level      the level asked for
 * @param value      the value that applies
 * @param layer      which layer supplied it, e.g. "national"
 */
public record ResolvedParameter(ParameterDefinition definition, Level level, ParameterValue value, String layer) {

    public String id() {
        return definition.id();
    }

    /** The value as a percentage. */
    public BigDecimal percent() {
        expect(ParameterType.PERCENT);
        return new BigDecimal(value.value());
    }

    /** The value as a whole number. */
    public int integer() {
        expect(ParameterType.INTEGER);
        return Integer.parseInt(value.value());
    }

    /** The value as points. */
    public BigDecimal points() {
        expect(ParameterType.POINTS);
        return new BigDecimal(value.value());
    }

    /** The value as a code. */
    public String code() {
        expect(ParameterType.CODE);
        return value.value();
    }

    private void expect(ParameterType type) {
        if (definition.type() != type) {
            throw new IllegalStateException("parameter " + id() + " is " + definition.type() + ", not " + type);
        }
    }
}
