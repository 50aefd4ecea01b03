package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.Level;

/**
 * One indicator ("chỉ tiêu"): a single pass/fail requirement of a criterion.
 *
 * @param id               stable identifier, e.g. {@code TT24.C2.1}; rules match on it
 * @param number           its number as the law writes it, e.g. "2.1" (criterion 2, indicator 1)
 * @param nameVi           short description in Vietnamese (our words, not the law's)
 * @param nameEn           the same in English
 * @param citations        where the indicator is stated, per level it belongs to
 * @param status           how sure the library is of it
 * @param effectiveFrom    first day it applies
 * @param effectiveTo      first day it no longer applies, or {@code null}
 * @param applicabilityVi  to whom it applies when not to every subject, or {@code null}: a noun phrase naming them, as
 *                         the explanation of a set-aside indicator reads it after "Chỉ áp dụng cho" (e.g. "cơ sở giáo
 *                         dục nghề nghiệp"; a condition on the level goes after the subjects)
 * @param applicabilityEn  the same in English, read after "Applies only to" (e.g. "vocational institutions"), or
 *                         {@code null}
 * @param interpretationVi our reading where the text is ambiguous, or {@code null}
 * @param interpretationEn the same in English, or {@code null}
 * @param mandatory        in a {@link Scoring#POINTS} scheme, whether the level needs this indicator met whatever the
 *                         total ("chỉ tiêu bắt buộc"); {@code false} when not given
 */
public record IndicatorDefinition(String id, String number, String nameVi, String nameEn,
                                  Map<Level, Citation> citations, Status status, LocalDate effectiveFrom,
                                  LocalDate effectiveTo, String applicabilityVi, String applicabilityEn,
                                  String interpretationVi, String interpretationEn,
                                  Boolean mandatory) {
    public IndicatorDefinition {
        requiredText(id, "id");
        requiredText(number, "number");
        requiredText(nameVi, "nameVi");
        requiredText(nameEn, "nameEn");
        required(citations, "citations");
        if (citations.isEmpty()) {
            throw new InvalidInputException("citations", "mỗi chỉ tiêu phải dẫn điều khoản / every indicator needs a citation");
        }
        citations = Map.copyOf(new EnumMap<>(citations));
        required(status, "status");
        required(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new InvalidInputException("effectiveTo", "phải sau effectiveFrom / must be after effectiveFrom");
        }
        if ((applicabilityVi == null) != (applicabilityEn == null)) {
            throw new InvalidInputException("applicabilityEn", "cần cả hai bản tiếng Việt và tiếng Anh / give both languages");
        }
        if ((interpretationVi == null) != (interpretationEn == null)) {
            throw new InvalidInputException("interpretationEn", "cần cả hai bản tiếng Việt và tiếng Anh / give both languages");
        }
        mandatory = Boolean.TRUE.equals(mandatory);
    }

    /** Whether the indicator belongs to {@code level}. */
    public boolean appliesAt(Level level) {
        return citations.containsKey(level);
    }

    /** Whether it is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
    }

    /** Where it is stated for {@code level}. */
    public Optional<Citation> citation(Level level) {
        return Optional.ofNullable(citations.get(level));
    }
}
