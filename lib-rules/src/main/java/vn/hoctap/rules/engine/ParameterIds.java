package vn.hoctap.rules.engine;

/**
 * The id of a parameter named after what it belongs to, e.g. {@code CDHT.PASS_MARK} for the scheme {@code CDHT}: made
 * once per owner and kept, so that looking a parameter up for every person of a commune does not build and hash a new
 * string each time (JFR showed {@code String.hashCode} of freshly joined ids among the hottest methods).
 */
final class ParameterIds {
    private static final int BOUND = 100_000;
    private static final BoundedMemo<String, String> MAX_POINTS = new BoundedMemo<>(BOUND);
    private static final BoundedMemo<String, String> MIN_POINTS = new BoundedMemo<>(BOUND);
    private static final BoundedMemo<String, String> PASS_MARK = new BoundedMemo<>(BOUND);

    private ParameterIds() {
    }

    /** {@code <owner>.MAX_POINTS}: the most an indicator or criterion may earn. */
    static String maxPoints(String owner) {
        return MAX_POINTS.get(owner, o -> o + ".MAX_POINTS");
    }

    /** {@code <owner>.MIN_POINTS}: the least an indicator or criterion must earn. */
    static String minPoints(String owner) {
        return MIN_POINTS.get(owner, o -> o + ".MIN_POINTS");
    }

    /** {@code <scheme>.PASS_MARK}: the least total a level needs. */
    static String passMark(String scheme) {
        return PASS_MARK.get(scheme, o -> o + ".PASS_MARK");
    }
}
