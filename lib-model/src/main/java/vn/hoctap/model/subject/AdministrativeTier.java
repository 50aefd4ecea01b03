package vn.hoctap.model.subject;

import java.time.LocalDate;
import java.util.Optional;
import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * Tiers of local government ("cấp hành chính"). The district tier ("cấp huyện") was abolished on 01/07/2025 when
 * Vietnam moved to two-tier local government; rules and authorities that name it stop being applicable then.
 */
public enum AdministrativeTier implements Bilingual {
    COMMUNE("cấp xã", "commune level", null),
    DISTRICT("cấp huyện", "district level", LocalDate.of(2025, 7, 1)),
    PROVINCE("cấp tỉnh", "province level", null),
    /**
     * Below the commune: a hamlet, village or residential group ("thôn, bản, ấp, tổ dân phố"). It is a self-governing
     * community, not a tier of local government, and no {@link AdministrativeUnit} has it; it exists here only as the
     * level of a title, "Cộng đồng học tập" cấp thôn ({@link HamletCommunity}), which must not be confused with the
     * commune's "Cộng đồng học tập" of TT 25/2023.
     */
    HAMLET("cấp thôn", "hamlet level", null);

    private final Names names;
    private final LocalDate abolishedOn;

    AdministrativeTier(String nameVi, String nameEn, LocalDate abolishedOn) {
        this.names = new Names(nameVi, nameEn);
        this.abolishedOn = abolishedOn;
    }

    @Override
    public Names names() {
        return names;
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
