package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;

/**
 * Issue 8 item 3: dates the reader accepted but the engine could not use ({@code +999999999-12-31} threw a raw
 * DateTimeException in {@code evaluate()}), decisions dated before the year they recognise was over, and people born
 * after the year they are evaluated for. All are refused at read, naming the path.
 */
class DateBoundsTest {
    private static final String UNIT = """
            {"evaluationYear": 2024,
             "unit": {"id": "U", "name": "Ủy ban nhân dân xã Tân Lập", "kind": "COMMUNE_PEOPLES_COMMITTEE",
                      "tier": "DISTRICT"},
             "recognitions": [{"title": "LEARNING_UNIT", "tier": "DISTRICT", "level": "LEVEL_1", "year": 2023,
                               "decisionDate": "%s"}]}
            """;

    private static String refusedAt(String json, Class<?> type) {
        return assertThrows(InvalidInputException.class, () -> HoctapJson.read(json, type)).path();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "2101-01-01", "1944-12-31", "2023-12-30",
            "2023-01-01"})
    void aDecisionDateOutsideTheWindowOrBeforeTheYearEndsIsRefused(String date) {
        assertEquals("$.recognitions[0].decisionDate", refusedAt(String.format(UNIT, date),
                UnitEvaluationRequest.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-12-31", "2024-02-08", "2100-12-31"})
    void aDecisionFromTheLastDayOfTheYearOnIsRead(String date) {
        HoctapJson.read(String.format(UNIT, date), UnitEvaluationRequest.class);
    }

    @Test
    void aReferenceDateOutsideTheWindowIsRefused() {
        assertEquals("$.referenceDate", refusedAt(String.format(UNIT, "2024-02-08").replace("\"evaluationYear\": 2024,",
                "\"evaluationYear\": 2024, \"referenceDate\": \"+999999999-12-31\","), UnitEvaluationRequest.class));
    }

    @Test
    void aPersonBornAfterTheEvaluationYearIsRefused() {
        assertEquals("$.person.birthYear", refusedAt("{\"evaluationYear\": 2024, \"person\": {\"id\": \"P1\","
                + " \"birthYear\": 2025}}", CitizenEvaluationRequest.class));
        HoctapJson.read("{\"evaluationYear\": 2024, \"person\": {\"id\": \"P1\", \"birthYear\": 2024}}",
                CitizenEvaluationRequest.class);
    }
}
