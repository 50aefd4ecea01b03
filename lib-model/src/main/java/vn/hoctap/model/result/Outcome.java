package vn.hoctap.model.result;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/** The outcome of one indicator or criterion. */
public enum Outcome implements Bilingual {
    /** Đạt. */
    MET("đạt", "met"),
    /** Không đạt: below the threshold, stated as not done, or without evidence. */
    NOT_MET("không đạt", "not met"),
    /** Không áp dụng: the indicator does not apply to this kind of subject. */
    NOT_APPLICABLE("không áp dụng", "not applicable"),
    /** Chưa xác định: the request does not carry the data needed. */
    UNDETERMINED("chưa xác định", "not determined");

    private final Names names;

    Outcome(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }

    /**
     * The outcome of several requirements that must all hold: one not met decides; otherwise one undetermined
     * leaves it open; requirements that do not apply are ignored.
     */
    public static Outcome allOf(Iterable<Outcome> outcomes) {
        boolean undetermined = false;
        boolean met = false;
        for (Outcome o : outcomes) {
            switch (o) {
                case NOT_MET -> {
                    return NOT_MET;
                }
                case UNDETERMINED -> undetermined = true;
                case MET -> met = true;
                case NOT_APPLICABLE -> {
                }
            }
        }
        return undetermined ? UNDETERMINED : met ? MET : NOT_APPLICABLE;
    }
}
