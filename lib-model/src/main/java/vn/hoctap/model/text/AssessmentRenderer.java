package vn.hoctap.model.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.RecognitionCalendar;

/**
 * Writes an {@link Assessment} for people to read: plain text, Markdown or HTML, in Vietnamese or English. It needs
 * only the assessment, so a host can render results it stored as JSON without the rule engine
 * ({@code HoctapJson.read(json, Assessment.class)}).
 *
 * <p>Every format says the same things in the same order: the heading (subject, scheme, year), the verdict in the
 * scheme's own words ("đạt mức độ 1", or "đạt danh hiệu" for a title without levels: {@link Assessment#verdictNames()}),
 * the summary, the legal text and reference date, the notices, then each level with its criteria and each
 * indicator's explanation (✔ met, ✘ not met, – not applicable, ? not determined), the library's readings of
 * ambiguous text, the missing inputs with their JSON paths, and the dates that follow. Numbers are written by
 * {@link Numbers} (7,5 điểm / 7.5 points) and dates as each language writes them (31/12/2024 / 2024-12-31). Text
 * from the request (names, references) is escaped in Markdown and HTML: it can never become markup.
 *
 * <pre>{@code
 * String page = AssessmentRenderer.html(Language.VI).render(assessment);
 * String gaps = AssessmentRenderer.markdown(Language.EN).onlyNotMetOrUndetermined().render(assessment);
 * }</pre>
 *
 * <p>A renderer is immutable and thread-safe; the options return new renderers.
 */
public final class AssessmentRenderer {
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The formats a renderer writes. */
    private enum Format {
        TEXT, MARKDOWN, HTML
    }

    private final Format format;
    private final Language language;
    private final boolean onlyNotMetOrUndetermined;
    private final boolean fragment;

    private AssessmentRenderer(Format format, Language language, boolean onlyNotMetOrUndetermined,
                               boolean fragment) {
        this.format = format;
        this.language = Objects.requireNonNull(language, "language");
        this.onlyNotMetOrUndetermined = onlyNotMetOrUndetermined;
        this.fragment = fragment;
    }

    /** Plain text, for a terminal, a log or an e-mail: lines are not wrapped. */
    public static AssessmentRenderer text(Language language) {
        return new AssessmentRenderer(Format.TEXT, language, false, false);
    }

    /** CommonMark, with a GFM table for {@link #overview}: for issue trackers, wikis, chat. */
    public static AssessmentRenderer markdown(Language language) {
        return new AssessmentRenderer(Format.MARKDOWN, language, false, false);
    }

    /**
     * A standalone HTML document that prints on A4 (each assessment on its own page); see {@link #fragment()} for
     * the elements alone.
     */
    public static AssessmentRenderer html(Language language) {
        return new AssessmentRenderer(Format.HTML, language, false, false);
    }

    /**
     * The same renderer showing, under each level, only the indicators not met or not determined: what a unit has
     * to work on or supply. A level with none says so; everything else (verdict, notices, missing inputs, dates)
     * is kept.
     */
    public AssessmentRenderer onlyNotMetOrUndetermined() {
        return new AssessmentRenderer(format, language, true, fragment);
    }

    /**
     * The same renderer writing, in HTML, only the {@code <article>} elements, without the document, its head and
     * its stylesheet, for a host page that has its own; the other formats are unchanged.
     */
    public AssessmentRenderer fragment() {
        return new AssessmentRenderer(format, language, onlyNotMetOrUndetermined, true);
    }

    /** The language written. */
    public Language language() {
        return language;
    }

    /** One assessment, as one document. */
    public String render(Assessment assessment) {
        return render(List.of(assessment));
    }

    /**
     * Several assessments in one document, in order, followed by their {@link #overview} when there are two or more.
     *
     * @throws IllegalArgumentException when {@code assessments} is empty
     */
    public String render(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            throw new IllegalArgumentException("no assessment to render");
        }
        Markup m = markup();
        m.startDocument(heading(assessments.get(0)));
        for (Assessment a : assessments) {
            assessment(m, a);
        }
        if (assessments.size() > 1) {
            overview(m, assessments);
        }
        return m.finish();
    }

    /**
     * One line per assessment (subject, scheme, year, verdict, inputs missing), as an education office tabulates
     * them, as one document.
     */
    public String overview(List<Assessment> assessments) {
        Markup m = markup();
        m.startDocument(overviewTitle());
        overview(m, assessments);
        return m.finish();
    }

    private Markup markup() {
        return switch (format) {
            case TEXT -> new TextMarkup();
            case MARKDOWN -> new MarkdownMarkup();
            case HTML -> new HtmlMarkup(language, fragment);
        };
    }

    private String overviewTitle() {
        return language.pick("Tổng hợp", "Overview");
    }

    private void overview(Markup m, List<Assessment> assessments) {
        m.startPart(overviewTitle(), "overview");
        List<List<String>> rows = new ArrayList<>();
        for (Assessment a : assessments) {
            rows.add(List.of(clean(a.subjectName()), clean(schemeName(a)), String.valueOf(a.evaluationYear()),
                    language.of(a.verdictNames()), Numbers.of(language).integer(a.missingInputs().size())));
        }
        m.table(List.of(language.pick("Đối tượng", "Subject"), language.pick("Danh hiệu", "Scheme"),
                language.pick("Năm", "Year"), language.pick("Kết luận", "Verdict"),
                language.pick("Dữ liệu còn thiếu", "Inputs missing")), rows);
        m.endPart();
    }

    private void assessment(Markup m, Assessment a) {
        m.startPart(heading(a), "assessment verdict-" + a.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.labelled(language.pick("Kết luận", "Verdict"), language.of(a.verdictNames()));
        String summary = clean(language.pick(a.summaryVi(), a.summaryEn()));
        if (!summary.isEmpty()) {
            m.paragraph(summary);
        }
        m.paragraph(language.pick("Căn cứ: ", "Rules: ") + clean(a.document()) + language.pick("; ngày áp dụng: ",
                "; reference date: ") + date(a.referenceDate()));
        if (!a.notices().isEmpty()) {
            m.section(language.pick("Thông báo", "Notices"), null);
            m.items(a.notices().stream().map(n -> new Markup.Item(
                    n.severity() == Notice.Severity.WARNING ? "⚠" : "ℹ", null,
                    clean(language.pick(n.textVi(), n.textEn())),
                    n.severity() == Notice.Severity.WARNING ? "warning" : "info")).toList());
        }
        Set<IndicatorResult> shown = new LinkedHashSet<>();
        for (LevelResult level : a.levels()) {
            level(m, a, level, shown);
        }
        readings(m, shown);
        if (!a.missingInputs().isEmpty()) {
            m.section(language.pick("Dữ liệu còn thiếu", "Missing inputs"), null);
            List<Markup.Item> items = new ArrayList<>();
            for (MissingInput missing : a.missingInputs()) {
                items.add(new Markup.Item(null, clean(missing.path()),
                        clean(language.pick(missing.textVi(), missing.textEn())), "missing"));
            }
            m.items(items);
        }
        String dates = dates(a.calendar());
        if (!dates.isEmpty()) {
            m.section(language.pick("Mốc thời gian", "Dates"), null);
            m.paragraph(dates);
        }
        m.endPart();
    }

    private String heading(Assessment a) {
        return clean(a.subjectName()) + " — " + clean(schemeName(a)) + language.pick(", năm ", ", ")
                + a.evaluationYear();
    }

    private String schemeName(Assessment a) {
        String name = language.pick(a.schemeNameVi(), a.schemeNameEn());
        return name == null ? a.schemeId() : name;
    }

    private void level(Markup m, Assessment a, LevelResult level, Set<IndicatorResult> shown) {
        String name = a.hasLevels() ? capitalise(language.of(level.level()))
                : language.pick("Tiêu chí của danh hiệu", "The title's criteria");
        Citation listed = level.criteriaCitation();
        m.section(name + ": " + language.of(level.outcome()),
                listed == null ? null : language.pick(listed.formatVi(), listed.formatEn()));
        String points = clean(language.pick(level.explanationVi(), level.explanationEn()));
        if (!points.isEmpty()) {
            m.paragraph(points);
        }
        boolean any = false;
        for (CriterionResult c : level.results()) {
            List<Markup.Item> items = new ArrayList<>();
            for (IndicatorResult i : c.indicators()) {
                if (!onlyNotMetOrUndetermined || i.outcome() == Outcome.NOT_MET
                        || i.outcome() == Outcome.UNDETERMINED) {
                    items.add(new Markup.Item(mark(i.outcome()), null,
                            clean(language.pick(i.explanationVi(), i.explanationEn())), kind(i.outcome())));
                    shown.add(i);
                }
            }
            if (items.isEmpty() && onlyNotMetOrUndetermined) {
                continue;
            }
            any = true;
            m.subsection(criterion(c));
            if (!items.isEmpty()) {
                m.items(items);
            }
        }
        if (!any && onlyNotMetOrUndetermined) {
            m.paragraph(language.pick("Không có chỉ tiêu nào không đạt hoặc chưa xác định.",
                    "No indicator is unmet or undetermined."));
        }
    }

    private String criterion(CriterionResult c) {
        StringBuilder b = new StringBuilder(language.pick("Tiêu chí ", "Criterion ")).append(c.number());
        String name = clean(language.pick(c.nameVi(), c.nameEn()));
        if (!name.isEmpty()) {
            b.append(" — ").append(name);
        }
        b.append(": ").append(language.of(c.outcome()));
        if (c.points() != null && c.maxPoints() != null) {
            Numbers n = Numbers.of(language);
            b.append(language.pick(" (" + n.decimal(c.points()) + "/" + n.decimal(c.maxPoints()) + " điểm)",
                    " (" + n.decimal(c.points()) + " of " + n.decimal(c.maxPoints()) + " points)"));
        }
        return b.toString();
    }

    /**
     * The library's readings of ambiguous text for the indicators shown, each reading once with the indicators it
     * concerns (the same reading often covers many).
     */
    private void readings(Markup m, Set<IndicatorResult> shown) {
        Map<String, Set<String>> numbersByReading = new LinkedHashMap<>();
        for (IndicatorResult i : shown) {
            String reading = clean(language.pick(i.interpretationVi(), i.interpretationEn()));
            if (!reading.isEmpty()) {
                numbersByReading.computeIfAbsent(reading, k -> new LinkedHashSet<>()).add(clean(i.number()));
            }
        }
        if (numbersByReading.isEmpty()) {
            return;
        }
        m.section(language.pick("Cách thư viện đọc văn bản", "How the library reads the text"), null);
        List<Markup.Item> items = new ArrayList<>();
        numbersByReading.forEach((reading, numbers) -> items.add(new Markup.Item(null, null,
                language.pick("Chỉ tiêu ", numbers.size() == 1 ? "Indicator " : "Indicators ")
                        + String.join(", ", numbers) + ": " + reading, "reading")));
        m.items(items);
    }

    /** The calendar as sentences, or nothing when no date is known (the association's titles). */
    private String dates(RecognitionCalendar cal) {
        if (cal == null) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        if (cal.dossierDueBefore() != null) {
            String decision = cal.decisionDueBefore() != null
                    ? language.pick("quyết định trước ", "decision due before ") + date(cal.decisionDueBefore())
                    : cal.decisionWithinWorkingDays() != null ? language.pick(
                            "quyết định trong " + cal.decisionWithinWorkingDays()
                                    + " ngày làm việc kể từ khi nhận đủ hồ sơ",
                            "decision within " + cal.decisionWithinWorkingDays()
                                    + " working days of a complete dossier") : null;
            String to = cal.dossierRecipientVi() == null ? "" : language.pick(" cho " + cal.dossierRecipientVi(),
                    " to " + cal.dossierRecipientEn());
            String by = cal.authorityVi() == null ? "" : language.pick(" (" + cal.authorityVi() + ")",
                    " (" + cal.authorityEn() + ")");
            sentences.add(language.pick("Nộp hồ sơ", "Dossier due") + to + language.pick(" trước ", " before ")
                    + date(cal.dossierDueBefore()) + (decision == null ? "" : "; " + decision + by) + ".");
        }
        add(sentences, cal.level2RequestableFrom(), () -> language.pick("Được đề nghị công nhận mức độ 2 từ ",
                "Level 2 may be asked for from "));
        add(sentences, cal.validUntil(), () -> language.pick("Nếu được công nhận, kết quả được bảo lưu đến ",
                "If recognised, the recognition is kept until "));
        add(sentences, cal.currentRecognitionValidUntil(), () -> language.pick(
                "Quyết định công nhận gần nhất được bảo lưu đến ", "The latest recognition is kept until "));
        return String.join(" ", sentences);
    }

    private void add(List<String> sentences, LocalDate date, Supplier<String> words) {
        if (date != null) {
            sentences.add(words.get() + date(date) + ".");
        }
    }

    private String date(LocalDate d) {
        return language == Language.VI ? VI_DATE.format(d) : d.toString();
    }

    private static String mark(Outcome o) {
        return switch (o) {
            case MET -> "✔";
            case NOT_MET -> "✘";
            case NOT_APPLICABLE -> "–";
            case UNDETERMINED -> "?";
        };
    }

    private static String kind(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Text as one line: a line break, tab or other control character (possible in a name from a request) would
     * break a format's layout, so each becomes a space; {@code null} becomes empty.
     */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(control ? ' ' : c);
            }
        }
        return (b == null ? s : b.toString()).strip();
    }
}
