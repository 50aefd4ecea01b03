package vn.hoctap.model.catalogue;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/** How sure the library is of a criterion or a number (see {@code lib-rules/sources/criteria.md}). */
public enum Status implements Bilingual {
    /** Read in the primary legal text, or in two independent secondary sources. */
    VERIFIED("đã kiểm chứng", "verified"),
    /** From one good secondary source; encoded, and flagged as such in every explanation. */
    PROBABLE("chưa kiểm chứng đầy đủ", "probable"),
    /**
     * Not found in any source: a slot the library keeps where a framework is known to have something but not what it
     * says (the 2022 clan framework's seven indicators), or an illustrative number. Every explanation flags it; a
     * province pack confirms or replaces it.
     */
    UNKNOWN("chưa xác định được nguồn", "unknown"),
    /**
     * An invented value that illustrates the machinery (the example packs): no law says it, and it must never be
     * read as one. Every explanation flags it.
     */
    ILLUSTRATIVE("giá trị minh họa, không phải quy định", "illustrative value, not law");

    private final Names names;

    Status(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
