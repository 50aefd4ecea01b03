package vn.hoctap.rules.tt24;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.AdministrativeTier.DISTRICT;
import static vn.hoctap.model.subject.AdministrativeTier.PROVINCE;
import static vn.hoctap.model.subject.Level.LEVEL_1;
import static vn.hoctap.model.subject.Level.LEVEL_2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.rules.engine.NoSchemeInForceException;

/**
 * Levels and verdict (TT 24 Art. 8, 9, 14, 15), evidence (Art. 9.3, 15.3), missing data, notices, the calendar
 * (Art. 5, 10, 11, 16) and the citation of every indicator.
 */
class Tt24LevelsAndVerdictTest {
    private static final String TT24 = "24/2023/TT-BGDĐT";

    private static IndicatorResult indicator(Assessment a, String id, Level level) {
        return Tt24ThresholdBoundaryTest.indicator(a, id, level);
    }

    private static List<String> missingPaths(Assessment a) {
        return a.missingInputs().stream().map(MissingInput::path).toList();
    }

    private static List<String> noticeCodes(Assessment a) {
        return a.notices().stream().map(Notice::code).toList();
    }

    private static Outcome levelOutcome(Assessment a, Level level) {
        return a.level(level).orElseThrow().outcome();
    }

    @Nested
    class Verdicts {

        @ParameterizedTest(name = "{0} at {1}")
        @MethodSource("vn.hoctap.rules.tt24.Tt24LevelsAndVerdictTest#kindsAndTiers")
        void aUnitMeetingEveryIndicatorOfArticle7Or13IsRecognisedAtLevel2(OrganisationKind kind,
                                                                          AdministrativeTier tier) {
            Assessment a = Tt24Requests.fullyMet(kind, tier).evaluate();
            assertEquals(Verdict.LEVEL_2, a.verdict(), a.summaryEn());
            assertEquals(Optional.of(LEVEL_2), a.levelReached());
            assertEquals(Outcome.MET, levelOutcome(a, LEVEL_1));
            assertEquals(Outcome.MET, levelOutcome(a, LEVEL_2));
            assertEquals(List.of(), a.missingInputs());
        }

        @Test
        void aUnitMeetingLevel1ButOneIndicatorShortOfLevel2IsRecognisedAtLevel1() {
            Assessment a = Tt24Requests.districtAgency()
                    .membersShare(MemberAttribute.LABOUR_DISCIPLINE, 900, 1000).evaluate();
            assertEquals(Verdict.LEVEL_1, a.verdict());
            assertEquals(Outcome.MET, levelOutcome(a, LEVEL_1));
            assertEquals(Outcome.NOT_MET, levelOutcome(a, LEVEL_2));
            assertEquals(Outcome.NOT_MET, a.level(LEVEL_2).orElseThrow().results().stream()
                    .filter(c -> c.criterionId().equals("TT24.C2")).findFirst().orElseThrow().outcome(),
                    "a criterion fails when one of its indicators fails (Art. 9.4)");
        }

        @Test
        void aUnitFailingOneLevel1IndicatorIsNotRecognised() {
            Assessment a = Tt24Requests.provinceAgency()
                    .membersShare(MemberAttribute.LABOUR_DISCIPLINE, 899, 1000).evaluate();
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
            assertEquals(Optional.empty(), a.levelReached());
            assertEquals(Outcome.NOT_MET, levelOutcome(a, LEVEL_1));
            assertEquals(Outcome.NOT_MET, levelOutcome(a, LEVEL_2));
        }

        @Test
        void aMissingMemberCountMakesTheVerdictNotDeterminedAndNamesTheInput() {
            Assessment a = Tt24Requests.districtAgency().members(MemberAttribute.LEARNING_CITIZEN, null).evaluate();
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(List.of("$.members.learningCitizen"), missingPaths(a),
                    "listed once although both levels need it");
            assertEquals("TT24.H.C3.1", a.missingInputs().get(0).indicatorId());
            IndicatorResult r = indicator(a, "TT24.H.C3.1", LEVEL_1);
            assertEquals(Outcome.UNDETERMINED, r.outcome());
            assertEquals(Reason.MISSING_INPUT, r.reason());
            assertEquals(Outcome.UNDETERMINED, levelOutcome(a, LEVEL_1));
        }

        @Test
        void aMissingAttestationMakesTheVerdictNotDeterminedAndNamesTheInput() {
            Assessment a = Tt24Requests.provinceAgency().attestation(UnitInput.ANNUAL_LEARNING_PLAN, null).evaluate();
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(List.of("$.attestations.annualLearningPlan"), missingPaths(a));
            assertEquals("TT24.C1.1", a.missingInputs().get(0).indicatorId());
            assertEquals(Outcome.UNDETERMINED, indicator(a, "TT24.C1.1", LEVEL_2).outcome());
        }

        @Test
        void everyMissingInputIsListed() {
            Assessment a = Tt24Requests.districtAgency()
                    .members(MemberAttribute.LEARNING_CITIZEN, null)
                    .attestation(UnitInput.ANNUAL_LEARNING_PLAN, null)
                    .evaluate();
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(Set.of("$.members.learningCitizen", "$.attestations.annualLearningPlan"),
                    Set.copyOf(missingPaths(a)));
            assertEquals(2, a.missingInputs().size());
        }

        @Test
        void missingMembersAltogetherAreReportedAsTheMembersPath() {
            UnitEvaluationRequest full = Tt24Requests.districtAgency().build();
            UnitEvaluationRequest noMembers = new UnitEvaluationRequest(full.evaluationYear(), null, full.unit(),
                    null, List.of(), null, full.attestations(), full.digitalMaturity(), full.evidence(), List.of());
            Assessment a = Tt24Requests.EVALUATOR.evaluate(noMembers);
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(List.of("$.members"), missingPaths(a));
        }

        @Test
        void level1MetButLevel2MissingDataIsNotDeterminedBecauseItCouldStillBeLevel2() {
            Assessment a = Tt24Requests.districtAgency().members(MemberAttribute.LANGUAGE_PROFICIENCY, null)
                    .evaluate();
            assertEquals(Outcome.MET, levelOutcome(a, LEVEL_1));
            assertEquals(Outcome.UNDETERMINED, levelOutcome(a, LEVEL_2));
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(List.of("$.members.languageProficiency"), missingPaths(a));
        }

        @Test
        void level2FailedButLevel1MissingDataIsNotDeterminedBecauseItCouldStillBeLevel1() {
            Assessment a = Tt24Requests.districtAgency()
                    .membersShare(MemberAttribute.LABOUR_DISCIPLINE, 949, 1000)
                    .members(MemberAttribute.LANGUAGE_CERTIFICATE, null)
                    .evaluate();
            assertEquals(Outcome.UNDETERMINED, levelOutcome(a, LEVEL_1));
            assertEquals(Outcome.NOT_MET, levelOutcome(a, LEVEL_2));
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(List.of("$.members.languageCertificate"), missingPaths(a));
        }

        @Test
        void missingDataThatCannotChangeAFailureStillGivesNotRecognised() {
            Assessment a = Tt24Requests.districtAgency()
                    .attestation(UnitInput.ANNUAL_LEARNING_PLAN, false)
                    .members(MemberAttribute.LEARNING_CITIZEN, null)
                    .evaluate();
            assertEquals(Outcome.NOT_MET, levelOutcome(a, LEVEL_1));
            assertEquals(Outcome.NOT_MET, levelOutcome(a, LEVEL_2));
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        }
    }

    static Stream<Arguments> kindsAndTiers() {
        return Stream.of(
                Arguments.of(OrganisationKind.STATE_AGENCY, DISTRICT),
                Arguments.of(OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, DISTRICT),
                Arguments.of(OrganisationKind.PRESCHOOL, DISTRICT),
                Arguments.of(OrganisationKind.GENERAL_SCHOOL, DISTRICT),
                Arguments.of(OrganisationKind.VOCATIONAL_INSTITUTION, DISTRICT),
                Arguments.of(OrganisationKind.ECONOMIC_ORGANISATION, DISTRICT),
                Arguments.of(OrganisationKind.STATE_AGENCY, PROVINCE),
                Arguments.of(OrganisationKind.GENERAL_SCHOOL, PROVINCE),
                Arguments.of(OrganisationKind.CONTINUING_EDUCATION_CENTRE, PROVINCE),
                Arguments.of(OrganisationKind.HIGHER_EDUCATION_INSTITUTION, PROVINCE),
                Arguments.of(OrganisationKind.VOCATIONAL_INSTITUTION, PROVINCE),
                Arguments.of(OrganisationKind.ARMED_FORCES_UNIT, PROVINCE),
                Arguments.of(OrganisationKind.PARTY_OR_MASS_ORGANISATION, PROVINCE));
    }

    @Nested
    class EvidenceAndStatements {
        // Art. 9.3 (district) and 15.3 (province): an indicator without suitable evidence is not met.

        @ParameterizedTest
        @EnumSource(value = AdministrativeTier.class, names = {"DISTRICT", "PROVINCE"})
        void aStatementWithoutEvidenceIsNotMetForNoEvidence(AdministrativeTier tier) {
            Assessment a = Tt24Requests.fullyMet(OrganisationKind.STATE_AGENCY, tier)
                    .withoutEvidence(UnitInput.ANNUAL_LEARNING_PLAN).evaluate();
            IndicatorResult r = indicator(a, "TT24.C1.1", LEVEL_1);
            assertEquals(Outcome.NOT_MET, r.outcome());
            assertEquals(Reason.NO_EVIDENCE, r.reason());
            assertEquals(0, r.measurements().get(0).evidenceCount());
            String rule = tier == DISTRICT ? "Art. 9(3)" : "Art. 15(3)";
            assertTrue(r.explanationEn().contains(rule), r.explanationEn());
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        }

        @Test
        void aShareAboveItsThresholdWithoutEvidenceIsNotMetForNoEvidence() {
            Assessment a = Tt24Requests.districtAgency().withoutEvidence(UnitInput.MEMBERS_ADVANCED_WORKER)
                    .evaluate();
            IndicatorResult r = indicator(a, "TT24.C2.5", LEVEL_2);
            assertEquals(Outcome.NOT_MET, r.outcome());
            assertEquals(Reason.NO_EVIDENCE, r.reason());
            assertEquals(1000, r.measurements().get(0).numerator());
        }

        @Test
        void aShareBelowItsThresholdIsReportedBelowThresholdEvenWithoutEvidence() {
            Assessment a = Tt24Requests.districtAgency().withoutEvidence(UnitInput.MEMBERS_ADVANCED_WORKER)
                    .membersShare(MemberAttribute.ADVANCED_WORKER, 10, 1000).evaluate();
            assertEquals(Reason.BELOW_THRESHOLD, indicator(a, "TT24.C2.5", LEVEL_1).reason());
        }

        @Test
        void aDigitalLevelWithoutEvidenceIsNotMetForNoEvidence() {
            Assessment a = Tt24Requests.fullyMet(OrganisationKind.HIGHER_EDUCATION_INSTITUTION, PROVINCE)
                    .withoutEvidence(UnitInput.DIGITAL_MATURITY).evaluate();
            IndicatorResult r = indicator(a, "TT24.T.C3.5", LEVEL_1);
            assertEquals(Outcome.NOT_MET, r.outcome());
            assertEquals(Reason.NO_EVIDENCE, r.reason());
        }

        @Test
        void aLearnerShareWithoutEvidenceIsNotMetForNoEvidence() {
            Assessment a = Tt24Requests.fullyMet(OrganisationKind.GENERAL_SCHOOL, PROVINCE)
                    .withoutEvidence(UnitInput.LEARNERS_LEARNING_CITIZEN).evaluate();
            IndicatorResult r = indicator(a, "TT24.T.C3.1", LEVEL_1);
            assertEquals(Outcome.NOT_MET, r.outcome());
            assertEquals(Reason.NO_EVIDENCE, r.reason());
        }

        @Test
        void aStatementThatTheUnitDidNotDoItIsNotMetAsStatedNotDoneEvenWithEvidence() {
            Assessment a = Tt24Requests.districtAgency().attestation(UnitInput.LEARNING_ENVIRONMENT, false)
                    .evaluate();
            for (Level level : Level.values()) {
                IndicatorResult r = indicator(a, "TT24.H.C3.2", level);
                assertEquals(Outcome.NOT_MET, r.outcome());
                assertEquals(Reason.STATED_NOT_DONE, r.reason());
                assertEquals("no", r.measurements().get(0).observed());
            }
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
        }

        @Test
        void aStatementThatTheUnitDidNotDoItWithoutEvidenceIsStillStatedNotDone() {
            Assessment a = Tt24Requests.districtAgency().attestation(UnitInput.LEARNING_ENVIRONMENT, false)
                    .withoutEvidence(UnitInput.LEARNING_ENVIRONMENT).evaluate();
            assertEquals(Reason.STATED_NOT_DONE, indicator(a, "TT24.H.C3.2", LEVEL_1).reason());
        }
    }

    @Nested
    class MemberRecords {

        private static List<UnitMember> members(int n, int learningCitizens) {
            List<UnitMember> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(new UnitMember("M" + i, true, true, true, true, true, true, i < learningCitizens));
            }
            return list;
        }

        @Test
        void aMemberRecordWithoutAnAttributeIsNamedByItsIndex() {
            List<UnitMember> list = members(5, 5);
            list.set(3, new UnitMember("M3", true, true, true, true, true, true, null));
            Assessment a = Tt24Requests.districtAgency().memberList(list).evaluate();
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(List.of("$.memberList[3].learningCitizen"), missingPaths(a));
            assertEquals(Outcome.UNDETERMINED, indicator(a, "TT24.H.C3.1", LEVEL_1).outcome());
        }

        @Test
        void everyMemberRecordWithoutTheAttributeIsNamed() {
            List<UnitMember> list = members(5, 5);
            list.set(1, new UnitMember("M1", true, true, true, true, true, true, null));
            list.set(4, new UnitMember("M4", true, true, true, true, true, true, null));
            Assessment a = Tt24Requests.districtAgency().memberList(list).evaluate();
            assertEquals(List.of("$.memberList[1].learningCitizen", "$.memberList[4].learningCitizen"),
                    missingPaths(a));
        }

        @Test
        void tenRecordsWithoutTheAttributeAreStillNamedOneByOne() {
            List<UnitMember> list = members(20, 20);
            for (int i = 0; i < 10; i++) {
                list.set(2 * i, new UnitMember("M" + 2 * i, true, true, true, true, true, true, null));
            }
            Assessment a = Tt24Requests.districtAgency().memberList(list).evaluate();
            assertEquals(10, missingPaths(a).size());
            assertEquals("$.memberList[18].learningCitizen", missingPaths(a).get(9));
        }

        /**
         * Issue 8 item 6: 100,000 records without learningCitizen took 91 s (missing inputs de-duplicated by a search
         * of a list per input) and listed 100,000 paths. The summary is one entry naming five records, so the work
         * and the text no longer grow with the number of records listed.
         */
        @Test
        void manyRecordsWithoutTheAttributeAreSummarisedInOneEntry() {
            List<UnitMember> list = new ArrayList<>();
            for (int i = 0; i < 100_000; i++) {
                list.add(new UnitMember("M" + i, true, true, true, true, true, true, i % 7 == 3 ? true : null));
            }
            Assessment a = Tt24Requests.districtAgency().memberList(list).evaluate();
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(List.of("$.memberList[*].learningCitizen"), missingPaths(a));
            String lacking = "85.714 bản ghi thiếu learningCitizen: $.memberList[0], [1], [2], [4], [5], …";
            assertTrue(a.missingInputs().get(0).textVi().endsWith("(" + lacking + ")"),
                    a.missingInputs().get(0).textVi());
            assertTrue(a.missingInputs().get(0).textEn().endsWith(
                    "(85,714 records lack learningCitizen: $.memberList[0], [1], [2], [4], [5], …)"),
                    a.missingInputs().get(0).textEn());
            for (Level level : Level.values()) {
                IndicatorResult r = indicator(a, "TT24.H.C3.1", level);
                assertEquals(Outcome.UNDETERMINED, r.outcome());
                assertEquals(1, r.missingInputs().size());
                assertTrue(r.measurements().get(0).textVi().contains(lacking), r.measurements().get(0).textVi());
                assertTrue(r.explanationVi().length() < 1_000, r.explanationVi());
            }
        }

        @Test
        void memberRecordsAndMemberCountsGiveTheSameResult() {
            Assessment fromList = Tt24Requests.districtAgency().memberList(members(10, 9)).evaluate();
            Assessment fromCounts = Tt24Requests.districtAgency()
                    .membersShare(MemberAttribute.LEARNING_CITIZEN, 9, 10).evaluate();
            assertEquals(Verdict.LEVEL_1, fromList.verdict());
            assertEquals(fromCounts.verdict(), fromList.verdict());
            for (Level level : Level.values()) {
                Measurement l = indicator(fromList, "TT24.H.C3.1", level).measurements().get(0);
                Measurement c = indicator(fromCounts, "TT24.H.C3.1", level).measurements().get(0);
                assertEquals(c.outcome(), l.outcome());
                assertEquals(9, l.numerator());
                assertEquals(10, l.denominator());
            }
        }
    }

    @Nested
    class Notices {

        @Test
        void aDistrictEvaluationOf2025WarnsThatTheDistrictTierIsAbolished() {
            Assessment a = Tt24Requests.districtAgency().evaluationYear(2025).evaluate();
            Notice n = a.notices().stream().filter(x -> x.code().equals("TIER_ABOLISHED")).findFirst()
                    .orElseThrow(() -> new AssertionError("no TIER_ABOLISHED notice: " + a.notices()));
            assertEquals(Notice.Severity.WARNING, n.severity());
            assertTrue(n.textEn().contains("2025-07-01"), n.textEn());
            assertTrue(n.textVi().contains("01/07/2025"), n.textVi());
        }

        @Test
        void aDistrictEvaluationOf2024DecidedBeforeTheAbolitionHasNoTierNotice() {
            Assessment a = Tt24Requests.districtAgency().evaluationYear(2024).evaluate();
            assertEquals(List.of(), noticeCodes(a));
        }

        @Test
        void aDistrictEvaluationOf2024ReadOnTheDayTheTierWasAbolishedWarns() {
            Assessment before = Tt24Requests.districtAgency().referenceDate(LocalDate.of(2025, 6, 30)).evaluate();
            Assessment on = Tt24Requests.districtAgency().referenceDate(LocalDate.of(2025, 7, 1)).evaluate();
            assertEquals(List.of(), noticeCodes(before));
            assertEquals(List.of("TIER_ABOLISHED"), noticeCodes(on));
        }

        @Test
        void aProvinceEvaluationOf2025HasNoTierNotice() {
            Assessment a = Tt24Requests.provinceAgency().evaluationYear(2025).evaluate();
            assertEquals(List.of(), noticeCodes(a));
        }

        @ParameterizedTest
        @EnumSource(value = AdministrativeTier.class, names = {"DISTRICT", "PROVINCE"})
        void level2IsNotYetRequestableWhenTheLevel1DecisionIsLessThan12MonthsBeforeTheDossierDeadline(
                AdministrativeTier tier) {
            Assessment a = Tt24Requests.fullyMet(OrganisationKind.STATE_AGENCY, tier)
                    .recognisedAtLevel1(2023, LocalDate.of(2024, 2, 8)).evaluate();
            assertEquals(Verdict.LEVEL_2, a.verdict());
            Notice n = a.notices().stream().filter(x -> x.code().equals("LEVEL_2_NOT_YET_REQUESTABLE")).findFirst()
                    .orElseThrow(() -> new AssertionError("no LEVEL_2_NOT_YET_REQUESTABLE: " + a.notices()));
            assertEquals(Notice.Severity.WARNING, n.severity());
            assertTrue(n.textEn().contains("2025-02-08") && n.textEn().contains("2025-01-15"), n.textEn());
            String article = tier == DISTRICT ? "Art. 5(3)" : "Art. 11(3)";
            assertTrue(n.textEn().contains(article), n.textEn());
        }

        @Test
        void level2IsRequestableWhen12MonthsAfterTheLevel1DecisionFallBeforeTheDossierDeadline() {
            Assessment a = Tt24Requests.districtAgency().recognisedAtLevel1(2023, LocalDate.of(2024, 1, 10))
                    .evaluate();
            assertEquals(List.of(), noticeCodes(a));
        }

        @Test
        void level2IsRequestableWhen12MonthsAfterTheDecisionIsTheLastDayBeforeTheDeadline() {
            // Decision 14/01/2024: may ask from 14/01/2025, and the dossier is due before 15/01/2025.
            Assessment a = Tt24Requests.districtAgency().recognisedAtLevel1(2023, LocalDate.of(2024, 1, 14))
                    .evaluate();
            assertEquals(LocalDate.of(2025, 1, 14), a.calendar().level2RequestableFrom());
            assertEquals(List.of(), noticeCodes(a));
        }

        @Test
        void level2IsNotYetRequestableWhen12MonthsAfterTheDecisionFallExactlyOnTheDeadlineDay() {
            // Decision 15/01/2024: may ask from 15/01/2025, but the dossier must arrive before 15/01/2025.
            Assessment a = Tt24Requests.districtAgency().recognisedAtLevel1(2023, LocalDate.of(2024, 1, 15))
                    .evaluate();
            assertEquals(LocalDate.of(2025, 1, 15), a.calendar().level2RequestableFrom());
            assertEquals(LocalDate.of(2025, 1, 15), a.calendar().dossierDueBefore());
            assertEquals(List.of("LEVEL_2_NOT_YET_REQUESTABLE"), noticeCodes(a));
        }

        @Test
        void aLevel2VerdictForAUnitThatFailsLevel1IsFlaggedBecauseTheLevelsAreNotNested() {
            // Art. 6.3.c asks every district unit for the collective title at level 1; Art. 7.3.c only state bodies.
            Assessment a = Tt24Requests.fullyMet(OrganisationKind.ECONOMIC_ORGANISATION, AdministrativeTier.DISTRICT)
                    .attestation(UnitInput.ADVANCED_COLLECTIVE_TITLE, false).evaluate();
            assertEquals(Verdict.LEVEL_2, a.verdict());
            assertEquals(Outcome.NOT_MET, a.level(Level.LEVEL_1).orElseThrow().outcome());
            assertEquals(List.of("LEVEL_2_WITHOUT_LEVEL_1"), noticeCodes(a));
        }

        @Test
        void theWaitingPeriodNoticeConcernsOnlyALevel2Verdict() {
            Assessment a = Tt24Requests.districtAgency().recognisedAtLevel1(2023, LocalDate.of(2024, 2, 8))
                    .membersShare(MemberAttribute.LABOUR_DISCIPLINE, 900, 1000).evaluate();
            assertEquals(Verdict.LEVEL_1, a.verdict());
            assertEquals(List.of(), noticeCodes(a));
        }
    }

    @Nested
    class Calendar {

        @ParameterizedTest
        @EnumSource(value = AdministrativeTier.class, names = {"DISTRICT", "PROVINCE"})
        void theDossierIsDueBefore15JanuaryAndTheDecisionBefore15FebruaryOfTheFollowingYear(AdministrativeTier tier) {
            Assessment a = Tt24Requests.fullyMet(OrganisationKind.STATE_AGENCY, tier).evaluate();
            assertEquals(LocalDate.of(2025, 1, 15), a.calendar().dossierDueBefore());
            assertEquals(LocalDate.of(2025, 2, 15), a.calendar().decisionDueBefore());
            Assessment b = Tt24Requests.provinceAgency().evaluationYear(2026).evaluate();
            assertEquals(LocalDate.of(2027, 1, 15), b.calendar().dossierDueBefore());
            assertEquals(LocalDate.of(2027, 2, 15), b.calendar().decisionDueBefore());
        }

        @Test
        void level2IsRequestable12MonthsAfterTheLevel1Decision() {
            Assessment a = Tt24Requests.districtAgency().recognisedAtLevel1(2023, LocalDate.of(2024, 2, 8))
                    .evaluate();
            assertEquals(LocalDate.of(2025, 2, 8), a.calendar().level2RequestableFrom());
        }

        @Test
        void withoutALevel1DecisionThereIsNoLevel2WaitingDate() {
            assertNull(Tt24Requests.districtAgency().evaluate().calendar().level2RequestableFrom());
        }

        @Test
        void aLevel1DecisionAtTheOtherTierDoesNotStartTheWaitingPeriod() {
            UnitEvaluationRequest district = Tt24Requests.districtAgency()
                    .recognisedAtLevel1(2023, LocalDate.of(2024, 2, 8)).build();
            UnitEvaluationRequest province = Tt24Requests.provinceAgency().build();
            UnitEvaluationRequest mixed = new UnitEvaluationRequest(province.evaluationYear(), null, province.unit(),
                    province.members(), List.of(), null, province.attestations(), province.digitalMaturity(),
                    province.evidence(), district.recognitions());
            assertNull(Tt24Requests.EVALUATOR.evaluate(mixed).calendar().level2RequestableFrom());
        }

        @Test
        void aRecognitionIsKeptUntil31DecemberOfTheThirdYearAfterTheEvaluationYear() {
            Assessment level2 = Tt24Requests.districtAgency().evaluate();
            assertEquals(Verdict.LEVEL_2, level2.verdict());
            assertEquals(LocalDate.of(2027, 12, 31), level2.calendar().validUntil());
            Assessment level1 = Tt24Requests.provinceAgency().evaluationYear(2025)
                    .membersShare(MemberAttribute.COMPLETED_TRAINING, 900, 1000).evaluate();
            assertEquals(Verdict.LEVEL_1, level1.verdict());
            assertEquals(LocalDate.of(2028, 12, 31), level1.calendar().validUntil());
        }

        @Test
        void anUnrecognisedOrUndeterminedUnitHasNoValidity() {
            Assessment notRecognised = Tt24Requests.districtAgency()
                    .attestation(UnitInput.ANNUAL_LEARNING_PLAN, false).evaluate();
            assertEquals(Verdict.NOT_RECOGNISED, notRecognised.verdict());
            assertNull(notRecognised.calendar().validUntil());
            Assessment notDetermined = Tt24Requests.districtAgency()
                    .attestation(UnitInput.ANNUAL_LEARNING_PLAN, null).evaluate();
            assertEquals(Verdict.NOT_DETERMINED, notDetermined.verdict());
            assertNull(notDetermined.calendar().validUntil());
        }

        @Test
        void theCurrentRecognitionIsKeptUntil31DecemberOfTheThirdYearAfterTheYearItRecognised() {
            Assessment a = Tt24Requests.districtAgency().recognisedAtLevel1(2023, LocalDate.of(2024, 2, 8))
                    .evaluate();
            assertEquals(LocalDate.of(2026, 12, 31), a.calendar().currentRecognitionValidUntil());
            assertNull(Tt24Requests.districtAgency().evaluate().calendar().currentRecognitionValidUntil());
        }

        @ParameterizedTest
        @EnumSource(value = AdministrativeTier.class, names = {"DISTRICT", "PROVINCE"})
        void anEvaluationOf2023IsRefusedBecauseTt24WasNotYetInForce(AdministrativeTier tier) {
            UnitEvaluationRequest r = Tt24Requests.fullyMet(OrganisationKind.STATE_AGENCY, tier).evaluationYear(2023)
                    .build();
            NoSchemeInForceException e = assertThrows(NoSchemeInForceException.class,
                    () -> Tt24Requests.EVALUATOR.evaluate(r));
            String scheme = tier == DISTRICT ? "TT24.H" : "TT24.T";
            assertTrue(e.getMessage().contains("2023-12-31"), e.getMessage());
            assertTrue(e.getMessage().contains(scheme + ": " + TT24 + " 2024-01-26"), e.getMessage());
            assertTrue(e.getMessage().contains("referenceDate"), "says how to fix it: " + e.getMessage());
        }

        @Test
        void theDayBeforeTt24TookEffectIsRefusedAndTheDayItTookEffectIsEvaluated() {
            UnitEvaluationRequest before = Tt24Requests.districtAgency()
                    .referenceDate(LocalDate.of(2024, 1, 25)).build();
            assertThrows(NoSchemeInForceException.class, () -> Tt24Requests.EVALUATOR.evaluate(before));
            Assessment on = Tt24Requests.districtAgency().referenceDate(LocalDate.of(2024, 1, 26)).evaluate();
            assertEquals(Verdict.LEVEL_2, on.verdict());
            assertEquals("TT24.H", on.schemeId());
        }
    }

    /** Where the law states each indicator, per tier and level. */
    static Map<String, Citation> expectedCitations(AdministrativeTier tier, Level level) {
        String[] points = {"a", "b", "c", "d", "đ", "e"};
        Map<String, Citation> m = new LinkedHashMap<>();
        // Criterion 1: Art. 6.1 at both levels and tiers (Art. 7.1, 12.1 and 13.1 refer to it).
        for (int i = 1; i <= 5; i++) {
            m.put("TT24.C1." + i, Citation.of(TT24, 6, 1, points[i - 1]));
        }
        // Criterion 2: Art. 6.2 at level 1, Art. 7.2 at level 2 (Art. 12.2 and 13.2 refer to them).
        for (int i = 1; i <= 5; i++) {
            m.put("TT24.C2." + i, Citation.of(TT24, level == LEVEL_1 ? 6 : 7, 2, points[i - 1]));
        }
        if (tier == DISTRICT) {
            for (int i = 1; i <= 5; i++) {
                m.put("TT24.H.C3." + i, Citation.of(TT24, level == LEVEL_1 ? 6 : 7, 3, points[i - 1]));
            }
        } else {
            for (int i = 1; i <= 6; i++) {
                m.put("TT24.T.C3." + i, Citation.of(TT24, level == LEVEL_1 ? 12 : 13, 3, points[i - 1]));
            }
        }
        return m;
    }

    static Stream<Arguments> citations() {
        List<Arguments> rows = new ArrayList<>();
        for (AdministrativeTier tier : List.of(DISTRICT, PROVINCE)) {
            for (Level level : Level.values()) {
                expectedCitations(tier, level).forEach((id, c) -> rows.add(Arguments.of(id, tier, level, c)));
            }
        }
        return rows.stream();
    }

    private static final Map<AdministrativeTier, Assessment> FULLY_MET = Map.of(
            DISTRICT, Tt24Requests.districtAgency().evaluate(),
            PROVINCE, Tt24Requests.provinceAgency().evaluate());

    @ParameterizedTest(name = "{0} {2} {1} cites Art. {3}")
    @MethodSource("citations")
    void everyIndicatorCitesTheArticleClauseAndPointThatStatesIt(String id, AdministrativeTier tier, Level level,
                                                                  Citation expected) {
        IndicatorResult r = indicator(FULLY_MET.get(tier), id, level);
        assertEquals(expected, r.citation());
        assertTrue(r.explanationVi().endsWith("[" + expected.formatVi() + "]"), r.explanationVi());
        assertTrue(r.explanationEn().endsWith("[" + expected.formatEn() + "]"), r.explanationEn());
    }

    @ParameterizedTest
    @EnumSource(value = AdministrativeTier.class, names = {"DISTRICT", "PROVINCE"})
    void eachLevelHasExactlyTheIndicatorsOfItsArticle(AdministrativeTier tier) {
        for (Level level : Level.values()) {
            LevelResult l = FULLY_MET.get(tier).level(level).orElseThrow();
            List<String> ids = l.results().stream().flatMap(c -> c.indicators().stream())
                    .map(IndicatorResult::indicatorId).toList();
            assertEquals(List.copyOf(expectedCitations(tier, level).keySet()), ids, tier + " " + level);
        }
    }

    @Test
    void theTt24C21Level2AndTheProvinceVocationalIndicatorCiteTheirPoints() {
        assertEquals("điểm a khoản 2 Điều 7, " + TT24,
                indicator(FULLY_MET.get(DISTRICT), "TT24.C2.1", LEVEL_2).citation().formatVi());
        assertEquals(TT24 + ", Art. 12(3)(e)",
                indicator(FULLY_MET.get(PROVINCE), "TT24.T.C3.6", LEVEL_1).citation().formatEn());
    }

    @ParameterizedTest
    @EnumSource(value = AdministrativeTier.class, names = {"DISTRICT", "PROVINCE"})
    void eachLevelCitesTheArticleListingItsCriteriaAndTheArticleGrantingIt(AdministrativeTier tier) {
        Assessment a = FULLY_MET.get(tier);
        int l1 = tier == DISTRICT ? 6 : 12;
        int condition = tier == DISTRICT ? 8 : 14;
        assertEquals(Citation.of(TT24, l1), a.level(LEVEL_1).orElseThrow().criteriaCitation());
        assertEquals(Citation.of(TT24, l1 + 1), a.level(LEVEL_2).orElseThrow().criteriaCitation());
        assertEquals(Citation.of(TT24, condition, 1), a.level(LEVEL_1).orElseThrow().conditionCitation());
        assertEquals(Citation.of(TT24, condition, 2), a.level(LEVEL_2).orElseThrow().conditionCitation());
    }
}
