package vn.hoctap.rules.engine.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.stream.Collectors;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.text.Agreement;
import vn.hoctap.rules.engine.BoundedMemo;
import vn.hoctap.rules.engine.SubjectFacts;

/**
 * The sentences of results: an indicator's explanation and an assessment's summary, which an official can paste into a
 * report. Internal to the engine.
 */
public final class Explanations {
    private static final Map<Outcome, String> HEADINGS_VI = headings(Language.VI);
    private static final Map<Outcome, String> HEADINGS_EN = headings(Language.EN);
    private static final Map<Citation, String> CITATIONS_VI = new ConcurrentHashMap<>();
    private static final Map<Citation, String> CITATIONS_EN = new ConcurrentHashMap<>();

    private Explanations() {
    }

    private static Map<Outcome, String> headings(Language lang) {
        Map<Outcome, String> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, (lang == Language.VI ? o.nameVi() : o.nameEn()).toUpperCase(Locale.ROOT));
        }
        return m;
    }

    /**
     * The sentence that opens an indicator's explanation: its number and name, the outcome, what was measured and the
     * article, e.g. "Chỉ tiêu 2.1 (...): KHÔNG ĐẠT. 48/52 thành viên ... [điểm a khoản 2 Điều 7, 24/2023/TT-BGDĐT]".
     *
     * @param body what was measured, one or more sentences that start with a capital
     */
    public static String indicator(IndicatorDefinition d, Outcome outcome, String body, Citation citation,
                                   Language lang) {
        // Measurement sentences start with a capital already; headings and citations are formatted once per value,
        // as explanations are most of what an evaluation allocates.
        return lang == Language.VI
                ? "Chỉ tiêu " + d.number() + " (" + d.nameVi() + "): " + HEADINGS_VI.get(outcome) + ". " + body + " ["
                        + CITATIONS_VI.computeIfAbsent(citation, Citation::formatVi) + "]"
                : "Indicator " + d.number() + " (" + d.nameEn() + "): " + HEADINGS_EN.get(outcome) + ". " + body + " ["
                        + CITATIONS_EN.computeIfAbsent(citation, Citation::formatEn) + "]";
    }

    /** Why an indicator the rules set aside does not apply, from the catalogue's statement of whom it applies to. */
    public static String notApplicable(IndicatorDefinition d, Language lang) {
        if (lang == Language.VI) {
            return d.applicabilityVi() == null ? "Không áp dụng cho đối tượng này."
                    : "Chỉ áp dụng cho " + d.applicabilityVi() + ".";
        }
        return d.applicabilityEn() == null ? "Does not apply to this subject."
                : "Applies only to " + d.applicabilityEn() + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The language of a sentence. */
    public enum Language {
        VI, EN
    }

    /**
     * The assessment's summary in Vietnamese and in English, {@code [vi, en]}: the subject, the scheme, the year, the
     * verdict, each level's outcome with the indicators not met or not determined, and how many inputs are missing.
     */
    public static List<String> summaries(SubjectFacts facts, Scheme scheme, Verdict verdict, List<LevelResult> levels,
                                         List<MissingInput> missing) {
        if (scheme.levels().size() == 1) {
            LevelResult level = levels.get(0);
            // The indicators' numbers are the same in both languages: listed once.
            List<String> failed = numbers(level, Outcome.NOT_MET);
            List<String> open = numbers(level, Outcome.UNDETERMINED);
            return titleSummaries(facts, scheme, verdict, level, failed, open, missing);
        }
        return List.of(summary(facts, scheme, verdict, levels, missing, Language.VI),
                summary(facts, scheme, verdict, levels, missing, Language.EN));
    }

    private static String summary(SubjectFacts facts, Scheme scheme, Verdict verdict, List<LevelResult> levels,
                                  List<MissingInput> missing, Language lang) {
        boolean vi = lang == Language.VI;
        StringBuilder b = new StringBuilder(256);
        b.append(facts.subjectName()).append(" — ").append(vi ? scheme.nameVi() : scheme.nameEn())
                .append(vi ? ", năm " : ", ").append(facts.evaluationYear()).append(": ")
                .append(vi ? verdict.nameVi() : verdict.nameEn()).append('.');
        for (LevelResult l : levels) {
            b.append(' ').append(capitalise(vi ? l.level().nameVi() : l.level().nameEn())).append(": ")
                    .append(vi ? l.outcome().nameVi() : l.outcome().nameEn());
            List<String> failed = numbers(l, Outcome.NOT_MET);
            List<String> open = numbers(l, Outcome.UNDETERMINED);
            // One parenthesis for both lists: "(chỉ tiêu không đạt: 2.3; chưa xác định: 3.5)".
            if (!failed.isEmpty() || !open.isEmpty()) {
                b.append(vi ? " (chỉ tiêu " : " (indicators ");
                if (!failed.isEmpty()) {
                    b.append(vi ? "không đạt: " : "not met: ").append(String.join(", ", failed));
                }
                if (!open.isEmpty()) {
                    b.append(failed.isEmpty() ? "" : "; ").append(vi ? "chưa xác định: " : "not determined: ")
                            .append(String.join(", ", open));
                }
                b.append(')');
            }
            b.append('.');
        }
        if (!missing.isEmpty()) {
            b.append(missingSentence(missing.size(), vi));
        }
        // "Not determined" usually means data are missing; say so when it is the law's subject that is gone instead.
        List<String> gone = levels.stream().flatMap(l -> l.results().stream()).flatMap(c -> c.indicators().stream())
                .filter(i -> i.reason() == vn.hoctap.model.result.Reason.SUBJECT_NO_LONGER_EXISTS)
                .map(i -> i.number()).distinct().toList();
        if (!gone.isEmpty()) {
            b.append(vi ? " Chỉ tiêu " + String.join(", ", gone) + " không đánh giá được theo nguyên văn vì đối tượng"
                    + " của nó không còn (xem thông báo); không do thiếu dữ liệu."
                    : " Indicator " + String.join(", ", gone) + " cannot be judged as written because its subject no"
                    + " longer exists (see the notices); no data are missing for it.");
        }
        return b.toString();
    }

    /**
     * The summary of a scheme with a single level, which is the title itself ("Công dân học tập"): the verdict reads
     * as the title earned or not rather than as "mức độ 1", followed by the points if the scheme counts them.
     */
    private static List<String> titleSummaries(SubjectFacts facts, Scheme scheme, Verdict verdict, LevelResult level,
                                               List<String> failed, List<String> open, List<MissingInput> missing) {
        // Everything after the subject's name depends on the result alone: people judged alike share it, in both
        // languages at one look-up. The names, not the scheme's id, are in the key: a province pack may rename a
        // scheme, and this memo is shared by every evaluator.
        TitleKey key = new TitleKey(scheme.nameVi(), scheme.nameEn(), scheme.title().nameVi(), scheme.title().nameEn(),
                facts.evaluationYear(), verdict, level.points(), level.maxPoints(), level.passMark(), failed, open,
                missing.size());
        return named(facts.subjectName(), TITLE_SUMMARIES.get(key, Explanations::afterName));
    }

    /** The summaries {@code [vi, en]} of the subject {@code name}d, from what they say after the name. */
    public static List<String> named(String name, List<String> afterName) {
        return List.of(name + afterName.get(0), name + afterName.get(1));
    }

    /**
     * What the summary of a one-level scheme says after the subject's name, {@code [vi, en]}, made now: for a caller
     * that keeps it for everybody with the same level ({@code LevelFolds}).
     *
     * @param points  the level's points, or {@code null} when the scheme does not count them
     * @param failed  the numbers of the indicators not met, in order
     * @param open    the numbers of the indicators not determined, in order
     * @param missing how many inputs are missing
     */
    public static List<String> titleSummariesAfterName(Scheme scheme, int year, Verdict verdict, BigDecimal points,
                                                       BigDecimal maxPoints, BigDecimal passMark, List<String> failed,
                                                       List<String> open, int missing) {
        return afterName(new TitleKey(scheme.nameVi(), scheme.nameEn(), scheme.title().nameVi(),
                scheme.title().nameEn(), year, verdict, points, maxPoints, passMark, failed, open, missing));
    }

    private static List<String> afterName(TitleKey key) {
        return List.of(titleSummaryAfterName(key, Language.VI), titleSummaryAfterName(key, Language.EN));
    }

    /** What a one-level summary says after the subject's name, in either language. */
    private record TitleKey(String schemeNameVi, String schemeNameEn, String titleNameVi, String titleNameEn, int year,
                            Verdict verdict, BigDecimal points, BigDecimal maxPoints, BigDecimal passMark,
                            List<String> failed, List<String> open, int missing) {
    }

    private static final BoundedMemo<TitleKey, List<String>> TITLE_SUMMARIES = new BoundedMemo<>(50_000);

    private static String titleSummaryAfterName(TitleKey k, Language lang) {
        boolean vi = lang == Language.VI;
        Verdict verdict = k.verdict();
        String title = vi ? "“" + k.titleNameVi() + "”" : "'" + k.titleNameEn() + "'";
        String words = vi ? verdict.titleNames().vi() : verdict.titleNames().en();
        String conclusion = verdict == Verdict.NOT_DETERMINED ? words : words + " " + title;
        StringBuilder b = new StringBuilder(256);
        b.append(" — ").append(vi ? k.schemeNameVi() : k.schemeNameEn())
                .append(vi ? ", năm " : ", ").append(k.year()).append(": ").append(conclusion).append('.');
        List<String> failed = k.failed();
        List<String> open = k.open();
        if (k.points() != null) {
            String earned = vi ? Texts.number(k.points()) : Texts.numberEn(k.points());
            String max = vi ? Texts.number(k.maxPoints()) : Texts.numberEn(k.maxPoints());
            String pass = vi ? Texts.number(k.passMark()) : Texts.numberEn(k.passMark());
            if (vi) {
                b.append(open.isEmpty() ? " Tổng điểm " : " Điểm đã xác định: ").append(earned).append('/').append(max)
                        .append(", cần ít nhất ").append(pass).append('.');
            } else {
                b.append(open.isEmpty() ? " Total " : " Points determined so far: ").append(earned).append(" of ")
                        .append(max).append(", at least ").append(pass).append(" needed.");
            }
        }
        if (!failed.isEmpty()) {
            b.append(vi ? " Chỉ tiêu không đạt: " : " Indicators not met: ").append(String.join(", ", failed))
                    .append('.');
        }
        if (!open.isEmpty()) {
            b.append(vi ? " Chỉ tiêu chưa xác định: " : " Indicators not determined: ").append(String.join(", ", open))
                    .append('.');
        }
        if (k.missing() > 0) {
            b.append(missingSentence(k.missing(), vi));
        }
        return b.toString();
    }

    /** " Cần bổ sung 2 dữ liệu." / " 1 input missing." / " 2 inputs missing." */
    private static String missingSentence(int n, boolean vi) {
        return vi ? " Cần bổ sung " + Texts.count(n) + " dữ liệu."
                : " " + Agreement.countEn(n, "input", "inputs") + " missing.";
    }

    /** The numbers of the level's indicators with {@code outcome}, in order; most people have none to list. */
    private static List<String> numbers(LevelResult level, Outcome outcome) {
        List<String> numbers = null;
        for (CriterionResult c : level.results()) {
            for (IndicatorResult i : c.indicators()) {
                if (i.outcome() == outcome) {
                    if (numbers == null) {
                        numbers = new ArrayList<>(4);
                    }
                    numbers.add(i.number());
                }
            }
        }
        return numbers == null ? List.of() : numbers;
    }
}
