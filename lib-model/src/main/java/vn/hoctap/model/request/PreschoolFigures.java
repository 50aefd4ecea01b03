package vn.hoctap.model.request;

import static vn.hoctap.model.request.CountChecks.part;
import static vn.hoctap.model.request.CountChecks.population;

/**
 * The commune's figures for universal preschool education for 5-year-olds, NĐ 20/2014/NĐ-CP Art. 6.2, as its
 * universal-education records ("hồ sơ phổ cập", Art. 26.1) give them. Any count may be {@code null} (not known).
 *
 * @param children           5-year-old children ("trẻ em 5 tuổi"); at least 1 when given
 * @param attending          of whom attend class ("đến lớp"), Art. 6.2.a
 * @param completedProgramme of whom completed the preschool programme ("hoàn thành chương trình giáo dục mầm non"),
 *                           Art. 6.2.b
 */
public record PreschoolFigures(Integer children, Integer attending, Integer completedProgramme) {
    public PreschoolFigures {
        population(children, "children");
        part(attending, children, "attending", "children");
        part(completedProgramme, children, "completedProgramme", "children");
    }
}
