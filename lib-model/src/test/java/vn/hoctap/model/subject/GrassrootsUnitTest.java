package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.Fixtures.award;
import static vn.hoctap.model.subject.Fixtures.failsAt;
import static vn.hoctap.model.subject.Fixtures.roundTrip;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A grassroots unit under a commune, and the hamlet level that no administrative unit has. */
class GrassrootsUnitTest {

    @Test
    void idNameAndCommuneCodeAreRequiredKindMayBeLeftOut() {
        GrassrootsUnit u = new GrassrootsUnit("MN", "Trường Mầm non xã Tân Lập", "07654", null, null);
        assertEquals(List.of(), u.recognitions());
        failsAt("id", () -> new GrassrootsUnit(null, "x", "07654", null, null));
        failsAt("name", () -> new GrassrootsUnit("MN", " ", "07654", null, null));
        failsAt("communeCode", () -> new GrassrootsUnit("MN", "x", null, null, null));
    }

    @Test
    void aGrassrootsUnitHoldsOnlyLearningUnit() {
        failsAt("recognitions[0].title", () -> new GrassrootsUnit("MN", "x", "07654", null,
                List.of(award(Title.LEARNING_FAMILY, 2024))));
        GrassrootsUnit u = new GrassrootsUnit("MN", "x", "07654", OrganisationKind.PRESCHOOL,
                List.of(award(Title.LEARNING_UNIT, 2024)));
        assertEquals(u, roundTrip(u));
    }

    @Test
    void theHamletLevelBelongsToNoAdministrativeUnitAndNoTt24Unit() {
        failsAt("tier", () -> new AdministrativeUnit("T1", "Thôn Đông", AdministrativeTier.HAMLET, "07654", null,
                null));
        failsAt("tier", () -> new Organisation("U", "Chi hội", OrganisationKind.OTHER, null, null,
                AdministrativeTier.HAMLET, null));
        assertTrue(AdministrativeTier.HAMLET.existsOn(LocalDate.of(2030, 1, 1)));
    }
}
