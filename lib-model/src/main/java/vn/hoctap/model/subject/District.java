package vn.hoctap.model.subject;

import java.util.List;

/**
 * A district ("huyện, quận, thị xã, thành phố thuộc tỉnh"), the subject of "Cộng đồng học tập" cấp huyện
 * (TT 25/2023/TT-BGDĐT Art. 11-12).
 *
 * <p>The district tier was abolished on 01/07/2025; {@link AdministrativeUnit} ends every district unit on that day.
 * Whether and how TT 25 applies to evaluations after it is UNKNOWN (criteria.md §1), which the rules, not this
 * record, must say.
 *
 * @param unit         the district in the administrative-unit register; its tier must be
 *                     {@link AdministrativeTier#DISTRICT}
 * @param communeCodes official codes of the district's communes, distinct: TT 25 criterion 4.1 requires a share of
 *                     them (90 %) to hold the commune title, so they are the denominator; empty means not given
 * @param recognitions "Cộng đồng học tập" cấp huyện decisions held; no other title is accepted
 */
public record District(AdministrativeUnit unit, List<String> communeCodes, List<Recognition> recognitions) {
    public District {
        SubjectChecks.unitOfTier(unit, AdministrativeTier.DISTRICT);
        communeCodes = SubjectChecks.uniqueIds(communeCodes, "communeCodes");
        recognitions = SubjectChecks.recognitions(recognitions, Title.LEARNING_COMMUNITY);
    }
}
