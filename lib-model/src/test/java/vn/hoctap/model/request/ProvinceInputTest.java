package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;

/** The province's two recognised shares: its districts (TT 25 criterion 4.1) and its communes (for packs). */
class ProvinceInputTest {
    /** Proves that a commune share is worded as communes, at the commune tier, and a district share as districts. */
    @Test
    void eachShareNamesTheUnitsItCounts() {
        ProvinceInput communes = ProvinceInput.COMMUNES_LEVEL_1;
        assertEquals(AdministrativeTier.COMMUNE, communes.counted());
        assertEquals("xã", communes.populationVi());
        assertEquals("communes", communes.populationEn());
        assertEquals("được công nhận “Cộng đồng học tập” cấp xã mức độ 1 trở lên", communes.attributeVi());
        assertEquals(Optional.of(ProvinceInput.COMMUNES_LEVEL_2), ProvinceInput.fromJsonName("communes.level2"));
        assertEquals(Optional.of(Level.LEVEL_2), ProvinceInput.COMMUNES_LEVEL_2.level());
        ProvinceInput districts = ProvinceInput.DISTRICTS_LEVEL_2;
        assertEquals(AdministrativeTier.DISTRICT, districts.counted());
        assertEquals("huyện", districts.populationVi());
        assertEquals("được công nhận “Cộng đồng học tập” cấp huyện mức độ 2", districts.attributeVi());
        assertThrows(UnsupportedOperationException.class, ProvinceInput.GRDP::counted);
    }
}
