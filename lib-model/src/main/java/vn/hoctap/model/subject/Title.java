package vn.hoctap.model.subject;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/** The learning-society titles ("danh hiệu") the library evaluates, and the emulation titles it reads. */
public enum Title implements Bilingual {
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

    private final Names names;

    Title(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
