package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;

/**
 * Issue 8 item 1: counts near {@link Integer#MAX_VALUE} whose sum wrapped round in {@code int} passed the checks and
 * got a verdict ({@code -2/2147483647}). A sum of parts above its total is an input error naming the last part.
 */
class CountOverflowTest {
    private static final int MAX = Integer.MAX_VALUE;

    @Test
    void communesAtEachLevelCannotOverflowPastTheirTotal() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HoctapJson.read("""
                {"evaluationYear": 2024,
                 "district": {"unit": {"code": "271", "name": "Huyện Đan Phượng", "tier": "DISTRICT",
                                       "parentCode": "01"}},
                 "communes": {"total": 2147483647, "level1": 2147483647, "level2": 2147483647}}
                """, DistrictEvaluationRequest.class));
        assertEquals("$.communes.level2", e.path());
        assertTrue(e.problem().contains("(4294967294) exceeds total (2147483647)"), e.problem());
    }

    @Test
    void notDeterminedUnitsCannotOverflowPastTheTotal() {
        assertEquals("notDetermined", assertThrows(InvalidInputException.class,
                () -> new RecognitionCounts(MAX, 1, 0, MAX)).path());
        assertEquals(MAX, new RecognitionCounts(MAX, MAX - 1, 1, 0).atLeast(vn.hoctap.model.subject.Level.LEVEL_1)
                .orElseThrow());
    }

    @Test
    void citizensWithoutResultCannotOverflowPastTheTotal() {
        assertEquals("learningCitizenNotDetermined", assertThrows(InvalidInputException.class,
                () -> new CitizenCounts(MAX, MAX, null, null, MAX, null)).path());
        assertEquals("qualificationNotStated", assertThrows(InvalidInputException.class,
                () -> new CitizenCounts(MAX, null, MAX, null, null, MAX)).path());
        new CitizenCounts(MAX, MAX - 5, MAX - 5, null, 5, 5);
    }
}
