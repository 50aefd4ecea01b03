/**
 * The criteria as data: schemes, criteria and indicators with names, citations, status and effective dates, and
 * the dated parameters (thresholds) rules look up by id.
 */
package vn.hoctap.model.catalogue;
