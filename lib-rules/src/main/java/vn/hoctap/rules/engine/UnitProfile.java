package vn.hoctap.rules.engine;

import java.util.Set;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.SchoolLevel;

/**
 * The organisation under evaluation, as rules see it. Rules decide applicability by matching on its properties,
 * e.g. {@code UnitProfile( kinds contains OrganisationKind.VOCATIONAL_INSTITUTION )}. One instance per evaluation.
 *
 * <p>An educational institution may be of several kinds ({@link Organisation#additionalKinds()}): a rule that
 * applies an indicator to a kind matches on {@code kinds contains}, so that a unit of that kind among others gets it
 * too; {@code kind} is the primary kind only.
 */
public final class UnitProfile {
    private final Organisation organisation;

    public UnitProfile(Organisation organisation) {
        this.organisation = organisation;
    }

    /** The primary kind; a rule deciding what applies to a kind reads {@link #getKinds()}. */
    public OrganisationKind getKind() {
        return organisation.kind();
    }

    /** Every kind of the unit, the primary first ({@link Organisation#kinds()}). */
    public Set<OrganisationKind> getKinds() {
        return organisation.kinds();
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
        return organisation.isEducationInstitution();
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    @Override
    public String toString() {
        return "UnitProfile[" + organisation.id() + ", " + organisation.kinds() + ", " + organisation.tier() + "]";
    }
}
