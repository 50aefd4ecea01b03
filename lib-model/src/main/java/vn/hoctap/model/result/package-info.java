/**
 * What an evaluation returns: the verdict, each level, criterion and indicator with its outcome, measurements,
 * citation and sentences in Vietnamese and English, the missing inputs, notices and the calendar.
 */
package vn.hoctap.model.result;
