package vn.hoctap.model.catalogue;

/** What a parameter's value is. */
public enum ParameterType {
    /** A percentage from 0 to 100, compared exactly (no floating point). */
    PERCENT,
    /** A whole number (months, years, counts). */
    INTEGER,
    /** A code from a closed list, e.g. a {@code DigitalMaturity} level. */
    CODE,
    /** Points in a points scheme: a non-negative decimal such as 10 or 7.5, compared exactly. */
    POINTS
}
