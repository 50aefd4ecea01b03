package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import vn.hoctap.model.InvalidInputException;

/**
 * A recognition decision already taken ("quyết định công nhận"), as the evaluated subject reports it.
 *
 * @param title          the title recognised
 * @param tier           the tier that recognised it, for tiered titles; {@code null} for a person's title
 * @param level          the level recognised; {@code null} for titles without levels
 * @param year           the evaluation year it was awarded for ("năm được công nhận")
 * @param decisionDate   date of the decision
 * @param decisionNumber number of the decision, e.g. "125/QĐ-UBND", if known
 */
public record Recognition(Title title, AdministrativeTier tier, Level level, Integer year, LocalDate decisionDate,
                          String decisionNumber) {
    public Recognition {
        required(title, "title");
        required(year, "year");
        required(decisionDate, "decisionDate");
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", "năm không hợp lệ (" + year + ") / implausible year (" + year + ")");
        }
        if (decisionDate.getYear() < year) {
            throw new InvalidInputException("decisionDate", "quyết định không thể trước năm được công nhận"
                    + " / a decision cannot precede the year it recognises");
        }
    }
}
