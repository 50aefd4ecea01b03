package vn.hoctap.model.result;

/** Why an indicator has its outcome. */
public enum Reason {
    /** The observed value reaches the threshold, or the unit states it with evidence. */
    REQUIREMENT_MET,
    /** The observed value is below the threshold. */
    BELOW_THRESHOLD,
    /** The unit states that it does not meet the requirement. */
    STATED_NOT_DONE,
    /** The data are given but no evidence is (TT 24 Art. 9.3, 15.3). */
    NO_EVIDENCE,
    /** The indicator does not apply to this kind of subject. */
    NOT_APPLICABLE_TO_SUBJECT,
    /** The request does not carry the data needed. */
    MISSING_INPUT,
    /** A figure did not rise (or fall) from the year before as required; an unchanged figure is no change. */
    NOT_IMPROVED,
    /**
     * What the indicator counts no longer exists on the evaluation's dates (the districts of TT 25 criterion 4.1
     * after the two-tier reform): it cannot be judged as written, and no data can change that; a province pack may
     * replace it.
     */
    SUBJECT_NO_LONGER_EXISTS,
    /**
     * The outcome rests on the library's reading, not on the text's words (e.g. TT 25 Art. 16.3.a not applying to a
     * province that runs no university); the reading is a named parameter a pack can switch off.
     */
    LIBRARY_READING
}
