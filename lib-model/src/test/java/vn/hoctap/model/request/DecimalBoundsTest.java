package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;

/**
 * Issue 8 item 2: a 450-byte request with a score or an income of {@code 1e999999999} used 2 GB and minutes of CPU
 * downstream. Every decimal of a request is bounded at read (at most 15 digits before the point, 6 after), with an
 * error naming the path, before anything prints it.
 */
class DecimalBoundsTest {
    private static final String CITIZEN = "{\"evaluationYear\": 2024, \"person\": {\"id\": \"P1\"},"
            + " \"scores\": {\"keepingInformed\": %s}}";
    private static final String DISTRICT = """
            {"evaluationYear": 2024,
             "district": {"unit": {"code": "271", "name": "Huyện Đan Phượng", "tier": "DISTRICT", "parentCode": "01"}},
             "perCapitaIncome": {"previous": 52.4, "current": %s}}
            """;

    private static InvalidInputException refused(String json, Class<?> type) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(InvalidInputException.class, () -> HoctapJson.read(json, type)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "-1e999999999", "-1e-999999999", "1E-100000",
            "0.0000001", "1000000000000000", "1e15"})
    void anOutOfBoundsScoreIsRefusedAtItsPath(String number) {
        InvalidInputException e = refused(String.format(CITIZEN, number), CitizenEvaluationRequest.class);
        assertEquals("$.scores.keepingInformed", e.path());
        assertTrue(e.problem().contains("out of bounds"), e.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1e-999999999", "12345678901234567.5"})
    void anOutOfBoundsIncomeIsRefusedAtItsPath(String number) {
        assertEquals("$.perCapitaIncome.current", refused(String.format(DISTRICT, number),
                DistrictEvaluationRequest.class).path());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.000001", "999999999999999", "999999999999999.999999", "2.50000000000", "1e14", "0e-99999"})
    void numbersWithinTheBoundsAreRead(String number) {
        DistrictEvaluationRequest d = HoctapJson.read(String.format(DISTRICT, number), DistrictEvaluationRequest.class);
        assertEquals(0, new BigDecimal(number).compareTo(d.perCapitaIncome().current()));
    }
}
