package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.requiredText;

import java.util.List;

/**
 * A hamlet-level community ("thôn, bản, ấp, tổ dân phố"), the subject of "Cộng đồng học tập" cấp thôn. It is not an
 * administrative unit (it has no official code in the administrative-unit register), so it carries its own id and
 * the code of the commune it lies in. Its criteria are a province's (criteria.md §8, content mostly UNKNOWN).
 *
 * <p>Households are referred to by id, not embedded, for the reasons given on {@link Clan}.
 *
 * @param id           the caller's stable identifier
 * @param name         local name, e.g. "Thôn Đông", "Tổ dân phố số 5"
 * @param communeCode  official code of the commune ("xã, phường, đặc khu") it lies in; required because the
 *                     commune decides which province's rule pack applies
 * @param householdIds {@link Household#id()}s of the households living in it, distinct; empty means not given
 * @param recognitions "Cộng đồng học tập" (hamlet) awards held; no other title is accepted
 */
public record HamletCommunity(String id, String name, String communeCode, List<String> householdIds,
                              List<Recognition> recognitions) {
    public HamletCommunity {
        requiredText(id, "id");
        requiredText(name, "name");
        requiredText(communeCode, "communeCode");
        householdIds = SubjectChecks.uniqueIds(householdIds, "householdIds");
        recognitions = SubjectChecks.recognitions(recognitions, Title.LEARNING_COMMUNITY);
    }
}
