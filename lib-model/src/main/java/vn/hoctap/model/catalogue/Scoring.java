package vn.hoctap.model.catalogue;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/** How a scheme turns its indicators into levels. */
public enum Scoring implements Bilingual {
    /**
     * Pass or fail: a criterion is met when every indicator is, a level when every criterion is (TT 24 Art. 8, 9,
     * 14, 15; TT 25 alike).
     */
    ALL_CRITERIA("mọi tiêu chí đều đạt", "every criterion met"),
    /**
     * Points: each indicator earns points up to its maximum ({@code <indicator>.MAX_POINTS}, or
     * {@code <scheme>.MAX_INDICATOR_POINTS} for all); a criterion's points may be capped ({@code <criterion>.MAX_POINTS})
     * and may need a minimum ({@code <criterion>.MIN_POINTS}); a level needs a total of at least
     * {@code <scheme>.PASS_MARK}, no indicator below its floor ({@code <indicator>.MIN_POINTS}, or
     * {@code <scheme>.MIN_INDICATOR_POINTS} for all) and every mandatory indicator met. A pass/fail indicator earns
     * its maximum when met and nothing when not; an indicator that does not apply to the subject earns its maximum,
     * as it cannot be held against it. The structure of the "Công dân học tập" and household, clan and hamlet sets
     * (criteria.md §7, §8).
     */
    POINTS("chấm điểm", "points");

    private final Names names;

    Scoring(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
