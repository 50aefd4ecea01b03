/**
 * The engine core and the facts rules see. Rule authors use {@link vn.hoctap.rules.engine.Check} (one per indicator
 * and level), {@link vn.hoctap.rules.engine.UnitProfile} and {@link vn.hoctap.rules.engine.Classification}
 * ("Đơn vị học tập"), {@link vn.hoctap.rules.engine.CommuneProfile} and {@link vn.hoctap.rules.engine.LevelComputation}
 * ("Cộng đồng học tập" cấp xã), {@link vn.hoctap.rules.engine.ProvinceProfile}; shares are counted as
 * {@link vn.hoctap.rules.engine.CountedShare}s. The subjects come in through adapters
 * ({@link vn.hoctap.rules.engine.subject}) and the sentences are made in {@link vn.hoctap.rules.engine.text}. The rest
 * is internal and may change.
 */
package vn.hoctap.rules.engine;
