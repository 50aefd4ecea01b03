package vn.hoctap.model.subject;

import static vn.hoctap.model.Checks.requiredText;

import java.util.List;

/**
 * A clan ("dòng họ"), the subject of "Dòng họ học tập". Its 2022 framework criteria (7 indicators, content UNKNOWN,
 * criteria.md §8) are expected to count its households, for example the share holding "Gia đình học tập".
 *
 * <p>The clan refers to its households by id rather than embedding them. A household is a subject in its own right
 * and also belongs to a hamlet, and a clan's households are often spread over several hamlets or communes; copies
 * embedded in each would be able to disagree with one another, and every clan document would repeat its members'
 * personal data. Whatever evaluates a clan carries the households once and resolves these ids against them.
 *
 * @param id           the caller's stable identifier
 * @param name         how the clan is known locally, e.g. "Họ Nguyễn Văn thôn Đông"
 * @param householdIds {@link Household#id()}s of the clan's households, distinct; empty means not given, never
 *                     "a clan without households"
 * @param recognitions "Dòng họ học tập" awards held; no other title is accepted
 */
public record Clan(String id, String name, List<String> householdIds, List<Recognition> recognitions) {
    public Clan {
        requiredText(id, "id");
        requiredText(name, "name");
        householdIds = SubjectChecks.uniqueIds(householdIds, "householdIds");
        recognitions = SubjectChecks.recognitions(recognitions, Title.LEARNING_CLAN);
    }
}
