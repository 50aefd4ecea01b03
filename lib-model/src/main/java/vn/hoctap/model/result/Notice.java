package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.required;

/**
 * Something the reader of an assessment must know beyond the criteria: that a tier no longer exists, that a number
 * is only probable, that level 2 cannot be asked for yet.
 *
 * @param code     a stable code, e.g. {@code DISTRICT_TIER_ABOLISHED}
 * @param severity how much it matters
 * @param textVi   the notice in Vietnamese
 * @param textEn   in English
 */
public record Notice(String code, Severity severity, String textVi, String textEn) {
    /** How much a notice matters. */
    public enum Severity {
        INFO, WARNING
    }

    public Notice {
        required(code, "code");
        required(severity, "severity");
        required(textVi, "textVi");
        required(textEn, "textEn");
    }
}
