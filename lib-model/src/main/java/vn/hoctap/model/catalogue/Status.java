package vn.hoctap.model.catalogue;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/** How sure the library is of a criterion or a number (see {@code shared/spec/criteria.md}). */
public enum Status implements Bilingual {
    /** Read in the primary legal text, or in two independent secondary sources. */
    VERIFIED("đã kiểm chứng", "verified"),
    /** From one good secondary source; encoded, and flagged as such in every explanation. */
    PROBABLE("chưa kiểm chứng đầy đủ", "probable");

    private final Names names;

    Status(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
