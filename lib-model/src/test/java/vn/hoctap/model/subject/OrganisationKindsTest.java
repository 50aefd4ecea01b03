package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;

/** An organisation of several kinds: a "Trung tâm GDNN-GDTX" is a vocational and a continuing-education centre. */
class OrganisationKindsTest {
    private static final String CENTRE = """
            { "id": "GDNN-GDTX", "name": "Trung tâm GDNN-GDTX tỉnh", "kind": "CONTINUING_EDUCATION_CENTRE",
              "additionalKinds": [ %s ], "ownership": "PUBLIC", "tier": "PROVINCE" }""";

    private static Organisation centre(String additional) {
        return HoctapJson.read(CENTRE.formatted(additional), Organisation.class);
    }

    /** Proves that both kinds are the unit's, the primary first, and that the JSON reads back the same. */
    @Test
    void aCentreOfTwoKindsHasBothAndRoundTrips() {
        Organisation c = centre("\"VOCATIONAL_INSTITUTION\"");
        assertEquals(List.of(OrganisationKind.CONTINUING_EDUCATION_CENTRE, OrganisationKind.VOCATIONAL_INSTITUTION),
                List.copyOf(c.kinds()));
        assertTrue(c.hasKind(OrganisationKind.VOCATIONAL_INSTITUTION));
        assertFalse(c.hasKind(OrganisationKind.GENERAL_SCHOOL));
        assertTrue(c.isPublic());
        String json = HoctapJson.write(c);
        assertTrue(json.contains("\"additionalKinds\" : [ \"VOCATIONAL_INSTITUTION\" ]"), json);
        assertEquals(c, HoctapJson.read(json, Organisation.class));
    }

    /**
     * Proves that a unit of one kind writes no additionalKinds (its JSON is as before), that the constructor of one
     * kind makes the same value as the JSON without the field, and that null and empty mean the same.
     */
    @Test
    void aUnitOfOneKindIsWrittenAsBefore() {
        Organisation one = new Organisation("U", "UBND xã Tân Lập", OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, null,
                null, AdministrativeTier.DISTRICT, null);
        assertEquals(List.of(), one.additionalKinds());
        assertEquals(Set.of(OrganisationKind.COMMUNE_PEOPLES_COMMITTEE), one.kinds());
        String json = HoctapJson.write(one);
        assertFalse(json.contains("additionalKinds"), json);
        assertEquals(one, HoctapJson.read(json, Organisation.class));
        assertEquals(one, new Organisation("U", "UBND xã Tân Lập", OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, null,
                null, null, AdministrativeTier.DISTRICT, null));
    }

    /** Proves that each refused combination is an input error at its element, in both languages. */
    @ParameterizedTest(name = "{0} + {1} is refused at {2}")
    @CsvSource(delimiter = '|', value = {
        "CONTINUING_EDUCATION_CENTRE | \"CONTINUING_EDUCATION_CENTRE\" | additionalKinds[0] | already given",
        "CONTINUING_EDUCATION_CENTRE | \"VOCATIONAL_INSTITUTION\", \"VOCATIONAL_INSTITUTION\" | additionalKinds[1] | already given",
        "CONTINUING_EDUCATION_CENTRE | \"PUBLIC_SERVICE_UNIT\" | additionalKinds[0] | only educational institutions",
        "CONTINUING_EDUCATION_CENTRE | \"ECONOMIC_ORGANISATION\" | additionalKinds[0] | only educational institutions",
        "CONTINUING_EDUCATION_CENTRE | \"OTHER_EDUCATION_INSTITUTION\" | additionalKinds[0] | none of the named",
        "CONTINUING_EDUCATION_CENTRE | \"HIGHER_EDUCATION_INSTITUTION\" | additionalKinds | one digitalMaturity",
        "CONTINUING_EDUCATION_CENTRE | null | additionalKinds[0] | must not be null",
    })
    void impossibleCombinationsAreRefused(String kind, String additional, String path, String en) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HoctapJson.read(
                CENTRE.replace("CONTINUING_EDUCATION_CENTRE\",", kind + "\",").formatted(additional),
                Organisation.class));
        assertEquals("$." + path, e.path());
        assertTrue(e.problem().contains(en) && e.problem().contains(" / "), e.problem());
    }

    /** Proves that a commune People's Committee is never also a school, the brief's example of the law's limits. */
    @Test
    void aCommuneCommitteeIsNeverAlsoASchool() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Organisation("U", "UBND xã",
                OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, List.of(OrganisationKind.PRESCHOOL), Ownership.PUBLIC, null,
                AdministrativeTier.DISTRICT, null));
        assertEquals("additionalKinds[0]", e.path());
        assertTrue(e.problem().contains("Ủy ban nhân dân cấp xã") && e.problem().contains("is never also another kind"),
                e.problem());
    }

    /** Proves that the school rules read every kind: an additional general school needs its top level, and tier. */
    @Test
    void schoolRulesApplyToAnAdditionalKind() {
        InvalidInputException noLevel = assertThrows(InvalidInputException.class, () -> new Organisation("S", "Trường",
                OrganisationKind.CONTINUING_EDUCATION_CENTRE, List.of(OrganisationKind.GENERAL_SCHOOL), Ownership.PUBLIC,
                null, AdministrativeTier.PROVINCE, null));
        assertEquals("topSchoolLevel", noLevel.path());
        InvalidInputException district = assertThrows(InvalidInputException.class, () -> new Organisation("S",
                "Trường", OrganisationKind.VOCATIONAL_INSTITUTION, List.of(OrganisationKind.GENERAL_SCHOOL),
                Ownership.PUBLIC, SchoolLevel.UPPER_SECONDARY, AdministrativeTier.DISTRICT, null));
        assertEquals("tier", district.path());
        assertTrue(district.problem().contains("TT 24 Art. 2.2"), district.problem());
        InvalidInputException noOwnership = assertThrows(InvalidInputException.class, () -> new Organisation("C",
                "Trung tâm", OrganisationKind.VOCATIONAL_INSTITUTION, List.of(OrganisationKind.CONTINUING_EDUCATION_CENTRE),
                null, null, AdministrativeTier.DISTRICT, null));
        assertEquals("ownership", noOwnership.path());
    }
}
