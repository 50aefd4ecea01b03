/**
 * hoctap's domain values, with no rule engine: systems that only store or exchange requests and results can depend
 * on this module alone. Every value is an immutable record validated in its constructor; errors name the field.
 */
package vn.hoctap.model;
