package vn.hoctap.rules.engine.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.Procedure;
import vn.hoctap.model.catalogue.ProcedurePeriod;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.catalogue.Succession;
import vn.hoctap.model.request.LearnerCounts;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.text.Agreement;
import vn.hoctap.rules.engine.LayeredParameters;
import vn.hoctap.rules.engine.SubjectFacts;
import vn.hoctap.rules.engine.Calendars;

/** What an assessment must say besides the criteria. */
public final class Notices {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** One notice per procedure without a timetable, shared by every assessment under it (a commune's people). */
    private static final Map<Procedure, Notice> UNKNOWN_TIMETABLE = new ConcurrentHashMap<>();

    /** Notices that say the same in every assessment that carries them, made once. */
    private static final Notice UNKNOWN_CRITERIA = new Notice("UNKNOWN_CRITERIA", Notice.Severity.WARNING,
            "Một số chỉ tiêu không rõ nội dung hoặc nguồn (đánh dấu “unknown”): thư viện chỉ giữ chỗ cho chúng"
                    + " theo khung của Hội Khuyến học Việt Nam; bộ tiêu chí của tỉnh phải xác nhận hoặc thay"
                    + " thế.",
            "Some indicators have no known content or source (marked 'unknown'): the library only keeps"
                    + " their place in the Vietnam Association for Learning Promotion's framework; the"
                    + " province's set must confirm or replace them.");
    private static final Notice ILLUSTRATIVE_VALUES = new Notice("ILLUSTRATIVE_VALUES", Notice.Severity.WARNING,
            "Một số ngưỡng là giá trị minh họa (đánh dấu “illustrative”), không phải quy định của văn bản nào;"
                    + " kết quả chỉ để minh họa.",
            "Some thresholds are illustrative values (marked 'illustrative'), no text's rule; the result only"
                    + " illustrates.");
    private static final Notice PROBABLE_CRITERIA = new Notice("PROBABLE_CRITERIA", Notice.Severity.INFO,
            "Một số chỉ tiêu hoặc ngưỡng dựa trên nguồn chưa kiểm chứng đầy đủ (đánh dấu “probable”).",
            "Some indicators or thresholds rest on a single secondary source (marked 'probable').");

    private Notices() {
    }

    /**
     * That the learners a request gives for {@code unit} were counted by no indicator: TT 24 counts "Người học"
     * (Art. 2.8) only for the educational institutions that have them, and the unit's kind may be wrong.
     */
    public static Notice learnersNotCounted(Scheme scheme, Organisation unit, LearnerCounts learners) {
        Citation learnersDefined = Citation.of(scheme.document(), 2, 8);
        return new Notice("LEARNERS_NOT_COUNTED", Notice.Severity.WARNING,
                "Không chỉ tiêu nào của " + scheme.nameVi() + " tính số liệu người học đã khai ($.learners: "
                        + Texts.count(learners.total()) + " người học) cho đơn vị loại “" + kinds(unit, true)
                        + "”: chỉ cơ sở giáo dục có Người học [" + learnersDefined.formatVi() + "] mới tính tỉ lệ"
                        + " người học. Số liệu này được bỏ qua; nếu đơn vị có người học, hãy kiểm tra loại đơn vị"
                        + " ($.unit.kind).",
                "No indicator of " + scheme.nameEn() + " counts the learners given ($.learners: "
                        + Agreement.countEn(learners.total(), "learner", "learners") + ") for a unit of kind '"
                        + kinds(unit, false)
                        + "': only educational institutions that have learners [" + learnersDefined.formatEn()
                        + "] count them. They are left out; if the unit does have learners, check its kind"
                        + " ($.unit.kind).");
    }

    /** The unit's kinds by name, primary first: "trung tâm giáo dục thường xuyên”, “cơ sở giáo dục nghề nghiệp". */
    private static String kinds(Organisation unit, boolean vi) {
        return unit.kinds().stream().map(k -> vi ? k.nameVi() : k.nameEn())
                .collect(java.util.stream.Collectors.joining(vi ? "”, “" : "', '"));
    }

    /**
     * What every assessment under {@code scheme} on {@code date} for {@code evaluationYear} says first, whoever it
     * assesses: that nobody is known to recognise the title, that its tier or its authority's tier is gone, or that
     * its procedure changed. The same for all of a commune's people: a caller may keep it.
     */
    public static List<Notice> head(Scheme scheme, LocalDate date, int evaluationYear) {
        List<Notice> notices = new ArrayList<>();
        Procedure procedure = scheme.procedure();
        if (procedure == null) {
            notices.add(new Notice("PROCEDURE_UNKNOWN", Notice.Severity.INFO,
                    "Thư viện không biết cơ quan công nhận " + scheme.nameVi() + " và thời hạn nộp hồ sơ, ra quyết"
                            + " định; bộ tiêu chí của tỉnh quy định các điều này.",
                    "The library does not know who recognises " + scheme.nameEn() + " nor the deadlines for the"
                            + " dossier and the decision; the province's set states them."));
        }
        // The decision falls in the following year; if that is after the abolition, the old authority cannot take it.
        // Without a known timetable only the reference date can be held against an abolished tier.
        LocalDate decisionBy = procedure == null || !procedure.timetableKnown() ? date
                : scheme.decisionDateFor(evaluationYear);
        Optional<ProcedurePeriod> change = procedure == null ? Optional.empty() : scheme.procedureChangeOn(decisionBy);
        scheme.tier().abolishedOn().filter(a -> procedure != null).ifPresent(abolished -> {
            if (!scheme.tier().existsOn(date) || !decisionBy.isBefore(abolished)) {
                notices.add(change.map(c -> changed("TIER_ABOLISHED", scheme, c)).orElseGet(() -> new Notice(
                        "TIER_ABOLISHED", Notice.Severity.WARNING,
                        "Từ ngày " + VI.format(abolished) + " không còn " + scheme.tier().nameVi()
                                + " (chính quyền địa phương hai cấp). Kết quả trên áp dụng nguyên văn " + scheme.document()
                                + " cho " + scheme.nameVi() + "; văn bản này chưa được biết là đã sửa đổi, và thư viện"
                                + " không biết cơ quan nào hiện có thẩm quyền thay " + procedure.authorityVi()
                                + ".",
                        "The " + scheme.tier().nameEn() + " tier no longer exists from " + abolished
                                + " (two-tier local government). The result above applies " + scheme.document()
                                + " for " + scheme.nameEn() + " as written; no amendment is known, and the library"
                                + " does not know which authority now acts in place of "
                                + procedure.authorityEn() + ".")));
            }
        });
        AdministrativeTier authorityTier = procedure == null ? null : procedure.authorityTier();
        if (authorityTier != null && authorityTier != scheme.tier()) {
            authorityTier.abolishedOn().ifPresent(abolished -> {
                if (!authorityTier.existsOn(date) || !decisionBy.isBefore(abolished)) {
                    notices.add(change.map(c -> changed("AUTHORITY_TIER_ABOLISHED", scheme, c)).orElseGet(() ->
                            new Notice("AUTHORITY_TIER_ABOLISHED", Notice.Severity.WARNING,
                            scheme.document() + " giao " + procedure.authorityVi() + " (" + authorityTier.nameVi()
                                    + ") quyết định công nhận [" + procedure.authorityCitation().formatVi()
                                    + "], nhưng từ ngày " + VI.format(abolished) + " không còn "
                                    + authorityTier.nameVi() + ". Thư viện không biết cơ quan nào hiện có thẩm quyền;"
                                    + " các mốc thời gian nêu trên theo nguyên văn văn bản.",
                            scheme.document() + " gives the decision to " + procedure.authorityEn() + " ("
                                    + authorityTier.nameEn() + ") [" + procedure.authorityCitation().formatEn()
                                    + "], but that tier no longer exists from " + abolished + ". The library does not"
                                    + " know which authority now decides; the dates above follow the text as written.")));
                }
            });
        } else if (change.isPresent() && (authorityTier == null || authorityTier.abolishedOn().isEmpty())
                && scheme.tier().abolishedOn().isEmpty()) {
            // A change of a living tier's procedure (a province pack's own assignment) is said as well.
            notices.add(changed("PROCEDURE_CHANGED", scheme, change.get()));
        }
        return List.copyOf(notices);
    }

    /**
     * What an assessment of {@code facts} under {@code scheme} must say besides its criteria: {@code head} (who
     * recognises and when, what changed in that), then what its verdict and the subject's facts add, and which
     * statuses its indicators carry.
     *
     * @param head     {@link #head} of the scheme, the reference date and the evaluation year
     * @param statuses the statuses of the assessment's indicators ({@link IndicatorStatuses#of}, added up)
     */
    public static List<Notice> of(SubjectFacts facts, Scheme scheme, Verdict verdict, List<LevelResult> levels,
                                  LayeredParameters parameters, IndicatorStatuses statuses, List<Notice> head) {
        List<Notice> notices = new ArrayList<>(head.size() + 4);
        notices.addAll(head);
        LocalDate date = facts.referenceDate();
        Procedure procedure = scheme.procedure();
        if (verdict == Verdict.LEVEL_2 && procedure.timetableKnown()) {
            Calendars.latestLevel1(facts, scheme).ifPresent(level1 -> {
                ResolvedParameter wait = parameters.require(Calendars.upgradeWaitParameter(scheme), null, date,
                        scheme.id());
                LocalDate from = level1.decisionDate().plusMonths(wait.integer());
                LocalDate dossierBy = procedure.dossierDueBefore().atYear(facts.evaluationYear() + 1);
                // The dossier is due *before* that day (Art. 10.1.c, 16.1.c): being allowed only from it is too late.
                if (!from.isBefore(dossierBy)) {
                    notices.add(new Notice("LEVEL_2_NOT_YET_REQUESTABLE", Notice.Severity.WARNING,
                            "Đã được công nhận mức độ 1 ngày " + VI.format(level1.decisionDate())
                                    + "; chỉ được đề nghị công nhận nâng lên mức độ 2 từ ngày " + VI.format(from)
                                    + ", sau hạn nộp hồ sơ " + VI.format(dossierBy) + " ["
                                    + wait.value().citation().formatVi() + "].",
                            "Recognised at level 1 on " + level1.decisionDate()
                                    + "; level 2 may be asked for only from " + from + ", after the dossier deadline "
                                    + dossierBy + " [" + wait.value().citation().formatEn() + "]."));
                }
            });
        }
        if (verdict == Verdict.LEVEL_2 && levels.stream()
                .anyMatch(l -> l.level() == Level.LEVEL_1 && l.outcome() != Outcome.MET)) {
            notices.add(new Notice("LEVEL_2_WITHOUT_LEVEL_1", Notice.Severity.WARNING,
                    "Đạt đủ tiêu chí " + Level.LEVEL_2.nameVi() + " nhưng chưa đạt đủ tiêu chí " + Level.LEVEL_1.nameVi()
                            + " (các tiêu chí của hai mức không lồng nhau: " + scheme.level(Level.LEVEL_2)
                            .map(l -> l.criteria().formatVi()).orElse("") + "). Kết luận theo đúng văn bản; cơ quan"
                            + " có thẩm quyền cần lưu ý.",
                    "Meets every criterion of " + Level.LEVEL_2.nameEn() + " but not every criterion of "
                            + Level.LEVEL_1.nameEn() + " (the two levels' criteria are not nested: "
                            + scheme.level(Level.LEVEL_2).map(l -> l.criteria().formatEn()).orElse("")
                            + "). The verdict follows the text as written; the deciding authority should note it."));
        }
        Succession next = scheme.successor();
        if (next != null && next.uncertainOn(date)) {
            notices.add(olderSchemeChosen(scheme, next, date));
        }
        notices.addAll(facts.notices(scheme, levels));
        if (statuses.unknown()) {
            notices.add(UNKNOWN_CRITERIA);
        }
        if (procedure != null && !procedure.timetableKnown()) {
            notices.add(UNKNOWN_TIMETABLE.computeIfAbsent(procedure, p -> new Notice("PROCEDURE_UNKNOWN",
                    Notice.Severity.INFO, "Thư viện chưa biết thời hạn nộp hồ sơ và ra quyết định công nhận danh hiệu"
                            + " này; cơ quan xác nhận: " + p.authorityVi() + ".",
                    "The library does not know when the dossier and the decision for this title are due; confirmed"
                            + " by: " + p.authorityEn() + ".")));
        }
        if (statuses.illustrative()) {
            notices.add(ILLUSTRATIVE_VALUES);
        }
        if (statuses.probable()) {
            notices.add(PROBABLE_CRITERIA);
        }
        return notices;
    }

    /**
     * What changed in who receives and decides, and how sure that is: the period's own words, then who acts from
     * its first day, with its citation and status; or, when nobody is known, that the library names no one and a
     * province pack may.
     */
    public static Notice changed(String code, Scheme scheme, ProcedurePeriod c) {
        Procedure p = c.procedure();
        String status = " (" + c.status().nameVi() + ")";
        String statusEn = " (" + c.status().nameEn() + ")";
        if (p == null) {
            return new Notice(code, Notice.Severity.WARNING, c.noteVi() + " [" + c.citation().formatVi() + "] ("
                    + c.status().nameVi() + "; từ ngày " + VI.format(c.from()) + "). Thư viện không nêu cơ quan nào thay thế cho " + scheme.nameVi() + "; bộ tiêu chí của tỉnh có"
                    + " thể quy định (procedures).",
                    c.noteEn() + " [" + c.citation().formatEn() + "] (" + c.status().nameEn() + "; from " + c.from()
                            + "). The library names no authority"
                            + " in its place for " + scheme.nameEn() + "; a province pack may assign one"
                            + " (procedures).");
        }
        String dates = p.timetableKnown() ? " trước " + dayMonth(p.dossierDueBefore()) : "";
        String datesEn = p.timetableKnown() ? " before " + dayMonthEn(p.dossierDueBefore()) : "";
        String decides = p.decisionDueBefore() != null ? " trước " + dayMonth(p.decisionDueBefore())
                : p.decisionWithinWorkingDays() != null ? " trong " + p.decisionWithinWorkingDays() + " ngày làm việc"
                : "";
        String decidesEn = p.decisionDueBefore() != null ? " before " + dayMonthEn(p.decisionDueBefore())
                : p.decisionWithinWorkingDays() != null ? " within " + p.decisionWithinWorkingDays() + " working days"
                : "";
        return new Notice(code, Notice.Severity.INFO, c.noteVi() + " Từ ngày " + VI.format(c.from()) + ": hồ sơ gửi "
                + p.dossierRecipientVi() + dates + "; " + p.authorityVi() + " quyết định" + decides + " ["
                + c.citation().formatVi() + "]" + status + ".",
                c.noteEn() + " From " + c.from() + ": the dossier goes to " + p.dossierRecipientEn() + datesEn + "; "
                        + p.authorityEn() + " decides" + decidesEn + " [" + c.citation().formatEn() + "]" + statusEn
                        + ".");
    }

    /**
     * Why an assessment dated before a newer scheme's uncertain first day uses the older one: the scheme chosen, the
     * day the newer one applies from and how sure that day is, then the catalogue's words on it.
     */
    private static Notice olderSchemeChosen(Scheme scheme, Succession next, LocalDate date) {
        return new Notice("OLDER_SCHEME_CHOSEN", Notice.Severity.WARNING,
                "Đánh giá theo " + scheme.nameVi() + " (" + scheme.document() + ") vì ngày tham chiếu "
                        + VI.format(date) + " trước ngày " + VI.format(next.from()) + ", ngày " + next.scheme()
                        + " bắt đầu áp dụng [" + next.citation().formatVi() + "]; ngày này " + next.status().nameVi()
                        + " (" + next.status().name() + "). " + next.noteVi(),
                "Evaluated under " + scheme.nameEn() + " (" + scheme.document() + ") because the reference date "
                        + date + " is before " + next.from() + ", the day " + next.scheme() + " applies from ["
                        + next.citation().formatEn() + "]; that day is " + next.status().nameEn() + " ("
                        + next.status().name() + "). " + next.noteEn());
    }

    private static String dayMonth(java.time.MonthDay d) {
        return String.format("%02d/%02d", d.getDayOfMonth(), d.getMonthValue());
    }

    private static String dayMonthEn(java.time.MonthDay d) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.ENGLISH).format(d);
    }
}
