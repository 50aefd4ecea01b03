package vn.hoctap.model.request;

import static vn.hoctap.model.request.CountChecks.part;
import static vn.hoctap.model.request.CountChecks.population;

import vn.hoctap.model.InvalidInputException;

/**
 * The commune's figures for universal primary education, NĐ 20/2014/NĐ-CP Art. 9.2 (level 1), 10.1 (level 2) and
 * 11.1 (level 3). Any count may be {@code null} (not known).
 *
 * @param childrenAged6      6-year-old children; at least 1 when given
 * @param enteredGrade1      of whom entered grade 1 ("vào lớp 1"), Art. 9.2.a, 10.1.b, 11.1.b
 * @param childrenUpTo14     children "đến 14 tuổi", the group of Art. 9.2.b, as the commune's universal-education
 *                           records count it (the decree's text does not give the lower age); at least 1 when given
 * @param completedUpTo14    of whom completed the primary programme, Art. 9.2.b
 * @param childrenAged11     11-year-old children; at least 1 when given
 * @param completedAged11    of whom completed the primary programme, Art. 10.1.c, 11.1.c
 * @param inPrimaryAged11    of whom, not having completed it, are studying in primary classes ("đang học các lớp tiểu
 *                           học"); Art. 10.1.c and 11.1.c require every 11-year-old who has not completed to be one
 */
public record PrimaryFigures(Integer childrenAged6, Integer enteredGrade1, Integer childrenUpTo14,
                             Integer completedUpTo14, Integer childrenAged11, Integer completedAged11,
                             Integer inPrimaryAged11) {
    public PrimaryFigures {
        population(childrenAged6, "childrenAged6");
        part(enteredGrade1, childrenAged6, "enteredGrade1", "childrenAged6");
        population(childrenUpTo14, "childrenUpTo14");
        part(completedUpTo14, childrenUpTo14, "completedUpTo14", "childrenUpTo14");
        population(childrenAged11, "childrenAged11");
        part(completedAged11, childrenAged11, "completedAged11", "childrenAged11");
        part(inPrimaryAged11, childrenAged11, "inPrimaryAged11", "childrenAged11");
        if (completedAged11 != null && inPrimaryAged11 != null && childrenAged11 != null
                && completedAged11 + inPrimaryAged11 > childrenAged11) {
            throw new InvalidInputException("inPrimaryAged11", "completedAged11 + inPrimaryAged11 (" + completedAged11
                    + " + " + inPrimaryAged11 + ") lớn hơn childrenAged11 (" + childrenAged11 + "); đây là những trẻ"
                    + " khác nhau / completedAged11 + inPrimaryAged11 (" + completedAged11 + " + " + inPrimaryAged11
                    + ") exceeds childrenAged11 (" + childrenAged11 + "); they count different children");
        }
    }
}
