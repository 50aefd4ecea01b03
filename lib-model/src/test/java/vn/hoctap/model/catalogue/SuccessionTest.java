package vn.hoctap.model.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Title;

/**
 * A successor's first day that is not verified makes an assessment dated in its year before it one that must say
 * which scheme it used; the day is the older scheme's last one plus one, never another.
 */
class SuccessionTest {
    private static final LocalDate FROM = LocalDate.of(2022, 4, 14);
    private static final Citation PLAN = new Citation("123/KH-KHVN", null, null, null);

    private static Succession succession(Status status) {
        return new Succession("KHVN.GD", FROM, status, PLAN, "ngày của kế hoạch", "the plan's date");
    }

    @Test
    void onlyTheYearOfAnUncertainDayBeforeItIsUncertain() {
        Succession probable = succession(Status.PROBABLE);
        assertFalse(probable.uncertainOn(LocalDate.of(2021, 12, 31)), "the year before");
        assertTrue(probable.uncertainOn(LocalDate.of(2022, 1, 1)));
        assertTrue(probable.uncertainOn(LocalDate.of(2022, 4, 13)));
        assertFalse(probable.uncertainOn(FROM), "the newer scheme applies");
        assertTrue(succession(Status.UNKNOWN).uncertainOn(LocalDate.of(2022, 4, 13)));
        assertFalse(succession(Status.VERIFIED).uncertainOn(LocalDate.of(2022, 4, 13)), "a verified day is no doubt");
    }

    @Test
    void theSuccessorStartsOnTheDayTheSchemeStops() {
        assertEquals(FROM, scheme(FROM).successor().from());
        assertEquals("successor.from", assertThrows(InvalidInputException.class,
                () -> scheme(LocalDate.of(2022, 4, 15))).path());
    }

    private static Scheme scheme(LocalDate effectiveTo) {
        LevelDefinition level1 = new LevelDefinition(Level.LEVEL_1, PLAN, PLAN);
        return new Scheme("KHVN.GD.2016", Title.LEARNING_FAMILY, AdministrativeTier.COMMUNE, "khung 2016-2020",
                "2016-2020 framework", "448/QĐ-KHVN", LocalDate.of(2016, 1, 1), effectiveTo, List.of(level1),
                List.of("KHVN.GD.2016.C1"), null, null, null, null, null, null, succession(Status.PROBABLE));
    }
}
