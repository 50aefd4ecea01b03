package vn.hoctap.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;

/**
 * A procedure's timetable is either known (a dossier deadline, one way of timing the decision, and where that is
 * said) or not known at all, as for "Công dân học tập" (criteria.md §7): never half of it.
 */
class ProcedureTest {
    private static final Citation TEXT = new Citation("24/2023/TT-BGDĐT", 10, null, null);

    private static Procedure procedure(MonthDay dossier, MonthDay decision, Integer days, Citation timetable) {
        return new Procedure("Chủ tịch UBND cấp huyện", "district chair", null, TEXT, "Phòng GD&ĐT", "education office",
                dossier, decision, days, timetable);
    }

    @Test
    void aKnownTimetable() {
        Procedure p = procedure(MonthDay.of(1, 15), MonthDay.of(2, 15), null, TEXT);
        assertTrue(p.timetableKnown());
    }

    @Test
    void anUnknownTimetableLeavesEveryDateOut() {
        Procedure p = procedure(null, null, null, null);
        assertFalse(p.timetableKnown());
    }

    @Test
    void halfATimetableIsRefused() {
        assertEquals("dossierDueBefore", assertThrows(InvalidInputException.class,
                () -> procedure(null, MonthDay.of(2, 15), null, null)).path());
        assertEquals("dossierDueBefore", assertThrows(InvalidInputException.class,
                () -> procedure(null, null, 20, null)).path());
        assertEquals("dossierDueBefore", assertThrows(InvalidInputException.class,
                () -> procedure(null, null, null, TEXT)).path());
        assertEquals("timetableCitation", assertThrows(InvalidInputException.class,
                () -> procedure(MonthDay.of(1, 15), MonthDay.of(2, 15), null, null)).path());
        assertEquals("decisionDueBefore", assertThrows(InvalidInputException.class,
                () -> procedure(MonthDay.of(1, 15), null, null, TEXT)).path());
    }
}
