package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.requiredText;

/**
 * A piece of evidence ("minh chứng") for one input: a plan, a decision, a list, a certificate. TT 24 Art. 9.3 and
 * 15.3 judge an indicator without suitable evidence as not met; the library checks that evidence is given, the
 * evaluation council judges whether it is suitable.
 *
 * @param reference   what identifies it, e.g. "Kế hoạch số 12/KH-UBND ngày 10/01/2024"
 * @param description optional free text
 */
public record Evidence(String reference, String description) {
    public Evidence {
        requiredText(reference, "reference");
    }

    public static Evidence of(String reference) {
        return new Evidence(reference, null);
    }
}
