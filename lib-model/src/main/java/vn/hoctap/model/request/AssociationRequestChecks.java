package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.validatedList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.hoctap.model.Checks;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.JsonPaths;
import vn.hoctap.model.text.Agreement;

/**
 * Validation shared by the requests of the association's titles (household, clan, hamlet, grassroots unit). Kept
 * package-private so that it does not widen the library's public surface.
 */
final class AssociationRequestChecks {
    private AssociationRequestChecks() {
    }

    /** The evaluation year and reference date, as every request checks them. */
    static void yearAndDate(Integer evaluationYear, LocalDate referenceDate) {
        RequestChecks.referenceDate(referenceDate, RequestChecks.evaluationYear(evaluationYear));
    }

    /** Statements keyed by indicator id: keys not blank, values given. */
    static Map<String, Boolean> attestations(Map<String, Boolean> value) {
        if (value == null) {
            return Map.of();
        }
        for (Map.Entry<String, Boolean> e : value.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank()) {
                throw new InvalidInputException("attestations", "mã chỉ tiêu trống / blank indicator id");
            }
            required(e.getValue(), JsonPaths.member("attestations", e.getKey()));
        }
        return Map.copyOf(value);
    }

    /**
     * Evidence keyed by an input's JSON name or by an attested indicator's id; any other key is refused, naming the
     * accepted ones, so that evidence filed under a misspelt name is not silently ignored.
     */
    static Map<String, List<Evidence>> evidence(Map<String, List<Evidence>> value, Predicate<String> isInput,
                                                List<String> inputNames, Map<String, Boolean> attestations) {
        Map<String, List<Evidence>> copy = new LinkedHashMap<>();
        if (value != null) {
            for (Map.Entry<String, List<Evidence>> e : value.entrySet()) {
                if (!isInput.test(e.getKey()) && !attestations.containsKey(e.getKey())) {
                    throw new InvalidInputException(JsonPaths.member("evidence", e.getKey()), "không có đầu vào hay chỉ tiêu được xác"
                            + " nhận tên này; dùng một trong " + inputNames + " hoặc một mã trong attestations"
                            + " / no input or attested indicator has this name; use one of " + inputNames
                            + " or an id in attestations");
                }
                copy.put(e.getKey(), validatedList(e.getValue(), JsonPaths.member("evidence", e.getKey()), x -> x));
            }
        }
        return Map.copyOf(copy);
    }

    /**
     * A clan's or hamlet's households, given either as counts or as one standing each, never both; when the subject
     * lists its households' ids, the standings must be exactly those households and the counts' total their number.
     *
     * @return the standings, copied
     */
    static List<HouseholdStanding> households(TitleCounts counts, List<HouseholdStanding> standings,
                                              List<String> declaredIds, String declaredField) {
        List<HouseholdStanding> copy = validatedList(standings, "households", h -> h);
        Checks.unique(copy, HouseholdStanding::householdId, "households", "householdId", "household id");
        if (counts != null && !copy.isEmpty()) {
            throw new InvalidInputException("households",
                    "chỉ cho một trong hai: householdCounts hoặc households / give householdCounts or households, not both");
        }
        if (declaredIds.isEmpty()) {
            return copy;
        }
        if (counts != null && counts.total() != declaredIds.size()) {
            throw new InvalidInputException("householdCounts.total", "(" + counts.total() + ") khác số hộ trong "
                    + declaredField + " (" + declaredIds.size() + ") / (" + counts.total() + ") differs from the "
                    + Agreement.countEn(declaredIds.size(), "household", "households") + " in " + declaredField);
        }
        if (!copy.isEmpty()) {
            Set<String> declared = new HashSet<>(declaredIds);
            for (int i = 0; i < copy.size(); i++) {
                if (!declared.contains(copy.get(i).householdId())) {
                    throw new InvalidInputException("households[" + i + "].householdId", "không có trong " + declaredField
                            + " / not in " + declaredField);
                }
            }
            if (copy.size() != declaredIds.size()) {
                List<String> absent = new ArrayList<>(declaredIds);
                copy.forEach(h -> absent.remove(h.householdId()));
                throw new InvalidInputException("households", "thiếu hộ " + absent + " của " + declaredField
                        + " / " + Agreement.en(absent.size(), "household ", "households ") + absent + " of "
                        + declaredField + " " + Agreement.en(absent.size(), "is", "are") + " missing");
            }
        }
        return copy;
    }

    /**
     * How many of the households hold "Gia đình học tập", from the counts or the standings; {@code null} when neither
     * is given or some standing is unknown ({@link #householdsMissing}).
     */
    static TitleCounts householdTally(TitleCounts counts, List<HouseholdStanding> standings) {
        if (counts != null) {
            return counts;
        }
        if (standings.isEmpty()) {
            return null;
        }
        int holding = 0;
        for (HouseholdStanding h : standings) {
            if (h.learningFamily() == null) {
                return new TitleCounts(standings.size(), null);
            }
            holding += h.learningFamily() ? 1 : 0;
        }
        return new TitleCounts(standings.size(), holding);
    }

    /** JSON paths that would tell how many households hold the title, when {@link #householdTally} cannot. */
    static List<String> householdsMissing(TitleCounts counts, List<HouseholdStanding> standings) {
        if (counts != null) {
            return counts.holding() == null ? List.of("$.householdCounts.holding") : List.of();
        }
        if (standings.isEmpty()) {
            return List.of("$.households");
        }
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < standings.size(); i++) {
            if (standings.get(i).learningFamily() == null) {
                paths.add("$.households[" + i + "].learningFamily");
            }
        }
        return paths;
    }
}
