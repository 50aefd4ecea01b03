package vn.hoctap.rules.nd20;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.request.LiteracyFigures;
import vn.hoctap.model.request.LowerSecondaryFigures;
import vn.hoctap.model.request.PreschoolFigures;
import vn.hoctap.model.request.PrimaryFigures;
import vn.hoctap.model.request.ScaleLevel;
import vn.hoctap.model.request.UniversalEducationFigures;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.request.UniversalEducationStandard;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.text.Agreement;
import vn.hoctap.rules.engine.LevelComputation;
import vn.hoctap.rules.engine.LevelFinding;

/**
 * The commune standards of Nghị định 20/2014/NĐ-CP, judged from raw figures: universal preschool education for
 * 5-year-olds (Art. 6.2), universal primary education levels 1-3 (Art. 9.2, 10.1, 11.1), universal lower-secondary
 * education levels 1-3 (Art. 14.2, 15.1, 16.1) and literacy levels 1-2 (Art. 20.1, 21.1).
 *
 * <p>Each step of a standard is a list of conditions; a commune reaches a step when every condition of that step and
 * of every lower step holds (the articles say so for primary and lower secondary: "bảo đảm tiêu chuẩn ... mức độ 1";
 * for literacy we read the two levels as a ladder too, see the TT 25 catalogue). Lower-secondary level 1 also
 * requires primary and literacy at level 1 (Art. 14.2.a); those conditions are repeated under it.
 *
 * <p>Every rate threshold is a parameter ({@code TT25.X.ND20.ART<n>.<figure>.MIN_PERCENT}, with an
 * {@code _ESPECIALLY_DIFFICULT} twin where the decree gives communes with especially difficult socio-economic
 * conditions their own figure), cited to its article, clause and point. Rates are compared exactly: 899 of 1000 is
 * below 90 %. A condition whose figures are missing, or whose threshold or age band depends on the
 * especially-difficult flag when the request leaves it unstated, is unknown and names the JSON paths that would
 * decide it; a step is then unknown unless another of its conditions fails.
 */
public final class Nd20Standards {
    /** The decree's number, as citations write it. */
    public static final String DOCUMENT = "20/2014/NĐ-CP";
    /** Prefix of the parameters of this class: they belong to the scheme "Cộng đồng học tập" cấp xã. */
    public static final String PARAMETER_PREFIX = "TT25.X.ND20.";
    /** Suffix of a threshold's twin for communes with especially difficult socio-economic conditions. */
    public static final String ESPECIALLY_DIFFICULT = "_ESPECIALLY_DIFFICULT";

    static final String FIGURES = "$.universalEducation.figures.";
    static final String FLAG = "$.commune.especiallyDifficult";

    private Nd20Standards() {
    }

    /**
     * How literacy's two levels relate: Art. 21 does not make level 1 (Art. 20.1) a condition of level 2, unlike
     * Art. 10, 11, 15 and 16 for the other standards. {@code AS_WRITTEN} (the national value) judges level 2 on its own
     * conditions; {@code LADDER}, a reading a pack can switch on, requires level 1 as well.
     */
    public static final String LITERACY_READING = PARAMETER_PREFIX + "ART21.LEVEL_1_ALSO_REQUIRED";
    static final String LITERACY_LADDER = "LADDER";

    /** Three-valued truth: a condition holds, fails, or cannot be told from the request. */
    public enum Truth {
        TRUE, FALSE, UNKNOWN;

        /** All of them: one failure decides, otherwise one unknown leaves it open. */
        static Truth all(List<Truth> truths) {
            boolean unknown = false;
            for (Truth t : truths) {
                if (t == FALSE) {
                    return FALSE;
                }
                unknown |= t == UNKNOWN;
            }
            return unknown ? UNKNOWN : TRUE;
        }
    }

    /**
     * One condition of one step.
     *
     * @param step        the step it belongs to (for lower-secondary level 1, the primary and literacy conditions it
     *                    repeats)
     * @param citation    the article, clause and point stating it
     * @param truth       whether it holds
     * @param numerator   the people counted, or {@code null} when unknown or not a rate
     * @param denominator out of how many, or {@code null}
     * @param minPercent  the threshold applied, or {@code null} when not a rate or not chosen (flag unknown)
     * @param parameterId the parameter the threshold came from, or {@code null}
     * @param textVi      the condition and its result, in Vietnamese (no final full stop)
     * @param textEn      the same in English
     * @param missing     what would decide it; non-empty exactly when unknown
     */
    public record Condition(UniversalEducationLevel step, Citation citation, Truth truth, Integer numerator,
                            Integer denominator, BigDecimal minPercent, String parameterId, String textVi,
                            String textEn, List<LevelFinding.Missing> missing) {
        public Condition {
            requireNonNull(step, "step");
            requireNonNull(citation, "citation");
            requireNonNull(truth, "truth");
            missing = List.copyOf(missing);
        }
    }

    /**
     * Every condition of every step of one standard, judged on one commune's figures.
     *
     * @param standard   the standard
     * @param conditions its conditions, lowest step first
     */
    public record Ladder(UniversalEducationStandard standard, List<Condition> conditions, boolean cumulative) {
        public Ladder {
            conditions = List.copyOf(conditions);
        }

        /** A ladder whose every step includes the steps below (Art. 10, 11, 15, 16 say so). */
        public Ladder(UniversalEducationStandard standard, List<Condition> conditions) {
            this(standard, conditions, true);
        }

        /**
         * Whether the commune reaches {@code step}: every condition of it holds, and of the steps below when the
         * steps are {@link #cumulative}; otherwise (literacy read as Art. 21 is written) a step stands on its own
         * conditions alone.
         */
        public Truth reaches(UniversalEducationLevel step) {
            int rank = rank(step);
            return Truth.all(conditions.stream()
                    .filter(c -> cumulative ? rank(c.step()) <= rank : c.step() == step).map(Condition::truth)
                    .toList());
        }

        /**
         * The highest step the figures show the commune reaches ({@link UniversalEducationLevel#NOT_MET} when none).
         * When {@link #levelKnown()} is false the commune may reach a higher one too: this is a lower bound.
         */
        public UniversalEducationLevel levelReached() {
            if (!cumulative) {
                List<UniversalEducationLevel> scale = standard.scale();
                for (int i = scale.size() - 1; i > 0; i--) {
                    if (reaches(scale.get(i)) == Truth.TRUE) {
                        return scale.get(i);
                    }
                }
                return UniversalEducationLevel.NOT_MET;
            }
            UniversalEducationLevel reached = UniversalEducationLevel.NOT_MET;
            for (UniversalEducationLevel step : standard.scale()) {
                if (reaches(step) != Truth.TRUE) {
                    break;
                }
                reached = step;
            }
            return reached;
        }

        /** Whether {@link #levelReached()} is exact: the next step, if any, is known not to be reached. */
        public boolean levelKnown() {
            if (!cumulative) {
                List<UniversalEducationLevel> scale = standard.scale();
                return scale.subList(rank(levelReached()) + 1, scale.size()).stream()
                        .allMatch(s -> reaches(s) == Truth.FALSE);
            }
            int next = rank(levelReached()) + 1;
            return next >= standard.scale().size() || reaches(standard.scale().get(next)) == Truth.FALSE;
        }

        /**
         * The missing data of the conditions that decide {@code step}, each path once: those up to it on a cumulative
         * ladder, those of the step alone otherwise.
         */
        public List<LevelFinding.Missing> missingUpTo(UniversalEducationLevel step) {
            Map<String, LevelFinding.Missing> byPath = new LinkedHashMap<>();
            int rank = rank(step);
            conditions.stream().filter(c -> cumulative ? rank(c.step()) <= rank : c.step() == step)
                    .flatMap(c -> c.missing().stream())
                    .forEach(m -> byPath.putIfAbsent(m.path(), m));
            return List.copyOf(byPath.values());
        }

        private int rank(UniversalEducationLevel step) {
            int i = standard.scale().indexOf(step);
            if (i < 0) {
                throw new IllegalArgumentException(step + " is not a step of " + standard);
            }
            return i;
        }
    }

    /**
     * Judges every step of {@code standard} on {@code figures}.
     *
     * @param figures             the commune's figures; a group it lacks makes its conditions unknown
     * @param especiallyDifficult whether the commune has especially difficult socio-economic conditions, or
     *                            {@code null} when not stated
     * @param parameters          the thresholds in force, by id
     */
    public static Ladder assess(UniversalEducationStandard standard, UniversalEducationFigures figures,
                                Boolean especiallyDifficult, Function<String, ResolvedParameter> parameters) {
        requireNonNull(figures, "figures");
        Judge j = new Judge(figures, especiallyDifficult, parameters);
        List<Condition> conditions = switch (standard) {
            case PRESCHOOL_5 -> j.preschool();
            case PRIMARY -> j.primary(UniversalEducationLevel.LEVEL_3);
            case LOWER_SECONDARY -> j.lowerSecondary();
            case LITERACY -> j.literacy(UniversalEducationLevel.LEVEL_2);
        };
        return new Ladder(standard, conditions, standard != UniversalEducationStandard.LITERACY
                || LITERACY_LADDER.equals(parameters.apply(LITERACY_READING).code()));
    }

    /**
     * The computation a rule hands to {@link vn.hoctap.rules.engine.Check#requireComputedLevel}: judges
     * {@code standard} on the figures and explains, condition by condition up to the step required, how the result
     * follows.
     */
    public static LevelComputation computation(UniversalEducationStandard standard, UniversalEducationFigures figures,
                                               Boolean especiallyDifficult) {
        requireNonNull(standard, "standard");
        requireNonNull(figures, "figures");
        return (required, parameters) -> explain(assess(standard, figures, especiallyDifficult, parameters),
                step(standard, required));
    }

    private static UniversalEducationLevel step(UniversalEducationStandard standard, ScaleLevel required) {
        if (required instanceof UniversalEducationLevel l && standard.has(l)) {
            return l;
        }
        throw new IllegalArgumentException(required.name() + " is not a step of " + standard);
    }

    /** The finding for one required step: the conditions up to it, then the step reached. */
    static LevelFinding explain(Ladder ladder, UniversalEducationLevel required) {
        UniversalEducationStandard standard = ladder.standard();
        List<UniversalEducationLevel> scale = standard.scale();
        StringBuilder vi = new StringBuilder(capitalise(standard.nameVi()) + ", tính từ số liệu theo " + DOCUMENT + ".");
        StringBuilder en = new StringBuilder(capitalise(standard.nameEn()) + ", computed from the figures under "
                + DOCUMENT + ".");
        for (int i = 1; i <= scale.indexOf(required); i++) {
            UniversalEducationLevel step = scale.get(i);
            List<Condition> of = ladder.conditions().stream().filter(c -> c.step() == step).toList();
            vi.append(step == UniversalEducationLevel.MET ? " Đạt chuẩn" : " " + capitalise(step.nameVi()))
                    .append(" cần: ").append(String.join("; ", of.stream().map(Condition::textVi).toList()))
                    .append('.');
            en.append(step == UniversalEducationLevel.MET ? " The standard" : " " + capitalise(step.nameEn()))
                    .append(" needs: ").append(String.join("; ", of.stream().map(Condition::textEn).toList()))
                    .append('.');
        }
        UniversalEducationLevel reached = ladder.levelReached();
        boolean lowerBound = !ladder.levelKnown();
        Truth truth = ladder.reaches(required);
        if (lowerBound && reached == UniversalEducationLevel.NOT_MET) {
            vi.append(" Kết quả: chưa xác định được mức đạt được.");
            en.append(" Result: the level reached cannot be told yet.");
        } else {
            vi.append(" Kết quả: ").append(lowerBound ? "ít nhất " : "").append(reached.nameVi()).append('.');
            en.append(" Result: ").append(lowerBound ? "at least " : "").append(reached.nameEn()).append('.');
        }
        String observed = lowerBound && reached == UniversalEducationLevel.NOT_MET ? null
                : (lowerBound ? "≥ " : "") + reached.name();
        Outcome outcome = switch (truth) {
            case TRUE -> Outcome.MET;
            case FALSE -> Outcome.NOT_MET;
            case UNKNOWN -> Outcome.UNDETERMINED;
        };
        return new LevelFinding(outcome, observed,
                truth == Truth.UNKNOWN ? ladder.missingUpTo(required) : List.of(), vi.toString(), en.toString());
    }

    /** Judges the conditions of one commune's figures. */
    private static final class Judge {
        private final UniversalEducationFigures figures;
        private final Boolean difficult;
        private final Function<String, ResolvedParameter> parameters;

        Judge(UniversalEducationFigures figures, Boolean difficult, Function<String, ResolvedParameter> parameters) {
            this.figures = figures;
            this.difficult = difficult;
            this.parameters = requireNonNull(parameters, "parameters");
        }

        // ---- Art. 6.2: universal preschool education for 5-year-olds -------------------------------------------

        List<Condition> preschool() {
            PreschoolFigures f = figures.preschool5();
            String g = "preschool5";
            UniversalEducationLevel met = UniversalEducationLevel.MET;
            return List.of(
                    rate(met, cite(6, 2, "a"), "trẻ em 5 tuổi đến lớp", "5-year-olds attending class",
                            g, f == null ? null : f.attending(), "attending", f == null ? null : f.children(),
                            "children", "ART6.ATTENDING_AGED_5", true, f == null),
                    rate(met, cite(6, 2, "b"), "trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non",
                            "5-year-olds who completed the preschool programme", g,
                            f == null ? null : f.completedProgramme(), "completedProgramme",
                            f == null ? null : f.children(), "children", "ART6.COMPLETED_AGED_5", true, f == null));
        }

        // ---- Art. 9.2, 10.1, 11.1: universal primary education ---------------------------------------------------

        /** The primary conditions of every step up to {@code top}, tagged with their own step. */
        List<Condition> primary(UniversalEducationLevel top) {
            PrimaryFigures f = figures.primary();
            boolean none = f == null;
            String g = "primary";
            List<Condition> c = new ArrayList<>();
            UniversalEducationLevel l1 = UniversalEducationLevel.LEVEL_1;
            c.add(rate(l1, cite(9, 2, "a"), "trẻ em 6 tuổi vào lớp 1", "6-year-olds entering grade 1", g,
                    none ? null : f.enteredGrade1(), "enteredGrade1", none ? null : f.childrenAged6(), "childrenAged6",
                    "ART9.GRADE_1_AGED_6", false, none));
            c.add(rate(l1, cite(9, 2, "b"), "trẻ em đến 14 tuổi hoàn thành chương trình tiểu học",
                    "children up to 14 who completed primary school", g, none ? null : f.completedUpTo14(),
                    "completedUpTo14", none ? null : f.childrenUpTo14(), "childrenUpTo14",
                    "ART9.COMPLETED_UP_TO_14", true, none));
            if (top == l1) {
                return c;
            }
            for (int article : new int[] {10, 11}) {
                UniversalEducationLevel step = article == 10 ? UniversalEducationLevel.LEVEL_2
                        : UniversalEducationLevel.LEVEL_3;
                c.add(rate(step, cite(article, 1, "b"), "trẻ em 6 tuổi vào lớp 1", "6-year-olds entering grade 1", g,
                        none ? null : f.enteredGrade1(), "enteredGrade1", none ? null : f.childrenAged6(),
                        "childrenAged6", "ART" + article + ".GRADE_1_AGED_6", false, none));
                c.add(rate(step, cite(article, 1, "c"), "trẻ em 11 tuổi hoàn thành chương trình tiểu học",
                        "11-year-olds who completed primary school", g, none ? null : f.completedAged11(),
                        "completedAged11", none ? null : f.childrenAged11(), "childrenAged11",
                        "ART" + article + ".COMPLETED_AGED_11", true, none));
                c.add(restInPrimary(step, cite(article, 1, "c"), f));
            }
            return c;
        }

        /** Art. 10.1.c, 11.1.c, second half: every 11-year-old who has not completed is in a primary class. */
        private Condition restInPrimary(UniversalEducationLevel step, Citation citation, PrimaryFigures f) {
            String what = "trẻ em 11 tuổi chưa hoàn thành chương trình đều đang học tiểu học";
            String whatEn = "every 11-year-old who has not completed is in a primary class";
            List<LevelFinding.Missing> missing = new ArrayList<>();
            if (f == null) {
                missing.add(group("primary"));
            } else {
                need(missing, "primary", "childrenAged11", f.childrenAged11());
                need(missing, "primary", "completedAged11", f.completedAged11());
                need(missing, "primary", "inPrimaryAged11", f.inPrimaryAged11());
            }
            if (!missing.isEmpty()) {
                return unknown(step, citation, what, whatEn, missing);
            }
            int rest = f.childrenAged11() - f.completedAged11();
            boolean holds = f.inPrimaryAged11() >= rest;
            return new Condition(step, citation, holds ? Truth.TRUE : Truth.FALSE, f.inPrimaryAged11(), rest, null,
                    null, what + " (" + f.inPrimaryAged11() + " trong số " + rest + " trẻ chưa hoàn thành đang học tiểu"
                    + " học) [" + citation.formatVi() + "]: " + verdictVi(holds), whatEn + " (" + f.inPrimaryAged11()
                    + " of the " + rest + " who " + Agreement.en(rest, "has", "have") + " not completed "
                    + Agreement.en(f.inPrimaryAged11(), "is", "are") + ") [" + citation.formatEn() + "]: "
                    + verdictEn(holds), List.of());
        }

        // ---- Art. 14.2, 15.1, 16.1: universal lower-secondary education -----------------------------------------

        List<Condition> lowerSecondary() {
            LowerSecondaryFigures f = figures.lowerSecondary();
            boolean none = f == null;
            String g = "lowerSecondary";
            UniversalEducationLevel l1 = UniversalEducationLevel.LEVEL_1;
            List<Condition> c = new ArrayList<>();
            Citation prerequisite = cite(14, 2, "a");
            for (Condition p : primary(l1)) {
                c.add(repeated(p, prerequisite, UniversalEducationStandard.PRIMARY));
            }
            for (Condition p : literacy(l1)) {
                c.add(repeated(p, prerequisite, UniversalEducationStandard.LITERACY));
            }
            String graduated = "thanh niên, thiếu niên 15-18 tuổi tốt nghiệp trung học cơ sở";
            String graduatedEn = "15- to 18-year-olds holding the lower-secondary diploma";
            // Art. 14.2.b (level 1), 15.1.b (level 2), 16.1.b (level 3)
            UniversalEducationLevel[] steps = {l1, UniversalEducationLevel.LEVEL_2, UniversalEducationLevel.LEVEL_3};
            int[] articles = {14, 15, 16};
            int[] clauses = {2, 1, 1};
            for (int i = 0; i < steps.length; i++) {
                UniversalEducationLevel step = steps[i];
                int article = articles[i];
                c.add(rate(step, cite(article, clauses[i], "b"), graduated, graduatedEn, g,
                        none ? null : f.graduated(), "graduated", none ? null : f.youthAged15To18(), "youthAged15To18",
                        "ART" + article + ".GRADUATED_AGED_15_18", true, none));
            }
            c.add(rate(UniversalEducationLevel.LEVEL_3, cite(16, 1, "c"),
                    "thanh niên, thiếu niên 15-18 tuổi đang học trung học phổ thông, giáo dục thường xuyên cấp trung học"
                            + " phổ thông hoặc giáo dục nghề nghiệp",
                    "15- to 18-year-olds in upper-secondary general or continuing education or in vocational training",
                    g, none ? null : f.studying(), "studying", none ? null : f.youthAged15To18(), "youthAged15To18",
                    "ART16.STUDYING_AGED_15_18", true, none));
            return c;
        }

        /** A primary or literacy condition of level 1, repeated as a condition of lower-secondary level 1. */
        private static Condition repeated(Condition p, Citation prerequisite, UniversalEducationStandard of) {
            return new Condition(UniversalEducationLevel.LEVEL_1, p.citation(), p.truth(), p.numerator(),
                    p.denominator(), p.minPercent(), p.parameterId(),
                    "(" + of.nameVi() + " mức độ 1, theo " + prerequisite.formatVi() + ") " + p.textVi(),
                    "(" + of.nameEn() + " level 1, by " + prerequisite.formatEn() + ") " + p.textEn(), p.missing());
        }

        // ---- Art. 20.1, 21.1: literacy ---------------------------------------------------------------------------

        /**
         * Level 1 (Art. 20.1): 90 % of ages 15-35 certified literate at level 1 (15-25 in especially difficult
         * communes). Level 2 (Art. 21.1): 90 % of ages 15-60 at level 2 (15-35 in especially difficult communes).
         */
        List<Condition> literacy(UniversalEducationLevel top) {
            List<Condition> c = new ArrayList<>();
            c.add(literate(UniversalEducationLevel.LEVEL_1, cite(20, 1, null)));
            if (top != UniversalEducationLevel.LEVEL_1) {
                c.add(literate(UniversalEducationLevel.LEVEL_2, cite(21, 1, null)));
            }
            return c;
        }

        private Condition literate(UniversalEducationLevel step, Citation citation) {
            LiteracyFigures f = figures.literacy();
            boolean one = step == UniversalEducationLevel.LEVEL_1;
            String parameter = one ? "ART20.LITERATE_LEVEL_1" : "ART21.LITERATE_LEVEL_2";
            String what = "người được công nhận đạt chuẩn biết chữ mức độ " + (one ? "1" : "2");
            String whatEn = "people certified literate at level " + (one ? "1" : "2");
            if (difficult == null) {
                return unknown(step, citation, what + " (độ tuổi tùy xã có điều kiện kinh tế - xã hội đặc biệt khó khăn"
                                + " hay không)", whatEn + " (the age band depends on whether the commune has"
                                + " especially difficult socio-economic conditions)", List.of(flagMissing()));
            }
            boolean none = f == null;
            if (difficult) {
                return one
                        ? rate(step, citation, what + ", 15-25 tuổi", whatEn + ", aged 15-25", "literacy",
                        none ? null : f.literateLevel1Aged15To25(), "literateLevel1Aged15To25",
                        none ? null : f.peopleAged15To25(), "peopleAged15To25", parameter, true, none)
                        : rate(step, citation, what + ", 15-35 tuổi", whatEn + ", aged 15-35", "literacy",
                        none ? null : f.literateLevel2Aged15To35(), "literateLevel2Aged15To35",
                        none ? null : f.peopleAged15To35(), "peopleAged15To35", parameter, true, none);
            }
            return one
                    ? rate(step, citation, what + ", 15-35 tuổi", whatEn + ", aged 15-35", "literacy",
                    none ? null : f.literateLevel1Aged15To35(), "literateLevel1Aged15To35",
                    none ? null : f.peopleAged15To35(), "peopleAged15To35", parameter, true, none)
                    : rate(step, citation, what + ", 15-60 tuổi", whatEn + ", aged 15-60", "literacy",
                    none ? null : f.literateLevel2Aged15To60(), "literateLevel2Aged15To60",
                    none ? null : f.peopleAged15To60(), "peopleAged15To60", parameter, true, none);
        }

        // ---- one rate ---------------------------------------------------------------------------------------------

        /**
         * At least a parameter's percentage of {@code denominator} must be {@code numerator}.
         *
         * @param figure      the parameter's figure, e.g. {@code ART9.GRADE_1_AGED_6}
         * @param byFlag      whether especially difficult communes have their own threshold
         * @param groupMissing whether the whole group of figures is absent
         */
        private Condition rate(UniversalEducationLevel step, Citation citation, String whatVi, String whatEn,
                               String group, Integer numerator, String numeratorField, Integer denominator,
                               String denominatorField, String figure, boolean byFlag, boolean groupMissing) {
            List<LevelFinding.Missing> missing = new ArrayList<>();
            if (byFlag && difficult == null) {
                missing.add(flagMissing());
            }
            if (groupMissing) {
                missing.add(group(group));
            } else {
                need(missing, group, denominatorField, denominator);
                need(missing, group, numeratorField, numerator);
            }
            ResolvedParameter p = byFlag && difficult == null ? null
                    : parameters.apply(PARAMETER_PREFIX + figure + ".MIN_PERCENT"
                    + (byFlag && difficult ? ESPECIALLY_DIFFICULT : ""));
            String thresholdVi = p == null ? "ngưỡng tùy xã có điều kiện kinh tế - xã hội đặc biệt khó khăn hay không"
                    : "yêu cầu ≥ " + vi(p.percent()) + (byFlag && difficult
                    ? " (xã có điều kiện kinh tế - xã hội đặc biệt khó khăn)" : "");
            String thresholdEn = p == null ? "the threshold depends on whether the commune has especially difficult"
                    + " socio-economic conditions" : "at least " + en(p.percent()) + " required" + (byFlag && difficult
                    ? " (commune with especially difficult socio-economic conditions)" : "");
            if (!missing.isEmpty()) {
                String observedVi = numerator != null && denominator != null ? " " + numerator + "/" + denominator : "";
                String observedEn = numerator != null && denominator != null
                        ? " " + numerator + " of " + denominator : "";
                return new Condition(step, citation, Truth.UNKNOWN, numerator, denominator,
                        p == null ? null : p.percent(), p == null ? null : p.id(),
                        whatVi + observedVi + ", " + thresholdVi + " [" + citation.formatVi() + "]: chưa xác định",
                        whatEn + observedEn + ", " + thresholdEn + " [" + citation.formatEn() + "]: not determined",
                        missing);
            }
            BigDecimal min = p.percent();
            boolean holds = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                    .compareTo(min.multiply(BigDecimal.valueOf(denominator))) >= 0;
            BigDecimal shown = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
            return new Condition(step, citation, holds ? Truth.TRUE : Truth.FALSE, numerator, denominator, min, p.id(),
                    whatVi + " " + numerator + "/" + denominator + " (" + vi(shown) + "), " + thresholdVi + " ["
                            + citation.formatVi() + "]: " + verdictVi(holds),
                    whatEn + " " + numerator + " of " + denominator + " (" + en(shown) + "), " + thresholdEn + " ["
                            + citation.formatEn() + "]: " + verdictEn(holds), List.of());
        }

        private static Condition unknown(UniversalEducationLevel step, Citation citation, String whatVi,
                                         String whatEn, List<LevelFinding.Missing> missing) {
            return new Condition(step, citation, Truth.UNKNOWN, null, null, null, null,
                    whatVi + " [" + citation.formatVi() + "]: chưa xác định",
                    whatEn + " [" + citation.formatEn() + "]: not determined", missing);
        }

        private static void need(List<LevelFinding.Missing> missing, String group, String field, Integer value) {
            if (value == null) {
                missing.add(new LevelFinding.Missing(FIGURES + group + "." + field,
                        "số liệu " + field + " (" + DOCUMENT + ")", "the figure " + field + " (" + DOCUMENT + ")"));
            }
        }

        private static LevelFinding.Missing group(String group) {
            UniversalEducationStandard s = Arrays.stream(UniversalEducationStandard.values())
                    .filter(x -> x.jsonName().equals(group)).findFirst().orElseThrow();
            return new LevelFinding.Missing(FIGURES + group, "số liệu " + s.nameVi() + " (" + DOCUMENT + ")",
                    "the figures for " + s.nameEn() + " (" + DOCUMENT + ")");
        }

        private static LevelFinding.Missing flagMissing() {
            return new LevelFinding.Missing(FLAG, "xã có điều kiện kinh tế - xã hội đặc biệt khó khăn hay không",
                    "whether the commune has especially difficult socio-economic conditions");
        }
    }

    private static Citation cite(int article, int clause, String point) {
        return new Citation(DOCUMENT, article, clause, point);
    }

    private static String verdictVi(boolean holds) {
        return holds ? "đạt" : "không đạt";
    }

    private static String verdictEn(boolean holds) {
        return holds ? "met" : "not met";
    }

    private static String vi(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    private static String en(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString() + " %";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
