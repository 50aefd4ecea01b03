package vn.hoctap.model.subject;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * A person's highest professional or technical training ("trình độ chuyên môn kỹ thuật"), as TT 25/2023 Art. 6.5.b and
 * 7.5.b count the citizens of a commune: those trained at any professional-technical level, and among them those with
 * a university degree or higher. A university graduate therefore counts in both.
 *
 * <p>Which short courses count as "được đào tạo trình độ chuyên môn kỹ thuật" is not defined in the text the library
 * has (TT 25 Art. 2 is missing); the caller classifies each person, and the library only counts.
 */
public enum Qualification implements Bilingual {
    /** No professional or technical training. */
    NONE("chưa qua đào tạo trình độ chuyên môn kỹ thuật", "no professional or technical training"),
    /** Vocational or professional-technical training below university (e.g. trung cấp, cao đẳng). */
    VOCATIONAL_OR_PROFESSIONAL("được đào tạo trình độ chuyên môn kỹ thuật dưới đại học",
            "vocational or professional-technical training below university"),
    /** A university degree or higher ("trình độ đại học trở lên"). */
    UNIVERSITY_OR_HIGHER("trình độ đại học trở lên", "university degree or higher");

    private final Names names;

    Qualification(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }

    /** Whether TT 25 Art. 6.5.b counts the person as trained at a professional-technical level (degrees included). */
    public boolean professionallyTrained() {
        return this != NONE;
    }
}
