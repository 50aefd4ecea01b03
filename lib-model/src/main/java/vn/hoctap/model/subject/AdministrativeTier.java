package vn.hoctap.model.subject;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Tiers of local government ("cấp hành chính"). The district tier ("cấp huyện") was abolished on 01/07/2025 when
 * Vietnam moved to two-tier local government; rules and authorities that name it stop being applicable then.
 */
public enum AdministrativeTier {
    COMMUNE("cấp xã", "commune level", null),
    DISTRICT("cấp huyện", "district level", LocalDate.of(2025, 7, 1)),
    PROVINCE("cấp tỉnh", "province level", null);

    private final String nameVi;
    private final String nameEn;
    private final LocalDate abolishedOn;

    AdministrativeTier(String nameVi, String nameEn, LocalDate abolishedOn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.abolishedOn = abolishedOn;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The first day on which this tier no longer exists, if it has been abolished. */
    public Optional<LocalDate> abolishedOn() {
        return Optional.ofNullable(abolishedOn);
    }

    /** Whether the tier exists on {@code date}. */
    public boolean existsOn(LocalDate date) {
        return abolishedOn == null || date.isBefore(abolishedOn);
    }
}
