package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.util.List;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;

/**
 * A commune evaluated bottom-up: its assessment equals evaluating its request with {@code citizens} as counts.
 *
 * @param assessment    the commune's assessment
 * @param citizens      the counts its criterion 5 read: computed from the people, or the request's own when no people
 *                      were given
 * @param tally         how the people's "Công dân học tập" self-assessments came out, or {@code null} without people
 * @param people        each person's assessment, in the order of {@link CommuneTree#people()}
 * @param organisations the organisations, in order
 * @param kept          the people counted as holding "Công dân học tập" from an earlier award still kept for the
 *                      year, or {@code null} when none is
 */
public record CommuneResult(Assessment assessment, CitizenCounts citizens, CitizenTally tally, List<Assessment> people,
                            List<OrganisationResult> organisations, KeptLearningCitizens kept) {
    public CommuneResult {
        required(assessment, "assessment");
        people = list(people);
        organisations = list(organisations);
    }

    /** A commune none of whose people holds a kept award. */
    public CommuneResult(Assessment assessment, CitizenCounts citizens, CitizenTally tally, List<Assessment> people,
                         List<OrganisationResult> organisations) {
        this(assessment, citizens, tally, people, organisations, null);
    }
}
