/**
 * A province in bounded memory: {@link vn.hoctap.rules.stream.ProvinceStream} evaluates people supplied lazily by a
 * {@link java.util.Iterator} of {@link vn.hoctap.rules.stream.Sourced} subjects, in batches on a bounded pool, hands
 * each explained assessment to a {@link vn.hoctap.rules.stream.StreamSink} in source order, keeps only per-commune
 * tallies, and evaluates every commune, district and the province from those tallies exactly as
 * {@code Evaluator.rollUp} does.
 */
package vn.hoctap.rules.stream;
