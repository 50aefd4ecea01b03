package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;

import java.util.List;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;

/**
 * An organisation evaluated bottom-up.
 *
 * @param assessment the unit's own assessment, from the member records completed with the members' results
 * @param members    how the members' "Công dân học tập" self-assessments came out
 * @param people     each member's assessment, in the order of {@link OrganisationTree#members()}
 * @param kept       the members counted as holding the title from an earlier award still kept for the year, or
 *                   {@code null} when none is
 */
public record OrganisationResult(Assessment assessment, CitizenTally members, List<Assessment> people,
                                 KeptLearningCitizens kept) {
    public OrganisationResult {
        required(assessment, "assessment");
        required(members, "members");
        people = list(people);
    }

    /** An organisation none of whose members holds a kept award. */
    public OrganisationResult(Assessment assessment, CitizenTally members, List<Assessment> people) {
        this(assessment, members, people, null);
    }
}
