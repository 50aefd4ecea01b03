package vn.hoctap.rules.reference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.LiteracyFigures;
import vn.hoctap.model.request.LowerSecondaryFigures;
import vn.hoctap.model.request.PreschoolFigures;
import vn.hoctap.model.request.PrimaryFigures;
import vn.hoctap.model.request.RecognisedStandard;
import vn.hoctap.model.request.RecognisedUniversalEducation;
import vn.hoctap.model.request.UniversalEducationFigures;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.reference.ReferenceResult.LevelOutcome;

/**
 * A plain-Java reading of Thông tư 25/2023/TT-BGDĐT for "Cộng đồng học tập" cấp xã (Art. 6-8) and of the commune
 * standards of Nghị định 20/2014/NĐ-CP it refers to (Art. 6.2, 9.2, 10.1, 11.1, 14.2, 15.1, 16.1, 20.1, 21.1),
 * written from the legal texts and {@code lib-rules/sources/criteria.md} §5 without looking at the DRL rules, their
 * catalogue, their parameters or the library's NĐ 20 class. Every number is written here, next to its article, so
 * that a wrong parameter in the pack shows up as a disagreement.
 *
 * <p>Outcomes: missing data, or a threshold that depends on a flag the request leaves unstated, is
 * {@link Outcome#UNDETERMINED}; a statement "no", a share or level below what is required is {@link Outcome#NOT_MET};
 * otherwise {@link Outcome#MET}, with or without evidence: Art. 8.2.a bases the evaluation on the results achieved
 * and TT 25 has no clause like TT 24 Art. 9.3, so evidence never decides an outcome here. Criteria and levels need
 * all their parts (Art. 8).
 */
public final class ReferenceTt25CommuneEvaluator {
    private static final Outcome MET = Outcome.MET;
    private static final Outcome NOT_MET = Outcome.NOT_MET;
    private static final Outcome UNDETERMINED = Outcome.UNDETERMINED;

    private ReferenceTt25CommuneEvaluator() {
    }

    /** Evaluates {@code request} at both levels. */
    public static ReferenceResult evaluate(CommuneEvaluationRequest request) {
        Map<Level, LevelOutcome> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            levels.put(level, judge(request, level == Level.LEVEL_2));
        }
        Verdict verdict = ReferenceTt24Evaluator.verdict(levels.get(Level.LEVEL_1).outcome(),
                levels.get(Level.LEVEL_2).outcome());
        return new ReferenceResult(verdict, levels);
    }

    private static LevelOutcome judge(CommuneEvaluationRequest r, boolean two) {
        Map<String, Outcome> c1 = new LinkedHashMap<>();
        // Art. 6.1.a-c (Art. 7.1 repeats them): awareness, annual plan carried out, Lifelong Learning Week.
        c1.put("TT25.X.C1.1", stated(r.attestations().awarenessRaising()));
        c1.put("TT25.X.C1.2", stated(r.attestations().learningSocietyPlan()));
        c1.put("TT25.X.C1.3", stated(r.attestations().lifelongLearningWeek()));
        Map<String, Outcome> c2 = new LinkedHashMap<>();
        // Art. 6.2.a-c (Art. 7.2): state budget, social resources, coordination mechanism.
        c2.put("TT25.X.C2.1", stated(r.attestations().stateBudget()));
        c2.put("TT25.X.C2.2", stated(r.attestations().socialResources()));
        c2.put("TT25.X.C2.3", stated(r.attestations().coordinationMechanism()));
        Map<String, Outcome> c3 = new LinkedHashMap<>();
        // Art. 6.3.a-c (Art. 7.3): learning centre, library, culture and sports centre.
        c3.put("TT25.X.C3.1", stated(r.attestations().communityLearningCentre()));
        c3.put("TT25.X.C3.2", stated(r.attestations().publicLibrary()));
        c3.put("TT25.X.C3.3", stated(r.attestations().cultureSportsCentre()));
        Map<String, Outcome> c4 = new LinkedHashMap<>();
        // Art. 6.4 / 7.4: preschool for 5-year-olds met at both levels; primary and lower secondary at NĐ 20 level 2
        // (level 3 for level 2); literacy at level 1 (level 2).
        c4.put("TT25.X.C4.1", standard(r, Std.PRESCHOOL, 1));
        c4.put("TT25.X.C4.2", standard(r, Std.PRIMARY, two ? 3 : 2));
        c4.put("TT25.X.C4.3", standard(r, Std.LOWER_SECONDARY, two ? 3 : 2));
        c4.put("TT25.X.C4.4", standard(r, Std.LITERACY, two ? 2 : 1));
        Map<String, Outcome> c5 = new LinkedHashMap<>();
        CitizenCounts c = r.citizens();
        // Art. 6.5.a / 7.5.a: 60 % / 80 % of the commune's citizens hold "Công dân học tập".
        c5.put("TT25.X.C5.1", citizenShare(r, c == null ? null : c.learningCitizen(), two ? 80 : 60));
        // Art. 6.5.b / 7.5.b: trained 50 % and degree 12 % of all citizens (60 % / 15 %); in a disadvantaged area
        // 40 % / 10 % (50 % / 12 %). Unknown area: cannot choose.
        Boolean poor = r.commune().disadvantaged();
        if (poor == null) {
            c5.put("TT25.X.C5.2", UNDETERMINED);
        } else {
            int trained = poor ? (two ? 50 : 40) : (two ? 60 : 50);
            int degree = poor ? (two ? 12 : 10) : (two ? 15 : 12);
            c5.put("TT25.X.C5.2", ReferenceTt24Evaluator.all(List.of(
                    citizenShare(r, c == null ? null : c.professionallyTrained(), trained),
                    citizenShare(r, c == null ? null : c.universityDegree(), degree))));
        }
        Map<Integer, Outcome> criteria = new LinkedHashMap<>();
        Map<String, Outcome> indicators = new LinkedHashMap<>();
        List<Map<String, Outcome>> all = List.of(c1, c2, c3, c4, c5);
        for (int i = 0; i < all.size(); i++) {
            criteria.put(i + 1, ReferenceTt24Evaluator.all(all.get(i).values()));
            indicators.putAll(all.get(i));
        }
        return new LevelOutcome(ReferenceTt24Evaluator.all(criteria.values()), criteria, indicators);
    }

    // ---- requirements --------------------------------------------------------------------------------------------

    private static Outcome stated(Boolean said) {
        if (said == null) {
            return UNDETERMINED;
        }
        return said ? MET : NOT_MET;
    }

    private static Outcome citizenShare(CommuneEvaluationRequest r, Integer count, int minPercent) {
        CitizenCounts c = r.citizens();
        if (c == null || c.total() == null || count == null) {
            return UNDETERMINED;
        }
        return (long) count * 100 < (long) minPercent * c.total() ? NOT_MET : MET;
    }

    // ---- criterion 4 ---------------------------------------------------------------------------------------------

    /** The four standards, with the step codes of their scale, lowest first. */
    enum Std {
        PRESCHOOL(List.of(UniversalEducationLevel.NOT_MET, UniversalEducationLevel.MET)),
        PRIMARY(List.of(UniversalEducationLevel.NOT_MET, UniversalEducationLevel.LEVEL_1,
                UniversalEducationLevel.LEVEL_2, UniversalEducationLevel.LEVEL_3)),
        LOWER_SECONDARY(List.of(UniversalEducationLevel.NOT_MET, UniversalEducationLevel.LEVEL_1,
                UniversalEducationLevel.LEVEL_2, UniversalEducationLevel.LEVEL_3)),
        LITERACY(List.of(UniversalEducationLevel.NOT_MET, UniversalEducationLevel.LEVEL_1,
                UniversalEducationLevel.LEVEL_2));

        final List<UniversalEducationLevel> steps;

        Std(List<UniversalEducationLevel> steps) {
            this.steps = steps;
        }
    }

    /** The standard {@code std} reached at least at step {@code required} (1 = met for preschool). */
    private static Outcome standard(CommuneEvaluationRequest r, Std std, int required) {
        if (r.universalEducation() == null) {
            return UNDETERMINED;
        }
        RecognisedUniversalEducation recognised = r.universalEducation().recognised();
        if (recognised != null) {
            RecognisedStandard s = switch (std) {
                case PRESCHOOL -> recognised.preschool5();
                case PRIMARY -> recognised.primary();
                case LOWER_SECONDARY -> recognised.lowerSecondary();
                case LITERACY -> recognised.literacy();
            };
            if (s == null) {
                return UNDETERMINED;
            }
            // The decision number is evidence, recorded but not required.
            return std.steps.indexOf(s.status()) < required ? NOT_MET : MET;
        }
        UniversalEducationFigures f = r.universalEducation().figures();
        if (f == null) {
            return UNDETERMINED;
        }
        Tri reached = new Nd20(f, r.commune().especiallyDifficult()).reaches(std, required);
        return switch (reached) {
            case FALSE -> NOT_MET;
            case UNKNOWN -> UNDETERMINED;
            case TRUE -> MET;
        };
    }

    /** Three-valued truth for the NĐ 20 conditions. */
    enum Tri {
        TRUE, FALSE, UNKNOWN;

        static Tri of(boolean b) {
            return b ? TRUE : FALSE;
        }

        static Tri and(List<Tri> all) {
            if (all.contains(FALSE)) {
                return FALSE;
            }
            return all.contains(UNKNOWN) ? UNKNOWN : TRUE;
        }
    }

    /**
     * NĐ 20/2014's commune standards, each level including the lower ones. "Especially difficult" communes
     * ({@code ed}) have their own rates and, for literacy, their own age bands; when {@code ed} is unknown every
     * condition that depends on it is unknown.
     */
    static final class Nd20 {
        private final UniversalEducationFigures f;
        private final Boolean ed;

        Nd20(UniversalEducationFigures f, Boolean ed) {
            this.f = f;
            this.ed = ed;
        }

        Tri reaches(Std std, int level) {
            List<Tri> conditions = new ArrayList<>();
            switch (std) {
                case PRESCHOOL -> {
                    PreschoolFigures p = f.preschool5();
                    // Art. 6.2.a: 95 % of 5-year-olds attend class (90 % especially difficult).
                    conditions.add(rate(p == null ? null : p.attending(), p == null ? null : p.children(), 95, 90));
                    // Art. 6.2.b: 85 % completed the preschool programme (80 %).
                    conditions.add(rate(p == null ? null : p.completedProgramme(), p == null ? null : p.children(),
                            85, 80));
                }
                case PRIMARY -> conditions.addAll(primary(level));
                case LOWER_SECONDARY -> {
                    LowerSecondaryFigures s = f.lowerSecondary();
                    Integer youth = s == null ? null : s.youthAged15To18();
                    Integer graduated = s == null ? null : s.graduated();
                    // Art. 14.2.a: primary level 1 and literacy level 1; 14.2.b: 80 % of 15-18 graduated (70 %).
                    conditions.addAll(primary(1));
                    conditions.addAll(literacy(1));
                    conditions.add(rate(graduated, youth, 80, 70));
                    if (level >= 2) {
                        // Art. 15.1.b: 90 % graduated (80 %).
                        conditions.add(rate(graduated, youth, 90, 80));
                    }
                    if (level >= 3) {
                        // Art. 16.1.b: 95 % graduated (90 %); 16.1.c: 80 % studying upper secondary, continuing or
                        // vocational education (70 %).
                        conditions.add(rate(graduated, youth, 95, 90));
                        conditions.add(rate(s == null ? null : s.studying(), youth, 80, 70));
                    }
                }
                case LITERACY -> conditions.addAll(literacy(level));
            }
            return Tri.and(conditions);
        }

        private List<Tri> primary(int level) {
            PrimaryFigures p = f.primary();
            Integer six = p == null ? null : p.childrenAged6();
            Integer grade1 = p == null ? null : p.enteredGrade1();
            Integer eleven = p == null ? null : p.childrenAged11();
            Integer done11 = p == null ? null : p.completedAged11();
            List<Tri> c = new ArrayList<>();
            // Art. 9.2.a: 90 % of 6-year-olds enter grade 1 (no separate figure for difficult communes).
            c.add(rate(grade1, six, 90, 90, false));
            // Art. 9.2.b: 80 % of children up to 14 completed primary (70 %).
            c.add(rate(p == null ? null : p.completedUpTo14(), p == null ? null : p.childrenUpTo14(), 80, 70));
            if (level >= 2) {
                // Art. 10.1.b: 95 % enter grade 1; 10.1.c: 80 % of 11-year-olds completed (70 %), the rest in primary.
                c.add(rate(grade1, six, 95, 95, false));
                c.add(rate(done11, eleven, 80, 70));
                c.add(restInPrimary(p));
            }
            if (level >= 3) {
                // Art. 11.1.b: 98 % enter grade 1; 11.1.c: 90 % of 11-year-olds completed (80 %), the rest in primary.
                c.add(rate(grade1, six, 98, 98, false));
                c.add(rate(done11, eleven, 90, 80));
                c.add(restInPrimary(p));
            }
            return c;
        }

        private static Tri restInPrimary(PrimaryFigures p) {
            if (p == null || p.childrenAged11() == null || p.completedAged11() == null || p.inPrimaryAged11() == null) {
                return Tri.UNKNOWN;
            }
            return Tri.of(p.completedAged11() + p.inPrimaryAged11() == p.childrenAged11());
        }

        private List<Tri> literacy(int level) {
            List<Tri> c = new ArrayList<>();
            if (ed == null) {
                // Art. 20.1, 21.1: the age band itself depends on the commune's conditions.
                c.add(Tri.UNKNOWN);
                return c;
            }
            LiteracyFigures l = f.literacy();
            // Art. 20.1: 90 % of ages 15-35 literate at level 1; 15-25 in especially difficult communes. Art. 21, as
            // written, does not repeat it for level 2 (the national reading, AS_WRITTEN).
            if (level == 1) {
                c.add(l == null ? Tri.UNKNOWN : ed ? rate(l.literateLevel1Aged15To25(), l.peopleAged15To25(), 90, 90)
                        : rate(l.literateLevel1Aged15To35(), l.peopleAged15To35(), 90, 90));
            }
            if (level >= 2) {
                // Art. 21.1: 90 % of ages 15-60 literate at level 2; 15-35 in especially difficult communes.
                c.add(l == null ? Tri.UNKNOWN : ed ? rate(l.literateLevel2Aged15To35(), l.peopleAged15To35(), 90, 90)
                        : rate(l.literateLevel2Aged15To60(), l.peopleAged15To60(), 90, 90));
            }
            return c;
        }

        private Tri rate(Integer count, Integer of, int ordinary, int difficult) {
            return rate(count, of, ordinary, difficult, true);
        }

        private Tri rate(Integer count, Integer of, int ordinary, int difficult, boolean dependsOnFlag) {
            if (count == null || of == null || (dependsOnFlag && ed == null)) {
                return Tri.UNKNOWN;
            }
            int min = dependsOnFlag && ed ? difficult : ordinary;
            return Tri.of((long) count * 100 >= (long) min * of);
        }
    }
}
