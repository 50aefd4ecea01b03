package vn.hoctap.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.Names;
import vn.hoctap.model.subject.Level;

/** A verdict is worded as its scheme speaks: levels for schemes with levels, the title for a title without. */
class VerdictWordsTest {

    private static LevelResult level(Level level) {
        return new LevelResult(level, Outcome.MET, null, null, List.of(), null, null, null, null, null);
    }

    private static Assessment assessment(Verdict verdict, Level... levels) {
        return new Assessment("S", "S", "X", "X", "X", "doc", 2024, LocalDate.of(2024, 12, 31), verdict,
                List.of(levels).stream().map(VerdictWordsTest::level).toList(), null, null, null, "", "");
    }

    /** Proves that a scheme with two levels says "đạt mức độ 1", while a one-level title says "đạt danh hiệu". */
    @Test
    void aOneLevelTitleIsEarnedWhileALevelledSchemeReachesALevel() {
        Assessment unit = assessment(Verdict.LEVEL_1, Level.LEVEL_1, Level.LEVEL_2);
        Assessment citizen = assessment(Verdict.LEVEL_1, Level.LEVEL_1);
        assertTrue(unit.hasLevels());
        assertFalse(citizen.hasLevels());
        assertEquals(new Names("đạt mức độ 1", "meets level 1"), unit.verdictNames());
        assertEquals(new Names("đạt danh hiệu", "earns the title"), citizen.verdictNames());
        assertEquals(new Names("không đạt danh hiệu", "does not earn the title"),
                assessment(Verdict.NOT_RECOGNISED, Level.LEVEL_1).verdictNames());
        assertEquals(Verdict.NOT_DETERMINED.names(),
                assessment(Verdict.NOT_DETERMINED, Level.LEVEL_1).verdictNames(), "missing data reads the same");
        assertEquals(citizen.levelReached(), java.util.Optional.of(Level.LEVEL_1), "the code stays LEVEL_1");
    }

    /** Proves that every verdict has both sets of words, and that they differ exactly where a level is granted. */
    @Test
    void everyVerdictHasWordsForBothKindsOfScheme() {
        for (Verdict v : Verdict.values()) {
            assertEquals(v.names(), v.names(true));
            assertEquals(v.titleNames(), v.names(false));
            assertEquals(v != Verdict.NOT_DETERMINED, !v.names().equals(v.titleNames()), v.name());
        }
    }
}
