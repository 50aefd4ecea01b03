package vn.hoctap.model.subject;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/** The recognition levels of TT 24/2023 and TT 25/2023: "mức độ 1" and "mức độ 2". Level 2 is the higher. */
public enum Level implements Bilingual {
    LEVEL_1(1, "mức độ 1", "level 1"),
    LEVEL_2(2, "mức độ 2", "level 2");

    private final int number;
    private final Names names;

    Level(int number, String nameVi, String nameEn) {
        this.number = number;
        this.names = new Names(nameVi, nameEn);
    }

    public int number() {
        return number;
    }

    @Override
    public Names names() {
        return names;
    }
}
