/**
 * The engine and the facts rules see. Rule authors use {@link vn.hoctap.rules.engine.Check} (one per indicator and
 * level), {@link vn.hoctap.rules.engine.UnitProfile} and {@link vn.hoctap.rules.engine.Classification}; the
 * adapters of the association's titles ({@link vn.hoctap.rules.engine.HouseholdFacts} and its siblings) count shares as
 * {@link vn.hoctap.rules.engine.CountedShare}s. The rest is internal and may change.
 */
package vn.hoctap.rules.engine;
