package vn.hoctap.model.subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

class CommuneTest {
    private static final Commune FULL = new Commune(commune("00127"), true, false,
            List.of(new Recognition(Title.LEARNING_COMMUNITY, AdministrativeTier.COMMUNE, Level.LEVEL_1, 2023,
                    LocalDate.of(2024, 3, 20), "125/QĐ-PGDĐT")));

    private static final String VALID_UNIT = """
            {"code": "00127", "name": "Xã Tân Lập", "tier": "COMMUNE", "parentCode": "001"}""";

    @Test
    void flagsAndRecognitionsMayBeLeftOut() {
        Commune c = new Commune(commune("00127"), null, null, null);
        assertNull(c.disadvantaged());
        assertNull(c.especiallyDifficult());
        assertEquals(List.of(), c.recognitions());
    }

    @Test
    void unitIsRequired() {
        failsAt("unit", () -> new Commune(null, false, false, List.of()));
    }

    @Test
    void unitMustBeACommune() {
        var e = failsAt("unit.tier", () -> new Commune(district("002"), false, false, List.of()));
        assertTrue(e.problem().contains("COMMUNE") && e.problem().contains("DISTRICT"), e.problem());
        failsAt("unit.tier", () -> new Commune(province("01"), false, false, List.of()));
    }

    @Test
    void aCommuneHoldsOnlyLearningCommunity() {
        failsAt("recognitions[0].title", () -> new Commune(commune("00127"), null, null,
                List.of(award(Title.LEARNING_UNIT, 2024))));
    }

    @Test
    void jsonRoundTrip() {
        assertEquals(FULL, roundTrip(FULL));
        Commune minimal = new Commune(commune("00127"), null, null, List.of());
        assertEquals(minimal, roundTrip(minimal));
    }

    @Test
    void unitOfTheWrongTierInJsonNamesUnitTier() {
        readFailsAt("$.unit.tier", """
                {"unit": {"code": "002", "name": "Huyện Đan Phượng", "tier": "DISTRICT", "parentCode": "01"}}
                """, Commune.class);
    }

    @Test
    void otherJsonErrorsNameThePath() {
        readFailsAt("$.unit", "{\"disadvantaged\": true}", Commune.class);
        readFailsAt("$.unit.parentCode", """
                {"unit": {"code": "00127", "name": "Xã Tân Lập", "tier": "COMMUNE"}}
                """, Commune.class);
        readFailsAt("$.unit.tier", """
                {"unit": {"code": "00127", "name": "Xã Tân Lập", "tier": "HAMLET", "parentCode": "001"}}
                """, Commune.class);
        readFailsAt("$.disadvantaged", "{\"unit\": " + VALID_UNIT + ", \"disadvantaged\": \"sometimes\"}",
                Commune.class);
        readFailsAt("$.especiallyDifficult", "{\"unit\": " + VALID_UNIT + ", \"especiallyDifficult\": [true]}",
                Commune.class);
        readFailsAt("$.communeCodes", "{\"unit\": " + VALID_UNIT + ", \"communeCodes\": []}", Commune.class);
        readFailsAt("$.recognitions[0].decisionDate", "{\"unit\": " + VALID_UNIT + ", \"recognitions\": ["
                + "{\"title\": \"LEARNING_COMMUNITY\", \"year\": 2024, \"decisionDate\": \"2023-12-31\"}]}",
                Commune.class);
    }
}
