package vn.hoctap.rules.engine;

import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.SchoolLevel;

/**
 * The organisation under evaluation, as rules see it. Rules decide applicability by matching on its properties,
 * e.g. {@code UnitProfile( kind == OrganisationKind.ECONOMIC_ORGANISATION )}. One instance per evaluation.
 */
public final class UnitProfile {
    private final Organisation organisation;

    public UnitProfile(Organisation organisation) {
        this.organisation = organisation;
    }

    public OrganisationKind getKind() {
        return organisation.kind();
    }

    public AdministrativeTier getTier() {
        return organisation.tier();
    }

    /** {@code null} when the request does not state it (only allowed outside education). */
    public Ownership getOwnership() {
        return organisation.ownership();
    }

    /** {@code null} unless a general-education school. */
    public SchoolLevel getTopSchoolLevel() {
        return organisation.topSchoolLevel();
    }

    /** Public ("công lập"): kinds public by nature, or stated public. */
    public boolean isPublicSector() {
        return organisation.isPublic();
    }

    /** A "cơ sở giáo dục" (TT 24 Art. 2.1-2.2). */
    public boolean isEducationInstitution() {
        return organisation.kind().isEducationInstitution();
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    @Override
    public String toString() {
        return "UnitProfile[" + organisation.id() + ", " + organisation.kind() + ", " + organisation.tier() + "]";
    }
}
