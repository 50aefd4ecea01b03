package vn.hoctap.model.request;

import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;

/**
 * The wording of TT 25 criterion 4.1 shares, once for the district (its communes) and the province (its districts):
 * the subordinate units counted, and the recognition that counts at each level. Package-private: the input enums
 * expose it through {@link Input}.
 */
final class RecognisedShareText {
    private RecognisedShareText() {
    }

    /** "được công nhận “Cộng đồng học tập” cấp xã mức độ 1 trở lên" for level 1, "... mức độ 2" for level 2. */
    static String attributeVi(AdministrativeTier counted, Level level) {
        return "được công nhận “Cộng đồng học tập” " + counted.nameVi()
                + (level == Level.LEVEL_2 ? " mức độ 2" : " mức độ 1 trở lên");
    }

    static String attributeEn(Level level) {
        return level == Level.LEVEL_2 ? "are recognised as learning communities at level 2"
                : "are recognised as learning communities at level 1 or above";
    }
}
