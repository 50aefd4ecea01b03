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
    NOT_IMPROVED
}
