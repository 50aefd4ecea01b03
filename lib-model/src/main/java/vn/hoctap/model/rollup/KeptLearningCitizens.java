package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.required;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.hoctap.model.InvalidInputException;

/**
 * People counted as holding "Công dân học tập" for the evaluation year from an earlier year's award still kept on
 * 31/12 of that year (the validity a province pack sets by {@code CDHT.RETENTION_YEARS}; nationally it is 0 and
 * nothing is kept). Only numbers are kept: members' ids are never shown in aggregate results.
 *
 * @param count      how many were counted from a kept award
 * @param of         how many people were counted in all
 * @param years      the years of the kept awards, ascending, without repeats
 * @param validUntil the earliest last day any of them is kept, not before 31/12 of the evaluation year
 */
public record KeptLearningCitizens(int count, int of, List<Integer> years, LocalDate validUntil) {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public KeptLearningCitizens {
        years = List.copyOf(years);
        required(validUntil, "validUntil");
        if (count < 1 || count > of) {
            throw new InvalidInputException("count", "từ 1 đến " + of + " người / 1 to " + of + " people");
        }
        if (years.isEmpty() || years.stream().distinct().sorted().toList().size() != years.size()
                || !years.stream().sorted().toList().equals(years)) {
            throw new InvalidInputException("years", "các năm tăng dần, không trùng / years ascending, no repeats");
        }
    }

    /**
     * Both counts together, e.g. a commune's people counted in batches: the counts and the totals add up, the years
     * join, and the earliest last day is kept.
     */
    public KeptLearningCitizens plus(KeptLearningCitizens other) {
        java.util.TreeSet<Integer> joined = new java.util.TreeSet<>(years);
        joined.addAll(other.years);
        return new KeptLearningCitizens(count + other.count, of + other.of, List.copyOf(joined),
                validUntil.isBefore(other.validUntil) ? validUntil : other.validUntil);
    }

    /** The same kept awards among {@code total} people counted in all. */
    public KeptLearningCitizens among(int total) {
        return new KeptLearningCitizens(count, total, years, validUntil);
    }

    /** E.g. "3 trong 52 thành viên giữ danh hiệu từ năm 2025, còn hiệu lực đến 31/12/2026". */
    public String sentenceVi(String peopleVi) {
        return count + " trong " + of + " " + peopleVi + " giữ danh hiệu từ năm " + joined(" và ")
                + ", còn hiệu lực đến " + VI.format(validUntil);
    }

    /** E.g. "3 of the 52 members hold it from 2025, kept until 31/12/2026". */
    public String sentenceEn(String peopleEn) {
        return count + " of the " + of + " " + peopleEn + (count == 1 ? " holds" : " hold") + " it from "
                + joined(" and ") + ", kept until "
                + VI.format(validUntil);
    }

    private String joined(String and) {
        return years.size() == 1 ? years.get(0).toString()
                : years.subList(0, years.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + and + years.get(years.size() - 1);
    }
}
