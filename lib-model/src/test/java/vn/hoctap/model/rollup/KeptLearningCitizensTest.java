package vn.hoctap.model.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kept "Công dân học tập" awards counted in parts add up, and their sentence agrees with the count. */
class KeptLearningCitizensTest {
    private static final LocalDate END_2026 = LocalDate.of(2026, 12, 31);
    private static final LocalDate END_2027 = LocalDate.of(2027, 12, 31);

    /** Proves that counts and totals add, years join without repeats, and the earliest last day is kept. */
    @Test
    void countsInPartsAddUp() {
        KeptLearningCitizens a = new KeptLearningCitizens(1, 1, List.of(2025), END_2027);
        KeptLearningCitizens b = new KeptLearningCitizens(1, 1, List.of(2024), END_2026);
        KeptLearningCitizens c = new KeptLearningCitizens(1, 1, List.of(2025), END_2027);
        assertEquals(new KeptLearningCitizens(3, 3, List.of(2024, 2025), END_2026), a.plus(b).plus(c));
        assertEquals(new KeptLearningCitizens(3, 52, List.of(2024, 2025), END_2026), a.plus(b).plus(c).among(52));
    }

    /** Proves the English verb agrees: "1 of the 52 members holds it", "2 of the 52 members hold it". */
    @Test
    void theEnglishSentenceAgreesWithTheCount() {
        assertEquals("1 of the 52 members holds it from 2025, kept until 31/12/2027",
                new KeptLearningCitizens(1, 52, List.of(2025), END_2027).sentenceEn("members"));
        assertEquals("2 of the 52 members hold it from 2024 and 2025, kept until 31/12/2026",
                new KeptLearningCitizens(2, 52, List.of(2024, 2025), END_2026).sentenceEn("members"));
    }
}
