package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.validatedList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitMember;

/**
 * An organisation ("Đơn vị học tập", TT 24/2023) with its members' own "Công dân học tập" self-assessments: the
 * roll-up evaluates the members and fills in who holds the title (TT 24 Art. 6.3.a) before evaluating the unit.
 *
 * <p>Members are linked by id to the unit's member records ({@code unit.memberList}), so the unit must give its
 * members as records; a record that already states {@code learningCitizen} cannot also have a self-assessment, as the
 * two could disagree.
 *
 * @param unit    the unit's request, members given as records
 * @param members the members' self-assessments, each person's id one of {@code unit.memberList[].id}
 */
public record OrganisationTree(UnitEvaluationRequest unit, List<CitizenEvaluationRequest> members) {
    public OrganisationTree {
        required(unit, "unit");
        members = validatedList(members, "members", m -> m);
        if (!members.isEmpty() && unit.memberList().isEmpty()) {
            throw new InvalidInputException("unit.memberList", "cần danh sách thành viên để gắn kết quả “Công dân học tập”"
                    + " của từng người / member records are needed to link each member's 'Công dân học tập' result");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            CitizenEvaluationRequest m = members.get(i);
            String id = m.person().id();
            if (!seen.add(id)) {
                throw new InvalidInputException("members[" + i + "].person.id", "trùng người '" + id
                        + "' / person '" + id + "' appears twice");
            }
            String path = "members[" + i + "]";
            UnitMember record = unit.memberList().stream().filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(path + ".person.id",
                            "không có trong unit.memberList / not in unit.memberList"));
            if (record.learningCitizen() != null) {
                throw new InvalidInputException("members[" + i + "]", "unit.memberList đã ghi learningCitizen cho '"
                        + id + "'; bỏ một trong hai / unit.memberList already states learningCitizen for '" + id
                        + "'; give one or the other");
            }
            if (m.evaluationYear().intValue() != unit.evaluationYear()) {
                throw new InvalidInputException("members[" + i + "].evaluationYear", "khác năm đánh giá của đơn vị ("
                        + unit.evaluationYear() + ") / differs from the unit's evaluation year (" + unit.evaluationYear()
                        + ")");
            }
        }
    }
}
