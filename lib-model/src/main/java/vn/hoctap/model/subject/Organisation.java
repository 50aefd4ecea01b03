package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import vn.hoctap.model.InvalidInputException;

/**
 * An organisation evaluated for "Đơn vị học tập": an agency, school, enterprise, armed-forces unit, mass
 * organisation or commune People's Committee.
 *
 * @param id                     the caller's stable identifier
 * @param name                   official name, e.g. "Trường THPT Nguyễn Du"
 * @param kind                   what sort of organisation it is
 * @param ownership              public or not; required for educational institutions, whose public status
 *                               decides several indicators; {@code null} elsewhere means "not stated"
 * @param topSchoolLevel         for a general-education school, its top grade level; {@code null} otherwise
 * @param tier                   the level at which it is evaluated: {@link AdministrativeTier#DISTRICT} ("Đơn vị
 *                               cấp huyện", TT 24 Art. 2.3) or {@link AdministrativeTier#PROVINCE} (Art. 2.4)
 * @param administrativeUnitCode code of the commune, district or province it belongs to, if known
 */
public record Organisation(String id, String name, OrganisationKind kind, Ownership ownership,
                           SchoolLevel topSchoolLevel, AdministrativeTier tier, String administrativeUnitCode) {
    public Organisation {
        requiredText(id, "id");
        requiredText(name, "name");
        required(kind, "kind");
        required(tier, "tier");
        if (tier == AdministrativeTier.COMMUNE || tier == AdministrativeTier.HAMLET) {
            throw new InvalidInputException("tier", "“Đơn vị học tập” chỉ đánh giá ở cấp huyện hoặc cấp tỉnh (TT 24 Điều 1)"
                    + " / units are evaluated at DISTRICT or PROVINCE level (TT 24 Art. 1)");
        }
        if (kind.isEducationInstitution() && ownership == null) {
            throw new InvalidInputException("ownership", "bắt buộc với cơ sở giáo dục (PUBLIC hoặc PRIVATE)"
                    + " / required for an educational institution (PUBLIC or PRIVATE)");
        }
        if (kind == OrganisationKind.GENERAL_SCHOOL && topSchoolLevel == null) {
            throw new InvalidInputException("topSchoolLevel", "bắt buộc với trường phổ thông / required for a general-education school");
        }
        if (kind != OrganisationKind.GENERAL_SCHOOL && topSchoolLevel != null) {
            throw new InvalidInputException("topSchoolLevel", "chỉ dùng cho trường phổ thông / only for a general-education school");
        }
        if (kind == OrganisationKind.COMMUNE_PEOPLES_COMMITTEE && tier != AdministrativeTier.DISTRICT) {
            throw new InvalidInputException("tier", "UBND cấp xã là Đơn vị cấp huyện (TT 24 Điều 2 khoản 3)"
                    + " / a commune People's Committee is a district-level unit (TT 24 Art. 2.3)");
        }
        if (tier == AdministrativeTier.DISTRICT && (kind == OrganisationKind.HIGHER_EDUCATION_INSTITUTION
                || kind == OrganisationKind.GENERAL_SCHOOL && topSchoolLevel == SchoolLevel.UPPER_SECONDARY)) {
            throw new InvalidInputException("tier", "cơ sở giáo dục này đánh giá ở cấp tỉnh (TT 24 Điều 2 khoản 2)"
                    + " / this institution is evaluated at province level (TT 24 Art. 2.2)");
        }
    }

    /** Whether the organisation is public ("công lập"); kinds that are public by nature count as public. */
    public boolean isPublic() {
        return switch (kind) {
            case STATE_AGENCY, PUBLIC_SERVICE_UNIT, COMMUNE_PEOPLES_COMMITTEE, ARMED_FORCES_UNIT -> true;
            default -> ownership == Ownership.PUBLIC;
        };
    }
}
