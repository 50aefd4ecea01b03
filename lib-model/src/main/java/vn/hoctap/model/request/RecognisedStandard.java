package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import vn.hoctap.model.InvalidInputException;

/**
 * A commune's recognised status on one standard of NĐ 20/2014/NĐ-CP, as decided by the competent body (the district
 * People's Committee, NĐ 20 Art. 25.1, until 30/06/2025).
 *
 * <p>A decision number counts as one piece of evidence ("minh chứng") for the status; other evidence goes into the
 * request's {@code evidence} map under {@code universalEducation.recognised.<standard>}.
 *
 * @param status         the step recognised, on the standard's scale ({@link UniversalEducationStandard#scale()});
 *                       {@link UniversalEducationLevel#NOT_MET} when the commune is not recognised
 * @param decisionNumber number of the recognising decision, e.g. "215/QĐ-UBND", or {@code null}
 * @param decisionDate   date of that decision, or {@code null}
 */
public record RecognisedStandard(UniversalEducationLevel status, String decisionNumber, LocalDate decisionDate) {
    public RecognisedStandard {
        required(status, "status");
        if (decisionNumber != null && decisionNumber.isBlank()) {
            throw new InvalidInputException("decisionNumber", "không được để trống; bỏ trường nếu không có / must not be"
                    + " blank; leave the field out instead");
        }
    }

    /** A status without its decision. */
    public static RecognisedStandard of(UniversalEducationLevel status) {
        return new RecognisedStandard(status, null, null);
    }
}
