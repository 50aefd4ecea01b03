package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import vn.hoctap.model.InvalidInputException;

/**
 * A recognition decision already taken ("quyết định công nhận"), as the evaluated subject reports it.
 *
 * @param title          the title recognised
 * @param tier           the tier of the title, e.g. {@link AdministrativeTier#DISTRICT} for "Đơn vị học tập" cấp
 *                       huyện (not the tier of the deciding body: a commune's "Cộng đồng học tập" is decided at
 *                       district level but is a commune-tier title); {@code null} for titles without tiers
 * @param level          the level recognised; {@code null} for titles without levels
 * @param year           the evaluation year it was awarded for ("năm được công nhận")
 * @param decisionDate   date of the decision, if known, not before 31 December of {@code year} (who confirms some titles, e.g. "Công dân học tập", and
 *                       how, is not known to the library); the level-2 waiting period needs it
 * @param decisionNumber number of the decision, e.g. "125/QĐ-UBND", if known
 */
public record Recognition(Title title, AdministrativeTier tier, Level level, Integer year, LocalDate decisionDate,
                          String decisionNumber) {
    public Recognition {
        required(title, "title");
        required(year, "year");
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("year", "năm không hợp lệ (" + year + ") / implausible year (" + year + ")");
        }
        // A year's results are known once the year is over (its data run to 31/12), so no decision can come earlier.
        if (decisionDate != null && decisionDate.isBefore(LocalDate.of(year, 12, 31))) {
            throw new InvalidInputException("decisionDate", "quyết định (" + decisionDate + ") không thể trước khi năm"
                    + " được công nhận (" + year + ") kết thúc / a decision (" + decisionDate + ") cannot precede the"
                    + " end of the year it recognises (" + year + ")");
        }
    }
}
