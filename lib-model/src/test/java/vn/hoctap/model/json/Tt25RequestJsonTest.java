package vn.hoctap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.subject.Level;

/**
 * The TT 25 district and province requests read from JSON strictly: a valid document is read whole, and every
 * malformed or inconsistent one is refused with an {@link InvalidInputException} naming its JSON path.
 */
class Tt25RequestJsonTest {

    private static final String DISTRICT = """
            {
              "evaluationYear": 2024,
              "district": {
                "unit": { "code": "271", "name": "Huyện Đan Phượng", "tier": "DISTRICT", "parentCode": "01" },
                "communeCodes": ["09619", "09622", "09625"]
              },
              "attestations": { "awareness": true, "cultureCentre": false },
              "communes": { "total": 3, "level1": 1, "level2": 2 },
              "perCapitaIncome": { "previous": 60.5, "current": 65.2 },
              "employmentRate": { "previous": 67.5, "current": 68.1 },
              "evidence": { "communes.level1": [{ "reference": "Quyết định số 120/QĐ-PGDĐT" }] }
            }
            """;

    private static final String PROVINCE = """
            {
              "evaluationYear": 2025,
              "province": {
                "unit": { "code": "37", "name": "Tỉnh Ninh Bình", "tier": "PROVINCE" },
                "districtCodes": ["369", "370"]
              },
              "provincialUniversity": true,
              "attestations": { "universityDigital": true, "radioTvOpenResources": true },
              "districts": { "total": 2, "level1": 0, "level2": 2 },
              "museumProgrammes": 5,
              "radioTvProgrammes": 4,
              "povertyRate": { "previous": 3.1, "current": 2.4 },
              "grdp": { "previous": 80150.5, "current": 86342 },
              "evidence": { "museumProgrammes": [{ "reference": "Báo cáo số 18/BC-BT" }] }
            }
            """;

    /** A province after the two-tier reform: no districts, its communes listed and counted. */
    private static final String PROVINCE_OF_COMMUNES = """
            {
              "evaluationYear": 2026,
              "province": {
                "unit": { "code": "37", "name": "Tỉnh Ninh Bình", "tier": "PROVINCE" },
                "communeCodes": ["14335", "14338", "14341", "14344"]
              },
              "communes": { "total": 4, "level1": 1, "level2": 2 },
              "evidence": { "communes.level2": [{ "reference": "Quyết định số 87/QĐ-SGDĐT" }] }
            }
            """;

    private static String edit(String document, String from, String to) {
        if (!document.contains(from)) {
            throw new IllegalArgumentException("test fixture does not contain " + from);
        }
        return document.replace(from, to);
    }

    @Test
    void validDocumentsAreReadWhole() {
        DistrictEvaluationRequest d = HoctapJson.read(DISTRICT, DistrictEvaluationRequest.class);
        assertEquals(new RecognitionCounts(3, 1, 2), d.communes());
        assertEquals(0, new BigDecimal("65.2").compareTo(d.perCapitaIncome().current()));
        assertEquals(Boolean.FALSE, d.attestations().cultureCentre());
        assertNull(d.attestations().stateBudget());
        assertEquals(1, d.evidence().get("communes.level1").size());
        ProvinceEvaluationRequest p = HoctapJson.read(PROVINCE, ProvinceEvaluationRequest.class);
        assertEquals(5, p.museumProgrammes());
        assertEquals(Boolean.TRUE, p.provincialUniversity());
        assertEquals(0, new BigDecimal("86342").compareTo(p.grdp().current()));
    }

    @Test
    void requestsSurviveAJsonRoundTrip() {
        DistrictEvaluationRequest d = HoctapJson.read(DISTRICT, DistrictEvaluationRequest.class);
        assertEquals(d, HoctapJson.read(HoctapJson.write(d), DistrictEvaluationRequest.class));
        ProvinceEvaluationRequest p = HoctapJson.read(PROVINCE, ProvinceEvaluationRequest.class);
        assertEquals(p, HoctapJson.read(HoctapJson.write(p), ProvinceEvaluationRequest.class));
        ProvinceEvaluationRequest c = HoctapJson.read(PROVINCE_OF_COMMUNES, ProvinceEvaluationRequest.class);
        assertEquals(new RecognitionCounts(4, 1, 2), c.communes());
        assertNull(p.communes(), "left out, not known");
        assertEquals(c, HoctapJson.read(HoctapJson.write(c), ProvinceEvaluationRequest.class));
    }

    @Test
    void theRollUpReplacesOnlyTheCounts() {
        DistrictEvaluationRequest d = HoctapJson.read(DISTRICT, DistrictEvaluationRequest.class);
        DistrictEvaluationRequest rolled = d.withCommunes(new RecognitionCounts(3, 0, 3));
        assertEquals(new RecognitionCounts(3, 0, 3), rolled.communes());
        assertEquals(d, rolled.withCommunes(d.communes()));
        ProvinceEvaluationRequest p = HoctapJson.read(PROVINCE, ProvinceEvaluationRequest.class);
        assertEquals(p, p.withDistricts(new RecognitionCounts(2, 2, 0)).withDistricts(p.districts()));
        ProvinceEvaluationRequest c = HoctapJson.read(PROVINCE_OF_COMMUNES, ProvinceEvaluationRequest.class);
        ProvinceEvaluationRequest recounted = c.withCommunes(new RecognitionCounts(4, 0, 4));
        assertEquals(new RecognitionCounts(4, 0, 4), recounted.communes());
        assertEquals(c, recounted.withCommunes(c.communes()));
        assertEquals(c.districts(), recounted.districts());
        assertEquals("communes.total", assertThrows(InvalidInputException.class,
                () -> c.withCommunes(new RecognitionCounts(5, 0, 5))).path());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> d.withCommunes(new RecognitionCounts(4, 0, 4)));
        assertEquals("communes.total", e.path());
    }

    @Test
    void recognitionCountsAtEachLevel() {
        RecognitionCounts c = new RecognitionCounts(20, 3, 15);
        assertEquals(Optional.of(18), c.atLeast(Level.LEVEL_1), "level-2 units also count at level 1");
        assertEquals(Optional.of(15), c.atLeast(Level.LEVEL_2));
        assertEquals(Optional.empty(), new RecognitionCounts(20, null, 15).atLeast(Level.LEVEL_1));
        assertEquals(Optional.of(15), new RecognitionCounts(20, null, 15).atLeast(Level.LEVEL_2));
        assertEquals(Optional.empty(), new RecognitionCounts(20, 3, null).atLeast(Level.LEVEL_1));
    }

    /** (what is wrong, document, request type, expected path, words the message must contain). */
    static Stream<Arguments> errors() {
        Class<?> d = DistrictEvaluationRequest.class;
        Class<?> p = ProvinceEvaluationRequest.class;
        return Stream.of(
                Arguments.of("more communes recognised than the district has",
                        edit(DISTRICT, "\"level1\": 1, \"level2\": 2", "\"level1\": 2, \"level2\": 2"), d,
                        "$.communes.level2", new String[] {"level1 + level2 (4) exceeds total (3)"}),
                Arguments.of("a level count above the total",
                        edit(DISTRICT, "\"level1\": 1, \"level2\": 2", "\"level1\": 4"), d,
                        "$.communes.level1", new String[] {"(4) exceeds total (3)"}),
                Arguments.of("a negative level count",
                        edit(DISTRICT, "\"level1\": 1", "\"level1\": -1"), d,
                        "$.communes.level1", new String[] {"must not be negative (-1)"}),
                Arguments.of("a district without communes",
                        edit(DISTRICT, "\"total\": 3, \"level1\": 1, \"level2\": 2", "\"total\": 0"), d,
                        "$.communes.total", new String[] {"must be at least 1 (0)"}),
                Arguments.of("a commune total that differs from the district's commune codes",
                        edit(DISTRICT, "\"total\": 3", "\"total\": 4"), d,
                        "$.communes.total", new String[] {"differs from the number of the district's commune codes (3"}),
                Arguments.of("a district total that differs from the province's district codes",
                        edit(PROVINCE, "\"total\": 2", "\"total\": 9"), p,
                        "$.districts.total", new String[] {"district codes (2"}),
                Arguments.of("a commune total that differs from the province's commune codes",
                        edit(PROVINCE_OF_COMMUNES, "\"total\": 4", "\"total\": 5"), p,
                        "$.communes.total", new String[] {"khác số mã xã của tỉnh",
                                "differs from the number of the province's commune codes (4"}),
                Arguments.of("more of the province's communes recognised than it has",
                        edit(PROVINCE_OF_COMMUNES, "\"level2\": 2", "\"level2\": 4"), p,
                        "$.communes.level2", new String[] {"level1 + level2 (5) exceeds total (4)"}),
                Arguments.of("a province with no commune to count",
                        edit(PROVINCE_OF_COMMUNES, "\"total\": 4, \"level1\": 1, \"level2\": 2", "\"total\": 0"),
                        p, "$.communes.total", new String[] {"must be at least 1 (0)"}),
                Arguments.of("a negative income", edit(DISTRICT, "\"previous\": 60.5", "\"previous\": -60.5"), d,
                        "$.perCapitaIncome.previous", new String[] {"must not be negative (-60.5)"}),
                Arguments.of("an employment rate above 100 %",
                        edit(DISTRICT, "\"current\": 68.1", "\"current\": 100.5"), d,
                        "$.employmentRate.current", new String[] {"a percentage cannot exceed 100 (100.5)"}),
                Arguments.of("a poverty rate above 100 %",
                        edit(PROVINCE, "\"previous\": 3.1", "\"previous\": 310"), p,
                        "$.povertyRate.previous", new String[] {"cannot exceed 100"}),
                Arguments.of("a figure written as text", edit(PROVINCE, "\"current\": 86342", "\"current\": \"86342\""),
                        p, "$.grdp.current", new String[] {"'86342'"}),
                Arguments.of("a programme count written as text",
                        edit(PROVINCE, "\"museumProgrammes\": 5", "\"museumProgrammes\": \"5\""), p,
                        "$.museumProgrammes", new String[] {"'5'"}),
                Arguments.of("a fractional programme count",
                        edit(PROVINCE, "\"radioTvProgrammes\": 4", "\"radioTvProgrammes\": 4.5"), p,
                        "$.radioTvProgrammes", new String[] {"invalid value '4.5', expected a whole number"}),
                Arguments.of("a negative programme count",
                        edit(PROVINCE, "\"radioTvProgrammes\": 4", "\"radioTvProgrammes\": -4"), p,
                        "$.radioTvProgrammes", new String[] {"must not be negative (-4)"}),
                Arguments.of("an unknown attestation",
                        edit(DISTRICT, "\"awareness\": true", "\"awarenes\": true"), d,
                        "$.attestations.awarenes", new String[] {"unknown field 'awarenes'"}),
                Arguments.of("a province attestation in a district request",
                        edit(DISTRICT, "\"awareness\": true", "\"emulationMovement\": true"), d,
                        "$.attestations.emulationMovement", new String[] {"unknown field"}),
                Arguments.of("an unknown evidence key", edit(PROVINCE, "\"museumProgrammes\": [", "\"museum\": ["), p,
                        "$.evidence.museum", new String[] {"no input has this name", "districts.level1", "grdp"}),
                Arguments.of("a district request for a province unit",
                        edit(DISTRICT, "\"tier\": \"DISTRICT\", \"parentCode\": \"01\"", "\"tier\": \"PROVINCE\""), d,
                        "$.district.unit.tier", new String[] {"must be DISTRICT"}),
                Arguments.of("a missing district", edit(DISTRICT, "\"district\"", "\"districtX\""), d,
                        "$.district", new String[] {"is required"}),
                Arguments.of("a reference date before the evaluation year",
                        edit(PROVINCE, "\"evaluationYear\": 2025,", "\"evaluationYear\": 2025,\n  \"referenceDate\":"
                                + " \"2024-12-31\","), p,
                        "$.referenceDate", new String[] {"cannot precede the evaluation year"}),
                Arguments.of("a word where the university flag belongs",
                        edit(PROVINCE, "\"provincialUniversity\": true", "\"provincialUniversity\": \"no\""), p,
                        "$.provincialUniversity", new String[] {"'no'"}),
                Arguments.of("an unknown field in a year-on-year figure",
                        edit(PROVINCE, "\"previous\": 3.1", "\"before\": 3.1"), p,
                        "$.povertyRate.before", new String[] {"unknown field 'before'"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void invalidDocumentsAreRefusedWithTheirPath(String what, String json, Class<?> type, String path,
                                                 String[] words) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HoctapJson.read(json, type));
        assertEquals(path, e.path(), e.getMessage());
        for (String w : words) {
            assertTrue(e.getMessage().contains(w), "message should contain '" + w + "': " + e.getMessage());
        }
        assertTrue(e.getMessage().contains(" / "), "Vietnamese, then English: " + e.getMessage());
    }

    @Test
    void yearOnYearFiguresMayBePartlyUnknownButNeverNegative() {
        YearOnYear partly = new YearOnYear(null, new BigDecimal("2.4"));
        assertNull(partly.previous());
        assertEquals("current", assertThrows(InvalidInputException.class,
                () -> new YearOnYear(BigDecimal.ONE, new BigDecimal("-0.1"))).path());
    }
}
