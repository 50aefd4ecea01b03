package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import java.time.LocalDate;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.Level;

/**
 * A parameter's value for one level over one period, with the text it comes from.
 *
 * @param level     the level it applies to, or {@code null} for every level
 * @param value     the value as written ("90", "12", "BASIC")
 * @param from      first day it applies
 * @param to        first day it no longer applies, or {@code null}
 * @param citation  where it is stated
 * @param status    how sure the library is of it
 */
public record ParameterValue(Level level, String value, LocalDate from, LocalDate to, Citation citation,
                             Status status) {
    public ParameterValue {
        requiredText(value, "value");
        required(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "phải sau from / must be after from");
        }
        required(citation, "citation");
        required(status, "status");
    }

    /** Whether it applies on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    /** Whether its period overlaps {@code other}'s. */
    public boolean overlaps(ParameterValue other) {
        return (to == null || other.from.isBefore(to)) && (other.to == null || from.isBefore(other.to));
    }
}
