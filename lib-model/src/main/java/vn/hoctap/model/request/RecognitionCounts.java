package vn.hoctap.model.request;

import static vn.hoctap.model.Checks.atMost;
import static vn.hoctap.model.Checks.positive;
import static vn.hoctap.model.request.CountChecks.sumNotAbove;

import java.util.Optional;
import vn.hoctap.model.subject.Level;

/**
 * How many of a subject's subordinate units hold "Cộng đồng học tập" at their own tier: a district's communes (TT 25
 * Art. 11.4.a, 12.4.a), a province's districts (Art. 16.4.a, 17.4.a) or, for a province pack that replaces criterion
 * 4.1 after the district tier was abolished, a province's communes. Each unit is counted once, at the level of
 * the recognition it holds for the evaluation year (recognised for that year, or kept from an earlier year under
 * Art. 5.4, 10.4): {@code level1} counts the units at level 1 only, {@code level2} those at level 2. A count left
 * {@code null} is not known; indicators that need it are then "not determined", never "not met".
 *
 * @param total  the subordinate units, at least 1 (the denominator of the share: 90 % in TT 25 criterion 4.1)
 * @param level1 of which hold the title at level 1, or {@code null}
 * @param level2 of which hold the title at level 2, or {@code null}
 * @param notDetermined of the others, whose own result is not determined yet (their data are incomplete), when the
 *               counts come from evaluating them (a roll-up); {@code null} means none. A share is then decided only if
 *               they cannot change it
 */
public record RecognitionCounts(Integer total, Integer level1, Integer level2, Integer notDetermined) {
    public RecognitionCounts {
        int n = positive(total, "total");
        atMost(level1, n, "level1", "total");
        atMost(level2, n, "level2", "total");
        sumNotAbove("level2", "level1 + level2", n, "total", level1, level2);
        atMost(notDetermined, n, "notDetermined", "total");
        sumNotAbove("notDetermined", "level1 + level2 + notDetermined", n, "total", level1, level2, notDetermined);
    }

    /** Counts known for every unit. */
    public RecognitionCounts(Integer total, Integer level1, Integer level2) {
        this(total, level1, level2, null);
    }

    /**
     * How many units hold the title at {@code level} or higher, if known: for level 1 that is {@code level1 +
     * level2} (a level-2 title also meets the level-1 criteria, which it contains), for level 2 {@code level2}. The
     * constructor checked the sum against {@code total}, so it cannot overflow.
     */
    public Optional<Integer> atLeast(Level level) {
        if (level == Level.LEVEL_2) {
            return Optional.ofNullable(level2);
        }
        return level1 == null || level2 == null ? Optional.empty() : Optional.of(level1 + level2);
    }
}
