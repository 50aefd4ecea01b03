package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.requiredText;
import static vn.hoctap.model.Checks.validatedList;
import static vn.hoctap.model.Checks.unique;

import java.util.List;
import vn.hoctap.model.InvalidInputException;

/**
 * A household ("hộ gia đình"), the subject of "Gia đình học tập". Its criteria (criteria.md §8) are counted over
 * its members (children at school at the right age, adults holding "Công dân học tập"), so the members are carried
 * in full; the thresholds themselves are parameters of a province's rule pack.
 *
 * @param id                     the caller's stable identifier, e.g. the household-register number ("số hộ khẩu");
 *                               clans and hamlets refer to the household by it
 * @param headName               name of the head of household ("chủ hộ"), or {@code null}: shown to people, never
 *                               used by rules
 * @param administrativeUnitCode code of the commune ("xã, phường, đặc khu") the household lives in, or {@code null}
 *                               if not given; province packs are chosen by it
 * @param members                the people living in the household, at least one, with distinct {@link Person#id()}s
 * @param recognitions           "Gia đình học tập" awards held; no other title is accepted
 */
public record Household(String id, String headName, String administrativeUnitCode, List<Person> members,
                        List<Recognition> recognitions) {
    public Household {
        requiredText(id, "id");
        members = validatedList(members, "members", m -> m);
        if (members.isEmpty()) {
            throw new InvalidInputException("members", "cần ít nhất một thành viên / needs at least one member");
        }
        unique(members, Person::id, "members", "id", "member id");
        recognitions = SubjectChecks.recognitions(recognitions, Title.LEARNING_FAMILY);
    }
}
