package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.util.List;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.result.Assessment;

/**
 * A province evaluated bottom-up: its assessment equals evaluating its request with {@code districts} as its district
 * counts, or (communes directly under it) with {@code communes} as its commune counts.
 *
 * @param assessment     the province's assessment
 * @param districts      its districts counted by the level their assessment reached, the not determined apart;
 *                       {@code null} when the tree gave communes directly under the province
 * @param results        each district's result, in the tree's order
 * @param communes       the communes directly under the province counted the same way, or {@code null} when the tree
 *                       gave districts
 * @param communeResults each such commune's result, in the tree's order
 * @param kept           districts (or communes) counted at a level kept from an earlier year, higher than this
 *                       year's verdict
 */
public record ProvinceResult(Assessment assessment, RecognitionCounts districts, List<DistrictResult> results,
                             RecognitionCounts communes, List<CommuneResult> communeResults,
                             List<KeptRecognitions> kept) {
    public ProvinceResult {
        kept = list(kept);
        required(assessment, "assessment");
        if ((districts == null) == (communes == null)) {
            throw new IllegalArgumentException("exactly one of districts and communes");
        }
        results = list(results);
        communeResults = list(communeResults);
    }

    /** A province evaluated from its districts. */
    public ProvinceResult(Assessment assessment, RecognitionCounts districts, List<DistrictResult> results) {
        this(assessment, districts, results, null, List.of(), List.of());
    }
}
