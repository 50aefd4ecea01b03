package vn.hoctap.rules.engine;

/**
 * The province under evaluation for "Cộng đồng học tập" cấp tỉnh, as rules see it when deciding applicability, e.g.
 * {@code ProvinceProfile( withoutUniversity )}. One instance per evaluation.
 */
public final class ProvinceProfile {
    private final boolean withoutUniversity;

    /** @param provincialUniversity the request's statement: {@code false} when the province runs no university */
    public ProvinceProfile(Boolean provincialUniversity) {
        this.withoutUniversity = Boolean.FALSE.equals(provincialUniversity);
    }

    /**
     * Whether the request states that no university is run by the province ("trường đại học trực thuộc tỉnh",
     * TT 25 Art. 16.3.a); not stating it is not the same, and leaves the indicator judged as written.
     */
    public boolean isWithoutUniversity() {
        return withoutUniversity;
    }

    @Override
    public String toString() {
        return "ProvinceProfile[withoutUniversity=" + withoutUniversity + "]";
    }
}
