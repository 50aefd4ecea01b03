package vn.hoctap.rules.khvn;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.hoctap.model.request.HouseholdEvaluationRequest;
import vn.hoctap.model.request.LiteracyLevel;
import vn.hoctap.model.request.MemberLearning;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Title;

/**
 * "Gia đình học tập" counted by hand, from criteria.md §8 and the readings stated in the catalogue: no rule, parameter
 * lookup or fold of the library is used. The numbers the framework gives (10 points per known indicator, 30 per
 * criterion, adults 19-60 for literacy, every adult for topics) are written out below; those a province supplies come
 * in {@link Numbers}. The 2016-2020 structure (QĐ 448/QĐ-KHVN) applies to evaluation years up to 2021, the 2022
 * framework's core after.
 */
final class ReferenceFamily {
    private ReferenceFamily() {
    }

    /** The numbers a province supplies, as {@code khvn-example-numbers/parameters.json} names them. */
    record Numbers(int childFrom, int childTo, int schooling, int resultsAndConduct, int behaviour, int literacy,
                   int topicFrom, int topicTo, int topicPoints, int conditionsPoints, int impactPoints, int passMark,
                   int child22From, int child22To, int schooling22, int schooling22Points, int adult22From,
                   int adult22To, int citizens22, int citizens22Points, int passMark22) {

        /** The example pack's values. */
        static final Numbers EXAMPLE = new Numbers(6, 18, 100, 80, 100, 80, 19, 60, 10, 20, 20, 80,
                6, 18, 100, 50, 18, 60, 50, 50, 100);
    }

    /** One indicator: its outcome, the points it earns ({@code null} while undetermined) and could earn. */
    record Judged(Outcome outcome, BigDecimal points, BigDecimal max) {
    }

    /** The verdict, the total earned and each indicator by id. */
    record Result(String schemeId, Verdict verdict, BigDecimal total, Map<String, Judged> indicators) {
    }

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal THIRTY = new BigDecimal(30);

    static Result evaluate(HouseholdEvaluationRequest r, Numbers n) {
        return r.evaluationYear() < 2022 ? framework2016(r, n) : framework2022(r, n);
    }

    private static Result framework2016(HouseholdEvaluationRequest r, Numbers n) {
        Map<String, Judged> ind = new LinkedHashMap<>();
        String g = "KHVN.GD.2016.";
        // criterion 1: children of school age; 10 points each, 30 at most
        ind.put(g + "C1.1", points(share(r, n.childFrom(), n.childTo(), false, ReferenceFamily::atSchoolOrThrough,
                n.schooling()), TEN));
        ind.put(g + "C1.2", points(share(r, n.childFrom(), n.childTo(), true, ReferenceFamily::resultsAndConduct,
                n.resultsAndConduct()), TEN));
        ind.put(g + "C1.3", points(share(r, n.childFrom(), n.childTo(), false, MemberLearning::honestPoliteAndActive,
                n.behaviour()), TEN));
        // criterion 2: adults 19-60 literate at level 1 (10 points), every adult studied a topic; 30 at most
        ind.put(g + "C2.1", points(share(r, 19, 60, false, ReferenceFamily::literate, n.literacy()), TEN));
        ind.put(g + "C2.2", points(share(r, n.topicFrom(), n.topicTo(), false, MemberLearning::studiedTopicThisYear,
                100), new BigDecimal(n.topicPoints())));
        ind.put(g + "C3.1", points(statement(r.statements().learningConditions()),
                new BigDecimal(n.conditionsPoints())));
        ind.put(g + "C4.1", points(statement(r.statements().learningImpact()), new BigDecimal(n.impactPoints())));
        Tally t = new Tally();
        t.criterion(THIRTY, ind.get(g + "C1.1"), ind.get(g + "C1.2"), ind.get(g + "C1.3"));
        t.criterion(THIRTY, ind.get(g + "C2.1"), ind.get(g + "C2.2"));
        t.criterion(null, ind.get(g + "C3.1"));
        t.criterion(null, ind.get(g + "C4.1"));
        return new Result("KHVN.GD.2016", t.verdict(new BigDecimal(n.passMark())), t.earned, ind);
    }

    private static Result framework2022(HouseholdEvaluationRequest r, Numbers n) {
        Map<String, Judged> ind = new LinkedHashMap<>();
        ind.put("KHVN.GD.C1.1", points(share(r, n.child22From(), n.child22To(), false,
                MemberLearning::atSchoolAtRightAge, n.schooling22()), new BigDecimal(n.schooling22Points())));
        int year = r.evaluationYear();
        ind.put("KHVN.GD.C2.1", points(shareOfPersons(r, n.adult22From(), n.adult22To(),
                p -> p.holds(Title.LEARNING_CITIZEN, year), n.citizens22()), new BigDecimal(n.citizens22Points())));
        Tally t = new Tally();
        t.criterion(null, ind.get("KHVN.GD.C1.1"));
        t.criterion(null, ind.get("KHVN.GD.C2.1"));
        return new Result("KHVN.GD", t.verdict(new BigDecimal(n.passMark22())), t.earned, ind);
    }

    /** Points: the maximum when met or when there is nobody to count, nothing when not met, open when unknown. */
    private static Judged points(Outcome o, BigDecimal max) {
        return new Judged(o, switch (o) {
            case MET, NOT_APPLICABLE -> max;
            case NOT_MET -> BigDecimal.ZERO;
            case UNDETERMINED -> null;
        }, max);
    }

    private static Outcome statement(Boolean stated) {
        return stated == null ? Outcome.UNDETERMINED : stated ? Outcome.MET : Outcome.NOT_MET;
    }

    private static Boolean atSchoolOrThrough(MemberLearning m) {
        if (Boolean.TRUE.equals(m.atSchoolAtRightAge()) || Boolean.TRUE.equals(m.completedUniversalEducation())) {
            return true;
        }
        return m.atSchoolAtRightAge() == null || m.completedUniversalEducation() == null ? null : false;
    }

    private static Boolean resultsAndConduct(MemberLearning m) {
        if (Boolean.FALSE.equals(m.resultsAtLeastAverage()) || Boolean.FALSE.equals(m.conductAtLeastGood())) {
            return false;
        }
        return m.resultsAtLeastAverage() == null || m.conductAtLeastGood() == null ? null : true;
    }

    private static Boolean literate(MemberLearning m) {
        return m.literacy() == null ? null : m.literacy() != LiteracyLevel.NOT_LITERATE;
    }

    /** A share of the members aged {@code from}-{@code to} (pupils only if asked) having what {@code has} reads. */
    private static Outcome share(HouseholdEvaluationRequest r, int from, int to, boolean pupilsOnly,
                                 Function<MemberLearning, Boolean> has, int minPercent) {
        return shareOfPersons(r, from, to, pupilsOnly, p -> {
            MemberLearning m = r.memberFacts().getOrDefault(p.id(), MemberLearning.none());
            return has.apply(m);
        }, minPercent);
    }

    private static Outcome shareOfPersons(HouseholdEvaluationRequest r, int from, int to,
                                          Function<Person, Boolean> has, int minPercent) {
        return shareOfPersons(r, from, to, false, has, minPercent);
    }

    private static Outcome shareOfPersons(HouseholdEvaluationRequest r, int from, int to, boolean pupilsOnly,
                                          Function<Person, Boolean> has, int minPercent) {
        int year = r.evaluationYear();
        int counted = 0;
        int having = 0;
        boolean unknown = false;
        for (Person p : r.household().members()) {
            MemberLearning m = r.memberFacts().getOrDefault(p.id(), MemberLearning.none());
            if (m.unableToLearn() != null) {
                continue; // left out of every count
            }
            if (p.birthYear() == null) {
                unknown = true;
                continue;
            }
            int age = year - p.birthYear();
            if (age < from || age > to) {
                continue;
            }
            if (pupilsOnly) {
                if (m.atSchoolAtRightAge() == null) {
                    unknown = true;
                    continue;
                }
                if (!m.atSchoolAtRightAge()) {
                    continue;
                }
            }
            Boolean h = has.apply(p);
            if (h == null) {
                unknown = true;
                continue;
            }
            counted++;
            having += h ? 1 : 0;
        }
        if (unknown) {
            return Outcome.UNDETERMINED;
        }
        if (counted == 0) {
            return Outcome.NOT_APPLICABLE;
        }
        return having * 100 >= minPercent * counted ? Outcome.MET : Outcome.NOT_MET;
    }

    /** Points earned and still possible, criterion by criterion, each capped at its maximum if it has one. */
    private static final class Tally {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        boolean open;

        void criterion(BigDecimal cap, Judged... indicators) {
            BigDecimal e = BigDecimal.ZERO;
            BigDecimal p = BigDecimal.ZERO;
            for (Judged j : indicators) {
                if (j.points() == null) {
                    open = true;
                    p = p.add(j.max());
                } else {
                    e = e.add(j.points());
                    p = p.add(j.points());
                }
            }
            earned = earned.add(cap == null ? e : e.min(cap));
            possible = possible.add(cap == null ? p : p.min(cap));
        }

        Verdict verdict(BigDecimal passMark) {
            if (possible.compareTo(passMark) < 0) {
                return Verdict.NOT_RECOGNISED;
            }
            if (open) {
                return Verdict.NOT_DETERMINED;
            }
            return earned.compareTo(passMark) >= 0 ? Verdict.LEVEL_1 : Verdict.NOT_RECOGNISED;
        }
    }
}
