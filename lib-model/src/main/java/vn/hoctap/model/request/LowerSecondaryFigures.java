package vn.hoctap.model.request;

import static vn.hoctap.model.request.CountChecks.part;
import static vn.hoctap.model.request.CountChecks.population;

/**
 * The commune's figures for universal lower-secondary education, NĐ 20/2014/NĐ-CP Art. 14.2 (level 1), 15.1 (level
 * 2) and 16.1 (level 3). Those levels also require universal primary education and literacy at level 1 (Art.
 * 14.2.a), judged from {@link PrimaryFigures} and {@link LiteracyFigures}. Any count may be {@code null}.
 *
 * @param youthAged15To18 young people aged 15 to 18 ("thanh niên, thiếu niên trong độ tuổi từ 15 đến 18"); at least
 *                        1 when given
 * @param graduated       of whom hold the lower-secondary diploma ("tốt nghiệp trung học cơ sở"), Art. 14.2.b,
 *                        15.1.b, 16.1.b
 * @param studying        of whom are studying the upper-secondary general or continuing-education programme or in
 *                        vocational education, Art. 16.1.c
 */
public record LowerSecondaryFigures(Integer youthAged15To18, Integer graduated, Integer studying) {
    public LowerSecondaryFigures {
        population(youthAged15To18, "youthAged15To18");
        part(graduated, youthAged15To18, "graduated", "youthAged15To18");
        part(studying, youthAged15To18, "studying", "youthAged15To18");
    }
}
