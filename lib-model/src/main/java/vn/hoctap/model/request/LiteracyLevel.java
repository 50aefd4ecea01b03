package vn.hoctap.model.request;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * A person's literacy in the sense of Nghị định 20/2014/NĐ-CP ("biết chữ mức độ 1", "mức độ 2"), as a household's
 * criteria read it (adults 19-60 literate at level 1 or above, QĐ 448/QĐ-KHVN). Ordered from lowest to highest.
 */
public enum LiteracyLevel implements Bilingual {
    NOT_LITERATE("chưa biết chữ", "not literate"),
    LEVEL_1("biết chữ mức độ 1", "literate at level 1"),
    LEVEL_2("biết chữ mức độ 2", "literate at level 2");

    private final Names names;

    LiteracyLevel(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }

    /** Whether this level is {@code required} or higher. */
    public boolean atLeast(LiteracyLevel required) {
        return compareTo(required) >= 0;
    }
}
