package vn.hoctap.model.subject;

/** The learning-society titles ("danh hiệu") the library evaluates, and the emulation titles it reads. */
public enum Title {
    /** "Công dân học tập", awarded to a person (QĐ 324/QĐ-KHVN). */
    LEARNING_CITIZEN("Công dân học tập", "Learning citizen"),
    /** "Gia đình học tập", awarded to a household. */
    LEARNING_FAMILY("Gia đình học tập", "Learning family"),
    /** "Dòng họ học tập", awarded to a clan. */
    LEARNING_CLAN("Dòng họ học tập", "Learning clan"),
    /** "Cộng đồng học tập": hamlet, commune, district or province. */
    LEARNING_COMMUNITY("Cộng đồng học tập", "Learning community"),
    /** "Đơn vị học tập": organisations (TT 24/2023) and grassroots units. */
    LEARNING_UNIT("Đơn vị học tập", "Learning unit");

    private final String nameVi;
    private final String nameEn;

    Title(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }
}
