package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.required;

import java.math.BigDecimal;

/**
 * One requirement of an indicator measured against the request: a share against a minimum, a level against a
 * required level, or a statement with its evidence. Most indicators have one; some have two (TT 24 Art. 6.3.a
 * counts members and, for schools, learners).
 *
 * @param input       the input read, by its JSON name (e.g. {@code members.learningCitizen})
 * @param outcome     the outcome of this requirement
 * @param reason      why
 * @param observed    what the request gives, as shown to people ("47/52 (90,38 %)", "có", "BASIC"), or null
 * @param threshold   what is required ("≥ 90 %", "BASIC"), or null for a plain statement
 * @param numerator   for shares, how many people have the attribute
 * @param denominator for shares, out of how many
 * @param percent     for shares, numerator / denominator × 100, rounded to 2 decimals for display only
 * @param parameterId the parameter the threshold came from, or null
 * @param parameterLayer the layer that supplied the parameter ("national", a province), or null
 * @param evidenceCount how many pieces of evidence the request gives for the input
 * @param textVi      one sentence in Vietnamese
 * @param textEn      the same in English
 */
public record Measurement(String input, Outcome outcome, Reason reason, String observed, String threshold,
                          Integer numerator, Integer denominator, BigDecimal percent, String parameterId,
                          String parameterLayer, int evidenceCount, String textVi, String textEn) {
    public Measurement {
        required(input, "input");
        required(outcome, "outcome");
        required(reason, "reason");
        required(textVi, "textVi");
        required(textEn, "textEn");
    }
}
