package vn.hoctap.cli.criteria;

import java.util.ArrayList;
import java.util.List;
import vn.hoctap.cli.criteria.CriteriaDocument.CriterionEntry;
import vn.hoctap.cli.criteria.CriteriaDocument.IndicatorEntry;
import vn.hoctap.cli.criteria.CriteriaDocument.SchemeEntry;
import vn.hoctap.model.catalogue.LevelDefinition;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterValue;
import vn.hoctap.model.catalogue.Procedure;
import vn.hoctap.model.catalogue.ProcedurePeriod;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.Audit;

/**
 * {@link CriteriaDocument} as Markdown or as a stand-alone HTML page: one section per scheme (with its procedure as
 * the text sets it and every dated period that changes it), one table per criterion, one row per indicator with its
 * content, citations by level, status, scope, the library's reading and its numbers. Vietnamese first, English beside
 * it.
 */
public final class CriteriaRenderer {
    private final boolean html;
    private final StringBuilder b = new StringBuilder();

    private CriteriaRenderer(boolean html) {
        this.html = html;
    }

    /** The document as Markdown. */
    public static String markdown(CriteriaDocument doc) {
        return new CriteriaRenderer(false).render(doc);
    }

    /** The document as an HTML page (UTF-8, no scripts, printable). */
    public static String html(CriteriaDocument doc) {
        return new CriteriaRenderer(true).render(doc);
    }

    private String render(CriteriaDocument doc) {
        String title = "Tiêu chí có hiệu lực ngày " + doc.date() + " / Criteria in force on " + doc.date();
        if (html) {
            b.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                    .append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;max-width:80em;margin:auto}"
                            + "table{border-collapse:collapse;width:100%;margin-bottom:1em}td,th{border:1px solid #999;"
                            + "padding:.3em;vertical-align:top;text-align:left}</style>\n</head>\n<body>\n");
        }
        heading(1, title);
        paragraph("Lớp luật / Rule layers: " + String.join("; ", doc.layers().stream().map(CriteriaRenderer::layer)
                .toList()));
        for (SchemeEntry s : doc.schemes()) {
            scheme(s);
        }
        if (html) {
            b.append("</body>\n</html>\n");
        }
        return b.toString();
    }

    private static String layer(Audit.Layer l) {
        return l.name() + " (" + l.source() + ", " + l.digest() + ")";
    }

    private void scheme(SchemeEntry entry) {
        Scheme s = entry.scheme();
        heading(2, s.id() + ": " + s.nameVi() + " / " + s.nameEn());
        List<String> facts = new ArrayList<>();
        facts.add("Văn bản / Document: " + s.document() + "; hiệu lực / in force: " + s.effectiveFrom() + " → "
                + (s.effectiveTo() == null ? "" : s.effectiveTo()));
        facts.add("Cách tính / Scoring: " + s.scoring());
        for (LevelDefinition l : s.levels()) {
            facts.add(l.level().nameVi() + " / " + l.level().nameEn() + ": tiêu chí / criteria "
                    + l.criteria().formatVi() + "; điều kiện / condition " + l.condition().formatVi());
        }
        if (s.procedure() != null) {
            facts.add("Thẩm quyền theo văn bản / Authority as the text sets it: " + procedure(s.procedure()));
        } else {
            facts.add("Thẩm quyền, thời hạn: thư viện không biết / Authority and timetable: not known to the library");
        }
        for (ProcedurePeriod period : s.procedureChanges()) {
            facts.add(period(period));
        }
        if (s.evidenceRule() != null) {
            facts.add("Minh chứng / Evidence: bắt buộc / required [" + s.evidenceRule().formatVi() + "]");
        } else if (s.evidenceReadingVi() != null) {
            facts.add("Minh chứng / Evidence: " + s.evidenceReadingVi() + " / " + s.evidenceReadingEn());
        }
        list(facts);
        if (!entry.parameters().isEmpty()) {
            paragraph("Số liệu của danh hiệu / The scheme's numbers: " + numbers(entry.parameters()));
        }
        for (CriterionEntry c : entry.criteria()) {
            heading(3, "Tiêu chí / Criterion " + c.criterion().number() + ": " + c.criterion().nameVi() + " / "
                    + c.criterion().nameEn() + " (" + c.criterion().id() + ")");
            table(List.of("Chỉ tiêu / Indicator", "Nội dung / Content", "Trích dẫn theo mức / Citation by level",
                    "Trạng thái / Status", "Phạm vi / Scope", "Cách đọc / Reading", "Số liệu / Numbers"),
                    c.indicators().stream().map(CriteriaRenderer::row).toList());
        }
    }

    /** Who decides, on whose citation, who receives the dossier and by when. */
    static String procedure(Procedure p) {
        return p.authorityVi() + " / " + p.authorityEn() + " [" + p.authorityCitation().formatVi() + "]; nhận hồ sơ /"
                + " dossier to: " + p.dossierRecipientVi() + " / " + p.dossierRecipientEn()
                + (p.timetableKnown() ? "; hồ sơ trước / dossier before " + p.dossierDueBefore()
                + (p.decisionDueBefore() != null ? ", quyết định trước / decision before " + p.decisionDueBefore()
                : ", quyết định trong / decision within " + p.decisionWithinWorkingDays() + " ngày làm việc / working"
                + " days") + " [" + p.timetableCitation().formatVi() + "]" : "; thời hạn chưa biết / timetable not"
                + " known");
    }

    /**
     * A dated period of the procedure, every one the scheme has (not only the one in force on the document's date,
     * since the period that applies is the one of the decision's date): its dates, who decides and receives, the
     * deadlines, its status and citation, and what changed.
     */
    static String period(ProcedurePeriod period) {
        return "Thủ tục từ / Procedure from " + period.from() + " → " + (period.to() == null ? "" : period.to()) + ": "
                + (period.authorityKnown() ? procedure(period.procedure()) : "không biết ai nhận hồ sơ, ai quyết định"
                + " / no receiving office or deciding authority known") + "; trạng thái / status "
                + period.status().name() + " (" + period.status().nameVi() + " / " + period.status().nameEn() + ") ["
                + period.citation().formatVi() + "]; " + period.noteVi() + " / " + period.noteEn();
    }

    private static List<String> row(IndicatorEntry e) {
        var i = e.indicator();
        return List.of(i.number() + " (" + i.id() + ")" + (i.mandatory() ? ", bắt buộc / mandatory" : ""),
                i.nameVi() + " / " + i.nameEn(), CriteriaDocument.citations(i),
                i.status().name() + " (" + i.status().nameVi() + " / " + i.status().nameEn() + ")",
                i.applicabilityVi() == null ? "mọi đối tượng / every subject"
                        : i.applicabilityVi() + " / " + i.applicabilityEn(),
                i.interpretationVi() == null ? "" : i.interpretationVi() + " / " + i.interpretationEn(),
                numbers(e.parameters()));
    }

    /** Each number with its value per level, citation and status; a number without a value says so. */
    static String numbers(List<ParameterDefinition> parameters) {
        List<String> parts = new ArrayList<>();
        for (ParameterDefinition p : parameters) {
            if (p.values().isEmpty()) {
                parts.add(p.id() + " (" + p.nameVi() + " / " + p.nameEn() + "): chưa có giá trị, bộ tiêu chí của tỉnh"
                        + " phải quy định / no value: a province pack must supply it");
                continue;
            }
            List<String> values = new ArrayList<>();
            for (ParameterValue v : p.values()) {
                values.add(v.value() + (v.level() == null ? "" : " (" + v.level().nameVi() + ")") + " ["
                        + v.citation().formatVi() + "; " + v.status().name() + "; từ / from " + v.from() + "]");
            }
            parts.add(p.id() + " (" + p.nameVi() + " / " + p.nameEn() + ") = " + String.join(", ", values));
        }
        return String.join("; ", parts);
    }

    private void heading(int level, String text) {
        if (html) {
            b.append("<h").append(level).append('>').append(esc(text)).append("</h").append(level).append(">\n");
        } else {
            b.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        }
    }

    private void paragraph(String text) {
        b.append(html ? "<p>" + esc(text) + "</p>\n" : text + "\n\n");
    }

    private void list(List<String> items) {
        if (html) {
            b.append("<ul>\n");
            items.forEach(i -> b.append("<li>").append(esc(i)).append("</li>\n"));
            b.append("</ul>\n");
        } else {
            items.forEach(i -> b.append("- ").append(i).append('\n'));
            b.append('\n');
        }
    }

    private void table(List<String> header, List<List<String>> rows) {
        if (html) {
            b.append("<table>\n<tr>");
            header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
            b.append("</tr>\n");
            for (List<String> r : rows) {
                b.append("<tr>");
                r.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
                b.append("</tr>\n");
            }
            b.append("</table>\n");
        } else {
            b.append("| ").append(String.join(" | ", header)).append(" |\n|")
                    .append("---|".repeat(header.size())).append('\n');
            for (List<String> r : rows) {
                b.append("| ").append(String.join(" | ", r.stream().map(c -> c.replace("|", "\\|")).toList()))
                        .append(" |\n");
            }
            b.append('\n');
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
