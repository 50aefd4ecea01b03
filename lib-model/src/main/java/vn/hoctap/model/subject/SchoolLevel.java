package vn.hoctap.model.subject;

/** The top grade level ("cấp học cao nhất") of a general-education school, multi-level schools included. */
public enum SchoolLevel {
    PRIMARY("tiểu học", "primary"),
    LOWER_SECONDARY("trung học cơ sở", "lower secondary"),
    UPPER_SECONDARY("trung học phổ thông", "upper secondary");

    private final String nameVi;
    private final String nameEn;

    SchoolLevel(String nameVi, String nameEn) {
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
