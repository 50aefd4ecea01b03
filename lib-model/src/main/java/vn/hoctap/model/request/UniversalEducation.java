package vn.hoctap.model.request;

import vn.hoctap.model.InvalidInputException;

/**
 * What criterion 4 of "Cộng đồng học tập" cấp xã (TT 25/2023/TT-BGDĐT Art. 6.4, 7.4) is judged on: either the
 * commune's status as recognised under Nghị định 20/2014/NĐ-CP, or the raw figures from which the library computes
 * it and explains how. Not both: two sources that could disagree would leave the result ambiguous.
 *
 * @param recognised the recognised status, or {@code null}
 * @param figures    the raw figures, or {@code null}
 */
public record UniversalEducation(RecognisedUniversalEducation recognised, UniversalEducationFigures figures) {
    public UniversalEducation {
        if (recognised != null && figures != null) {
            throw new InvalidInputException("figures", "chỉ cho một trong hai: recognised (kết quả đã được công nhận)"
                    + " hoặc figures (số liệu) / give recognised (the recognised status) or figures (the raw figures),"
                    + " not both");
        }
    }

    /** Judged on the recognised status. */
    public static UniversalEducation recognised(RecognisedUniversalEducation status) {
        return new UniversalEducation(status, null);
    }

    /** Judged on raw figures. */
    public static UniversalEducation fromFigures(UniversalEducationFigures figures) {
        return new UniversalEducation(null, figures);
    }
}
