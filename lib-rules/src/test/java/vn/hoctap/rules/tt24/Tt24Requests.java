package vn.hoctap.rules.tt24;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoctap.model.request.DigitalMaturity;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.LearnerCounts;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.UnitAttestations;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.SchoolLevel;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.Evaluator;

/**
 * Test fixture: a request that meets every TT 24/2023 indicator for any kind of unit and tier, and methods that
 * change one thing at a time. The defaults are the "everything done, everything proven" unit:
 * <ul>
 *   <li>evaluation year 2024 (TT 24 in force since 26/01/2024, district tier still existing);</li>
 *   <li>1000 members, every member attribute at 1000 (100 %);</li>
 *   <li>1000 learners all holding "Công dân học tập", when the unit has learners in the sense of Art. 2.8;</li>
 *   <li>every attestation true, digital maturity GOOD, vocational accreditation held;</li>
 *   <li>one piece of evidence for every input.</li>
 * </ul>
 * Educational institutions default to public; a general-education school defaults to lower secondary at the
 * district tier and upper secondary at the province tier.
 *
 * <p>The builder is mutable; {@link #build()} may be called several times.
 */
final class Tt24Requests {
    /** One evaluator for the whole test run: building it loads the rule base (about a second). */
    static final Evaluator EVALUATOR = Evaluator.national();

    static final int MEMBERS = 1000;
    static final int LEARNERS = 1000;

    private final OrganisationKind kind;
    private final AdministrativeTier tier;
    private Ownership ownership;
    private SchoolLevel topSchoolLevel;
    private int evaluationYear = 2024;
    private LocalDate referenceDate;
    private int membersTotal = MEMBERS;
    private final Map<MemberAttribute, Integer> memberCounts = new EnumMap<>(MemberAttribute.class);
    private List<UnitMember> memberList;
    private LearnerCounts learners;
    private final Map<UnitInput, Boolean> attestations = new EnumMap<>(UnitInput.class);
    private DigitalMaturity digitalMaturity = DigitalMaturity.GOOD;
    private final Set<UnitInput> withoutEvidence = EnumSet.noneOf(UnitInput.class);
    private final List<Recognition> recognitions = new ArrayList<>();

    private Tt24Requests(OrganisationKind kind, AdministrativeTier tier) {
        this.kind = kind;
        this.tier = tier;
        this.ownership = kind.isEducationInstitution() ? Ownership.PUBLIC : null;
        if (kind == OrganisationKind.GENERAL_SCHOOL) {
            this.topSchoolLevel = tier == AdministrativeTier.PROVINCE ? SchoolLevel.UPPER_SECONDARY
                    : SchoolLevel.LOWER_SECONDARY;
        }
        for (MemberAttribute a : MemberAttribute.values()) {
            memberCounts.put(a, MEMBERS);
        }
        for (UnitInput i : UnitInput.values()) {
            if (i.kind() == UnitInput.Kind.ATTESTATION) {
                attestations.put(i, Boolean.TRUE);
            }
        }
        updateLearners();
    }

    /** A unit of {@code kind} evaluated at {@code tier} that meets every indicator. */
    static Tt24Requests fullyMet(OrganisationKind kind, AdministrativeTier tier) {
        return new Tt24Requests(kind, tier);
    }

    /** A district-level state agency that meets every indicator. */
    static Tt24Requests districtAgency() {
        return fullyMet(OrganisationKind.STATE_AGENCY, AdministrativeTier.DISTRICT);
    }

    /** A province-level state agency that meets every indicator. */
    static Tt24Requests provinceAgency() {
        return fullyMet(OrganisationKind.STATE_AGENCY, AdministrativeTier.PROVINCE);
    }

    /**
     * Whether a unit has "Người học" by TT 24 Art. 2.8, read independently of the rules: students of the
     * educational institutions, except crèches, kindergartens, preschools, primary and lower-secondary schools and
     * multi-level schools topping at lower secondary (district ethnic boarding schools top at lower secondary).
     */
    static boolean hasLearnersByArticle2_8(OrganisationKind kind, SchoolLevel topSchoolLevel) {
        if (!kind.isEducationInstitution() || kind == OrganisationKind.PRESCHOOL) {
            return false;
        }
        return kind != OrganisationKind.GENERAL_SCHOOL || topSchoolLevel == SchoolLevel.UPPER_SECONDARY;
    }

    private void updateLearners() {
        learners = hasLearnersByArticle2_8(kind, topSchoolLevel) ? new LearnerCounts(LEARNERS, LEARNERS) : null;
    }

    Tt24Requests ownership(Ownership value) {
        this.ownership = value;
        return this;
    }

    /** Sets the top school level; the learners are reset to what Art. 2.8 gives for the new level. */
    Tt24Requests topSchoolLevel(SchoolLevel value) {
        this.topSchoolLevel = value;
        updateLearners();
        return this;
    }

    Tt24Requests evaluationYear(int year) {
        this.evaluationYear = year;
        return this;
    }

    Tt24Requests referenceDate(LocalDate date) {
        this.referenceDate = date;
        return this;
    }

    /** Sets the number of members; the attribute counts keep their values. */
    Tt24Requests membersTotal(int total) {
        this.membersTotal = total;
        return this;
    }

    /** {@code count} members out of {@link #membersTotal} have {@code attribute}; {@code null} means unknown. */
    Tt24Requests members(MemberAttribute attribute, Integer count) {
        memberCounts.put(attribute, count);
        return this;
    }

    /** {@code count} of {@code total} members have {@code attribute}; every other attribute is held by all. */
    Tt24Requests membersShare(MemberAttribute attribute, int count, int total) {
        membersTotal = total;
        for (MemberAttribute a : MemberAttribute.values()) {
            memberCounts.put(a, total);
        }
        memberCounts.put(attribute, count);
        return this;
    }

    /** Members given as records instead of counts. */
    Tt24Requests memberList(List<UnitMember> list) {
        this.memberList = List.copyOf(list);
        return this;
    }

    /** {@code learningCitizen} of {@code total} learners hold "Công dân học tập"; {@code null} means unknown. */
    Tt24Requests learners(int total, Integer learningCitizen) {
        this.learners = new LearnerCounts(total, learningCitizen);
        return this;
    }

    /** No learner data at all. */
    Tt24Requests noLearners() {
        this.learners = null;
        return this;
    }

    /** The unit's statement for {@code input}: true, false, or {@code null} for not given. */
    Tt24Requests attestation(UnitInput input, Boolean value) {
        if (input.kind() != UnitInput.Kind.ATTESTATION) {
            throw new IllegalArgumentException(input + " is not an attestation");
        }
        attestations.put(input, value);
        return this;
    }

    Tt24Requests digitalMaturity(DigitalMaturity value) {
        this.digitalMaturity = value;
        return this;
    }

    /** No evidence for {@code input}. */
    Tt24Requests withoutEvidence(UnitInput input) {
        withoutEvidence.add(input);
        return this;
    }

    /** An earlier level-1 recognition at this tier, for {@code year}, decided on {@code decisionDate}. */
    Tt24Requests recognisedAtLevel1(int year, LocalDate decisionDate) {
        recognitions.add(new Recognition(Title.LEARNING_UNIT, tier, Level.LEVEL_1, year, decisionDate, "1/QĐ-UBND"));
        return this;
    }

    UnitEvaluationRequest build() {
        Organisation unit = new Organisation("U-" + kind + "-" + tier, "Đơn vị thử " + kind.nameVi(), kind, ownership,
                topSchoolLevel, tier, null);
        MemberCounts counts = memberList == null ? MemberCounts.of(membersTotal, nonNull(memberCounts)) : null;
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (UnitInput i : UnitInput.values()) {
            if (!withoutEvidence.contains(i)) {
                evidence.put(i.jsonName(), List.of(Evidence.of("Minh chứng cho " + i.jsonName())));
            }
        }
        UnitAttestations a = new UnitAttestations(
                attestations.get(UnitInput.ANNUAL_LEARNING_PLAN),
                attestations.get(UnitInput.TRAINING_REGIMES),
                attestations.get(UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT),
                attestations.get(UnitInput.TRAINING_BUDGET),
                attestations.get(UnitInput.DIGITAL_TRANSFORMATION_AND_EQUIPMENT),
                attestations.get(UnitInput.LIFELONG_LEARNING_ACTIVITIES),
                attestations.get(UnitInput.LEARNING_ENVIRONMENT),
                attestations.get(UnitInput.ADVANCED_COLLECTIVE_TITLE),
                attestations.get(UnitInput.VOCATIONAL_ACCREDITATION));
        return new UnitEvaluationRequest(evaluationYear, referenceDate, unit, counts,
                memberList == null ? List.of() : memberList, learners, a, digitalMaturity, evidence, recognitions);
    }

    /** Builds and evaluates with the shared evaluator. */
    Assessment evaluate() {
        return EVALUATOR.evaluate(build());
    }

    private static Map<MemberAttribute, Integer> nonNull(Map<MemberAttribute, Integer> m) {
        Map<MemberAttribute, Integer> copy = new EnumMap<>(MemberAttribute.class);
        m.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
