package vn.hoctap.model.request;

import vn.hoctap.model.Names;

/**
 * How far a commune has reached one standard of Nghị định 20/2014/NĐ-CP (phổ cập giáo dục, xóa mù chữ). The
 * preschool standard for 5-year-olds (Art. 6) is met or not; universal primary (Art. 9-11) and lower-secondary
 * (Art. 14-16) education have levels 1 to 3, literacy (Art. 20-21) levels 1 and 2. Each standard uses the steps its
 * {@link UniversalEducationStandard#scale()} lists; positions are compared only within one standard's scale.
 */
public enum UniversalEducationLevel implements ScaleLevel {
    /** Not recognised: the standard is not reached (at any level). */
    NOT_MET("chưa đạt chuẩn", "standard not reached"),
    /** The preschool standard, which has no levels, is reached. */
    MET("đạt chuẩn", "standard reached"),
    LEVEL_1("mức độ 1", "level 1"),
    LEVEL_2("mức độ 2", "level 2"),
    LEVEL_3("mức độ 3", "level 3");

    private final Names names;

    UniversalEducationLevel(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
