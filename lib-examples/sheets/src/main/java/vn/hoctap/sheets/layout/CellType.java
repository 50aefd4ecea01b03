package vn.hoctap.sheets.layout;

/**
 * What a column holds, which decides how a cell is read, which data validation the template puts on it and how it is
 * written to the request's JSON.
 */
public enum CellType {
    /** Free text or a code that must keep its leading zeros (ids, administrative codes): typed as text. */
    TEXT,
    /** A whole number (a count, a year). */
    WHOLE_NUMBER,
    /** A number that may have decimals (a self-assessed score). */
    DECIMAL,
    /** "có" or "không" (yes or no); an empty cell is "not stated", never "no". */
    YES_NO,
    /** One of a fixed list of values, chosen from a drop-down list: the Vietnamese label, or the code itself. */
    CODE,
    /** A calendar date, typed as a date (in a CSV file: {@code 2024-01-31} or {@code 31/01/2024}). */
    DATE,
    /** References of evidence ("minh chứng"), one per line or separated by ";". */
    EVIDENCE
}
