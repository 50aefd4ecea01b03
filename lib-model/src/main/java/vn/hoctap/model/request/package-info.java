/**
 * What a caller sends: the evaluation year, the subject, its figures (as counts or as records), its statements and
 * the evidence for each. {@link vn.hoctap.model.request.Input} names what rules may read.
 */
package vn.hoctap.model.request;
