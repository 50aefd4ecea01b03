package vn.hoctap.model.subject;

import java.util.List;

/**
 * A commune ("xã, phường, thị trấn"; "xã, phường, đặc khu" from 01/07/2025), the subject of "Cộng đồng học tập"
 * cấp xã (TT 25/2023/TT-BGDĐT Art. 6-7).
 *
 * <p>It names no households, clans or hamlets: their titles are not inputs to the commune title (criteria.md §5,
 * VERIFIED); only citizens' "Công dân học tập" and qualifications are, and those arrive as counts with the request.
 *
 * <p>The two flags come from different legal lists and change different figures, so the library never infers one
 * from the other. {@code null} in either means "not stated": a rule whose threshold depends on it reports the
 * indicator as not determined rather than guessing the ordinary threshold.
 *
 * @param unit                the commune in the administrative-unit register; its tier must be
 *                            {@link AdministrativeTier#COMMUNE}
 * @param disadvantaged       whether the commune is in a disadvantaged area ("xã thuộc vùng khó khăn"), which lowers
 *                            TT 25 criterion 5.2 (Art. 6.5.b: 40 % trained, of the commune's citizens 10 % with a
 *                            degree, instead of 50 % and 12 %; Art. 7.5.b: 50 % and 12 % instead of 60 % and 15 %)
 * @param especiallyDifficult whether the commune has especially difficult socio-economic conditions ("xã có điều kiện
 *                            kinh tế - xã hội đặc biệt khó khăn") in the sense of NĐ 20/2014/NĐ-CP, which lowers its
 *                            universal-education rates (Art. 6, 9-11, 14-16) and narrows the literacy age bands
 *                            (Art. 20: 15-25 instead of 15-35; Art. 21: 15-35 instead of 15-60), read by TT 25
 *                            criterion 4 when raw figures are given
 * @param recognitions        "Cộng đồng học tập" cấp xã decisions held, for the level-2 waiting period and validity;
 *                            no other title is accepted
 */
public record Commune(AdministrativeUnit unit, Boolean disadvantaged, Boolean especiallyDifficult,
                      List<Recognition> recognitions) {
    public Commune {
        SubjectChecks.unitOfTier(unit, AdministrativeTier.COMMUNE);
        recognitions = SubjectChecks.recognitions(recognitions, Title.LEARNING_COMMUNITY);
    }
}
