package vn.hoctap.examples;

import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.RecognitionCalendar;

/** Renders an assessment as plain text for a report, in Vietnamese or English. */
public final class AssessmentReport {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AssessmentReport() {
    }

    public static String render(Assessment a, boolean english) {
        StringBuilder b = new StringBuilder();
        String rule = "═".repeat(100);
        b.append(rule).append('\n');
        b.append(english ? a.summaryEn() : a.summaryVi()).append('\n');
        b.append(english ? "Rules: " : "Căn cứ: ").append(a.document()).append(english ? ", reference date " : ", ngày áp dụng ")
                .append(english ? a.referenceDate().toString() : VI.format(a.referenceDate())).append('\n');
        for (Notice n : a.notices()) {
            b.append(n.severity() == Notice.Severity.WARNING ? "⚠ " : "ℹ ").append(english ? n.textEn() : n.textVi())
                    .append('\n');
        }
        for (LevelResult level : a.levels()) {
            b.append("─".repeat(100)).append('\n');
            b.append(english ? level.level().nameEn().toUpperCase() : level.level().nameVi().toUpperCase())
                    .append(": ").append(english ? level.outcome().nameEn() : level.outcome().nameVi())
                    .append("  [").append(english ? level.criteriaCitation().formatEn() : level.criteriaCitation().formatVi())
                    .append("]\n");
            for (CriterionResult c : level.results()) {
                b.append(english ? "  Criterion " : "  Tiêu chí ").append(c.number()).append(" — ")
                        .append(english ? c.nameEn() : c.nameVi()).append(": ")
                        .append(english ? c.outcome().nameEn() : c.outcome().nameVi()).append('\n');
                for (IndicatorResult i : c.indicators()) {
                    b.append("    ").append(mark(i)).append(' ')
                            .append(english ? i.explanationEn() : i.explanationVi()).append('\n');
                }
            }
        }
        if (!a.missingInputs().isEmpty()) {
            b.append("─".repeat(100)).append('\n').append(english ? "Missing inputs:\n" : "Dữ liệu còn thiếu:\n");
            for (MissingInput m : a.missingInputs()) {
                b.append("  • ").append(m.path()).append(" — ").append(english ? m.textEn() : m.textVi()).append('\n');
            }
        }
        RecognitionCalendar cal = a.calendar();
        b.append("─".repeat(100)).append('\n');
        // The association's titles have no known deadlines (the assessment's notices say so).
        if (english) {
            if (cal.dossierDueBefore() != null) {
                b.append("Dossier due before ").append(cal.dossierDueBefore()).append("; decision ")
                        .append(cal.decisionDueBefore() != null ? "due before " + cal.decisionDueBefore()
                                : "within " + cal.decisionWithinWorkingDays() + " working days of a complete dossier")
                        .append('.');
            }
            if (cal.level2RequestableFrom() != null) {
                b.append(" Level 2 may be requested from ").append(cal.level2RequestableFrom()).append('.');
            }
            if (cal.validUntil() != null) {
                b.append(" If recognised, valid until ").append(cal.validUntil()).append('.');
            }
        } else {
            if (cal.dossierDueBefore() != null) {
                b.append("Nộp hồ sơ trước ").append(VI.format(cal.dossierDueBefore())).append("; quyết định ")
                        .append(cal.decisionDueBefore() != null ? "trước " + VI.format(cal.decisionDueBefore())
                                : "trong " + cal.decisionWithinWorkingDays() + " ngày làm việc kể từ khi nhận đủ hồ sơ")
                        .append('.');
            }
            if (cal.level2RequestableFrom() != null) {
                b.append(" Được đề nghị mức độ 2 từ ").append(VI.format(cal.level2RequestableFrom())).append('.');
            }
            if (cal.validUntil() != null) {
                b.append(" Nếu được công nhận, kết quả bảo lưu đến ").append(VI.format(cal.validUntil())).append('.');
            }
        }
        return b.append('\n').toString();
    }

    /** One line per assessment: the subject, the scheme and the verdict, as an education office tabulates them. */
    public static String overview(List<Assessment> assessments, boolean english) {
        StringBuilder b = new StringBuilder("═".repeat(100)).append('\n');
        b.append(english ? "OVERVIEW" : "TỔNG HỢP").append('\n');
        String format = "%-68s %-32s %s%n";
        b.append(String.format(format, english ? "Unit" : "Đơn vị", english ? "Scheme" : "Danh hiệu",
                english ? "Result" : "Kết quả"));
        for (Assessment a : assessments) {
            b.append(String.format(format, a.subjectName(), english ? a.schemeNameEn() : a.schemeNameVi(),
                    english ? a.verdict().nameEn() : a.verdict().nameVi()));
        }
        return b.toString();
    }

    private static String mark(IndicatorResult i) {
        return switch (i.outcome()) {
            case MET -> "✔";
            case NOT_MET -> "✘";
            case NOT_APPLICABLE -> "–";
            case UNDETERMINED -> "?";
        };
    }
}
