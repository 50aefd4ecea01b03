package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.util.List;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.result.Assessment;

/**
 * A province evaluated bottom-up: its assessment equals evaluating its request with {@code districts} as counts.
 *
 * @param assessment the province's assessment
 * @param districts  its districts counted by the level their assessment reached, the not determined apart
 * @param results    each district's result, in the tree's order
 */
public record ProvinceResult(Assessment assessment, RecognitionCounts districts, List<DistrictResult> results) {
    public ProvinceResult {
        required(assessment, "assessment");
        required(districts, "districts");
        results = list(results);
    }
}
