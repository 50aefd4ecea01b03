package vn.hoctap.cli.common;

import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;

/** An assessment as text a person reads: the summary, then each level's indicators with their explanation. */
public final class TextReport {
    private TextReport() {
    }

    /** The report in Vietnamese, or in English when {@code english}. */
    public static String of(Assessment a, boolean english) {
        StringBuilder b = new StringBuilder();
        b.append(english ? a.summaryEn() : a.summaryVi()).append('\n');
        for (LevelResult level : a.levels()) {
            b.append('\n').append(english ? level.level().nameEn() : level.level().nameVi()).append(": ")
                    .append(level.outcome()).append('\n');
            for (CriterionResult c : level.results()) {
                for (IndicatorResult i : c.indicators()) {
                    b.append("  ").append(english ? i.explanationEn() : i.explanationVi()).append('\n');
                }
            }
        }
        if (!a.missingInputs().isEmpty()) {
            b.append('\n').append(english ? "Missing:" : "Còn thiếu:").append('\n');
            for (MissingInput m : a.missingInputs()) {
                b.append("  ").append(m.path()).append('\n');
            }
        }
        for (Notice n : a.notices()) {
            b.append('\n').append("* ").append(english ? n.textEn() : n.textVi()).append('\n');
        }
        return b.toString();
    }
}
