package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.hoctap.model.subject.Fixtures.award;
import static vn.hoctap.model.subject.Fixtures.commune;
import static vn.hoctap.model.subject.Fixtures.district;
import static vn.hoctap.model.subject.Fixtures.failsAt;
import static vn.hoctap.model.subject.Fixtures.province;
import static vn.hoctap.model.subject.Fixtures.readFailsAt;
import static vn.hoctap.model.subject.Fixtures.roundTrip;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvinceTest {
    /** Before the 2025 reform: districts listed, communes under them. */
    private static final Province BEFORE_REFORM = new Province(province("01"), List.of("271", "272", "273"),
            List.of(), List.of(award(Title.LEARNING_COMMUNITY, 2023)));

    /** After 01/07/2025: no districts, communes directly under the province. */
    private static final Province AFTER_REFORM = new Province(
            new AdministrativeUnit("01", "Thành phố Hà Nội", AdministrativeTier.PROVINCE, null,
                    LocalDate.of(2025, 7, 1), null),
            List.of(), List.of("00004", "00008", "00025"), List.of());

    @Test
    void membershipsAndRecognitionsMayBeLeftOut() {
        Province p = new Province(province("01"), null, null, null);
        assertEquals(List.of(), p.districtCodes());
        assertEquals(List.of(), p.communeCodes());
        assertEquals(List.of(), p.recognitions());
    }

    @Test
    void unitIsRequiredAndMustBeAProvince() {
        failsAt("unit", () -> new Province(null, List.of(), List.of(), List.of()));
        failsAt("unit.tier", () -> new Province(district("271"), List.of(), List.of(), List.of()));
        failsAt("unit.tier", () -> new Province(commune("00004"), List.of(), List.of(), List.of()));
    }

    @Test
    void codesAreNonBlankAndDistinctInEachList() {
        failsAt("districtCodes[1]", () -> new Province(province("01"), List.of("271", "271"), List.of(), List.of()));
        failsAt("communeCodes[0]", () -> new Province(province("01"), List.of(), List.of(" "), List.of()));
        failsAt("communeCodes[2]", () -> new Province(province("01"), List.of(),
                List.of("00004", "00008", "00004"), List.of()));
    }

    @Test
    void aProvinceHoldsOnlyLearningCommunity() {
        failsAt("recognitions[0].title", () -> new Province(province("01"), List.of(), List.of(),
                List.of(award(Title.LEARNING_FAMILY, 2024))));
    }

    @Test
    void jsonRoundTrip() {
        assertEquals(BEFORE_REFORM, roundTrip(BEFORE_REFORM));
        assertEquals(AFTER_REFORM, roundTrip(AFTER_REFORM));
    }

    @Test
    void jsonErrorsNameThePath() {
        readFailsAt("$.unit.tier", """
                {"unit": {"code": "271", "name": "Huyện Đan Phượng", "tier": "DISTRICT", "parentCode": "01"}}
                """, Province.class);
        readFailsAt("$.districtCodes[1]", """
                {"unit": {"code": "01", "name": "Thành phố Hà Nội", "tier": "PROVINCE"},
                 "districtCodes": ["271", null]}
                """, Province.class);
        readFailsAt("$.communeCodes[1]", """
                {"unit": {"code": "01", "name": "Thành phố Hà Nội", "tier": "PROVINCE"},
                 "communeCodes": ["00004", "00004"]}
                """, Province.class);
        readFailsAt("$.unit.name", """
                {"unit": {"code": "01", "tier": "PROVINCE"}}
                """, Province.class);
    }
}
