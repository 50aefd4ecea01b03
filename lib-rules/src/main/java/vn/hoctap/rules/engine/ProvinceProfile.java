package vn.hoctap.rules.engine;

/**
 * The province under evaluation for "Cộng đồng học tập" cấp tỉnh, as rules see it when deciding applicability, e.g.
 * {@code ProvinceProfile( withoutUniversity )}. One instance per evaluation.
 */
public final class ProvinceProfile {
    private final boolean withoutUniversity;
    private final boolean districtsExist;

    /**
     * @param provincialUniversity the request's statement: {@code false} when the province runs no university
     * @param districtsExist       whether the district tier existed through the evaluation year and on the reference
     *                             date (not from 2025, criteria.md §9): TT 25 criterion 4.1 counts districts
     */
    public ProvinceProfile(Boolean provincialUniversity, boolean districtsExist) {
        this.withoutUniversity = Boolean.FALSE.equals(provincialUniversity);
        this.districtsExist = districtsExist;
    }

    /** Whether there are districts to count for the evaluation year (TT 25 Art. 16.4.a, 17.4.a). */
    public boolean isDistrictsExist() {
        return districtsExist;
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
        return "ProvinceProfile[withoutUniversity=" + withoutUniversity + ", districtsExist=" + districtsExist + "]";
    }
}
