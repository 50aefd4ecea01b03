/**
 * The engine and the facts rules see. Rule authors use {@link vn.hoctap.rules.engine.Check} (one per indicator and
 * level), {@link vn.hoctap.rules.engine.UnitProfile} and {@link vn.hoctap.rules.engine.Classification}
 * ("Đơn vị học tập"), {@link vn.hoctap.rules.engine.CommuneProfile} and {@link vn.hoctap.rules.engine.LevelComputation}
 * ("Cộng đồng học tập" cấp xã); the adapters of the association's titles ({@link vn.hoctap.rules.engine.HouseholdFacts}
 * and its siblings) count shares as {@link vn.hoctap.rules.engine.CountedShare}s. The rest is internal and may change.
 */
package vn.hoctap.rules.engine;
