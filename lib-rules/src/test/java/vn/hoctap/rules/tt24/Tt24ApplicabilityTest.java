package vn.hoctap.rules.tt24;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.AdministrativeTier.DISTRICT;
import static vn.hoctap.model.subject.AdministrativeTier.PROVINCE;
import static vn.hoctap.model.subject.Level.LEVEL_1;
import static vn.hoctap.model.subject.Level.LEVEL_2;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.request.DigitalMaturity;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.SchoolLevel;

/**
 * Every applicability rule of TT 24/2023, both sides: where an indicator applies it is judged (a failing input
 * makes it NOT_MET), where it does not apply it is NOT_APPLICABLE whatever the input says and never asks for data.
 */
class Tt24ApplicabilityTest {

    /** A kind of unit, described as the law names it. */
    record Unit(String what, OrganisationKind kind, AdministrativeTier tier, Ownership ownership, SchoolLevel top) {
        Tt24Requests request() {
            Tt24Requests r = Tt24Requests.fullyMet(kind, tier);
            if (ownership != null) {
                r.ownership(ownership);
            }
            if (top != null) {
                r.topSchoolLevel(top);
            }
            return r;
        }

        @Override
        public String toString() {
            return what;
        }
    }

    static Unit unit(String what, OrganisationKind kind, AdministrativeTier tier) {
        return new Unit(what, kind, tier, null, null);
    }

    static Unit school(String what, AdministrativeTier tier, Ownership ownership, SchoolLevel top) {
        return new Unit(what, OrganisationKind.GENERAL_SCHOOL, tier, ownership, top);
    }

    static Unit institution(String what, OrganisationKind kind, AdministrativeTier tier, Ownership ownership) {
        return new Unit(what, kind, tier, ownership, null);
    }

    static final Unit DISTRICT_AGENCY = unit("district state agency", OrganisationKind.STATE_AGENCY, DISTRICT);
    static final Unit PROVINCE_AGENCY = unit("province state agency", OrganisationKind.STATE_AGENCY, PROVINCE);
    static final Unit PUBLIC_SERVICE_UNIT = unit("district public service unit", OrganisationKind.PUBLIC_SERVICE_UNIT,
            DISTRICT);
    static final Unit COMMUNE_PC = unit("commune People's Committee", OrganisationKind.COMMUNE_PEOPLES_COMMITTEE,
            DISTRICT);
    static final Unit ARMED_FORCES = unit("province armed-forces unit", OrganisationKind.ARMED_FORCES_UNIT, PROVINCE);
    static final Unit DISTRICT_ENTERPRISE = unit("district enterprise", OrganisationKind.ECONOMIC_ORGANISATION,
            DISTRICT);
    static final Unit PROVINCE_ENTERPRISE = unit("province enterprise", OrganisationKind.ECONOMIC_ORGANISATION,
            PROVINCE);
    static final Unit DISTRICT_MASS_ORG = unit("district party or mass organisation",
            OrganisationKind.PARTY_OR_MASS_ORGANISATION, DISTRICT);
    static final Unit PROVINCE_MASS_ORG = unit("province party or mass organisation",
            OrganisationKind.PARTY_OR_MASS_ORGANISATION, PROVINCE);
    static final Unit DISTRICT_SOCIAL_ORG = unit("district study-promotion association (other organisation)",
            OrganisationKind.OTHER, DISTRICT);
    static final Unit PUBLIC_PRESCHOOL = institution("public preschool", OrganisationKind.PRESCHOOL, DISTRICT,
            Ownership.PUBLIC);
    static final Unit PRIVATE_PRESCHOOL = institution("private preschool", OrganisationKind.PRESCHOOL, DISTRICT,
            Ownership.PRIVATE);
    static final Unit PUBLIC_PRIMARY = school("public primary school", DISTRICT, Ownership.PUBLIC, SchoolLevel.PRIMARY);
    static final Unit PUBLIC_LOWER_SECONDARY = school("public lower-secondary school", DISTRICT, Ownership.PUBLIC,
            SchoolLevel.LOWER_SECONDARY);
    static final Unit PRIVATE_LOWER_SECONDARY = school("private lower-secondary school", DISTRICT, Ownership.PRIVATE,
            SchoolLevel.LOWER_SECONDARY);
    static final Unit PROVINCE_LOWER_SECONDARY = school("province-managed school topping at lower secondary", PROVINCE,
            Ownership.PUBLIC, SchoolLevel.LOWER_SECONDARY);
    static final Unit PUBLIC_UPPER_SECONDARY = school("public upper-secondary school", PROVINCE, Ownership.PUBLIC,
            SchoolLevel.UPPER_SECONDARY);
    static final Unit PRIVATE_UPPER_SECONDARY = school("private upper-secondary school", PROVINCE, Ownership.PRIVATE,
            SchoolLevel.UPPER_SECONDARY);
    static final Unit DISTRICT_VOCATIONAL = institution("district vocational centre",
            OrganisationKind.VOCATIONAL_INSTITUTION, DISTRICT, Ownership.PUBLIC);
    static final Unit PROVINCE_VOCATIONAL = institution("province vocational college",
            OrganisationKind.VOCATIONAL_INSTITUTION, PROVINCE, Ownership.PUBLIC);
    static final Unit DISTRICT_GDTX = institution("district continuing-education (GDTX) centre",
            OrganisationKind.CONTINUING_EDUCATION_CENTRE, DISTRICT, Ownership.PUBLIC);
    static final Unit PROVINCE_GDTX = institution("province continuing-education (GDTX) centre",
            OrganisationKind.CONTINUING_EDUCATION_CENTRE, PROVINCE, Ownership.PUBLIC);
    static final Unit UNIVERSITY = institution("public university", OrganisationKind.HIGHER_EDUCATION_INSTITUTION,
            PROVINCE, Ownership.PUBLIC);
    static final Unit PRIVATE_UNIVERSITY = institution("private university",
            OrganisationKind.HIGHER_EDUCATION_INSTITUTION, PROVINCE, Ownership.PRIVATE);
    static final Unit DISTRICT_OTHER_EDUCATION = institution("other district-managed educational institution",
            OrganisationKind.OTHER_EDUCATION_INSTITUTION, DISTRICT, Ownership.PUBLIC);

    static IndicatorResult indicator(Assessment a, String id, Level level) {
        return Tt24ThresholdBoundaryTest.indicator(a, id, level);
    }

    static void assertJudgedNotMet(Assessment a, String id, Level level) {
        IndicatorResult r = indicator(a, id, level);
        assertEquals(Outcome.NOT_MET, r.outcome(), id + " " + level + " must be judged: " + r.explanationEn());
        assertTrue(!r.measurements().isEmpty());
    }

    static void assertNotApplicable(Assessment a, String id, Level level) {
        IndicatorResult r = indicator(a, id, level);
        assertEquals(Outcome.NOT_APPLICABLE, r.outcome(), id + " " + level + " must not apply: " + r.explanationEn());
        assertEquals(Reason.NOT_APPLICABLE_TO_SUBJECT, r.reason());
        assertEquals(List.of(), r.measurements());
        assertEquals(List.of(), r.missingInputs());
    }

    static void assertMet(Assessment a, String id, Level level) {
        IndicatorResult r = indicator(a, id, level);
        assertEquals(Outcome.MET, r.outcome(), id + " " + level + ": " + r.explanationEn());
    }

    /**
     * One applicability rule: indicator {@code indicatorId} at {@code levels}, for a unit, and an input change that
     * fails it where it applies.
     */
    record Rule(String indicatorId, List<Level> levels, String failingInput, UnaryOperator<Tt24Requests> fail) {
        @Override
        public String toString() {
            return indicatorId + " " + levels + " with " + failingInput;
        }
    }

    static final Rule C1_3 = new Rule("TT24.C1.3", List.of(LEVEL_1, LEVEL_2), "trainingBudget = false",
            r -> r.attestation(UnitInput.TRAINING_BUDGET, false));
    static final Rule C2_4 = new Rule("TT24.C2.4", List.of(LEVEL_1, LEVEL_2), "no member with a language",
            r -> r.members(MemberAttribute.LANGUAGE_CERTIFICATE, 0).members(MemberAttribute.LANGUAGE_PROFICIENCY, 0));
    static final Rule H_C3_3_L2 = new Rule("TT24.H.C3.3", List.of(LEVEL_2), "advancedCollectiveTitle = false",
            r -> r.attestation(UnitInput.ADVANCED_COLLECTIVE_TITLE, false));
    static final Rule T_C3_3 = new Rule("TT24.T.C3.3", List.of(LEVEL_1, LEVEL_2), "advancedCollectiveTitle = false",
            r -> r.attestation(UnitInput.ADVANCED_COLLECTIVE_TITLE, false));
    static final Rule H_C3_4 = new Rule("TT24.H.C3.4", List.of(LEVEL_1, LEVEL_2), "digitalMaturity = BELOW_BASIC",
            r -> r.digitalMaturity(DigitalMaturity.BELOW_BASIC));
    static final Rule T_C3_4 = new Rule("TT24.T.C3.4", List.of(LEVEL_1, LEVEL_2), "digitalMaturity = BELOW_BASIC",
            r -> r.digitalMaturity(DigitalMaturity.BELOW_BASIC));
    static final Rule T_C3_5 = new Rule("TT24.T.C3.5", List.of(LEVEL_1, LEVEL_2), "digitalMaturity = BELOW_BASIC",
            r -> r.digitalMaturity(DigitalMaturity.BELOW_BASIC));
    static final Rule H_C3_5 = new Rule("TT24.H.C3.5", List.of(LEVEL_1, LEVEL_2), "vocationalAccreditation = false",
            r -> r.attestation(UnitInput.VOCATIONAL_ACCREDITATION, false));
    static final Rule T_C3_6 = new Rule("TT24.T.C3.6", List.of(LEVEL_1, LEVEL_2), "vocationalAccreditation = false",
            r -> r.attestation(UnitInput.VOCATIONAL_ACCREDITATION, false));

    /** Where the law applies the indicator (rule, unit, article that says so). */
    static Stream<Arguments> applies() {
        return Stream.of(
                // Art. 6.1.c: "cơ quan, đơn vị sự nghiệp công lập của nhà nước"
                Arguments.of(C1_3, DISTRICT_AGENCY, "Art. 6.1.c"),
                Arguments.of(C1_3, PROVINCE_AGENCY, "Art. 6.1.c via 12.1"),
                Arguments.of(C1_3, PUBLIC_SERVICE_UNIT, "Art. 6.1.c"),
                Arguments.of(C1_3, COMMUNE_PC, "Art. 6.1.c"),
                Arguments.of(C1_3, ARMED_FORCES, "Art. 6.1.c via 12.1"),
                Arguments.of(C1_3, PUBLIC_LOWER_SECONDARY, "Art. 6.1.c: a public school is a public service unit"),
                Arguments.of(C1_3, PUBLIC_PRESCHOOL, "Art. 6.1.c: a public school is a public service unit"),
                Arguments.of(C1_3, UNIVERSITY, "Art. 6.1.c via 12.1"),
                // Art. 6.2.d, 7.2.d: every unit except economic organisations
                Arguments.of(C2_4, DISTRICT_AGENCY, "Art. 6.2.d, 7.2.d"),
                Arguments.of(C2_4, PROVINCE_AGENCY, "Art. 6.2.d, 7.2.d via 12.2, 13.2"),
                Arguments.of(C2_4, DISTRICT_MASS_ORG, "Art. 6.2.d, 7.2.d"),
                Arguments.of(C2_4, PRIVATE_LOWER_SECONDARY, "Art. 6.2.d, 7.2.d"),
                Arguments.of(C2_4, DISTRICT_SOCIAL_ORG, "Art. 6.2.d, 7.2.d"),
                // Art. 7.3.c: district level 2 only for "cơ quan, đơn vị sự nghiệp công lập"
                Arguments.of(H_C3_3_L2, DISTRICT_AGENCY, "Art. 7.3.c"),
                Arguments.of(H_C3_3_L2, PUBLIC_SERVICE_UNIT, "Art. 7.3.c"),
                Arguments.of(H_C3_3_L2, COMMUNE_PC, "Art. 7.3.c"),
                Arguments.of(H_C3_3_L2, PUBLIC_PRIMARY, "Art. 7.3.c"),
                // Art. 12.3.c, 13.3.c: every province unit, both levels
                Arguments.of(T_C3_3, PROVINCE_AGENCY, "Art. 12.3.c, 13.3.c"),
                Arguments.of(T_C3_3, PROVINCE_ENTERPRISE, "Art. 12.3.c, 13.3.c: no restriction at province level"),
                Arguments.of(T_C3_3, PROVINCE_MASS_ORG, "Art. 12.3.c, 13.3.c: no restriction at province level"),
                Arguments.of(T_C3_3, PRIVATE_UPPER_SECONDARY, "Art. 12.3.c, 13.3.c: no restriction at province level"),
                // Art. 6.3.d, 7.3.d: "cơ sở giáo dục phổ thông" (district)
                Arguments.of(H_C3_4, PUBLIC_PRIMARY, "Art. 6.3.d, 7.3.d"),
                Arguments.of(H_C3_4, PUBLIC_LOWER_SECONDARY, "Art. 6.3.d, 7.3.d"),
                Arguments.of(H_C3_4, PRIVATE_LOWER_SECONDARY, "Art. 6.3.d, 7.3.d"),
                // Art. 12.3.d, 13.3.d: upper-secondary, multi-level topping at upper secondary, GDTX
                Arguments.of(T_C3_4, PUBLIC_UPPER_SECONDARY, "Art. 12.3.d, 13.3.d"),
                Arguments.of(T_C3_4, PRIVATE_UPPER_SECONDARY, "Art. 12.3.d, 13.3.d"),
                Arguments.of(T_C3_4, PROVINCE_GDTX, "Art. 12.3.d, 13.3.d"),
                // Art. 12.3.đ, 13.3.đ: higher education
                Arguments.of(T_C3_5, UNIVERSITY, "Art. 12.3.đ, 13.3.đ"),
                Arguments.of(T_C3_5, PRIVATE_UNIVERSITY, "Art. 12.3.đ, 13.3.đ"),
                // Art. 6.3.đ, 7.3.đ and 12.3.e, 13.3.e: vocational institutions
                Arguments.of(H_C3_5, DISTRICT_VOCATIONAL, "Art. 6.3.đ, 7.3.đ"),
                Arguments.of(T_C3_6, PROVINCE_VOCATIONAL, "Art. 12.3.e, 13.3.e"));
    }

    /** Where the law does not apply the indicator (rule, unit, article that says so). */
    static Stream<Arguments> doesNotApply() {
        return Stream.of(
                Arguments.of(C1_3, DISTRICT_ENTERPRISE, "Art. 6.1.c: an enterprise is not a state body"),
                Arguments.of(C1_3, PROVINCE_ENTERPRISE, "Art. 6.1.c: an enterprise is not a state body"),
                Arguments.of(C1_3, PRIVATE_LOWER_SECONDARY, "Art. 6.1.c: a private school is not a state body"),
                Arguments.of(C1_3, PRIVATE_PRESCHOOL, "Art. 6.1.c: a private school is not a state body"),
                Arguments.of(C1_3, PRIVATE_UNIVERSITY, "Art. 6.1.c: a private school is not a state body"),
                Arguments.of(C1_3, DISTRICT_MASS_ORG, "Art. 6.1.c: a mass organisation is not a state body"),
                Arguments.of(C1_3, PROVINCE_MASS_ORG, "Art. 6.1.c: a mass organisation is not a state body"),
                Arguments.of(C1_3, DISTRICT_SOCIAL_ORG, "Art. 6.1.c: a social organisation is not a state body"),
                Arguments.of(C2_4, DISTRICT_ENTERPRISE, "Art. 6.2.d, 7.2.d: not for economic organisations"),
                Arguments.of(C2_4, PROVINCE_ENTERPRISE, "Art. 6.2.d, 7.2.d: not for economic organisations"),
                Arguments.of(H_C3_3_L2, DISTRICT_ENTERPRISE, "Art. 7.3.c: only state bodies at level 2"),
                Arguments.of(H_C3_3_L2, DISTRICT_MASS_ORG, "Art. 7.3.c: only state bodies at level 2"),
                Arguments.of(H_C3_3_L2, PRIVATE_LOWER_SECONDARY, "Art. 7.3.c: only state bodies at level 2"),
                Arguments.of(H_C3_3_L2, PRIVATE_PRESCHOOL, "Art. 7.3.c: only state bodies at level 2"),
                Arguments.of(H_C3_4, PUBLIC_PRESCHOOL, "Art. 6.3.d: a preschool is not a general-education school"),
                Arguments.of(H_C3_4, DISTRICT_GDTX, "Art. 6.3.d: a GDTX centre is not a general-education school"),
                Arguments.of(H_C3_4, DISTRICT_VOCATIONAL, "Art. 6.3.d: only general-education schools"),
                Arguments.of(H_C3_4, DISTRICT_AGENCY, "Art. 6.3.d: only general-education schools"),
                Arguments.of(H_C3_4, COMMUNE_PC, "Art. 6.3.d: only general-education schools"),
                Arguments.of(T_C3_4, PROVINCE_LOWER_SECONDARY,
                        "Art. 12.3.d: only schools topping at upper secondary"),
                Arguments.of(T_C3_4, UNIVERSITY, "Art. 12.3.d: universities fall under 12.3.đ instead"),
                Arguments.of(T_C3_4, PROVINCE_VOCATIONAL, "Art. 12.3.d: not vocational institutions"),
                Arguments.of(T_C3_4, PROVINCE_AGENCY, "Art. 12.3.d: not agencies"),
                Arguments.of(T_C3_5, PUBLIC_UPPER_SECONDARY, "Art. 12.3.đ: only higher-education institutions"),
                Arguments.of(T_C3_5, PROVINCE_GDTX, "Art. 12.3.đ: only higher-education institutions"),
                Arguments.of(T_C3_5, PROVINCE_VOCATIONAL, "Art. 12.3.đ: only higher-education institutions"),
                Arguments.of(T_C3_5, PROVINCE_AGENCY, "Art. 12.3.đ: only higher-education institutions"),
                Arguments.of(H_C3_5, PUBLIC_LOWER_SECONDARY, "Art. 6.3.đ: only vocational institutions"),
                Arguments.of(H_C3_5, DISTRICT_GDTX, "Art. 6.3.đ: only vocational institutions"),
                Arguments.of(H_C3_5, DISTRICT_AGENCY, "Art. 6.3.đ: only vocational institutions"),
                Arguments.of(T_C3_6, UNIVERSITY, "Art. 12.3.e: only vocational institutions"),
                Arguments.of(T_C3_6, PUBLIC_UPPER_SECONDARY, "Art. 12.3.e: only vocational institutions"),
                Arguments.of(T_C3_6, PROVINCE_ENTERPRISE, "Art. 12.3.e: only vocational institutions"));
    }

    @ParameterizedTest(name = "{0} applies to a {1} ({2})")
    @MethodSource("applies")
    @DisplayName("where an indicator applies, it is MET when fully met and NOT_MET when its input fails")
    void whereAnIndicatorAppliesItIsJudged(Rule rule, Unit unit, String article) {
        Assessment met = unit.request().evaluate();
        assertEquals(Verdict.LEVEL_2, met.verdict(), met.summaryEn());
        Assessment failed = rule.fail().apply(unit.request()).evaluate();
        for (Level level : rule.levels()) {
            assertMet(met, rule.indicatorId(), level);
            assertJudgedNotMet(failed, rule.indicatorId(), level);
            assertEquals(Outcome.NOT_MET, failed.level(level).orElseThrow().outcome());
        }
    }

    @ParameterizedTest(name = "{0} does not apply to a {1} ({2})")
    @MethodSource("doesNotApply")
    @DisplayName("where an indicator does not apply, it is NOT_APPLICABLE whatever the input says")
    void whereAnIndicatorDoesNotApplyItIsNotApplicableWhateverTheInput(Rule rule, Unit unit, String article) {
        Assessment met = unit.request().evaluate();
        Assessment failed = rule.fail().apply(unit.request()).evaluate();
        for (Level level : rule.levels()) {
            assertNotApplicable(met, rule.indicatorId(), level);
            assertNotApplicable(failed, rule.indicatorId(), level);
        }
    }

    @Test
    void theDistrictAdvancedCollectiveTitleIsRequiredOfEveryUnitAtLevel1EvenWhereLevel2DoesNotAskForIt() {
        for (Unit u : List.of(DISTRICT_ENTERPRISE, DISTRICT_MASS_ORG, PRIVATE_LOWER_SECONDARY, DISTRICT_AGENCY)) {
            Assessment a = u.request().attestation(UnitInput.ADVANCED_COLLECTIVE_TITLE, false).evaluate();
            IndicatorResult r = indicator(a, "TT24.H.C3.3", LEVEL_1);
            assertEquals(Outcome.NOT_MET, r.outcome(), u + ": Art. 6.3.c applies to every district unit");
            assertEquals(Reason.STATED_NOT_DONE, r.reason());
        }
    }

    @Test
    void anIndicatorThatDoesNotApplyNeverAsksForMissingData() {
        Assessment a = DISTRICT_ENTERPRISE.request()
                .members(MemberAttribute.LANGUAGE_CERTIFICATE, null)
                .members(MemberAttribute.LANGUAGE_PROFICIENCY, null)
                .attestation(UnitInput.TRAINING_BUDGET, null)
                .digitalMaturity(null)
                .attestation(UnitInput.VOCATIONAL_ACCREDITATION, null)
                .attestation(UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT, null)
                .evaluate();
        assertEquals(Verdict.LEVEL_2, a.verdict(), a.summaryEn());
        assertEquals(List.of(), a.missingInputs());
    }

    @Nested
    class PublicPreschoolsAlsoSupportPrivatePreschoolTeachers {
        // Art. 6.1.b and 6.3.b (7.3.b), second sentences.

        @Test
        void aPublicPreschoolThatDoesNotSupportPrivatePreschoolTeachersFailsC12AndC32AtBothLevels() {
            Assessment a = PUBLIC_PRESCHOOL.request()
                    .attestation(UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT, false).evaluate();
            for (Level level : Level.values()) {
                for (String id : List.of("TT24.C1.2", "TT24.H.C3.2")) {
                    IndicatorResult r = indicator(a, id, level);
                    assertEquals(Outcome.NOT_MET, r.outcome(), id + " " + level);
                    assertEquals(Reason.STATED_NOT_DONE, r.reason());
                    assertTrue(r.measurements().stream()
                            .anyMatch(m -> m.input().equals("privatePreschoolTeacherSupport")));
                }
            }
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        }

        @Test
        void aPublicPreschoolThatDoesNotSayIsNotDeterminedAndIsAskedForIt() {
            Assessment a = PUBLIC_PRESCHOOL.request()
                    .attestation(UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT, null).evaluate();
            assertEquals(Outcome.UNDETERMINED, indicator(a, "TT24.C1.2", LEVEL_1).outcome());
            assertEquals(Outcome.UNDETERMINED, indicator(a, "TT24.H.C3.2", LEVEL_1).outcome());
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(List.of("$.attestations.privatePreschoolTeacherSupport"),
                    a.missingInputs().stream().map(MissingInput::path).toList());
        }

        @Test
        void aPublicPreschoolMeetsC12OnlyWithBothSentencesDone() {
            Assessment a = PUBLIC_PRESCHOOL.request().evaluate();
            IndicatorResult r = indicator(a, "TT24.C1.2", LEVEL_1);
            assertEquals(Outcome.MET, r.outcome());
            assertEquals(List.of("trainingRegimes", "privatePreschoolTeacherSupport"),
                    r.measurements().stream().map(Measurement::input).toList());
        }

        @Test
        void aProvinceLevelPublicPreschoolIsNotBoundByTheDistrictSentenceOfC12() {
            // Art. 6.1.b's second sentence names "Đơn vị cấp huyện"; Art. 12.1 only refers back to clause 1.
            Assessment a = Tt24Requests.fullyMet(OrganisationKind.PRESCHOOL, PROVINCE)
                    .attestation(UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT, null).evaluate();
            for (Level level : Level.values()) {
                IndicatorResult c12 = a.indicator("TT24.C1.2", level).orElseThrow();
                assertEquals(Outcome.MET, c12.outcome(), level.toString());
                assertEquals(List.of("trainingRegimes"), c12.measurements().stream().map(m -> m.input()).toList());
            }
        }

        @Test
        void aPrivatePreschoolNeedsNoSupportForOtherPreschoolsTeachers() {
            for (Boolean stated : new Boolean[] {false, null}) {
                Assessment a = PRIVATE_PRESCHOOL.request()
                        .attestation(UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT, stated).evaluate();
                assertEquals(Verdict.LEVEL_2, a.verdict(), "stated " + stated + ": " + a.summaryEn());
                for (Level level : Level.values()) {
                    for (String id : List.of("TT24.C1.2", "TT24.H.C3.2")) {
                        IndicatorResult r = indicator(a, id, level);
                        assertEquals(Outcome.MET, r.outcome());
                        assertTrue(r.measurements().stream()
                                .noneMatch(m -> m.input().equals("privatePreschoolTeacherSupport")));
                    }
                }
            }
        }

        @Test
        void aPublicSchoolThatIsNotAPreschoolNeedsNoSupportForPreschoolTeachers() {
            Assessment a = PUBLIC_PRIMARY.request()
                    .attestation(UnitInput.PRIVATE_PRESCHOOL_TEACHER_SUPPORT, false).evaluate();
            assertEquals(Verdict.LEVEL_2, a.verdict(), a.summaryEn());
        }
    }

    @Nested
    class LearnersCountOnlyWhereTheUnitHasLearnersInTheSenseOfArticle2_8 {

        static Stream<Unit> withLearners() {
            return Stream.of(DISTRICT_VOCATIONAL, DISTRICT_GDTX, DISTRICT_OTHER_EDUCATION, PUBLIC_UPPER_SECONDARY,
                    PRIVATE_UPPER_SECONDARY, PROVINCE_GDTX, PROVINCE_VOCATIONAL, UNIVERSITY, PRIVATE_UNIVERSITY);
        }

        static Stream<Unit> withoutLearners() {
            return Stream.of(PUBLIC_PRESCHOOL, PRIVATE_PRESCHOOL, PUBLIC_PRIMARY, PUBLIC_LOWER_SECONDARY,
                    PRIVATE_LOWER_SECONDARY, PROVINCE_LOWER_SECONDARY, DISTRICT_AGENCY, PROVINCE_AGENCY,
                    DISTRICT_ENTERPRISE, COMMUNE_PC);
        }

        private String c31(Unit u) {
            return u.tier() == DISTRICT ? "TT24.H.C3.1" : "TT24.T.C3.1";
        }

        @ParameterizedTest(name = "a {0} has learners: none of them holding the title fails C3.1")
        @MethodSource("withLearners")
        void anInstitutionWithLearnersFailsC31WhenTooFewLearnersHoldTheTitle(Unit u) {
            Assessment a = u.request().learners(1000, 0).evaluate();
            for (Level level : Level.values()) {
                IndicatorResult r = indicator(a, c31(u), level);
                assertEquals(Outcome.NOT_MET, r.outcome(), u + " " + level);
                Measurement m = Tt24ThresholdBoundaryTest.measurement(r, UnitInput.LEARNERS_LEARNING_CITIZEN);
                assertEquals(Reason.BELOW_THRESHOLD, m.reason());
                assertEquals(Outcome.MET,
                        Tt24ThresholdBoundaryTest.measurement(r, UnitInput.MEMBERS_LEARNING_CITIZEN).outcome(),
                        "members are counted too");
            }
        }

        @ParameterizedTest(name = "a {0} has learners: without learner data C3.1 is not determined")
        @MethodSource("withLearners")
        void anInstitutionWithLearnersIsAskedForLearnerData(Unit u) {
            Assessment a = u.request().noLearners().evaluate();
            assertEquals(Outcome.UNDETERMINED, indicator(a, c31(u), LEVEL_1).outcome());
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(List.of("$.learners"), a.missingInputs().stream().map(MissingInput::path).toList());
        }

        @ParameterizedTest(name = "a {0} has no learners: C3.1 counts members only")
        @MethodSource("withoutLearners")
        void aUnitWithoutLearnersIsJudgedOnMembersOnly(Unit u) {
            Assessment none = u.request().noLearners().evaluate();
            Assessment zero = u.request().learners(1000, 0).evaluate();
            for (Assessment a : List.of(none, zero)) {
                assertEquals(Verdict.LEVEL_2, a.verdict(), u + ": " + a.summaryEn());
                for (Level level : Level.values()) {
                    IndicatorResult r = indicator(a, c31(u), level);
                    assertEquals(Outcome.MET, r.outcome());
                    assertEquals(List.of("members.learningCitizen"),
                            r.measurements().stream().map(Measurement::input).toList());
                }
            }
        }

        @Test
        void theFixtureAgreesWithArticle2_8OnWhoHasLearners() {
            withLearners().forEach(u -> assertTrue(Tt24Requests.hasLearnersByArticle2_8(u.kind(), u.top()), u.what()));
            withoutLearners().forEach(u -> assertTrue(!Tt24Requests.hasLearnersByArticle2_8(u.kind(), u.top()),
                    u.what()));
        }
    }
}
