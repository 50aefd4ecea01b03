package vn.hoctap.model.subject;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/** The top grade level ("cấp học cao nhất") of a general-education school, multi-level schools included. */
public enum SchoolLevel implements Bilingual {
    PRIMARY("tiểu học", "primary"),
    LOWER_SECONDARY("trung học cơ sở", "lower secondary"),
    UPPER_SECONDARY("trung học phổ thông", "upper secondary");

    private final Names names;

    SchoolLevel(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
