package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;
import static vn.hoctap.model.Checks.unique;
import static vn.hoctap.model.Checks.validatedList;

import java.util.List;
import vn.hoctap.model.InvalidInputException;

/**
 * Validation shared by the subject records (persons, households, clans, communities). Kept package-private so that
 * it does not widen the library's public surface; the general helpers live in {@link vn.hoctap.model.Checks}.
 */
final class SubjectChecks {
    private SubjectChecks() {
    }

    /**
     * Copies a subject's recognitions, refusing any of another title: a household holding "Công dân học tập" is a
     * data-entry error that would otherwise be counted silently by a later rule.
     */
    static List<Recognition> recognitions(List<Recognition> value, Title title) {
        List<Recognition> copy = validatedList(value, "recognitions", r -> r);
        for (int i = 0; i < copy.size(); i++) {
            Title held = copy.get(i).title();
            if (held != title) {
                throw new InvalidInputException("recognitions[" + i + "].title", "chỉ nhận danh hiệu “" + title.nameVi()
                        + "”, không phải “" + held.nameVi() + "” / only " + title + " applies here, not " + held);
            }
        }
        return copy;
    }

    /** Copies a list of identifiers or codes, each non-blank and none repeated; errors name {@code field[i]}. */
    static List<String> uniqueIds(List<String> value, String field) {
        List<String> copy = validatedList(value, field, s -> requiredText(s, "$"));
        unique(copy, id -> id, field, null, "id");
        return copy;
    }

    /** Requires {@code unit} to be of {@code tier}; errors name {@code unit} or {@code unit.tier}. */
    static AdministrativeUnit unitOfTier(AdministrativeUnit unit, AdministrativeTier tier) {
        required(unit, "unit");
        if (unit.tier() != tier) {
            throw new InvalidInputException("unit.tier", "phải là " + tier.nameVi() + ", không phải "
                    + unit.tier().nameVi() + " / must be " + tier + ", not " + unit.tier());
        }
        return unit;
    }
}
