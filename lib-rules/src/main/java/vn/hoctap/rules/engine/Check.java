package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.request.DigitalMaturity;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.subject.Level;

/**
 * One indicator to judge at one level: the fact a rule matches and answers. The engine inserts one {@code Check}
 * per indicator of the scheme in force; the rule for that indicator states, through the methods below, what the
 * indicator requires of this subject, or that it does not apply. Requirements add up: an indicator is met when all
 * of them are.
 *
 * <pre>
 * rule "TT24.C2.1 members keep labour discipline"
 * when
 *     $c : Check( indicatorId == "TT24.C2.1" )
 * then
 *     $c.requireShare(UnitInput.MEMBERS_LABOUR_DISCIPLINE, "TT24.C2.1.MIN_PERCENT");
 * end
 * </pre>
 *
 * <p>Thresholds are never written in a rule: a rule names the parameter, and the value in force for the check's
 * level on the evaluation date is looked up (a province pack may override it). Missing data make the requirement
 * undetermined; data without evidence make it not met.
 */
public final class Check {
    private final CriterionDefinition criterion;
    private final IndicatorDefinition indicator;
    private final Level level;
    private final EvaluationContext context;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<MissingInput> missing = new ArrayList<>();
    private boolean notApplicable;
    private String layer;

    Check(CriterionDefinition criterion, IndicatorDefinition indicator, Level level, EvaluationContext context) {
        this.criterion = criterion;
        this.indicator = indicator;
        this.level = level;
        this.context = context;
    }

    public String getIndicatorId() {
        return indicator.id();
    }

    public String getCriterionId() {
        return criterion.id();
    }

    public Level getLevel() {
        return level;
    }

    public String getSchemeId() {
        return context.scheme().id();
    }

    /** Records which layer judged this check; the engine sets it while running that layer's rules. */
    void judgedBy(String layerName) {
        if (layer == null) {
            layer = layerName;
        }
    }

    /** The indicator does not apply to this subject; the catalogue says to whom it applies. */
    public void notApplicable() {
        notApplicable = true;
    }

    /** The subject must state that it does what {@code input} describes, with evidence. */
    public void requireStatement(UnitInput input) {
        expectKind(input, UnitInput.Kind.ATTESTATION);
        var stated = context.request().attestations().get(input);
        int evidence = context.evidence(input).size();
        String desc = input.descriptionVi();
        String descEn = input.descriptionEn();
        if (stated.isEmpty()) {
            addMissing("$.attestations." + input.jsonName(), input);
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, null, null, null, null, null, evidence,
                    "Chưa có thông tin: " + desc + ".", "Not stated: " + descEn + ".");
        } else if (!stated.get()) {
            add(input, Outcome.NOT_MET, Reason.STATED_NOT_DONE, "không", null, null, null, null, null, evidence,
                    "Đơn vị xác nhận chưa đạt: " + desc + ".", "The unit states this is not met: " + descEn + ".");
        } else if (evidence == 0) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, "có", null, null, null, null, null, 0,
                    "Có thực hiện nhưng không có minh chứng (" + context.scheme().evidenceRule().formatVi() + "): "
                            + desc + ".",
                    "Stated as done but no evidence is given (" + context.scheme().evidenceRule().formatEn() + "): "
                            + descEn + ".");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, "có", null, null, null, null, null, evidence,
                    "Có: " + desc + " (" + evidence + " minh chứng).",
                    "Done: " + descEn + " (" + evidence + " piece(s) of evidence).");
        }
    }

    /**
     * At least the percentage given by parameter {@code minPercentParameter} of the population must have the
     * attribute {@code input} counts. Compared exactly: 899 of 1000 is below 90 %.
     */
    public void requireShare(UnitInput input, String minPercentParameter) {
        if (input.kind() != UnitInput.Kind.MEMBER_SHARE && input.kind() != UnitInput.Kind.LEARNER_SHARE) {
            throw new IllegalArgumentException(input + " is not a share; indicator " + indicator.id());
        }
        ResolvedParameter p = context.parameter(minPercentParameter, level, indicator.id());
        BigDecimal min = p.percent();
        EvaluationContext.Share share = context.share(input);
        int evidence = context.evidence(input).size();
        String who = input.kind() == UnitInput.Kind.LEARNER_SHARE ? "người học" : "thành viên";
        String whoEn = input.kind() == UnitInput.Kind.LEARNER_SHARE ? "learners" : "members";
        String attrVi = input.attribute().orElseThrow().descriptionVi();
        String attrEn = input.attribute().orElseThrow().descriptionEn();
        String thresholdVi = "≥ " + Texts.vi(min);
        String thresholdEn = "≥ " + Texts.en(min);
        if (!share.known()) {
            share.missing().forEach(path -> addMissing(path, input));
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, thresholdEn, null, null, null, p, evidence,
                    "Thiếu số liệu: số " + who + " " + attrVi + " (" + String.join(", ", share.missing())
                            + "); yêu cầu tối thiểu " + Texts.vi(min) + ".",
                    "Data missing: " + whoEn + " who " + attrEn + " (" + String.join(", ", share.missing())
                            + "); at least " + Texts.en(min) + " required.");
            return;
        }
        int n = share.numerator();
        int d = share.denominator();
        BigDecimal shown = Texts.percent(n, d);
        boolean reached = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100))
                .compareTo(min.multiply(BigDecimal.valueOf(d))) >= 0;
        String observedVi = n + "/" + d + " " + who + " (" + Texts.vi(shown) + ") " + attrVi;
        String observedEn = n + " of " + d + " " + whoEn + " (" + Texts.en(shown) + ") " + attrEn;
        String observed = n + "/" + d + " (" + Texts.en(shown) + ")";
        if (!reached) {
            add(input, Outcome.NOT_MET, Reason.BELOW_THRESHOLD, observed, thresholdEn, n, d, shown, p, evidence,
                    observedVi + "; dưới mức tối thiểu " + Texts.vi(min) + ".",
                    observedEn + "; below the required " + Texts.en(min) + ".");
        } else if (evidence == 0) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, observed, thresholdEn, n, d, shown, p, 0,
                    observedVi + "; đạt mức " + thresholdVi + " nhưng không có minh chứng ("
                            + context.scheme().evidenceRule().formatVi() + ").",
                    observedEn + "; reaches " + thresholdEn + " but no evidence is given ("
                            + context.scheme().evidenceRule().formatEn() + ").");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, observed, thresholdEn, n, d, shown, p, evidence,
                    observedVi + "; yêu cầu tối thiểu " + Texts.vi(min) + ".",
                    observedEn + "; at least " + Texts.en(min) + " required.");
        }
    }

    /** The subject's digital-transformation level must be at least the level parameter {@code minLevelParameter} names. */
    public void requireMaturity(UnitInput input, String minLevelParameter) {
        expectKind(input, UnitInput.Kind.MATURITY);
        ResolvedParameter p = context.parameter(minLevelParameter, level, indicator.id());
        DigitalMaturity required = DigitalMaturity.valueOf(p.code());
        DigitalMaturity actual = context.request().digitalMaturity();
        int evidence = context.evidence(input).size();
        String req = required.nameVi() + " (" + p.definition().nameVi() + ")";
        String reqEn = required.nameEn() + " (" + p.definition().nameEn() + ")";
        if (actual == null) {
            addMissing("$." + input.jsonName(), input);
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, required.name(), null, null, null, p, evidence,
                    "Chưa có mức chuyển đổi số của đơn vị; yêu cầu " + req + ".",
                    "The unit's digital-transformation level is not given; " + reqEn + " required.");
        } else if (!actual.atLeast(required)) {
            add(input, Outcome.NOT_MET, Reason.BELOW_THRESHOLD, actual.name(), required.name(), null, null, null, p,
                    evidence, "Mức chuyển đổi số: " + actual.nameVi() + "; chưa đạt yêu cầu " + req + ".",
                    "Digital-transformation level: " + actual.nameEn() + "; below the required " + reqEn + ".");
        } else if (evidence == 0) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, actual.name(), required.name(), null, null, null, p, 0,
                    "Mức chuyển đổi số: " + actual.nameVi() + " nhưng không có minh chứng ("
                            + context.scheme().evidenceRule().formatVi() + ").",
                    "Digital-transformation level: " + actual.nameEn() + " but no evidence is given ("
                            + context.scheme().evidenceRule().formatEn() + ").");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, actual.name(), required.name(), null, null, null, p,
                    evidence, "Mức chuyển đổi số: " + actual.nameVi() + "; yêu cầu " + req + ".",
                    "Digital-transformation level: " + actual.nameEn() + "; " + reqEn + " required.");
        }
    }

    private void expectKind(UnitInput input, UnitInput.Kind kind) {
        if (input.kind() != kind) {
            throw new IllegalArgumentException(input + " is " + input.kind() + ", not " + kind + "; indicator "
                    + indicator.id());
        }
    }

    private void addMissing(String path, UnitInput input) {
        missing.add(new MissingInput(path, indicator.id(), "Cần cung cấp: " + input.descriptionVi(),
                "Supply: " + input.descriptionEn()));
    }

    private void add(UnitInput input, Outcome outcome, Reason reason, String observed, String threshold,
                     Integer numerator, Integer denominator, BigDecimal percent, ResolvedParameter parameter,
                     int evidence, String textVi, String textEn) {
        measurements.add(new Measurement(input.jsonName(), outcome, reason, observed, threshold, numerator,
                denominator, percent, parameter == null ? null : parameter.id(),
                parameter == null ? null : parameter.layer(), evidence, textVi, textEn));
    }

    CriterionDefinition criterion() {
        return criterion;
    }

    IndicatorDefinition indicator() {
        return indicator;
    }

    boolean isNotApplicable() {
        return notApplicable;
    }

    boolean isJudged() {
        return notApplicable || !measurements.isEmpty();
    }

    List<Measurement> measurements() {
        return measurements;
    }

    List<MissingInput> missing() {
        return missing;
    }

    String layer() {
        return layer;
    }

    @Override
    public String toString() {
        return "Check[" + indicator.id() + ", " + level + "]";
    }
}
