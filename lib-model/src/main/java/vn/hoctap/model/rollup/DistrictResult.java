package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.util.List;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.result.Assessment;

/**
 * A district evaluated bottom-up: its assessment equals evaluating its request with {@code communes} as counts.
 *
 * @param assessment the district's assessment
 * @param communes   its communes counted by the level their assessment reached, the not determined apart
 * @param results    each commune's result, in the tree's order
 */
public record DistrictResult(Assessment assessment, RecognitionCounts communes, List<CommuneResult> results) {
    public DistrictResult {
        required(assessment, "assessment");
        required(communes, "communes");
        results = list(results);
    }
}
