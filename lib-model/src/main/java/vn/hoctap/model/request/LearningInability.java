package vn.hoctap.model.request;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * Why a member of a household cannot learn. The association's household criteria leave such children and adults out
 * of their counts (QĐ 448/QĐ-KHVN; criteria.md §8 names illness and disability, and only those are accepted: a
 * province that leaves out others must say so in its own rules).
 */
public enum LearningInability implements Bilingual {
    /** Ốm đau: illness that keeps the person from studying. */
    ILLNESS("ốm đau", "illness"),
    /** Khuyết tật: a disability that keeps the person from studying. */
    DISABILITY("khuyết tật", "disability");

    private final Names names;

    LearningInability(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
