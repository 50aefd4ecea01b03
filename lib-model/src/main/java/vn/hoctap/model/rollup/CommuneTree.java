package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.validatedList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CommuneEvaluationRequest;

/**
 * A commune with its citizens' "Công dân học tập" self-assessments and qualifications, and the organisations
 * evaluated with it. The roll-up evaluates the people and counts them into the commune's criterion 5 (TT 25/2023
 * Art. 6.5, 7.5): the people given are the commune's citizens, the denominator of its shares.
 *
 * @param commune       the commune's request; its {@code citizens} counts must be left out when people are given,
 *                      since the roll-up computes them
 * @param people        the commune's citizens, each with a distinct id and the commune's evaluation year; may be
 *                      empty, and then the commune's own counts are used
 * @param organisations units evaluated alongside the commune (its People's Committee, schools, enterprises)
 */
public record CommuneTree(CommuneEvaluationRequest commune, List<CitizenEvaluationRequest> people,
                          List<OrganisationTree> organisations) {
    public CommuneTree {
        required(commune, "commune");
        people = validatedList(people, "people", p -> p);
        organisations = validatedList(organisations, "organisations", o -> o);
        if (!people.isEmpty() && commune.citizens() != null) {
            throw new InvalidInputException("commune.citizens", "bỏ trống khi đã cho danh sách người: số liệu được tính"
                    + " từ kết quả của từng người / leave out when people are given: the counts come from their results");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            CitizenEvaluationRequest p = people.get(i);
            if (!seen.add(p.person().id())) {
                throw new InvalidInputException("people[" + i + "].person.id", "trùng người '" + p.person().id()
                        + "' / person '" + p.person().id() + "' appears twice");
            }
            if (p.evaluationYear().intValue() != commune.evaluationYear()) {
                throw new InvalidInputException("people[" + i + "].evaluationYear", "khác năm đánh giá của xã ("
                        + commune.evaluationYear() + ") / differs from the commune's evaluation year ("
                        + commune.evaluationYear() + ")");
            }
        }
    }

    /** The commune's code, by which a district lists it. */
    public String code() {
        return commune.commune().unit().code();
    }
}
