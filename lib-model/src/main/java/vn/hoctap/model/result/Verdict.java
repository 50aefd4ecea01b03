package vn.hoctap.model.result;

import java.util.Optional;
import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;
import vn.hoctap.model.subject.Level;

/**
 * The conclusion of an assessment.
 *
 * <p>Most schemes have levels ("mức độ 1", "mức độ 2": TT 24, TT 25). A title without levels ("Công dân học tập",
 * the association's household, clan, hamlet and grassroots titles) has a single level, and its {@link #LEVEL_1}
 * means that the title is earned: the same code keeps roll-ups and stored results uniform, and the words differ.
 * {@link #names()} are the words of a scheme with levels ("đạt mức độ 1"), {@link #titleNames()} those of a title
 * ("đạt danh hiệu"); {@link Assessment#verdictNames()} picks the right ones for an assessment.
 */
public enum Verdict implements Bilingual {
    /** Every criterion of level 2 is met. */
    LEVEL_2("đạt mức độ 2", "meets level 2", "đạt danh hiệu", "earns the title"),
    /** Every criterion of level 1 is met and level 2 is not; for a title without levels, the title is earned. */
    LEVEL_1("đạt mức độ 1", "meets level 1", "đạt danh hiệu", "earns the title"),
    /** Neither level is met; for a title without levels, the title is not earned. */
    NOT_RECOGNISED("không đủ điều kiện công nhận", "not recognised", "không đạt danh hiệu",
            "does not earn the title"),
    /** Missing data could change the result; see the missing inputs. */
    NOT_DETERMINED("chưa xác định được: thiếu dữ liệu", "not determined: data missing",
            "chưa xác định được: thiếu dữ liệu", "not determined: data missing");

    private final Names names;
    private final Names titleNames;

    Verdict(String nameVi, String nameEn, String titleVi, String titleEn) {
        this.names = new Names(nameVi, nameEn);
        this.titleNames = new Names(titleVi, titleEn);
    }

    /** The words of this verdict in a scheme with levels: "đạt mức độ 1" / "meets level 1". */
    @Override
    public Names names() {
        return names;
    }

    /**
     * The words of this verdict for a title without levels: "đạt danh hiệu" / "earns the title", "không đạt danh
     * hiệu" / "does not earn the title"; followed by the title's name where a sentence needs it.
     */
    public Names titleNames() {
        return titleNames;
    }

    /** {@link #names()} when {@code hasLevels}, else {@link #titleNames()}. */
    public Names names(boolean hasLevels) {
        return hasLevels ? names : titleNames;
    }

    /** The level this verdict grants, if any. */
    public Optional<Level> level() {
        return switch (this) {
            case LEVEL_2 -> Optional.of(Level.LEVEL_2);
            case LEVEL_1 -> Optional.of(Level.LEVEL_1);
            default -> Optional.empty();
        };
    }
}
