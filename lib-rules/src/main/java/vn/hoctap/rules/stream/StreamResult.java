package vn.hoctap.rules.stream;

import java.util.Objects;
import vn.hoctap.model.rollup.ProvinceResult;

/**
 * What a stream leaves once every person has gone to the sink: the province, its districts and communes evaluated
 * from the tallies (each commune's {@code people} empty: their assessments went to the sink), and how many people
 * were evaluated and refused.
 *
 * @param province  the province's result, as {@code Evaluator.rollUp(ProvinceTree)} gives it but without people
 * @param evaluated people evaluated and counted
 * @param refused   people whose input was refused, each reported to the sink
 */
public record StreamResult(ProvinceResult province, long evaluated, long refused) {
    public StreamResult {
        Objects.requireNonNull(province, "province");
    }
}
