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

class DistrictTest {
    private static final District FULL = new District(district("271"), List.of("09619", "09622", "09625"),
            List.of(award(Title.LEARNING_COMMUNITY, 2024)));

    @Test
    void communesAndRecognitionsMayBeLeftOut() {
        District d = new District(district("271"), null, null);
        assertEquals(List.of(), d.communeCodes());
        assertEquals(List.of(), d.recognitions());
    }

    @Test
    void theDistrictUnitEndsWhenTheTierWasAbolished() {
        assertEquals(LocalDate.of(2025, 7, 1), FULL.unit().validTo());
    }

    @Test
    void unitIsRequiredAndMustBeADistrict() {
        failsAt("unit", () -> new District(null, List.of(), List.of()));
        failsAt("unit.tier", () -> new District(commune("09619"), List.of(), List.of()));
        failsAt("unit.tier", () -> new District(province("01"), List.of(), List.of()));
    }

    @Test
    void communeCodesAreNonBlankAndDistinct() {
        failsAt("communeCodes[1]", () -> new District(district("271"), List.of("09619", ""), List.of()));
        failsAt("communeCodes[1]", () -> new District(district("271"), List.of("09619", "09619"), List.of()));
    }

    @Test
    void aDistrictHoldsOnlyLearningCommunity() {
        failsAt("recognitions[0].title", () -> new District(district("271"), List.of(),
                List.of(award(Title.LEARNING_CLAN, 2024))));
    }

    @Test
    void jsonRoundTrip() {
        assertEquals(FULL, roundTrip(FULL));
        District minimal = new District(district("271"), List.of(), List.of());
        assertEquals(minimal, roundTrip(minimal));
    }

    @Test
    void jsonErrorsNameThePath() {
        readFailsAt("$.unit.tier", """
                {"unit": {"code": "09619", "name": "Xã Tân Lập", "tier": "COMMUNE", "parentCode": "271"}}
                """, District.class);
        readFailsAt("$.communeCodes[2]", """
                {"unit": {"code": "271", "name": "Huyện Đan Phượng", "tier": "DISTRICT", "parentCode": "01"},
                 "communeCodes": ["09619", "09622", "09619"]}
                """, District.class);
        readFailsAt("$.unit.validTo", """
                {"unit": {"code": "271", "name": "Huyện Đan Phượng", "tier": "DISTRICT", "parentCode": "01",
                          "validFrom": "2009-01-01", "validTo": "2008-01-01"}}
                """, District.class);
    }
}
