package vn.hoctap.rules.reference;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoctap.model.request.DigitalMaturity;
import vn.hoctap.model.request.LearnerCounts;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.rules.reference.ReferenceResult.LevelOutcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.SchoolLevel;

/**
 * A plain-Java reading of Thông tư 24/2023/TT-BGDĐT (Art. 2, 6-9 district, 12-15 province), written from the legal
 * text and {@code lib-rules/sources/criteria.md} without looking at the DRL rules, their catalogue or their parameters.
 * It is the yardstick the property tests hold the Drools engine against, so it favours being obviously right over
 * being clever: every indicator is one line or two, with its article next to it.
 *
 * <p>Outcomes of one requirement: missing data is {@link Outcome#UNDETERMINED}; a statement "no", a share below the
 * minimum or a level below the one required is {@link Outcome#NOT_MET}; a requirement reached without evidence
 * ("minh chứng") is {@link Outcome#NOT_MET} (Art. 9.3, 15.3); otherwise {@link Outcome#MET}. An indicator with
 * several requirements needs all of them.
 *
 * <p>A unit of several kinds (a "Trung tâm GDNN-GDTX") is of each: an indicator the law gives to one kind applies
 * when any of its kinds is that kind.
 */
public final class ReferenceTt24Evaluator {

    private static final Outcome MET = Outcome.MET;
    private static final Outcome NOT_MET = Outcome.NOT_MET;
    private static final Outcome NA = Outcome.NOT_APPLICABLE;
    private static final Outcome UNDETERMINED = Outcome.UNDETERMINED;

    /** Kinds that are "cơ quan, đơn vị sự nghiệp công lập của nhà nước" by nature (Art. 6.1.c, 7.3.c). */
    private static final Set<OrganisationKind> STATE_KINDS = Set.of(OrganisationKind.STATE_AGENCY,
            OrganisationKind.PUBLIC_SERVICE_UNIT, OrganisationKind.COMMUNE_PEOPLES_COMMITTEE,
            OrganisationKind.ARMED_FORCES_UNIT);

    private ReferenceTt24Evaluator() {
    }

    /** Evaluates {@code request} under TT 24 for the tier of its unit. */
    public static ReferenceResult evaluate(UnitEvaluationRequest request) {
        Map<Level, LevelOutcome> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            levels.put(level, new Judge(request, level).judge());
        }
        return new ReferenceResult(verdict(levels.get(Level.LEVEL_1).outcome(), levels.get(Level.LEVEL_2).outcome()), levels);
    }

    /**
     * The verdict from the two levels, judged independently (Art. 8, 14): level 2 if met; not determined while level
     * 2 might still be met; otherwise level 1 likewise; otherwise not recognised.
     */
    static Verdict verdict(Outcome level1, Outcome level2) {
        if (level2 == MET) {
            return Verdict.LEVEL_2;
        }
        if (level2 == UNDETERMINED) {
            return Verdict.NOT_DETERMINED;
        }
        if (level1 == MET) {
            return Verdict.LEVEL_1;
        }
        if (level1 == UNDETERMINED) {
            return Verdict.NOT_DETERMINED;
        }
        return Verdict.NOT_RECOGNISED;
    }

    /**
     * All of several outcomes (Art. 9.4, 15.4: a criterion is met when all its indicators are): one not met decides,
     * else one undetermined leaves it open; not-applicable ones are ignored, and if nothing applies it is met.
     */
    static Outcome all(Collection<Outcome> outcomes) {
        boolean open = false;
        for (Outcome o : outcomes) {
            if (o == NOT_MET) {
                return NOT_MET;
            }
            if (o == UNDETERMINED) {
                open = true;
            }
        }
        return open ? UNDETERMINED : MET;
    }

    /** Who the unit is, in the terms the law uses to decide which indicators apply. */
    static boolean isStateBody(Organisation unit) {
        // Art. 6.1.c and 7.3.c: "cơ quan, đơn vị sự nghiệp công lập (của nhà nước)"; public schools are public
        // service units.
        return unit.kinds().stream().anyMatch(STATE_KINDS::contains)
                || unit.kinds().stream().anyMatch(OrganisationKind::isEducationInstitution)
                && unit.ownership() == Ownership.PUBLIC;
    }

    static boolean isPublicPreschool(Organisation unit) {
        // Art. 6.1.b and 6.3.b, second sentences: "nhà trẻ, trường mẫu giáo, trường mầm non công lập".
        return unit.hasKind(OrganisationKind.PRESCHOOL) && unit.ownership() == Ownership.PUBLIC;
    }

    static boolean hasLearners(Organisation unit) {
        // Art. 2.8: learners are the pupils and students of educational institutions, except crèches,
        // kindergartens, primary and lower-secondary schools (multi-level ones topping at lower secondary) and
        // district ethnic boarding schools, all of which are general schools below upper secondary here. A unit of
        // several kinds has learners when one of its kinds does.
        return unit.kinds().stream().anyMatch(k -> hasLearners(k, unit.topSchoolLevel()));
    }

    private static boolean hasLearners(OrganisationKind kind, SchoolLevel top) {
        if (!kind.isEducationInstitution() || kind == OrganisationKind.PRESCHOOL) {
            return false;
        }
        return kind != OrganisationKind.GENERAL_SCHOOL || top == SchoolLevel.UPPER_SECONDARY;
    }

    /** Judges one level of one request. */
    private static final class Judge {
        private final UnitEvaluationRequest request;
        private final Organisation unit;
        private final Level level;
        private final boolean two;

        Judge(UnitEvaluationRequest request, Level level) {
            this.request = request;
            this.unit = request.unit();
            this.level = level;
            this.two = level == Level.LEVEL_2;
        }

        LevelOutcome judge() {
            Map<String, Outcome> c1 = criterion1();
            Map<String, Outcome> c2 = criterion2();
            Map<String, Outcome> c3 = unit.tier() == AdministrativeTier.DISTRICT ? districtCriterion3()
                    : provinceCriterion3();
            Map<Integer, Outcome> criteria = new LinkedHashMap<>();
            criteria.put(1, all(c1.values()));
            criteria.put(2, all(c2.values()));
            criteria.put(3, all(c3.values()));
            Map<String, Outcome> indicators = new LinkedHashMap<>();
            indicators.putAll(c1);
            indicators.putAll(c2);
            indicators.putAll(c3);
            return new LevelOutcome(all(criteria.values()), criteria, indicators);
        }

        /** Criterion 1, the same at both levels and both tiers: Art. 6.1 (7.1, 12.1, 13.1 refer to it). */
        Map<String, Outcome> criterion1() {
            Map<String, Outcome> c = new LinkedHashMap<>();
            // Art. 6.1.a: annual learning plan for members, issued and carried out.
            c.put("TT24.C1.1", stated(UnitInput.ANNUAL_LEARNING_PLAN));
            // Art. 6.1.b: training regimes and rules encouraging learning; district-level ("Đơn vị cấp huyện")
            // public preschools also support the teachers of private preschools nearby.
            c.put("TT24.C1.2", isPublicPreschool(unit) && unit.tier() == AdministrativeTier.DISTRICT
                    ? both(stated(UnitInput.TRAINING_REGIMES), stated(UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT))
                    : stated(UnitInput.TRAINING_REGIMES));
            // Art. 6.1.c: enough annual state budget for training, only for state agencies and public service units.
            c.put("TT24.C1.3", isStateBody(unit) ? stated(UnitInput.TRAINING_BUDGET) : NA);
            // Art. 6.1.d: digital transformation, members equipped.
            c.put("TT24.C1.4", stated(UnitInput.DIGITAL_TRANSFORMATION_AND_EQUIPMENT));
            // Art. 6.1.đ: takes part in activities serving people's lifelong learning.
            c.put("TT24.C1.5", stated(UnitInput.LIFELONG_LEARNING_ACTIVITIES));
            return c;
        }

        /** Criterion 2: Art. 6.2 at level 1 (also Art. 12.2), Art. 7.2 at level 2 (also Art. 13.2). */
        Map<String, Outcome> criterion2() {
            Map<String, Outcome> c = new LinkedHashMap<>();
            int most = two ? 95 : 90;
            // Art. 6.2.a / 7.2.a: labour discipline, 90 % / 95 %.
            c.put("TT24.C2.1", memberShare(UnitInput.MEMBERS_LABOUR_DISCIPLINE, most));
            // Art. 6.2.b / 7.2.b: completed the required training, 90 % / 95 %.
            c.put("TT24.C2.2", memberShare(UnitInput.MEMBERS_COMPLETED_TRAINING, most));
            // Art. 6.2.c / 7.2.c: trained in and taking part in digital transformation, 90 % / 95 %.
            c.put("TT24.C2.3", memberShare(UnitInput.MEMBERS_TRAINED_IN_DIGITAL_TRANSFORMATION, most));
            // Art. 6.2.d: language certificate, 50 %; Art. 7.2.d: language proficiency, 70 %; neither for members
            // of economic organisations.
            c.put("TT24.C2.4", unit.hasKind(OrganisationKind.ECONOMIC_ORGANISATION) ? NA
                    : two ? memberShare(UnitInput.MEMBERS_LANGUAGE_PROFICIENCY, 70)
                    : memberShare(UnitInput.MEMBERS_LANGUAGE_CERTIFICATE, 50));
            // Art. 6.2.đ / 7.2.đ: "Lao động tiên tiến" or higher, 90 % / 95 %.
            c.put("TT24.C2.5", memberShare(UnitInput.MEMBERS_ADVANCED_WORKER, most));
            return c;
        }

        /** Criterion 3 at district level: Art. 6.3 (level 1), Art. 7.3 (level 2). */
        Map<String, Outcome> districtCriterion3() {
            Map<String, Outcome> c = new LinkedHashMap<>();
            // Art. 6.3.a / 7.3.a: members holding "Công dân học tập" 90 % / 95 %; learners 95 % / 97 %.
            c.put("TT24.H.C3.1", learningCitizens());
            // Art. 6.3.b / 7.3.b: learning environment, knowledge sharing; public preschools also support private
            // preschool teachers.
            c.put("TT24.H.C3.2", isPublicPreschool(unit)
                    ? both(stated(UnitInput.LEARNING_ENVIRONMENT), stated(UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT))
                    : stated(UnitInput.LEARNING_ENVIRONMENT));
            // Art. 6.3.c: every unit holds "Tập thể lao động tiên tiến"; Art. 7.3.c: only state agencies and public
            // service units.
            c.put("TT24.H.C3.3", !two || isStateBody(unit) ? stated(UnitInput.ADVANCED_COLLECTIVE_TITLE) : NA);
            // Art. 6.3.d / 7.3.d: general-education schools, QĐ 4725 basic / good.
            c.put("TT24.H.C3.4", unit.hasKind(OrganisationKind.GENERAL_SCHOOL) ? maturity() : NA);
            // Art. 6.3.đ / 7.3.đ: vocational institutions, quality accreditation.
            c.put("TT24.H.C3.5", unit.hasKind(OrganisationKind.VOCATIONAL_INSTITUTION)
                    ? stated(UnitInput.VOCATIONAL_ACCREDITATION) : NA);
            return c;
        }

        /** Criterion 3 at province level: Art. 12.3 (level 1), Art. 13.3 (level 2). */
        Map<String, Outcome> provinceCriterion3() {
            Map<String, Outcome> c = new LinkedHashMap<>();
            // Art. 12.3.a / 13.3.a: as the district indicator.
            c.put("TT24.T.C3.1", learningCitizens());
            // Art. 12.3.b / 13.3.b: learning environment (no preschool sentence here).
            c.put("TT24.T.C3.2", stated(UnitInput.LEARNING_ENVIRONMENT));
            // Art. 12.3.c / 13.3.c: "Tập thể lao động tiên tiến", every unit at both levels.
            c.put("TT24.T.C3.3", stated(UnitInput.ADVANCED_COLLECTIVE_TITLE));
            // Art. 12.3.d / 13.3.d: upper-secondary schools (multi-level ones included) and continuing-education
            // centres, QĐ 4725 basic / good.
            boolean upperSecondary = unit.hasKind(OrganisationKind.GENERAL_SCHOOL)
                    && unit.topSchoolLevel() == SchoolLevel.UPPER_SECONDARY;
            c.put("TT24.T.C3.4", upperSecondary || unit.hasKind(OrganisationKind.CONTINUING_EDUCATION_CENTRE)
                    ? maturity() : NA);
            // Art. 12.3.đ / 13.3.đ: higher-education institutions, QĐ 4740 basic / good.
            c.put("TT24.T.C3.5", unit.hasKind(OrganisationKind.HIGHER_EDUCATION_INSTITUTION) ? maturity() : NA);
            // Art. 12.3.e / 13.3.e: vocational institutions, quality accreditation.
            c.put("TT24.T.C3.6", unit.hasKind(OrganisationKind.VOCATIONAL_INSTITUTION)
                    ? stated(UnitInput.VOCATIONAL_ACCREDITATION) : NA);
            return c;
        }

        /** Art. 6.3.a, 7.3.a, 12.3.a, 13.3.a: members always; learners too where the unit has learners. */
        Outcome learningCitizens() {
            Outcome members = memberShare(UnitInput.MEMBERS_LEARNING_CITIZEN, two ? 95 : 90);
            return hasLearners(unit) ? both(members, learnerShare(two ? 97 : 95)) : members;
        }

        // ---- requirements ------------------------------------------------------------------------------------

        /** A yes/no statement of the unit, with evidence. */
        Outcome stated(UnitInput input) {
            Boolean said = switch (input) {
                case ANNUAL_LEARNING_PLAN -> request.attestations().annualLearningPlan();
                case TRAINING_REGIMES -> request.attestations().trainingRegimes();
                case PRIVATE_PRESCHOOL_TEACHER_SUPPORT -> request.attestations().privatePreschoolTeacherSupport();
                case TRAINING_BUDGET -> request.attestations().trainingBudget();
                case DIGITAL_TRANSFORMATION_AND_EQUIPMENT -> request.attestations().digitalTransformationAndEquipment();
                case LIFELONG_LEARNING_ACTIVITIES -> request.attestations().lifelongLearningActivities();
                case LEARNING_ENVIRONMENT -> request.attestations().learningEnvironment();
                case ADVANCED_COLLECTIVE_TITLE -> request.attestations().advancedCollectiveTitle();
                case VOCATIONAL_ACCREDITATION -> request.attestations().vocationalAccreditation();
                default -> throw new IllegalArgumentException(input.name());
            };
            if (said == null) {
                return UNDETERMINED;
            }
            return said ? evidenced(input) : NOT_MET;
        }

        /** At least {@code minPercent} % of the members have the attribute of {@code input}, with evidence. */
        Outcome memberShare(UnitInput input, int minPercent) {
            MemberAttribute attribute = input.attribute().orElseThrow();
            Integer total;
            Integer count;
            if (request.members() != null) {
                total = request.members().total();
                count = countIn(request.members(), attribute);
            } else if (!request.memberList().isEmpty()) {
                // Records that do not say could go either way: the threshold is decided only if the fewest and the
                // most members who could have the attribute fall on the same side of it (criteria.md §2).
                total = request.memberList().size();
                int yes = countIn(request.memberList(), attribute, true);
                int unknown = total - yes - countIn(request.memberList(), attribute, false);
                boolean fewestReach = (long) yes * 100 >= (long) minPercent * total;
                boolean mostReach = (long) (yes + unknown) * 100 >= (long) minPercent * total;
                return fewestReach == mostReach ? share(input, yes, total, minPercent) : UNDETERMINED;
            } else {
                return UNDETERMINED;
            }
            return share(input, count, total, minPercent);
        }

        /** At least {@code minPercent} % of the learners hold "Công dân học tập", with evidence. */
        Outcome learnerShare(int minPercent) {
            LearnerCounts learners = request.learners();
            if (learners == null) {
                return UNDETERMINED;
            }
            return share(UnitInput.LEARNERS_LEARNING_CITIZEN, learners.learningCitizen(), learners.total(), minPercent);
        }

        Outcome share(UnitInput input, Integer count, int total, int minPercent) {
            if (count == null) {
                return UNDETERMINED;
            }
            // count / total >= minPercent / 100, in integers.
            if ((long) count * 100 < (long) minPercent * total) {
                return NOT_MET;
            }
            return evidenced(input);
        }

        /** The digital-transformation level: basic at level 1, good at level 2 (QĐ 4725 / QĐ 4740). */
        Outcome maturity() {
            DigitalMaturity given = request.digitalMaturity();
            if (given == null) {
                return UNDETERMINED;
            }
            DigitalMaturity required = two ? DigitalMaturity.GOOD : DigitalMaturity.BASIC;
            if (given.ordinal() < required.ordinal()) {
                return NOT_MET;
            }
            return evidenced(UnitInput.DIGITAL_MATURITY);
        }

        /** Art. 9.3, 15.3: without evidence the indicator is not met. */
        Outcome evidenced(UnitInput input) {
            var pieces = request.evidence().get(input.jsonName());
            return pieces == null || pieces.isEmpty() ? NOT_MET : MET;
        }

        static Outcome both(Outcome a, Outcome b) {
            return all(List.of(a, b));
        }

        static Integer countIn(MemberCounts counts, MemberAttribute attribute) {
            return switch (attribute) {
                case LABOUR_DISCIPLINE -> counts.labourDiscipline();
                case COMPLETED_TRAINING -> counts.completedTraining();
                case TRAINED_IN_DIGITAL_TRANSFORMATION -> counts.trainedInDigitalTransformation();
                case LANGUAGE_CERTIFICATE -> counts.languageCertificate();
                case LANGUAGE_PROFICIENCY -> counts.languageProficiency();
                case ADVANCED_WORKER -> counts.advancedWorker();
                case LEARNING_CITIZEN -> counts.learningCitizen();
            };
        }

        /** Counts the member records that state {@code value} for the attribute. */
        static int countIn(List<UnitMember> members, MemberAttribute attribute, boolean value) {
            int n = 0;
            for (UnitMember m : members) {
                Boolean has = switch (attribute) {
                    case LABOUR_DISCIPLINE -> m.labourDiscipline();
                    case COMPLETED_TRAINING -> m.completedTraining();
                    case TRAINED_IN_DIGITAL_TRANSFORMATION -> m.trainedInDigitalTransformation();
                    case LANGUAGE_CERTIFICATE -> m.languageCertificate();
                    case LANGUAGE_PROFICIENCY -> m.languageProficiency();
                    case ADVANCED_WORKER -> m.advancedWorker();
                    case LEARNING_CITIZEN -> m.learningCitizen();
                };
                if (has != null && has == value) {
                    n++;
                }
            }
            return n;
        }
    }
}
