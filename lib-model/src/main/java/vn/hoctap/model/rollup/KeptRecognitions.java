package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.text.Agreement;

/**
 * Subordinate units counted at a level they hold from an earlier year's recognition, kept for the evaluation year
 * (TT 25 Art. 5.4, 10.4), because it is higher than this year's own verdict: TT 25 Art. 11.4.a and 16.4.a count the
 * units "được công nhận", kept recognitions included.
 *
 * @param codes      the units' codes
 * @param of         how many units were counted in all
 * @param level      the level they hold
 * @param year       the year the recognition was for
 * @param validUntil the last day it is kept
 */
public record KeptRecognitions(List<String> codes, int of, Level level, int year, LocalDate validUntil) {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public KeptRecognitions {
        codes = List.copyOf(codes);
        required(level, "level");
        required(validUntil, "validUntil");
        if (codes.isEmpty() || codes.size() > of) {
            throw new InvalidInputException("codes", "từ 1 đến " + of + " đơn vị / 1 to " + of + " units");
        }
    }

    /** E.g. "2/9 xã giữ mức độ 1 từ năm 2023, được bảo lưu đến 31/12/2026 (07654, 07655)". */
    public String sentenceVi(String unitsVi) {
        return codes.size() + "/" + of + " " + unitsVi + " giữ " + level.nameVi() + " được công nhận năm " + year
                + ", được bảo lưu đến " + VI.format(validUntil) + " (" + String.join(", ", codes) + ")";
    }

    /**
     * E.g. "2 of the 9 communes hold level 1 from 2023, kept until 2026-12-31 (07654, 07655)"; one unit "holds".
     *
     * @param unitsEn the units counted, in the plural ("communes")
     * @return the sentence, its verb agreeing with the number of units
     */
    public String sentenceEn(String unitsEn) {
        return codes.size() + " of the " + of + " " + unitsEn + " " + Agreement.en(codes.size(), "holds", "hold") + " "
                + level.nameEn() + " from " + year
                + ", kept until " + validUntil + " (" + String.join(", ", codes) + ")";
    }
}
