package vn.hoctap.model;

import static vn.hoctap.model.Checks.requiredText;

/**
 * A name in Vietnamese, as officials write it, with its English rendering beside it.
 *
 * @param vi the Vietnamese name, e.g. "mức độ 1"
 * @param en the English name, e.g. "level 1"
 */
public record Names(String vi, String en) {
    public Names {
        requiredText(vi, "vi");
        requiredText(en, "en");
    }
}
