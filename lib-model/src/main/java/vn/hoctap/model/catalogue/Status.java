package vn.hoctap.model.catalogue;

/** How sure the library is of a criterion or a number (see {@code shared/spec/criteria.md}). */
public enum Status {
    /** Read in the primary legal text, or in two independent secondary sources. */
    VERIFIED("đã kiểm chứng", "verified"),
    /** From one good secondary source; encoded, and flagged as such in every explanation. */
    PROBABLE("chưa kiểm chứng đầy đủ", "probable");

    private final String nameVi;
    private final String nameEn;

    Status(String nameVi, String nameEn) {
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
