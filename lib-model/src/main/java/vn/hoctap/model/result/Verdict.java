package vn.hoctap.model.result;

import java.util.Optional;
import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;
import vn.hoctap.model.subject.Level;

/** The conclusion of an assessment. */
public enum Verdict implements Bilingual {
    /** Every criterion of level 2 is met. */
    LEVEL_2("đạt mức độ 2", "meets level 2"),
    /** Every criterion of level 1 is met and level 2 is not. */
    LEVEL_1("đạt mức độ 1", "meets level 1"),
    /** Neither level is met. */
    NOT_RECOGNISED("không đủ điều kiện công nhận", "not recognised"),
    /** Missing data could change the result; see the missing inputs. */
    NOT_DETERMINED("chưa xác định được: thiếu dữ liệu", "not determined: data missing");

    private final Names names;

    Verdict(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
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
