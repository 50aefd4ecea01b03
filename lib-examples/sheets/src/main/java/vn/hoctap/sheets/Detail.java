package vn.hoctap.sheets;

/** Which indicators the detail sheet of an explained workbook lists. */
public enum Detail {
    /** Every indicator of every level of every subject. */
    ALL,
    /** Only indicators not met or not determined: what the official must act on, for long lists. */
    UNMET,
    /** No detail sheet. */
    NONE
}
