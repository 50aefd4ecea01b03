package vn.hoctap.rules.engine;

import java.util.function.Function;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.request.ScaleLevel;

/**
 * Computes, from a subject's raw figures, whether it reaches a step of a scale, e.g. the level of universal primary
 * education a commune reaches under NĐ 20/2014/NĐ-CP. Rules pass one to
 * {@link Check#requireComputedLevel(vn.hoctap.model.request.Input, String, LevelComputation)}; the check supplies the
 * step required and the parameters in force, so the computation's own thresholds are dated, cited parameters too.
 */
@FunctionalInterface
public interface LevelComputation {
    /**
     * @param required   the step the indicator requires
     * @param parameters the parameters in force for the check (its level and date), by id; a missing one throws
     *                   {@link vn.hoctap.model.catalogue.MissingParameterException}
     */
    LevelFinding compute(ScaleLevel required, Function<String, ResolvedParameter> parameters);
}
