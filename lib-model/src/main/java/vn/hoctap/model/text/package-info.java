/**
 * Results as people read them, with no rule engine: {@link vn.hoctap.model.text.AssessmentRenderer} writes an
 * {@link vn.hoctap.model.result.Assessment} (fresh or read back from storage) as plain text, Markdown or HTML, in
 * Vietnamese or English; {@link vn.hoctap.model.text.Numbers} writes numbers the way each language does
 * (12.000; 92,31 % / 12,000; 92.31 %), for the renderer and for the engine's own sentences alike.
 */
package vn.hoctap.model.text;
