package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.requiredText;

import java.util.List;

/**
 * A grassroots unit ("đơn vị cấp cơ sở") under a commune, the subject of the association's "Đơn vị học tập" cấp cơ
 * sở: a commune's school, health station, cooperative, office or association branch. Its criteria are a province's
 * set on the association's framework (criteria.md §8, content mostly UNKNOWN); TT 24/2023 does not apply to it, since
 * TT 24 evaluates units at district and province level only ({@link Organisation}).
 *
 * @param id           the caller's stable identifier
 * @param name         official name, e.g. "Trường Mầm non xã Tân Lập"
 * @param communeCode  official code of the commune ("xã, phường, đặc khu") it belongs to; required because the
 *                     commune decides which province's rule pack applies
 * @param kind         what sort of organisation it is, or {@code null} if not stated: no national rule reads it, a
 *                     province's rule may (an indicator for schools only)
 * @param recognitions "Đơn vị học tập" awards held at this level; no other title is accepted
 */
public record GrassrootsUnit(String id, String name, String communeCode, OrganisationKind kind,
                             List<Recognition> recognitions) {
    public GrassrootsUnit {
        requiredText(id, "id");
        requiredText(name, "name");
        requiredText(communeCode, "communeCode");
        recognitions = SubjectChecks.recognitions(recognitions, Title.LEARNING_UNIT);
    }
}
