package vn.hoctap.model.subject;

/** The recognition levels of TT 24/2023 and TT 25/2023: "mức độ 1" and "mức độ 2". Level 2 is the higher. */
public enum Level {
    LEVEL_1(1, "mức độ 1", "level 1"),
    LEVEL_2(2, "mức độ 2", "level 2");

    private final int number;
    private final String nameVi;
    private final String nameEn;

    Level(int number, String nameVi, String nameEn) {
        this.number = number;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public int number() {
        return number;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }
}
