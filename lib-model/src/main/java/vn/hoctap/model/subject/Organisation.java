package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.hoctap.model.InvalidInputException;

/**
 * An organisation evaluated for "Đơn vị học tập": an agency, school, enterprise, armed-forces unit, mass
 * organisation or commune People's Committee.
 *
 * <p>An educational institution may be of several kinds at once: a "Trung tâm Giáo dục nghề nghiệp – Giáo dục
 * thường xuyên" is a vocational institution and a continuing-education centre, and TT 24 applies the indicators of
 * each (at province level Art. 12.3.d and 12.3.e). {@code kind} is then the primary kind and
 * {@code additionalKinds} the others. Only educational kinds combine, and only with each other: the other kinds
 * are each a legal form of their own (TT 24 Art. 2.3, 2.4 list them as separate units), so a commune People's
 * Committee, a state agency or an enterprise is never also a school. Further refused: a combination with
 * {@link OrganisationKind#OTHER_EDUCATION_INSTITUTION} (it means none of the named educational kinds), and a
 * higher-education institution that is also a general school or a continuing-education centre (their
 * digital-transformation indicators read two frameworks, QĐ 4740 and QĐ 4725, and a request carries one level).
 * The unit has one {@code ownership}, whatever its kinds: public status is the unit's (Art. 6.1.c speaks of the
 * "đơn vị").
 *
 * @param id                     the caller's stable identifier
 * @param name                   official name, e.g. "Trường THPT Nguyễn Du"
 * @param kind                   what sort of organisation it is; for a unit of several kinds, its primary kind
 * @param additionalKinds        the other kinds of an educational institution that is of several at once, e.g.
 *                               VOCATIONAL_INSTITUTION beside CONTINUING_EDUCATION_CENTRE for a "Trung tâm GDNN-GDTX";
 *                               each at most once and never {@code kind} again; empty or left out for a unit of one kind
 * @param ownership              public or not; required for educational institutions, whose public status
 *                               decides several indicators; {@code null} elsewhere means "not stated"
 * @param topSchoolLevel         for a general-education school, its top grade level; {@code null} otherwise
 * @param tier                   the level at which it is evaluated: {@link AdministrativeTier#DISTRICT} ("Đơn vị
 *                               cấp huyện", TT 24 Art. 2.3) or {@link AdministrativeTier#PROVINCE} (Art. 2.4)
 * @param administrativeUnitCode code of the commune, district or province it belongs to, if known
 */
public record Organisation(String id, String name, OrganisationKind kind,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<OrganisationKind> additionalKinds,
                           Ownership ownership, SchoolLevel topSchoolLevel, AdministrativeTier tier,
                           String administrativeUnitCode) {
    public Organisation {
        requiredText(id, "id");
        requiredText(name, "name");
        required(kind, "kind");
        additionalKinds = additionalKinds(kind, additionalKinds);
        required(tier, "tier");
        if (tier == AdministrativeTier.COMMUNE || tier == AdministrativeTier.HAMLET) {
            throw new InvalidInputException("tier", "“Đơn vị học tập” chỉ đánh giá ở cấp huyện hoặc cấp tỉnh (TT 24 Điều 1)"
                    + " / units are evaluated at DISTRICT or PROVINCE level (TT 24 Art. 1)");
        }
        Set<OrganisationKind> kinds = kinds(kind, additionalKinds);
        if (kind.isEducationInstitution() && ownership == null) {
            throw new InvalidInputException("ownership", "bắt buộc với cơ sở giáo dục (PUBLIC hoặc PRIVATE)"
                    + " / required for an educational institution (PUBLIC or PRIVATE)");
        }
        boolean school = kinds.contains(OrganisationKind.GENERAL_SCHOOL);
        if (school && topSchoolLevel == null) {
            throw new InvalidInputException("topSchoolLevel", "bắt buộc với trường phổ thông / required for a general-education school");
        }
        if (!school && topSchoolLevel != null) {
            throw new InvalidInputException("topSchoolLevel", "chỉ dùng cho trường phổ thông / only for a general-education school");
        }
        if (kind == OrganisationKind.COMMUNE_PEOPLES_COMMITTEE && tier != AdministrativeTier.DISTRICT) {
            throw new InvalidInputException("tier", "UBND cấp xã là Đơn vị cấp huyện (TT 24 Điều 2 khoản 3)"
                    + " / a commune People's Committee is a district-level unit (TT 24 Art. 2.3)");
        }
        if (tier == AdministrativeTier.DISTRICT && (kinds.contains(OrganisationKind.HIGHER_EDUCATION_INSTITUTION)
                || school && topSchoolLevel == SchoolLevel.UPPER_SECONDARY)) {
            throw new InvalidInputException("tier", "cơ sở giáo dục này đánh giá ở cấp tỉnh (TT 24 Điều 2 khoản 2)"
                    + " / this institution is evaluated at province level (TT 24 Art. 2.2)");
        }
    }

    /** An organisation of one kind, as before several kinds were accepted. */
    public Organisation(String id, String name, OrganisationKind kind, Ownership ownership,
                        SchoolLevel topSchoolLevel, AdministrativeTier tier, String administrativeUnitCode) {
        this(id, name, kind, List.of(), ownership, topSchoolLevel, tier, administrativeUnitCode);
    }

    /** The kinds an organisation can have in {@code additionalKinds}, checked against its primary {@code kind}. */
    private static List<OrganisationKind> additionalKinds(OrganisationKind kind, List<OrganisationKind> more) {
        if (more == null || more.isEmpty()) {
            return List.of();
        }
        Set<OrganisationKind> seen = EnumSet.of(kind);
        for (int i = 0; i < more.size(); i++) {
            OrganisationKind k = more.get(i);
            String path = "additionalKinds[" + i + "]";
            if (k == null) {
                throw new InvalidInputException(path, "không được để trống / must not be null");
            }
            if (!seen.add(k)) {
                throw new InvalidInputException(path, "loại " + k + " đã có ở kind hoặc ở additionalKinds / the kind "
                        + k + " is already given in kind or additionalKinds");
            }
            if (!kind.isEducationInstitution() || !k.isEducationInstitution()) {
                OrganisationKind alone = kind.isEducationInstitution() ? k : kind;
                throw new InvalidInputException(path, "“" + alone.names().vi() + "” (" + alone + ") là một loại tổ chức"
                        + " riêng, không đồng thời là loại khác; chỉ cơ sở giáo dục mới có thể thuộc nhiều loại (TT 24"
                        + " Điều 2 khoản 1-4); trường công lập khai báo loại cơ sở giáo dục với ownership PUBLIC, trường"
                        + " tư khai báo loại cơ sở giáo dục với ownership PRIVATE / '" + alone.names().en() + "' (" + alone
                        + ") is an organisation of its own and is never also another kind; only educational institutions"
                        + " can be of several kinds (TT 24 Art. 2.1-2.4); a public school gives its educational kind with"
                        + " ownership PUBLIC, a private one with ownership PRIVATE");
            }
            if (kind == OrganisationKind.OTHER_EDUCATION_INSTITUTION || k == OrganisationKind.OTHER_EDUCATION_INSTITUTION) {
                throw new InvalidInputException(path, "OTHER_EDUCATION_INSTITUTION là cơ sở giáo dục không thuộc loại nào"
                        + " đã nêu, không kết hợp với loại khác / OTHER_EDUCATION_INSTITUTION means none of the named"
                        + " educational kinds and does not combine with another");
            }
        }
        if (seen.contains(OrganisationKind.HIGHER_EDUCATION_INSTITUTION)
                && (seen.contains(OrganisationKind.GENERAL_SCHOOL)
                    || seen.contains(OrganisationKind.CONTINUING_EDUCATION_CENTRE))) {
            throw new InvalidInputException("additionalKinds", "cơ sở giáo dục đại học không khai báo cùng trường phổ"
                    + " thông hoặc trung tâm GDTX: chuyển đổi số của hai loại đo theo hai khung khác nhau (QĐ 4740 và"
                    + " QĐ 4725, TT 24 điểm d, đ khoản 3 Điều 12) mà yêu cầu chỉ có một mức digitalMaturity; đánh giá"
                    + " riêng từng đơn vị / a higher-education institution cannot also be a general school or a"
                    + " continuing-education centre here: their digital-transformation indicators use two frameworks"
                    + " (QĐ 4740 and QĐ 4725, TT 24 Art. 12.3.d-đ) and a request carries one digitalMaturity; evaluate"
                    + " each unit on its own");
        }
        return List.copyOf(more);
    }

    private static Set<OrganisationKind> kinds(OrganisationKind kind, List<OrganisationKind> more) {
        Set<OrganisationKind> all = new LinkedHashSet<>();
        all.add(kind);
        all.addAll(more);
        return Collections.unmodifiableSet(all);
    }

    /** Every kind of the organisation: {@code kind} first, then {@code additionalKinds} in their order. */
    public Set<OrganisationKind> kinds() {
        return kinds(kind, additionalKinds);
    }

    /** Whether {@code k} is one of the organisation's kinds, primary or additional. */
    public boolean hasKind(OrganisationKind k) {
        return kind == k || additionalKinds.contains(k);
    }

    /** Whether the organisation is a "cơ sở giáo dục" (TT 24 Art. 2.1-2.2), of whichever of its kinds. */
    public boolean isEducationInstitution() {
        return kind.isEducationInstitution();
    }

    /**
     * Whether the organisation is public ("công lập"); kinds that are public by nature count as public. A unit of
     * several kinds is an educational institution, public when its {@code ownership} is.
     */
    public boolean isPublic() {
        return switch (kind) {
            case STATE_AGENCY, PUBLIC_SERVICE_UNIT, COMMUNE_PEOPLES_COMMITTEE, ARMED_FORCES_UNIT -> true;
            default -> ownership == Ownership.PUBLIC;
        };
    }
}
