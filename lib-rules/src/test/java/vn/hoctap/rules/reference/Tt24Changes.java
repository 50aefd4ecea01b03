package vn.hoctap.rules.reference;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import vn.hoctap.model.request.DigitalMaturity;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.LearnerCounts;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.UnitAttestations;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;

/** Changes to requests used by the invariant properties: improvements, and filling in missing data. */
final class Tt24Changes {
    private Tt24Changes() {
    }

    /** The rank of a determined verdict: NOT_RECOGNISED 0, LEVEL_1 1, LEVEL_2 2. */
    static int rank(Verdict v) {
        return switch (v) {
            case NOT_RECOGNISED -> 0;
            case LEVEL_1 -> 1;
            case LEVEL_2 -> 2;
            case NOT_DETERMINED -> throw new IllegalArgumentException("NOT_DETERMINED has no rank");
        };
    }

    /**
     * The improvements aimed at what {@code r} lacks, among the inputs TT 24 reads for its unit: raising a member count below 95 % of the total (by one, to
     * each minimum of the law it is under, or to the total), raising the learners holding "Công dân học tập" below
     * 97 % likewise, evidence for each input that has none, a "yes" for each statement that is "no", and the next
     * digital-maturity level.
     */
    static List<Improvement> candidates(UnitEvaluationRequest r) {
        List<Improvement> list = new ArrayList<>();
        r.memberCounts().ifPresent(m -> {
            for (MemberAttribute a : MemberAttribute.values()) {
                if (a == MemberAttribute.LANGUAGE_CERTIFICATE
                        && !readFor(UnitInput.MEMBERS_LANGUAGE_CERTIFICATE, r.unit())) {
                    continue;
                }
                m.count(a).filter(c -> c * 100L < 95L * m.total()).ifPresent(c -> {
                    for (int step : steps(c, m.total(), 50, 70, 90, 95)) {
                        list.add(new Improvement(Target.MEMBER_COUNT, a, step, null));
                    }
                });
            }
        });
        LearnerCounts l = r.learners();
        if (l != null && l.learningCitizen() != null && l.learningCitizen() * 100L < 97L * l.total()
                && ReferenceTt24Evaluator.hasLearners(r.unit())) {
            for (int step : steps(l.learningCitizen(), l.total(), 95, 97)) {
                list.add(new Improvement(Target.LEARNER_COUNT, null, step, null));
            }
        }
        for (UnitInput input : UnitInput.values()) {
            if (!readFor(input, r.unit())) {
                continue;
            }
            if (r.evidenceFor(input).isEmpty()) {
                list.add(new Improvement(Target.EVIDENCE, null, 0, input));
            }
            if (input.kind() == UnitInput.Kind.ATTESTATION
                    && Boolean.FALSE.equals(r.attestations().get(input).orElse(null))) {
                list.add(new Improvement(Target.STATEMENT, null, 0, input));
            }
        }
        if (r.digitalMaturity() != null && r.digitalMaturity() != DigitalMaturity.GOOD
                && readFor(UnitInput.DIGITAL_MATURITY, r.unit())) {
            list.add(new Improvement(Target.MATURITY, null, 1, null));
        }
        return list;
    }

    /** Whether TT 24 reads {@code input} at all for {@code unit} (so that improving it can matter). */
    static boolean readFor(UnitInput input, Organisation unit) {
        return switch (input) {
            case PRIVATE_PRESCHOOL_TEACHER_SUPPORT -> ReferenceTt24Evaluator.isPublicPreschool(unit);
            case TRAINING_BUDGET -> ReferenceTt24Evaluator.isStateBody(unit);
            case VOCATIONAL_ACCREDITATION -> unit.hasKind(OrganisationKind.VOCATIONAL_INSTITUTION);
            case DIGITAL_MATURITY -> unit.hasKind(OrganisationKind.GENERAL_SCHOOL)
                    || unit.hasKind(OrganisationKind.CONTINUING_EDUCATION_CENTRE)
                    || unit.hasKind(OrganisationKind.HIGHER_EDUCATION_INSTITUTION);
            case MEMBERS_LANGUAGE_CERTIFICATE, MEMBERS_LANGUAGE_PROFICIENCY ->
                    !unit.hasKind(OrganisationKind.ECONOMIC_ORGANISATION);
            case LEARNERS_LEARNING_CITIZEN -> ReferenceTt24Evaluator.hasLearners(unit);
            default -> true;
        };
    }

    private static List<Integer> steps(int count, int total, int... percents) {
        List<Integer> steps = new ArrayList<>();
        if (count >= total) {
            return steps;
        }
        steps.add(1);
        for (int percent : percents) {
            int min = (percent * total + 99) / 100;
            if (min > count + 1 && !steps.contains(min - count)) {
                steps.add(min - count);
            }
        }
        if (!steps.contains(total - count)) {
            steps.add(total - count);
        }
        return steps;
    }

    /** What an improvement touches. */
    enum Target {
        MEMBER_COUNT, LEARNER_COUNT, EVIDENCE, STATEMENT, MATURITY
    }

    /**
     * One improvement: {@code step} more members with {@code attribute} (capped at the total), {@code step} more
     * learners holding "Công dân học tập" (capped), one more piece of evidence for {@code input}, "yes" instead of
     * "no" for the statement {@code input}, or the next digital-maturity level.
     */
    record Improvement(Target target, MemberAttribute attribute, int step, UnitInput input) {

        /** The improved request, or empty when the request has no such figure to raise. */
        Optional<UnitEvaluationRequest> applyTo(UnitEvaluationRequest r) {
            return switch (target) {
                case MEMBER_COUNT -> r.members() != null ? raiseCount(r) : raiseRecords(r);
                case LEARNER_COUNT -> {
                    LearnerCounts l = r.learners();
                    if (l == null || l.learningCitizen() == null) {
                        yield Optional.empty();
                    }
                    LearnerCounts more = new LearnerCounts(l.total(), Math.min(l.total(), l.learningCitizen() + step));
                    yield Optional.of(copy(r, r.members(), r.memberList(), more, r.attestations(),
                            r.digitalMaturity()));
                }
                case EVIDENCE -> {
                    Map<String, List<Evidence>> evidence = new LinkedHashMap<>(r.evidence());
                    List<Evidence> pieces = new ArrayList<>(r.evidenceFor(input));
                    pieces.add(Evidence.of("MC-bổ-sung-" + (pieces.size() + 1)));
                    evidence.put(input.jsonName(), pieces);
                    yield Optional.of(r.withEvidence(evidence));
                }
                case STATEMENT -> Optional.of(copy(r, r.members(), r.memberList(), r.learners(),
                        sayYes(r.attestations(), input), r.digitalMaturity()));
                case MATURITY -> r.digitalMaturity() == null || r.digitalMaturity() == DigitalMaturity.GOOD
                        ? Optional.empty()
                        : Optional.of(copy(r, r.members(), r.memberList(), r.learners(), r.attestations(),
                                DigitalMaturity.values()[r.digitalMaturity().ordinal() + 1]));
            };
        }

        private Optional<UnitEvaluationRequest> raiseCount(UnitEvaluationRequest r) {
            MemberCounts m = r.members();
            Integer c = m.count(attribute).orElse(null);
            if (c == null) {
                return Optional.empty();
            }
            Map<MemberAttribute, Integer> counts = countsOf(m);
            counts.put(attribute, Math.min(m.total(), c + step));
            return Optional.of(r.withMembers(MemberCounts.of(m.total(), counts)));
        }

        /** On the record path: {@code step} members who lack the attribute now have it. */
        private Optional<UnitEvaluationRequest> raiseRecords(UnitEvaluationRequest r) {
            if (r.memberList().isEmpty() || !r.membersMissing(attribute).isEmpty()) {
                return Optional.empty();
            }
            List<UnitMember> records = new ArrayList<>();
            int left = step;
            for (UnitMember m : r.memberList()) {
                if (left > 0 && !m.has(attribute).orElseThrow()) {
                    records.add(with(m, attribute, true));
                    left--;
                } else {
                    records.add(m);
                }
            }
            return Optional.of(copy(r, null, records, r.learners(), r.attestations(), r.digitalMaturity()));
        }
    }

    /**
     * The request with every missing figure filled in at random: unstated statements, unknown counts (or no member
     * data at all), unknown learners and an unknown maturity. Evidence is left as it is.
     */
    static UnitEvaluationRequest complete(UnitEvaluationRequest r, Random random) {
        UnitAttestations a = r.attestations();
        UnitAttestations attestations = new UnitAttestations(fill(a.annualLearningPlan(), random),
                fill(a.trainingRegimes(), random), fill(a.privatePreschoolTeacherSupport(), random),
                fill(a.trainingBudget(), random), fill(a.digitalTransformationAndEquipment(), random),
                fill(a.lifelongLearningActivities(), random), fill(a.learningEnvironment(), random),
                fill(a.advancedCollectiveTitle(), random), fill(a.vocationalAccreditation(), random));
        MemberCounts members = r.members();
        List<UnitMember> records = r.memberList();
        if (!records.isEmpty()) {
            List<UnitMember> filled = new ArrayList<>();
            for (UnitMember m : records) {
                for (MemberAttribute attribute : MemberAttribute.values()) {
                    if (m.has(attribute).isEmpty()) {
                        m = with(m, attribute, random.nextBoolean());
                    }
                }
                filled.add(m);
            }
            records = filled;
        } else {
            int total = members != null ? members.total() : 1 + random.nextInt(500);
            Map<MemberAttribute, Integer> counts = members != null ? countsOf(members)
                    : new EnumMap<>(MemberAttribute.class);
            for (MemberAttribute attribute : MemberAttribute.values()) {
                counts.putIfAbsent(attribute, random.nextInt(total + 1));
            }
            members = MemberCounts.of(total, counts);
        }
        LearnerCounts learners = r.learners();
        if (learners == null) {
            int total = 1 + random.nextInt(2000);
            learners = new LearnerCounts(total, random.nextInt(total + 1));
        } else if (learners.learningCitizen() == null) {
            learners = new LearnerCounts(learners.total(), random.nextInt(learners.total() + 1));
        }
        DigitalMaturity maturity = r.digitalMaturity() != null ? r.digitalMaturity()
                : DigitalMaturity.values()[random.nextInt(DigitalMaturity.values().length)];
        return copy(r, records.isEmpty() ? members : null, records, learners, attestations, maturity);
    }

    /** The statements with {@code input} set to true. */
    static UnitAttestations sayYes(UnitAttestations a, UnitInput input) {
        return new UnitAttestations(
                input == UnitInput.ANNUAL_LEARNING_PLAN ? Boolean.TRUE : a.annualLearningPlan(),
                input == UnitInput.TRAINING_REGIMES ? Boolean.TRUE : a.trainingRegimes(),
                input == UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT ? Boolean.TRUE : a.privatePreschoolTeacherSupport(),
                input == UnitInput.TRAINING_BUDGET ? Boolean.TRUE : a.trainingBudget(),
                input == UnitInput.DIGITAL_TRANSFORMATION_AND_EQUIPMENT ? Boolean.TRUE
                        : a.digitalTransformationAndEquipment(),
                input == UnitInput.LIFELONG_LEARNING_ACTIVITIES ? Boolean.TRUE : a.lifelongLearningActivities(),
                input == UnitInput.LEARNING_ENVIRONMENT ? Boolean.TRUE : a.learningEnvironment(),
                input == UnitInput.ADVANCED_COLLECTIVE_TITLE ? Boolean.TRUE : a.advancedCollectiveTitle(),
                input == UnitInput.VOCATIONAL_ACCREDITATION ? Boolean.TRUE : a.vocationalAccreditation());
    }

    private static Boolean fill(Boolean b, Random random) {
        return b != null ? b : random.nextBoolean();
    }

    static Map<MemberAttribute, Integer> countsOf(MemberCounts m) {
        Map<MemberAttribute, Integer> counts = new EnumMap<>(MemberAttribute.class);
        for (MemberAttribute a : MemberAttribute.values()) {
            m.count(a).ifPresent(c -> counts.put(a, c));
        }
        return counts;
    }

    static UnitMember with(UnitMember m, MemberAttribute attribute, Boolean value) {
        return new UnitMember(m.id(),
                attribute == MemberAttribute.LABOUR_DISCIPLINE ? value : m.labourDiscipline(),
                attribute == MemberAttribute.COMPLETED_TRAINING ? value : m.completedTraining(),
                attribute == MemberAttribute.TRAINED_IN_DIGITAL_TRANSFORMATION ? value
                        : m.trainedInDigitalTransformation(),
                attribute == MemberAttribute.LANGUAGE_CERTIFICATE ? value : m.languageCertificate(),
                attribute == MemberAttribute.LANGUAGE_PROFICIENCY ? value : m.languageProficiency(),
                attribute == MemberAttribute.ADVANCED_WORKER ? value : m.advancedWorker(),
                attribute == MemberAttribute.LEARNING_CITIZEN ? value : m.learningCitizen());
    }

    static UnitEvaluationRequest copy(UnitEvaluationRequest r, MemberCounts members, List<UnitMember> records,
                                      LearnerCounts learners, UnitAttestations attestations,
                                      DigitalMaturity maturity) {
        return new UnitEvaluationRequest(r.evaluationYear(), r.referenceDate(), r.unit(), members, records, learners,
                attestations, maturity, r.evidence(), r.recognitions());
    }
}
