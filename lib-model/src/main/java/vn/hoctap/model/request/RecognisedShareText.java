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

    /** The units counted, as a share's sentence names them: "xã", "huyện". */
    static String populationVi(AdministrativeTier counted) {
        return counted == AdministrativeTier.COMMUNE ? "xã" : "huyện";
    }

    /** The same in English: "communes", "districts". */
    static String populationEn(AdministrativeTier counted) {
        return counted == AdministrativeTier.COMMUNE ? "communes" : "districts";
    }

    /** The input's description: "xã được công nhận “Cộng đồng học tập” cấp xã mức độ 1 trở lên". */
    static String descriptionVi(AdministrativeTier counted, Level level) {
        return populationVi(counted) + " " + attributeVi(counted, level);
    }

    /** The same in English: "communes recognised as learning communities at level 1 or above". */
    static String descriptionEn(AdministrativeTier counted, Level level) {
        return populationEn(counted) + " " + recognisedEn(level);
    }

    /** "được công nhận “Cộng đồng học tập” cấp xã mức độ 1 trở lên" for level 1, "... mức độ 2" for level 2. */
    static String attributeVi(AdministrativeTier counted, Level level) {
        return "được công nhận “Cộng đồng học tập” " + counted.nameVi()
                + (level == Level.LEVEL_2 ? " mức độ 2" : " mức độ 1 trở lên");
    }

    static String attributeEn(Level level) {
        return "are " + recognisedEn(level);
    }

    private static String recognisedEn(Level level) {
        return level == Level.LEVEL_2 ? "recognised as learning communities at level 2"
                : "recognised as learning communities at level 1 or above";
    }
}
