package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hoctap.model.json.HoctapJson;

class TargetGroupTest {
    @ParameterizedTest
    @EnumSource(TargetGroup.class)
    void everyGroupIsNamedInBothLanguages(TargetGroup group) {
        assertFalse(group.nameVi().isBlank());
        assertFalse(group.nameEn().isBlank());
    }

    @Test
    void threeKnownFormsAndOneWhoseContentIsUnknown() {
        assertEquals(4, TargetGroup.values().length);
        assertEquals("OTHER", TargetGroup.OTHER.name());
    }

    @Test
    void writtenAsItsConstantName() {
        assertEquals("\"INDUSTRIAL_AND_CRAFT_WORKERS\"", HoctapJson.write(TargetGroup.INDUSTRIAL_AND_CRAFT_WORKERS));
    }
}
