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
 * @param communes   its communes counted by the level they hold for the year: their own verdict, or a recognition
 *                   kept from an earlier year (TT 25 Art. 5.4) when that is higher; the not determined apart
 * @param results    each commune's result, in the tree's order
 * @param kept       communes counted at a level kept from an earlier year, higher than this year's verdict
 */
public record DistrictResult(Assessment assessment, RecognitionCounts communes, List<CommuneResult> results,
                             List<KeptRecognitions> kept) {
    public DistrictResult {
        required(assessment, "assessment");
        required(communes, "communes");
        results = list(results);
        kept = list(kept);
    }

    /** A district none of whose communes counts by a kept recognition. */
    public DistrictResult(Assessment assessment, RecognitionCounts communes, List<CommuneResult> results) {
        this(assessment, communes, results, List.of());
    }
}
