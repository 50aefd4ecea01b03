/**
 * Text makers: the sentences of indicators, the summaries of assessments, the notices, and the way numbers are written
 * in them. Internal.
 */
package vn.hoctap.rules.engine.text;
