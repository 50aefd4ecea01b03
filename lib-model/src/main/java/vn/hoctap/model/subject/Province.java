package vn.hoctap.model.subject;

import java.util.List;

/**
 * A province or centrally run city ("tỉnh, thành phố trực thuộc trung ương"), the subject of "Cộng đồng học tập"
 * cấp tỉnh (TT 25/2023/TT-BGDĐT Art. 16-17).
 *
 * <p>Until 30/06/2025 a province contained districts, which contained communes; TT 25 criterion 4.1 counts the
 * districts holding the district title. From 01/07/2025 the district tier no longer exists and communes belong to
 * the province directly. What the province criterion counts after that is UNKNOWN (criteria.md §1), so both
 * memberships are kept and neither is derived from the other.
 *
 * @param unit          the province in the administrative-unit register; its tier must be
 *                      {@link AdministrativeTier#PROVINCE}
 * @param districtCodes official codes of its districts while the district tier existed, distinct; the denominator
 *                      of TT 25 criterion 4.1 (90 %); empty means not given, and is normal from 01/07/2025
 * @param communeCodes  official codes of the communes directly under it, distinct: every commune of the province
 *                      from 01/07/2025, none before (communes then sat under districts, which list them); empty
 *                      means not given
 * @param recognitions  "Cộng đồng học tập" cấp tỉnh decisions held; no other title is accepted
 */
public record Province(AdministrativeUnit unit, List<String> districtCodes, List<String> communeCodes,
                       List<Recognition> recognitions) {
    public Province {
        SubjectChecks.unitOfTier(unit, AdministrativeTier.PROVINCE);
        districtCodes = SubjectChecks.uniqueIds(districtCodes, "districtCodes");
        communeCodes = SubjectChecks.uniqueIds(communeCodes, "communeCodes");
        recognitions = SubjectChecks.recognitions(recognitions, Title.LEARNING_COMMUNITY);
    }
}
