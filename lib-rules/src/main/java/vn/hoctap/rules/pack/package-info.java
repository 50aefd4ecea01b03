/**
 * Province packs ("bộ tiêu chí của tỉnh"): a directory of metadata, parameters, a catalogue overlay and DRL that a
 * province lays over the precompiled national rules at run time. Users need {@link vn.hoctap.rules.pack.ProvincePack}
 * (where a pack is) and, when a pack is wrong, {@link vn.hoctap.rules.pack.PackValidationException} with its
 * {@link vn.hoctap.rules.pack.PackProblem}s; {@code Evaluator.builder().add(pack).build()} loads it.
 * {@link vn.hoctap.rules.pack.PackComposer} is internal. A pack's DRL runs inside the host: load only trusted packs.
 */
package vn.hoctap.rules.pack;
