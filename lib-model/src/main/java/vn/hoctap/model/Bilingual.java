package vn.hoctap.model;

/**
 * Something shown to people by name in both languages: the library's codes (levels, tiers, kinds, outcomes...)
 * implement it so that every report writes them the same way.
 */
public interface Bilingual {
    /** Both names. */
    Names names();

    /** The Vietnamese name. */
    default String nameVi() {
        return names().vi();
    }

    /** The English name. */
    default String nameEn() {
        return names().en();
    }
}
