package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import java.time.LocalDate;
import vn.hoctap.model.InvalidInputException;

/**
 * An administrative unit (province, district or commune) with its official code and the dates between which it
 * existed under that code. Mergers end one unit and start another, so the same place can have several records.
 *
 * @param code       the official code (mã đơn vị hành chính)
 * @param name       official name, e.g. "Xã Tân Lập"
 * @param tier       its tier
 * @param parentCode code of the unit it belongs to, or {@code null} for a province
 * @param validFrom  first day it existed under this code, or {@code null} if unknown
 * @param validTo    first day it no longer existed, or {@code null} if it still exists; a district's is at the latest
 *                   the day the district tier was abolished, and is set to that day when not given
 */
public record AdministrativeUnit(String code, String name, AdministrativeTier tier, String parentCode,
                                 LocalDate validFrom, LocalDate validTo) {
    public AdministrativeUnit {
        requiredText(code, "code");
        requiredText(name, "name");
        required(tier, "tier");
        if (tier == AdministrativeTier.HAMLET) {
            throw new InvalidInputException("tier", "thôn, tổ dân phố không phải đơn vị hành chính / a hamlet is not an"
                    + " administrative unit");
        }
        if (tier != AdministrativeTier.PROVINCE && (parentCode == null || parentCode.isBlank())) {
            throw new InvalidInputException("parentCode", "bắt buộc với đơn vị dưới cấp tỉnh / required below province level");
        }
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            throw new InvalidInputException("validTo", "phải sau validFrom / must be after validFrom");
        }
        LocalDate abolished = tier.abolishedOn().orElse(null);
        if (abolished != null && validTo != null && validTo.isAfter(abolished)) {
            throw new InvalidInputException("validTo", "không thể sau ngày bãi bỏ " + tier.nameVi() + " (" + abolished
                    + ") / cannot be after the " + tier.nameEn() + " tier was abolished (" + abolished + ")");
        }
        if (abolished != null && validTo == null) {
            validTo = abolished;
        }
    }

    /** Whether the unit existed under this code on {@code date}. */
    public boolean existsOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || date.isBefore(validTo));
    }
}
