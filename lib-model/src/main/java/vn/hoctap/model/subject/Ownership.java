package vn.hoctap.model.subject;

/** Whether an organisation belongs to the State ("công lập") or not ("ngoài công lập": dân lập, tư thục, private). */
public enum Ownership {
    PUBLIC("công lập", "public"),
    PRIVATE("ngoài công lập", "non-public");

    private final String nameVi;
    private final String nameEn;

    Ownership(String nameVi, String nameEn) {
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
