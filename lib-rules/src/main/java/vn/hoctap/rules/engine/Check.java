package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ScaleLevel;
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
 * level on the evaluation date is looked up (a province pack may override it). Missing data make a requirement
 * undetermined; data without evidence make it not met (TT 24 Art. 9.3, 15.3).
 */
public final class Check {
    private final CriterionDefinition criterion;
    private final IndicatorDefinition indicator;
    private final Level level;
    private final SubjectFacts facts;
    private final Scheme scheme;
    private final LayeredParameters parameters;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<MissingInput> missing = new ArrayList<>();
    private boolean notApplicable;
    private String layer;

    Check(CriterionDefinition criterion, IndicatorDefinition indicator, Level level, SubjectFacts facts,
          Scheme scheme, LayeredParameters parameters) {
        this.criterion = criterion;
        this.indicator = indicator;
        this.level = level;
        this.facts = facts;
        this.scheme = scheme;
        this.parameters = parameters;
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
        return scheme.id();
    }

    /** The indicator does not apply to this subject; the catalogue says to whom it applies. */
    public void notApplicable() {
        notApplicable = true;
    }

    /** The subject must state that it does what {@code input} describes, with evidence. */
    public void requireStatement(Input input) {
        expect(input, Input.Measure.STATEMENT);
        Optional<Boolean> stated = facts.statement(input);
        int evidence = facts.evidence(input).size();
        String what = input.descriptionVi();
        String whatEn = input.descriptionEn();
        if (stated.isEmpty()) {
            missing(facts.pathOf(input), input);
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, null, null, null, null, evidence,
                    "Chưa có thông tin: " + what + ".", "Not stated: " + whatEn + ".");
        } else if (!stated.get()) {
            add(input, Outcome.NOT_MET, Reason.STATED_NOT_DONE, "no", null, null, null, null, evidence,
                    "Đơn vị xác nhận chưa đạt: " + what + ".", "The subject states this is not met: " + whatEn + ".");
        } else if (evidence == 0) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, "yes", null, null, null, null, 0,
                    "Có thực hiện nhưng không có minh chứng" + rule() + ": " + what + ".",
                    "Stated as done but no evidence is given" + ruleEn() + ": " + whatEn + ".");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, "yes", null, null, null, null, evidence,
                    "Có: " + what + " (" + evidence + " minh chứng).",
                    "Done: " + whatEn + " (" + evidence + " piece(s) of evidence).");
        }
    }

    /**
     * At least the percentage that parameter {@code minPercentParameter} gives of the population must have the
     * attribute {@code input} counts. Compared exactly: 899 of 1000 is below 90 %.
     */
    public void requireShare(Input input, String minPercentParameter) {
        expect(input, Input.Measure.SHARE);
        ResolvedParameter p = parameter(minPercentParameter);
        BigDecimal min = p.percent();
        Share share = facts.share(input);
        int evidence = facts.evidence(input).size();
        String thresholdEn = "≥ " + Texts.en(min);
        if (!share.known()) {
            share.missing().forEach(path -> missing(path, input));
            String paths = String.join(", ", share.missing());
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, thresholdEn, null, null, p, evidence,
                    "Thiếu số liệu: số " + input.populationVi() + " " + input.attributeVi() + " (" + paths
                            + "); yêu cầu tối thiểu " + Texts.vi(min) + ".",
                    "Data missing: " + input.populationEn() + " who " + input.attributeEn() + " (" + paths
                            + "); at least " + Texts.en(min) + " required.");
            return;
        }
        int n = share.numerator();
        int d = share.denominator();
        BigDecimal shown = Texts.percent(n, d);
        boolean reached = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100))
                .compareTo(min.multiply(BigDecimal.valueOf(d))) >= 0;
        String observedVi = n + "/" + d + " " + input.populationVi() + " (" + Texts.vi(shown) + ") " + input.attributeVi();
        String observedEn = n + " of " + d + " " + input.populationEn() + " (" + Texts.en(shown) + ") "
                + input.attributeEn();
        String observed = n + "/" + d + " (" + Texts.en(shown) + ")";
        if (!reached) {
            add(input, Outcome.NOT_MET, Reason.BELOW_THRESHOLD, observed, thresholdEn, n, d, p, evidence,
                    observedVi + "; dưới mức tối thiểu " + Texts.vi(min) + ".",
                    observedEn + "; below the required " + Texts.en(min) + ".");
        } else if (evidence == 0) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, observed, thresholdEn, n, d, p, 0,
                    observedVi + "; đạt mức ≥ " + Texts.vi(min) + " nhưng không có minh chứng" + rule() + ".",
                    observedEn + "; reaches " + thresholdEn + " but no evidence is given" + ruleEn() + ".");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, observed, thresholdEn, n, d, p, evidence,
                    observedVi + "; yêu cầu tối thiểu " + Texts.vi(min) + ".",
                    observedEn + "; at least " + Texts.en(min) + " required.");
        }
    }

    /** The subject's level on {@code input}'s scale must be at least the step parameter {@code minLevelParameter} names. */
    public void requireLevel(Input input, String minLevelParameter) {
        expect(input, Input.Measure.LEVEL);
        ResolvedParameter p = parameter(minLevelParameter);
        ScaleLevel required = input.scale().stream().filter(s -> s.name().equals(p.code())).findFirst()
                .orElseThrow(() -> new IllegalStateException("parameter " + p.id() + " = " + p.code()
                        + " is not a step of " + input.jsonName()));
        Optional<ScaleLevel> actual = facts.level(input);
        int evidence = facts.evidence(input).size();
        String req = required.nameVi() + " (" + p.definition().nameVi() + ")";
        String reqEn = required.nameEn() + " (" + p.definition().nameEn() + ")";
        String what = capitalise(input.descriptionVi());
        String whatEn = capitalise(input.descriptionEn());
        if (actual.isEmpty()) {
            missing(facts.pathOf(input), input);
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, required.name(), null, null, p, evidence,
                    what + ": chưa có thông tin; yêu cầu " + req + ".", whatEn + ": not given; " + reqEn + " required.");
        } else if (actual.get().ordinal() < required.ordinal()) {
            add(input, Outcome.NOT_MET, Reason.BELOW_THRESHOLD, actual.get().name(), required.name(), null, null, p,
                    evidence, what + ": " + actual.get().nameVi() + "; chưa đạt yêu cầu " + req + ".",
                    whatEn + ": " + actual.get().nameEn() + "; below the required " + reqEn + ".");
        } else if (evidence == 0) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, actual.get().name(), required.name(), null, null, p, 0,
                    what + ": " + actual.get().nameVi() + " nhưng không có minh chứng" + rule() + ".",
                    whatEn + ": " + actual.get().nameEn() + " but no evidence is given" + ruleEn() + ".");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, actual.get().name(), required.name(), null, null, p,
                    evidence, what + ": " + actual.get().nameVi() + "; yêu cầu " + req + ".",
                    whatEn + ": " + actual.get().nameEn() + "; " + reqEn + " required.");
        }
    }

    private ResolvedParameter parameter(String id) {
        return parameters.require(id, level, facts.referenceDate(), indicator.id());
    }

    private String rule() {
        Citation c = scheme.evidenceRule();
        return " (" + c.formatVi() + ")";
    }

    private String ruleEn() {
        Citation c = scheme.evidenceRule();
        return " (" + c.formatEn() + ")";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void expect(Input input, Input.Measure measure) {
        if (input.measure() != measure) {
            throw new IllegalArgumentException(input.jsonName() + " is a " + input.measure() + ", not a " + measure
                    + "; rule for indicator " + indicator.id());
        }
    }

    private void missing(String path, Input input) {
        missing.add(new MissingInput(path, indicator.id(), "Cần cung cấp: " + input.descriptionVi(),
                "Supply: " + input.descriptionEn()));
    }

    private void add(Input input, Outcome outcome, Reason reason, String observed, String threshold,
                     Integer numerator, Integer denominator, ResolvedParameter parameter, int evidence,
                     String textVi, String textEn) {
        BigDecimal percent = numerator == null ? null : Texts.percent(numerator, denominator);
        // A threshold set by another text than the indicator's (a province overriding a national number) is cited
        // in the sentence itself, since the citation after it is the indicator's.
        Citation source = parameter == null ? null : parameter.value().citation();
        boolean elsewhere = source != null && indicator.citation(level)
                .map(c -> !c.document().equals(source.document())).orElse(true);
        String sourceVi = elsewhere ? " Ngưỡng theo " + source.formatVi() + " (" + parameter.layer() + ")." : "";
        String sourceEn = elsewhere ? " Threshold set by " + source.formatEn() + " (" + parameter.layer() + ")." : "";
        measurements.add(new Measurement(input.jsonName(), outcome, reason, observed, threshold, numerator,
                denominator, percent, parameter == null ? null : parameter.id(),
                parameter == null ? null : parameter.layer(), evidence, textVi + sourceVi, textEn + sourceEn));
    }

    /** Records which layer judged this check; the first layer whose rules answer it wins. */
    void judgedBy(String layerName) {
        if (layer == null) {
            layer = layerName;
        }
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
