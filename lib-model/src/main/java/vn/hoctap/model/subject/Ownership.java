package vn.hoctap.model.subject;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/** Whether an organisation belongs to the State ("công lập") or not ("ngoài công lập": dân lập, tư thục, private). */
public enum Ownership implements Bilingual {
    PUBLIC("công lập", "public"),
    PRIVATE("ngoài công lập", "non-public");

    private final Names names;

    Ownership(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
