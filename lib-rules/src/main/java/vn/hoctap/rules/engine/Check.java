package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.hoctap.model.Names;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.IndicatorAttestation;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.text.Agreement;
import vn.hoctap.rules.engine.text.Texts;

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
 * undetermined; data without evidence make it not met where the scheme says so ({@link Scheme#evidenceRule()}:
 * TT 24 Art. 9.3, 15.3; TT 25 has no such clause, and there evidence is recorded but not required).
 */
public final class Check {
    private final CriterionDefinition criterion;
    private final IndicatorDefinition indicator;
    private final Level level;
    /**
     * {@code null} in the check a remembered answer gives every subject it answers
     * ({@link Judgements.Judgement#answeredCheck}): that check never goes to the rules.
     */
    private final SubjectFacts facts;
    private final Scheme scheme;
    private final LayeredParameters parameters;
    /** What the indicator is worth in a points scheme; {@code null} in a pass/fail scheme. */
    private final IndicatorPoints points;
    /** The period's rule set this check belongs to, for {@link Judgements}. */
    private final Composition composition;
    /** Everything the rules see of this check besides what it reads, for {@link Judgements}. */
    private final Judgements.Context context;
    private List<Measurement> measurements = List.of();
    private List<MissingInput> missing = List.of();
    private boolean notApplicable;
    private String layer;
    private BigDecimal scored;
    /** What the rules read from the subject, in order, and the values they got ({@link Judgements}). */
    private List<Judgements.Read> reads;
    private List<Object> readValues;
    /** Whether a rule asked for the subject itself, so that anything may have been read. */
    private boolean opaque;
    /** The remembered answer this check shares, when it has one. */
    private Judgements.Judgement judgement;

    Check(CriterionDefinition criterion, IndicatorDefinition indicator, Level level, SubjectFacts facts,
          Scheme scheme, Composition composition, IndicatorPoints points, Judgements.Context context) {
        this.criterion = criterion;
        this.indicator = indicator;
        this.level = level;
        this.facts = facts;
        this.scheme = scheme;
        this.composition = composition;
        this.context = context;
        this.parameters = composition.parameters();
        this.points = points;
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

    /**
     * The subject this check belongs to. When the engine judges many subjects in one session (all the people of a
     * commune), a rule that matches other facts of the subject must join on it, e.g.
     * {@code Check( $s : subject ) and Profile( subject == $s )}.
     */
    public SubjectFacts getSubject() {
        // A rule that reads the subject directly may depend on anything in it: its answer is not shared.
        opaque = true;
        return facts;
    }

    /** The indicator does not apply to this subject; the catalogue says to whom it applies. */
    public void notApplicable() {
        notApplicable = true;
    }

    /**
     * What {@code input} counts does not exist on this evaluation's dates, so the indicator cannot be judged as
     * written: undetermined, with the reason in words, and no input named as missing since no data would decide it.
     */
    public void subjectNoLongerExists(Input input, String reasonVi, String reasonEn) {
        add(input, Outcome.UNDETERMINED, Reason.SUBJECT_NO_LONGER_EXISTS, null, null, null, null, null,
                evidenceCount(input), reasonVi, reasonEn);
    }

    /**
     * Whether the reading parameter {@code readingParameter} (a {@code CODE}) has the value {@code code} on the
     * evaluation date: lets a rule follow a reading a province pack can switch.
     */
    public boolean readingIs(String readingParameter, String code) {
        return code.equals(parameters.require(readingParameter, null, facts.referenceDate(), indicator.id()).code());
    }

    /**
     * The indicator does not apply by the library's reading (named by {@code readingParameter}), not by the text's
     * words: not applicable, and the sentence says so.
     */
    public void notApplicableByReading(Input input, String readingParameter, String reasonVi, String reasonEn) {
        ResolvedParameter p = parameters.require(readingParameter, null, facts.referenceDate(), indicator.id());
        add(input, Outcome.NOT_APPLICABLE, Reason.LIBRARY_READING, null, null, null, null, p,
                evidenceCount(input), reasonVi + " Đây là cách đọc của thư viện (" + p.id() + " = "
                        + p.code() + "), không phải lời văn của văn bản; bộ tiêu chí của tỉnh có thể tắt.",
                reasonEn + " This is the library's reading (" + p.id() + " = " + p.code() + "), not the text's words;"
                        + " a province pack can switch it off.");
    }

    /** The subject must state that it does what {@code input} describes, with evidence. */
    public void requireStatement(Input input) {
        expect(input, Input.Measure.STATEMENT);
        Optional<Boolean> stated = read(Judgements.Kind.STATEMENT, input, null);
        int evidence = evidenceCount(input);
        String what = input.descriptionVi();
        String whatEn = input.descriptionEn();
        if (stated.isEmpty()) {
            missing(pathOf(input), input);
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, null, null, null, null, evidence,
                    "Chưa có thông tin: " + what + ".", "Not stated: " + whatEn + ".");
        } else if (!stated.get()) {
            add(input, Outcome.NOT_MET, Reason.STATED_NOT_DONE, "no", null, null, null, null, evidence,
                    "Tự xác nhận chưa đạt: " + what + ".", "Stated as not done: " + whatEn + ".");
        } else if (evidence == 0 && evidenceRequired()) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, "yes", null, null, null, null, 0,
                    "Có thực hiện nhưng không có minh chứng" + rule() + ": " + what + ".",
                    "Stated as done but no evidence is given" + ruleEn() + ": " + whatEn + ".");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, "yes", null, null, null, null, evidence,
                    "Có: " + what + " (" + evidenceVi(evidence) + ").",
                    "Done: " + whatEn + " (" + evidenceEn(evidence) + ").");
        }
    }

    /**
     * At least the percentage that parameter {@code minPercentParameter} gives of the population must have the
     * attribute {@code input} counts. Compared exactly: 899 of 1000 is below 90 %.
     */
    public void requireShare(Input input, String minPercentParameter) {
        expect(input, Input.Measure.SHARE);
        ResolvedParameter p = parameter(minPercentParameter);
        judgeShare(input, p, read(Judgements.Kind.SHARE, input, null), evidenceCount(input), input.populationVi(),
                input.populationEn(), "", "");
    }

    /**
     * Like {@link #requireShare}, counted over the subject's own members ({@link SubjectFacts#countedShare}): the
     * households of a clan or hamlet, the citizens of a hamlet, the members of a grassroots unit. Members the criteria
     * leave out are not in the denominator, and the sentence says how many and why. When nobody is left to count, the
     * indicator does not apply (and, in a points scheme, earns its maximum, as it cannot be held against the subject).
     */
    public void requireMemberShare(Input input, String minPercentParameter) {
        expect(input, Input.Measure.SHARE);
        memberShare(input, null, parameter(minPercentParameter));
    }

    /**
     * Like {@link #requireMemberShare(Input, String)}, counting only the members whose age in the evaluation year lies
     * between the values of {@code minAgeParameter} and {@code maxAgeParameter}, both included (a household's
     * school-age children, its adults aged 19 to 60).
     */
    public void requireMemberShare(Input input, String minAgeParameter, String maxAgeParameter,
                                   String minPercentParameter) {
        expect(input, Input.Measure.SHARE);
        int from = parameter(minAgeParameter).integer();
        int to = parameter(maxAgeParameter).integer();
        if (to < from) {
            throw new IllegalStateException("parameters " + minAgeParameter + " = " + from + " and " + maxAgeParameter
                    + " = " + to + " give no age band; rule for indicator " + indicator.id());
        }
        memberShare(input, new AgeBand(from, to), parameter(minPercentParameter));
    }

    /**
     * The subject must state that it meets this indicator as the catalogue describes it, under the indicator's own id
     * ({@link IndicatorAttestation}): for indicators whose content the library does not model, such as those a
     * province's set adds.
     */
    public void requireAttestation() {
        requireStatement(new IndicatorAttestation(indicator.id(), lowerFirst(indicator.nameVi()),
                lowerFirst(indicator.nameEn())));
    }

    private void memberShare(Input input, AgeBand ages, ResolvedParameter p) {
        CountedShare counted = read(Judgements.Kind.COUNTED_SHARE, input, ages);
        int evidence = evidenceCount(input);
        String populationVi = ages == null ? input.populationVi()
                : input.populationVi() + " " + ages.from() + "–" + ages.to() + " tuổi";
        String populationEn = ages == null ? input.populationEn()
                : input.populationEn() + " aged " + ages.from() + "–" + ages.to();
        String excludedVi = "";
        String excludedEn = "";
        if (!counted.excluded().isEmpty()) {
            Map<Names, Integer> byReason = new LinkedHashMap<>();
            counted.excluded().forEach(r -> byReason.merge(r, 1, Integer::sum));
            excludedVi = "; không tính " + counted.excluded().size() + " người không có khả năng học tập ("
                    + byReason.entrySet().stream().map(e -> e.getKey().vi() + ": " + e.getValue())
                    .collect(Collectors.joining("; ")) + ")";
            excludedEn = "; " + counted.excluded().size() + " unable to learn left out ("
                    + byReason.entrySet().stream().map(e -> e.getKey().en() + ": " + e.getValue())
                    .collect(Collectors.joining("; ")) + ")";
        }
        Share share = counted.share();
        if (share.known() && share.denominator() == 0) {
            add(input, Outcome.NOT_APPLICABLE, Reason.NOT_APPLICABLE_TO_SUBJECT, "0", "≥ " + Texts.en(p.percent()),
                    null, null, p, evidence,
                    "Không có " + populationVi + " để tính" + excludedVi + ": chỉ tiêu không áp dụng.",
                    "No " + populationEn + " to count" + excludedEn + ": the indicator does not apply.");
            return;
        }
        judgeShare(input, p, share, evidence, populationVi, populationEn, excludedVi, excludedEn);
    }

    private void judgeShare(Input input, ResolvedParameter p, Share share, int evidence, String populationVi,
                            String populationEn, String excludedVi, String excludedEn) {
        BigDecimal min = p.percent();
        String thresholdEn = "≥ " + Texts.en(min);
        String unknownVi = "";
        String unknownEn = "";
        int n;
        if (share.partlyKnown() && reaches(share.numerator(), share.denominator(), min)
                == reaches(share.numerator() + share.unknown(), share.denominator(), min)) {
            // The records without data cannot change the outcome: judge on the side they cannot cross.
            boolean reachedAnyway = reaches(share.numerator(), share.denominator(), min);
            n = reachedAnyway ? share.numerator() : share.numerator() + share.unknown();
            unknownVi = " (" + (reachedAnyway ? "" : "tính cả ") + share.unknown() + " " + populationVi
                    + " chưa có thông tin" + (reachedAnyway ? " không làm thay đổi kết quả" : " như thể có") + ")";
            unknownEn = " (" + (reachedAnyway ? "the " + share.unknown() + " without data cannot change this"
                    : "counting the " + share.unknown() + " without data as if they had it") + ")";
        } else if (!share.known()) {
            List<MissingPaths.Entry> entries = MissingPaths.of(share.missing());
            entries.forEach(e -> missing(e, input));
            String pathsVi = String.join(", ", entries.stream().map(MissingPaths.Entry::vi).toList());
            String pathsEn = String.join(", ", entries.stream().map(MissingPaths.Entry::en).toList());
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, thresholdEn, null, null, p, evidence,
                    "Thiếu số liệu: số " + populationVi + " " + input.attributeVi() + " (" + pathsVi
                            + "); yêu cầu tối thiểu " + Texts.vi(min) + ".",
                    "Data missing: " + populationEn + " who " + input.attributeEn() + " (" + pathsEn
                            + "); at least " + Texts.en(min) + " required.");
            return;
        } else {
            n = share.numerator();
        }
        int d = share.denominator();
        BigDecimal shown = Texts.percent(n, d);
        boolean reached = reaches(n, d, min);
        String observedVi = Texts.count(n) + "/" + Texts.count(d) + " " + populationVi + " (" + Texts.vi(shown) + ") "
                + input.attributeVi() + unknownVi + excludedVi;
        String observedEn = Texts.countEn(n) + " of " + Texts.countEn(d) + " " + populationEn + " (" + Texts.en(shown)
                + ") " + Agreement.predicateEn(n, input.attributeEn()) + unknownEn + excludedEn;
        String observed = n + "/" + d + " (" + Texts.en(shown) + ")";
        if (!reached) {
            add(input, Outcome.NOT_MET, Reason.BELOW_THRESHOLD, observed, thresholdEn, n, d, p, evidence,
                    observedVi + "; dưới mức tối thiểu " + Texts.vi(min) + ".",
                    observedEn + "; below the required " + Texts.en(min) + ".");
        } else if (evidence == 0 && evidenceRequired()) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, observed, thresholdEn, n, d, p, 0,
                    observedVi + "; đạt mức ≥ " + Texts.vi(min) + " nhưng không có minh chứng" + rule() + ".",
                    observedEn + "; reaches " + thresholdEn + " but no evidence is given" + ruleEn() + ".");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, observed, thresholdEn, n, d, p, evidence,
                    observedVi + "; yêu cầu tối thiểu " + Texts.vi(min) + ".",
                    observedEn + "; at least " + Texts.en(min) + " required.");
        }
    }

    /** Whether {@code n} of {@code d} is at least {@code min} percent, exactly. */
    private static boolean reaches(int n, int d, BigDecimal min) {
        return BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100)).compareTo(min.multiply(BigDecimal.valueOf(d)))
                >= 0;
    }

    /** The subject's level on {@code input}'s scale must be at least the step parameter {@code minLevelParameter} names. */
    public void requireLevel(Input input, String minLevelParameter) {
        expect(input, Input.Measure.LEVEL);
        ResolvedParameter p = parameter(minLevelParameter);
        ScaleLevel required = input.scale().stream().filter(s -> s.name().equals(p.code())).findFirst()
                .orElseThrow(() -> new IllegalStateException("parameter " + p.id() + " = " + p.code()
                        + " is not a step of " + input.jsonName()));
        Optional<ScaleLevel> actual = read(Judgements.Kind.LEVEL, input, null);
        int evidence = evidenceCount(input);
        String req = required.nameVi() + " (" + p.definition().nameVi() + ")";
        String reqEn = required.nameEn() + " (" + p.definition().nameEn() + ")";
        String what = capitalise(input.descriptionVi());
        String whatEn = capitalise(input.descriptionEn());
        if (actual.isEmpty()) {
            missing(pathOf(input), input);
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, required.name(), null, null, p, evidence,
                    what + ": chưa có thông tin; yêu cầu " + req + ".",
                    whatEn + ": not given; at least " + reqEn + " required.");
        } else if (actual.get().ordinal() < required.ordinal()) {
            add(input, Outcome.NOT_MET, Reason.BELOW_THRESHOLD, actual.get().name(), required.name(), null, null, p,
                    evidence, what + ": " + actual.get().nameVi() + "; chưa đạt yêu cầu " + req + ".",
                    whatEn + ": " + actual.get().nameEn() + "; below the required " + reqEn + ".");
        } else if (evidence == 0 && evidenceRequired()) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, actual.get().name(), required.name(), null, null, p, 0,
                    what + ": " + actual.get().nameVi() + " nhưng không có minh chứng" + rule() + ".",
                    whatEn + ": " + actual.get().nameEn() + " but no evidence is given" + ruleEn() + ".");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, actual.get().name(), required.name(), null, null, p,
                    evidence, what + ": " + actual.get().nameVi() + "; yêu cầu " + req + ".",
                    whatEn + ": " + actual.get().nameEn() + "; at least " + reqEn + " required.");
        }
    }

    /**
     * The indicator earns the points the subject scores on {@code input} (its self-assessment), from 0 to the
     * indicator's maximum; fewer than the scheme's floor fails it. Only in a {@link vn.hoctap.model.catalogue.Scoring#POINTS}
     * scheme.
     *
     * @throws vn.hoctap.model.InvalidInputException when the score is above the indicator's maximum
     */
    public void score(Input input) {
        expect(input, Input.Measure.SCORE);
        if (points == null) {
            throw new IllegalStateException("rule for " + indicator.id() + " scores it, but scheme " + scheme.id()
                    + " is not a points scheme");
        }
        Optional<BigDecimal> given = read(Judgements.Kind.SCORE, input, null);
        if (given.isEmpty()) {
            missing(pathOf(input), input);
            String floorVi = points.floorTextVi() == null ? "" : "; mức sàn mỗi chỉ tiêu " + points.floorTextVi();
            String floorEn = points.floorText() == null ? "" : "; floor per indicator " + points.floorText();
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, points.threshold(), null, null,
                    points.floor(), 0,
                    "Chưa có điểm tự đánh giá: " + input.descriptionVi() + " (tối đa " + points.maxTextVi()
                            + " điểm" + floorVi + ").",
                    "No self-assessed score: " + input.descriptionEn() + " (at most " + points.maxText() + " points"
                            + floorEn + ").");
            return;
        }
        BigDecimal score = given.get();
        if (score.compareTo(points.maxValue()) > 0) {
            String scoreEn = Texts.numberEn(score);
            throw new vn.hoctap.model.InvalidInputException(pathOf(input), "điểm " + Texts.number(score)
                    + " vượt quá tối đa " + points.maxTextVi() + " của chỉ tiêu " + indicator.number()
                    + " / score " + scoreEn + " exceeds the maximum " + points.maxText() + " of indicator "
                    + indicator.number() + " (" + points.max().id() + ")");
        }
        scored = score;
        // People with the same score on the same indicator get the same measurement: built once per evaluation call.
        addMeasurement(points.measurement(input, score, () -> scoreMeasurement(input, score)));
    }

    private Measurement scoreMeasurement(Input input, BigDecimal score) {
        String maxEn = points.maxText();
        String floorEn = points.floorText();
        String scoreEn = Texts.numberEn(score);
        String scoreVi = Texts.number(score);
        String maxVi = points.maxTextVi();
        String floorVi = points.floorTextVi();
        String observed = scoreEn + "/" + maxEn;
        if (points.belowFloor(score)) {
            return measurement(input, Outcome.NOT_MET, Reason.BELOW_THRESHOLD, observed, points.threshold(), null, null,
                    points.floor(), 0,
                    "Tự đánh giá " + scoreVi + "/" + maxVi + " điểm; dưới mức sàn " + floorVi
                            + " điểm của mỗi chỉ tiêu.",
                    "Self-assessed " + scoreEn + " of " + maxEn + " points; below the floor of " + floorEn
                            + " points per indicator.");
        }
        return measurement(input, Outcome.MET, Reason.REQUIREMENT_MET, observed, points.threshold(), null, null,
                points.floor(), 0,
                "Tự đánh giá " + scoreVi + "/" + maxVi + " điểm"
                        + (floorVi == null ? "" : "; mức sàn mỗi chỉ tiêu " + floorVi) + ".",
                "Self-assessed " + scoreEn + " of " + maxEn + " points"
                        + (floorEn == null ? "" : "; floor per indicator " + floorEn) + ".");
    }


    /**
     * At least the number parameter {@code minParameter} gives of what {@code input} counts must have been done in the
     * evaluation year, e.g. "tối thiểu 04 chương trình" (TT 25 Art. 16.3.d): 3 fails when 4 are required.
     */
    public void requireCountAtLeast(Input input, String minParameter) {
        expect(input, Input.Measure.COUNT);
        ResolvedParameter p = parameter(minParameter);
        int min = p.integer();
        Optional<Integer> count = read(Judgements.Kind.COUNT, input, null);
        int evidence = evidenceCount(input);
        String threshold = "≥ " + min;
        String what = capitalise(input.descriptionVi());
        String whatEn = capitalise(input.descriptionEn());
        String minVi = min + " " + input.unitVi();
        String minEn = min + " " + input.unitEn();
        if (count.isEmpty()) {
            String path = pathOf(input);
            missing(path, input);
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, threshold, null, null, p, evidence,
                    what + ": chưa có số liệu (" + path + "); yêu cầu tối thiểu " + minVi + ".",
                    whatEn + ": not given (" + path + "); at least " + minEn + " required.");
            return;
        }
        int n = count.get();
        String observedVi = what + ": " + n + " " + input.unitVi();
        String observedEn = whatEn + ": " + n + " " + input.unitEn();
        if (n < min) {
            add(input, Outcome.NOT_MET, Reason.BELOW_THRESHOLD, String.valueOf(n), threshold, null, null, p,
                    evidence, observedVi + "; dưới mức tối thiểu " + minVi + ".",
                    observedEn + "; below the required " + minEn + ".");
        } else if (evidence == 0 && evidenceRequired()) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, String.valueOf(n), threshold, null, null, p, 0,
                    observedVi + "; đạt mức tối thiểu " + minVi + " nhưng không có minh chứng" + rule() + ".",
                    observedEn + "; reaches " + minEn + " but no evidence is given" + ruleEn() + ".");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, String.valueOf(n), threshold, null, null, p, evidence,
                    observedVi + "; yêu cầu tối thiểu " + minVi + ".", observedEn + "; at least " + minEn + " required.");
        }
    }

    /**
     * The subject must reach at least the step parameter {@code minLevelParameter} names on {@code input}'s scale,
     * where the step reached is computed from the figures {@code input} stands for (e.g. a commune's level of
     * universal primary education under NĐ 20/2014/NĐ-CP) instead of being stated. The computation's explanation is
     * kept in the result; figures it lacks make the requirement undetermined, and a step reached without evidence for
     * the figures is not met where the scheme requires evidence, as for any other input.
     */
    public void requireComputedLevel(Input input, String minLevelParameter, LevelComputation computation) {
        expect(input, Input.Measure.LEVEL);
        ResolvedParameter p = parameter(minLevelParameter);
        ScaleLevel required = input.scale().stream().filter(s -> s.name().equals(p.code())).findFirst()
                .orElseThrow(() -> new IllegalStateException("parameter " + p.id() + " = " + p.code()
                        + " is not a step of " + input.jsonName()));
        LevelFinding f = computation.compute(required, this::parameter);
        int evidence = evidenceCount(input);
        String req = required.nameVi() + " (" + p.definition().nameVi() + ")";
        String reqEn = required.nameEn() + " (" + p.definition().nameEn() + ")";
        switch (f.outcome()) {
            case UNDETERMINED -> {
                for (LevelFinding.Missing m : f.missing()) {
                    addMissing(new MissingInput(m.path(), indicator.id(), "Cần cung cấp: " + m.whatVi(),
                            "Supply: " + m.whatEn()));
                }
                add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, f.observed(), required.name(), null, null, p,
                        evidence, f.textVi() + " Yêu cầu " + req + ".", f.textEn() + " Required: " + reqEn + ".");
            }
            case NOT_MET -> add(input, Outcome.NOT_MET, Reason.BELOW_THRESHOLD, f.observed(), required.name(), null,
                    null, p, evidence, f.textVi() + " Chưa đạt yêu cầu " + req + ".",
                    f.textEn() + " Below the required " + reqEn + ".");
            default -> {
                if (evidence == 0 && evidenceRequired()) {
                    add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, f.observed(), required.name(), null, null, p, 0,
                            f.textVi() + " Đạt yêu cầu " + req + " nhưng không có minh chứng cho số liệu" + rule() + ".",
                            f.textEn() + " Reaches the required " + reqEn + " but no evidence is given for the"
                                    + " figures" + ruleEn() + ".");
                } else {
                    add(input, Outcome.MET, Reason.REQUIREMENT_MET, f.observed(), required.name(), null, null, p,
                            evidence, f.textVi() + " Đạt yêu cầu " + req + " (" + evidenceVi(evidence) + ").",
                            f.textEn() + " Reaches the required " + reqEn + " (" + evidenceEn(evidence) + ").");
                }
            }
        }
    }

    /**
     * The indicator's threshold depends on {@code condition}, a fact about the subject that the request leaves
     * unstated (e.g. whether a commune is in a disadvantaged area): the requirement is undetermined until it is
     * given. Rules call this instead of assuming the ordinary case.
     */
    public void thresholdDependsOn(Input condition) {
        expect(condition, Input.Measure.STATEMENT);
        missing(pathOf(condition), condition);
        add(condition, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, null, null, null, null,
                evidenceCount(condition),
                "Chưa chọn được ngưỡng áp dụng vì chưa cho biết " + condition.descriptionVi() + ".",
                "The threshold that applies depends on " + condition.descriptionEn() + ", which is not given.");
    }

    /**
     * The figure {@code input} gives must be higher in the evaluation year than in the year before ("tăng so với năm
     * trước liền kề", TT 25 Art. 11.4.b): an unchanged figure is not an increase. Compared exactly, without rounding.
     */
    public void requireIncrease(Input input) {
        requireChange(input, true);
    }

    /**
     * The figure {@code input} gives must be lower in the evaluation year than in the year before ("giảm so với năm
     * trước liền kề", TT 25 Art. 16.4.b): an unchanged figure is not a decrease. Compared exactly, without rounding.
     */
    public void requireDecrease(Input input) {
        requireChange(input, false);
    }

    private void requireChange(Input input, boolean up) {
        expect(input, Input.Measure.YEAR_ON_YEAR);
        int year = facts.evaluationYear();
        int before = year - 1;
        Optional<YearOnYear> figures = read(Judgements.Kind.YEAR_ON_YEAR, input, null);
        int evidence = evidenceCount(input);
        String what = capitalise(input.descriptionVi());
        String whatEn = capitalise(input.descriptionEn());
        String wantVi = (up ? "tăng" : "giảm") + " so với năm trước liền kề";
        String wantEn = (up ? "higher" : "lower") + " than the year before";
        String path = pathOf(input);
        List<String> paths = new ArrayList<>();
        List<String> years = new ArrayList<>();
        if (figures.isEmpty() || figures.get().previous() == null) {
            paths.add(figures.isEmpty() ? path : path + ".previous");
            years.add(String.valueOf(before));
        }
        if (figures.isEmpty() || figures.get().current() == null) {
            if (figures.isPresent()) {
                paths.add(path + ".current");
            }
            years.add(String.valueOf(year));
        }
        if (!paths.isEmpty()) {
            paths.forEach(x -> missing(x, input));
            String list = String.join(", ", paths);
            add(input, Outcome.UNDETERMINED, Reason.MISSING_INPUT, null, null, null, null, null, evidence,
                    what + ": thiếu số liệu năm " + String.join(" và năm ", years) + " (" + list + "); năm " + year
                            + " phải " + wantVi + ".",
                    whatEn + ": the figure for " + String.join(" and ", years) + " is missing (" + list + "); "
                            + year + " must be " + wantEn + ".");
            return;
        }
        BigDecimal previous = figures.get().previous();
        BigDecimal current = figures.get().current();
        int change = current.compareTo(previous);
        boolean reached = up ? change > 0 : change < 0;
        String observed = previous.toPlainString() + " → " + current.toPlainString();
        String threshold = (up ? "> " : "< ") + previous.toPlainString();
        String figuresVi = what + ": năm " + before + " là " + Texts.vi(previous, input.unitVi()) + ", năm " + year
                + " là " + Texts.vi(current, input.unitVi());
        String figuresEn = whatEn + ": " + Texts.en(previous, input.unitEn()) + " in " + before + ", "
                + Texts.en(current, input.unitEn()) + " in " + year;
        String changeVi = change > 0 ? "tăng" : change < 0 ? "giảm" : "không đổi";
        String changeEn = change > 0 ? "a rise" : change < 0 ? "a fall" : "no change";
        if (!reached) {
            add(input, Outcome.NOT_MET, Reason.NOT_IMPROVED, observed, threshold, null, null, null, evidence,
                    figuresVi + "; " + changeVi + ", trong khi yêu cầu " + wantVi + ".",
                    figuresEn + ": " + changeEn + ", but it must be " + wantEn + ".");
        } else if (evidence == 0 && evidenceRequired()) {
            add(input, Outcome.NOT_MET, Reason.NO_EVIDENCE, observed, threshold, null, null, null, 0,
                    figuresVi + "; " + changeVi + " nhưng không có minh chứng" + rule() + ".",
                    figuresEn + ": " + changeEn + " but no evidence is given" + ruleEn() + ".");
        } else {
            add(input, Outcome.MET, Reason.REQUIREMENT_MET, observed, threshold, null, null, null, evidence,
                    figuresVi + "; " + changeVi + " như yêu cầu (" + wantVi + ").",
                    figuresEn + ": " + changeEn + ", as required (" + wantEn + ").");
        }
    }

    /**
     * Whether the scheme's text fails a requirement that has no evidence (TT 24 Art. 9.3); TT 25 has no such rule at
     * any tier, and none is known for the association's titles. Where it is false, {@link #rule()} has no citation.
     */
    private boolean evidenceRequired() {
        return scheme.evidenceRule() != null;
    }

    /**
     * How much evidence a met requirement had, for its explanation; none can only be met where the scheme does not
     * require evidence, and the reader is told so rather than left to assume it was checked.
     */
    private static String evidenceVi(int evidence) {
        return evidence == 0 ? "không có minh chứng, không bắt buộc" : evidence + " minh chứng";
    }

    private static String evidenceEn(int evidence) {
        return evidence == 0 ? "no evidence given, none required"
                : Agreement.countEn(evidence, "piece of evidence", "pieces of evidence");
    }

    /**
     * Reads {@code input} from the subject as {@code kind} says, and records the read and its value for
     * {@link Judgements}.
     */
    @SuppressWarnings("unchecked")
    private <T> T read(Judgements.Kind kind, Input input, AgeBand ages) {
        Object value = kind.read(facts, input, ages);
        if (reads == null) {
            reads = new ArrayList<>(2);
            readValues = new ArrayList<>(2);
        }
        reads.add(new Judgements.Read(kind, input, ages));
        readValues.add(value);
        return (T) value;
    }

    private String pathOf(Input input) {
        return read(Judgements.Kind.PATH, input, null);
    }

    private int evidenceCount(Input input) {
        return read(Judgements.Kind.EVIDENCE_COUNT, input, null);
    }

    private ResolvedParameter parameter(String id) {
        return parameters.require(id, level, facts.referenceDate(), indicator.id());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
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
        addMissing(new MissingInput(path, indicator.id(), "Cần cung cấp: " + input.descriptionVi(),
                "Supply: " + input.descriptionEn()));
    }

    /** A missing path, or the summary of a long list's records that lack the data. */
    private void missing(MissingPaths.Entry entry, Input input) {
        if (entry.countVi() == null) {
            missing(entry.path(), input);
            return;
        }
        addMissing(new MissingInput(entry.path(), indicator.id(),
                "Cần cung cấp: " + input.descriptionVi() + " (" + entry.countVi() + ")",
                "Supply: " + input.descriptionEn() + " (" + entry.countEn() + ")"));
    }

    private void add(Input input, Outcome outcome, Reason reason, String observed, String threshold,
                     Integer numerator, Integer denominator, ResolvedParameter parameter, int evidence,
                     String textVi, String textEn) {
        // A threshold set by another text than the indicator's (a province overriding a national number, a decree
        // a circular refers to) is cited in the sentence itself, since the citation after it is the indicator's.
        Citation source = parameter == null ? null : parameter.value().citation();
        boolean elsewhere = source != null && indicator.citation(level)
                .map(c -> !c.document().equals(source.document())).orElse(true);
        String sourceVi = elsewhere ? " Ngưỡng theo " + source.formatVi() + " (" + parameter.layer() + ")." : "";
        String sourceEn = elsewhere ? " Threshold set by " + source.formatEn() + " (" + parameter.layer() + ")." : "";
        addMeasurement(measurement(input, outcome, reason, observed, threshold, numerator, denominator, parameter,
                evidence, textVi + sourceVi, textEn + sourceEn));
    }

    private static Measurement measurement(Input input, Outcome outcome, Reason reason, String observed,
                                           String threshold, Integer numerator, Integer denominator,
                                           ResolvedParameter parameter, int evidence, String textVi, String textEn) {
        BigDecimal percent = numerator == null ? null : Texts.percent(numerator, denominator);
        return new Measurement(input.jsonName(), outcome, reason, observed, threshold, numerator,
                denominator, percent, parameter == null ? null : parameter.id(),
                parameter == null ? null : parameter.layer(), evidence, textVi, textEn);
    }

    private void addMeasurement(Measurement m) {
        if (measurements.isEmpty()) {
            measurements = new ArrayList<>(2);
        }
        measurements.add(m);
    }

    private void addMissing(MissingInput m) {
        if (missing.isEmpty()) {
            missing = new ArrayList<>(2);
        }
        missing.add(m);
    }

    Judgements.Context context() {
        return context;
    }

    /** What the rules read, in order; {@code null} when a rule read the subject itself. */
    List<Judgements.Read> reads() {
        return opaque ? null : reads == null ? List.of() : reads;
    }

    /** The values of {@link #reads()}, in the same order. */
    List<Object> readValues() {
        return readValues == null ? List.of() : readValues;
    }

    /** This judged check's answer, to remember; the check shares it from now on. */
    Judgements.Judgement judgement() {
        if (judgement == null) {
            judgement = new Judgements.Judgement(measurements, missing, notApplicable, scored, layer);
        }
        return judgement;
    }

    /** The remembered answer this check shares, or {@code null}. */
    Judgements.Judgement sharedJudgement() {
        return judgement;
    }

    /** Takes {@code j}, the answer of an earlier check of the same context that read the same values. */
    void answer(Judgements.Judgement j) {
        judgement = j;
        measurements = j.measurements;
        missing = j.missing;
        notApplicable = j.notApplicable;
        scored = j.scored;
        layer = j.layer;
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

    IndicatorPoints pointsRule() {
        return points;
    }

    /**
     * In a points scheme, what the indicator earns: its score if scored, its maximum if met or not applicable,
     * nothing if not met; {@code null} while undetermined, and always in a pass/fail scheme.
     */
    BigDecimal earned() {
        if (points == null) {
            return null;
        }
        if (notApplicable) {
            return points.maxValue();
        }
        Outcome outcome = outcome();
        if (outcome == Outcome.UNDETERMINED) {
            return null;
        }
        if (scored != null) {
            return scored;
        }
        // A requirement with nobody to count does not apply (requireMemberShare): it earns the maximum, like a check the
        // rules set aside.
        return outcome == Outcome.MET || outcome == Outcome.NOT_APPLICABLE ? points.maxValue() : BigDecimal.ZERO;
    }

    /**
     * {@link Outcome#allOf} of the measurements, without building a list: the fold asks it of every check several
     * times.
     */
    Outcome outcome() {
        boolean undetermined = false;
        boolean met = false;
        for (Measurement m : measurements) {
            switch (m.outcome()) {
                case NOT_MET -> {
                    return Outcome.NOT_MET;
                }
                case UNDETERMINED -> undetermined = true;
                case MET -> met = true;
                case NOT_APPLICABLE -> {
                }
            }
        }
        return undetermined ? Outcome.UNDETERMINED : met ? Outcome.MET : Outcome.NOT_APPLICABLE;
    }

    @Override
    public String toString() {
        return "Check[" + indicator.id() + ", " + level + "]";
    }
}
