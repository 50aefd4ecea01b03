package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.validatedList;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.JsonPaths;
import vn.hoctap.model.subject.Person;

/** Validation every request shares (year, reference date, evidence); package-private on purpose. */
final class RequestChecks {
    private RequestChecks() {
    }

    /** The evaluation year, required and plausible. */
    static int evaluationYear(Integer year) {
        required(year, "evaluationYear");
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("evaluationYear",
                    "năm không hợp lệ (" + year + ") / implausible year (" + year + ")");
        }
        return year;
    }

    /** A reference date, if given, cannot fall before the evaluation year. */
    static void referenceDate(LocalDate date, int evaluationYear) {
        if (date != null && date.getYear() < evaluationYear) {
            throw new InvalidInputException("referenceDate",
                    "không thể trước năm đánh giá / cannot precede the evaluation year");
        }
    }

    /** A person evaluated for a year cannot be born after it: every age in that year would be negative. */
    static void bornBy(Person person, int evaluationYear, String field) {
        if (person != null && person.birthYear() != null && person.birthYear() > evaluationYear) {
            throw new InvalidInputException(field, "năm sinh (" + person.birthYear() + ") sau năm đánh giá ("
                    + evaluationYear + ") / the year of birth (" + person.birthYear() + ") is after the evaluation year ("
                    + evaluationYear + ")");
        }
    }

    /**
     * Copies an evidence map, refusing a key that names no input ({@code evidence.<key>}) and a null piece of
     * evidence ({@code evidence.<key>[i]}).
     */
    static Map<String, List<Evidence>> evidence(Map<String, List<Evidence>> evidence,
                                                Function<String, Optional<?>> input, List<String> names) {
        Map<String, List<Evidence>> copy = new LinkedHashMap<>();
        if (evidence != null) {
            for (Map.Entry<String, List<Evidence>> e : evidence.entrySet()) {
                if (input.apply(e.getKey()).isEmpty()) {
                    throw new InvalidInputException(JsonPaths.member("evidence", e.getKey()), "không có đầu vào tên này; dùng một trong "
                            + names + " / no input has this name; use one of " + names);
                }
                copy.put(e.getKey(), validatedList(e.getValue(), JsonPaths.member("evidence", e.getKey()), x -> x));
            }
        }
        return Map.copyOf(copy);
    }
}
