package vn.hoctap.model.request;

import java.util.List;
import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * The four standards of Nghị định 20/2014/NĐ-CP that criterion 4 of "Cộng đồng học tập" cấp xã reads
 * (TT 25/2023/TT-BGDĐT Art. 6.4, 7.4), each with the steps a commune can be recognised at.
 */
public enum UniversalEducationStandard implements Bilingual {
    /** Phổ cập giáo dục mầm non cho trẻ em 5 tuổi (NĐ 20 Art. 6): met or not. */
    PRESCHOOL_5("preschool5", "phổ cập giáo dục mầm non cho trẻ em 5 tuổi",
            "universal preschool education for 5-year-olds",
            List.of(UniversalEducationLevel.NOT_MET, UniversalEducationLevel.MET)),
    /** Phổ cập giáo dục tiểu học (NĐ 20 Art. 9-11): levels 1 to 3. */
    PRIMARY("primary", "phổ cập giáo dục tiểu học", "universal primary education",
            List.of(UniversalEducationLevel.NOT_MET, UniversalEducationLevel.LEVEL_1, UniversalEducationLevel.LEVEL_2,
                    UniversalEducationLevel.LEVEL_3)),
    /** Phổ cập giáo dục trung học cơ sở (NĐ 20 Art. 14-16): levels 1 to 3. */
    LOWER_SECONDARY("lowerSecondary", "phổ cập giáo dục trung học cơ sở", "universal lower-secondary education",
            List.of(UniversalEducationLevel.NOT_MET, UniversalEducationLevel.LEVEL_1, UniversalEducationLevel.LEVEL_2,
                    UniversalEducationLevel.LEVEL_3)),
    /** Xóa mù chữ (NĐ 20 Art. 20-21): levels 1 and 2. */
    LITERACY("literacy", "xóa mù chữ", "literacy",
            List.of(UniversalEducationLevel.NOT_MET, UniversalEducationLevel.LEVEL_1, UniversalEducationLevel.LEVEL_2));

    private final String jsonName;
    private final Names names;
    private final List<UniversalEducationLevel> scale;

    UniversalEducationStandard(String jsonName, String nameVi, String nameEn, List<UniversalEducationLevel> scale) {
        this.jsonName = jsonName;
        this.names = new Names(nameVi, nameEn);
        this.scale = scale;
    }

    @Override
    public Names names() {
        return names;
    }

    /** The field naming this standard under {@code universalEducation.recognised} and {@code .figures}. */
    public String jsonName() {
        return jsonName;
    }

    /** The steps a commune can be recognised at, lowest ({@link UniversalEducationLevel#NOT_MET}) first. */
    public List<UniversalEducationLevel> scale() {
        return scale;
    }

    /** Whether {@code level} is a step of this standard (literacy has no level 3, preschool no levels at all). */
    public boolean has(UniversalEducationLevel level) {
        return scale.contains(level);
    }
}
