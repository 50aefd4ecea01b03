package vn.hoctap.model.rollup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.text.Agreement;

/** Checks shared by the trees; package-private so the public surface stays the records. */
final class RollUpChecks {
    private RollUpChecks() {
    }

    static void sameYear(List<Integer> years, int year, String list, String field) {
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i) != year) {
                throw new InvalidInputException(list + "[" + i + "]." + field, "năm " + years.get(i)
                        + " khác năm đánh giá " + year + " / year " + years.get(i) + " differs from the evaluation year "
                        + year);
            }
        }
    }

    /** Codes distinct, and exactly the declared ones when some are declared. */
    static void exactly(List<String> codes, List<String> declared, String list, String field, String declaredField) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                throw new InvalidInputException(list + "[" + i + "]." + field, "mã '" + codes.get(i)
                        + "' lặp lại / code '" + codes.get(i) + "' appears twice");
            }
            if (!declared.isEmpty() && !declared.contains(codes.get(i))) {
                throw new InvalidInputException(list + "[" + i + "]." + field, "mã '" + codes.get(i)
                        + "' không có trong " + declaredField + " / code '" + codes.get(i) + "' is not in "
                        + declaredField);
            }
        }
        if (!declared.isEmpty() && codes.size() != declared.size()) {
            List<String> absent = new ArrayList<>(declared);
            absent.removeAll(codes);
            throw new InvalidInputException(list, "thiếu " + absent + " của " + declaredField + " / " + absent
                    + " of " + declaredField + " " + Agreement.en(absent.size(), "is", "are") + " missing");
        }
    }
}
