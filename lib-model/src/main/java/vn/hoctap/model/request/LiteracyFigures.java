package vn.hoctap.model.request;

import static vn.hoctap.model.request.CountChecks.atMostInnerPlusRest;
import static vn.hoctap.model.request.CountChecks.nestedBand;
import static vn.hoctap.model.request.CountChecks.notAbove;
import static vn.hoctap.model.request.CountChecks.part;
import static vn.hoctap.model.request.CountChecks.population;

/**
 * The commune's literacy figures, NĐ 20/2014/NĐ-CP Art. 20.1 (level 1) and 21.1 (level 2), in the age bands those
 * articles name: an ordinary commune is judged on ages 15-35 (level 1) and 15-60 (level 2), a commune with
 * especially difficult socio-economic conditions on ages 15-25 and 15-35. Any count may be {@code null}.
 *
 * <p>A person certified literate at level 2 (Art. 19.2: stage 2 or the whole primary programme completed) has
 * completed what level 1 requires (Art. 19.1: stage 1 or grade 3), so the level-1 counts include them.
 *
 * <p>The bands are nested (15-25 within 15-35 within 15-60), so a count in a wider band lies between the same count
 * in the band inside it and that count plus everyone in the rest of the wider band: people aged 15-60 literate at
 * level 2 cannot exceed those aged 15-35 literate at level 2 plus everyone aged 36-60. Figures that break this are
 * refused at read, naming the wider band's field.
 *
 * @param peopleAged15To25         people aged 15 to 25; at least 1 when given
 * @param literateLevel1Aged15To25 of whom are certified literate at level 1 or higher (Art. 20.1, especially
 *                                 difficult communes)
 * @param peopleAged15To35         people aged 15 to 35; at least 1 when given
 * @param literateLevel1Aged15To35 of whom are certified literate at level 1 or higher (Art. 20.1)
 * @param literateLevel2Aged15To35 of whom are certified literate at level 2 (Art. 21.1, especially difficult
 *                                 communes)
 * @param peopleAged15To60         people aged 15 to 60; at least 1 when given
 * @param literateLevel2Aged15To60 of whom are certified literate at level 2 (Art. 21.1)
 */
public record LiteracyFigures(Integer peopleAged15To25, Integer literateLevel1Aged15To25, Integer peopleAged15To35,
                              Integer literateLevel1Aged15To35, Integer literateLevel2Aged15To35,
                              Integer peopleAged15To60, Integer literateLevel2Aged15To60) {
    public LiteracyFigures {
        population(peopleAged15To25, "peopleAged15To25");
        part(literateLevel1Aged15To25, peopleAged15To25, "literateLevel1Aged15To25", "peopleAged15To25");
        population(peopleAged15To35, "peopleAged15To35");
        part(literateLevel1Aged15To35, peopleAged15To35, "literateLevel1Aged15To35", "peopleAged15To35");
        part(literateLevel2Aged15To35, peopleAged15To35, "literateLevel2Aged15To35", "peopleAged15To35");
        population(peopleAged15To60, "peopleAged15To60");
        part(literateLevel2Aged15To60, peopleAged15To60, "literateLevel2Aged15To60", "peopleAged15To60");
        notAbove(literateLevel2Aged15To35, literateLevel1Aged15To35, "literateLevel2Aged15To35",
                "literateLevel1Aged15To35", "người biết chữ mức độ 2 cũng đạt mức độ 1 / people literate at level 2 are"
                        + " counted at level 1 too");
        notAbove(peopleAged15To25, peopleAged15To35, "peopleAged15To25", "peopleAged15To35",
                "độ tuổi 15-25 nằm trong 15-35 / ages 15-25 are within 15-35");
        notAbove(peopleAged15To35, peopleAged15To60, "peopleAged15To35", "peopleAged15To60",
                "độ tuổi 15-35 nằm trong 15-60 / ages 15-35 are within 15-60");
        nestedBand(literateLevel1Aged15To35, literateLevel1Aged15To25, peopleAged15To35, peopleAged15To25,
                "literateLevel1Aged15To35", "literateLevel1Aged15To25", "15-25", "26-35");
        nestedBand(literateLevel2Aged15To60, literateLevel2Aged15To35, peopleAged15To60, peopleAged15To35,
                "literateLevel2Aged15To60", "literateLevel2Aged15To35", "15-35", "36-60");
        // Level 2 includes level 1 (Art. 19), so a level-2 count is bounded by the level-1 count of any band inside
        // it too; these still bind when the counts between them are not given.
        atMostInnerPlusRest(literateLevel2Aged15To60, literateLevel1Aged15To35, peopleAged15To60, peopleAged15To35,
                "literateLevel2Aged15To60", "literateLevel1Aged15To35", "36-60");
        atMostInnerPlusRest(literateLevel2Aged15To35, literateLevel1Aged15To25, peopleAged15To35, peopleAged15To25,
                "literateLevel2Aged15To35", "literateLevel1Aged15To25", "26-35");
        atMostInnerPlusRest(literateLevel2Aged15To60, literateLevel1Aged15To25, peopleAged15To60, peopleAged15To25,
                "literateLevel2Aged15To60", "literateLevel1Aged15To25", "26-60");
    }
}
