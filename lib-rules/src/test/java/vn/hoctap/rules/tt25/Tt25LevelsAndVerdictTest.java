package vn.hoctap.rules.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.Level.LEVEL_1;
import static vn.hoctap.model.subject.Level.LEVEL_2;
import static vn.hoctap.rules.tt25.Tt25Requests.district;
import static vn.hoctap.rules.tt25.Tt25Requests.figures;
import static vn.hoctap.rules.tt25.Tt25Requests.indicator;
import static vn.hoctap.rules.tt25.Tt25Requests.province;
import static vn.hoctap.rules.tt25.Tt25Requests.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.request.DistrictInput;
import vn.hoctap.model.request.ProvinceInput;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.engine.NoSchemeInForceException;

/**
 * How indicator outcomes add up to levels and a verdict under TT 25/2023 (Art. 13, 18: a criterion is met when all
 * its indicators are, a level when all its criteria are), what missing data do, which indicators apply, the
 * procedure's dates and the notices about the abolished district tier.
 */
class Tt25LevelsAndVerdictTest {

    private static Set<String> paths(Assessment a) {
        return a.missingInputs().stream().map(MissingInput::path).collect(Collectors.toSet());
    }

    private static Set<String> codes(Assessment a) {
        return a.notices().stream().map(Notice::code).collect(Collectors.toSet());
    }

    private static Stream<IndicatorResult> all(Assessment a) {
        return a.levels().stream().flatMap(l -> l.results().stream()).flatMap(c -> c.indicators().stream());
    }

    @Nested
    @DisplayName("verdicts")
    class Verdicts {
        @Test
        void aDistrictMeetingEverythingIsRecognisedAtLevel2UnderTheDistrictScheme() {
            Assessment a = district().evaluate();
            assertEquals(Verdict.LEVEL_2, a.verdict(), a.summaryEn());
            assertEquals("TT25.H", a.schemeId());
            assertEquals("25/2023/TT-BGDĐT", a.document());
            assertEquals(13, all(a).filter(i -> i.level() == LEVEL_1).count());
            assertEquals(13, all(a).filter(i -> i.level() == LEVEL_2).count());
            assertTrue(all(a).allMatch(i -> i.outcome() == Outcome.MET), a.summaryEn());
            assertTrue(a.missingInputs().isEmpty());
            assertEquals(Set.of(), codes(a), "2024 is before the district tier's abolition");
        }

        @Test
        void aProvinceMeetingEverythingIsRecognisedAtLevel2UnderTheProvinceScheme() {
            Assessment a = province().evaluate();
            assertEquals(Verdict.LEVEL_2, a.verdict(), a.summaryEn());
            assertEquals("TT25.T", a.schemeId());
            assertEquals(16, all(a).filter(i -> i.level() == LEVEL_1).count());
            assertEquals(16, all(a).filter(i -> i.level() == LEVEL_2).count());
            assertTrue(all(a).allMatch(i -> i.outcome() == Outcome.MET), a.summaryEn());
            assertEquals(Set.of(), codes(a));
        }

        @Test
        void communesAtLevel1OnlyGiveTheDistrictLevel1() {
            Assessment a = district().communes(20, 18, 0).evaluate();
            assertEquals(Verdict.LEVEL_1, a.verdict(), a.summaryEn());
            assertEquals(Outcome.NOT_MET, indicator(a, "TT25.H.C4.1", LEVEL_2).outcome());
            assertEquals(Outcome.NOT_MET, a.level(LEVEL_2).orElseThrow().results().get(3).outcome(),
                    "criterion 4 at level 2");
        }

        @Test
        void districtsAtLevel1OnlyGiveTheProvinceLevel1() {
            assertEquals(Verdict.LEVEL_1, province().districts(8, 8, 0).evaluate().verdict());
        }

        @ParameterizedTest
        @EnumSource(value = DistrictInput.class, names = {"AWARENESS", "PROGRAMMES_AND_GUIDANCE",
                "LIFELONG_LEARNING_WEEK", "STATE_BUDGET", "SOCIAL_RESOURCES", "POLICIES_CARRIED_OUT",
                "DIGITAL_SERVICES", "SCHOOLS_DIGITAL", "PUBLIC_LIBRARY", "CULTURE_CENTRE"})
        @DisplayName("one district statement 'no' fails its indicator and both levels")
        void oneDistrictStatementNoFailsBothLevels(DistrictInput input) {
            Assessment a = district().states(input, false).evaluate();
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
            List<IndicatorResult> failed = all(a).filter(i -> i.outcome() != Outcome.MET).toList();
            assertEquals(2, failed.size(), "one indicator at each level: " + a.summaryEn());
            for (IndicatorResult r : failed) {
                assertEquals(Outcome.NOT_MET, r.outcome());
                assertEquals(Reason.STATED_NOT_DONE, r.reason());
                assertEquals(input.jsonName(), r.measurements().get(0).input());
            }
        }

        @ParameterizedTest
        @EnumSource(value = ProvinceInput.class, names = {"AWARENESS", "PROGRAMMES_AND_GUIDANCE",
                "EMULATION_MOVEMENT", "STATE_BUDGET", "CENTRAL_POLICIES", "LOCAL_POLICIES",
                "INTERNATIONAL_COOPERATION", "DIGITAL_SERVICES", "UNIVERSITY_DIGITAL", "SCHOOLS_DIGITAL",
                "PUBLIC_LIBRARY", "RADIO_TV_OPEN_RESOURCES"})
        @DisplayName("one province statement 'no' fails its indicator and both levels")
        void oneProvinceStatementNoFailsBothLevels(ProvinceInput input) {
            Assessment a = province().states(input, false).evaluate();
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
            List<IndicatorResult> failed = all(a).filter(i -> i.outcome() != Outcome.MET).toList();
            assertEquals(2, failed.size(), "one indicator at each level: " + a.summaryEn());
            failed.forEach(r -> assertEquals(Reason.STATED_NOT_DONE, r.reason()));
        }

        @Test
        @DisplayName("TT 25 has no evidence clause: statements and figures without evidence still count")
        void evidenceIsRecordedButNotRequired() {
            for (Assessment a : List.of(district().withoutEvidence().evaluate(),
                    province().withoutEvidence().evaluate())) {
                assertEquals(Verdict.LEVEL_2, a.verdict(), a.summaryEn());
                all(a).flatMap(i -> i.measurements().stream()).forEach(m -> {
                    assertEquals(0, m.evidenceCount());
                    assertEquals(Reason.REQUIREMENT_MET, m.reason());
                    // a text that speaks of evidence must say that none was given and none is required
                    assertEquals(m.textVi().contains("minh chứng"),
                            m.textVi().contains("không có minh chứng, không bắt buộc"), m.textVi());
                });
            }
            assertTrue(indicator(district().evaluate(), "TT25.H.C1.1", LEVEL_1).explanationVi()
                    .contains("(1 minh chứng)"), "evidence given is still shown");
        }

        @Test
        @DisplayName("the level-2 criteria contain the level-1 ones, so level 2 never comes without level 1")
        void levelsAreNested() {
            Assessment a = district().communes(20, 1, 18).evaluate();
            assertEquals(Verdict.LEVEL_2, a.verdict());
            assertEquals(Outcome.MET, a.level(LEVEL_1).orElseThrow().outcome());
            assertFalse(codes(a).contains("LEVEL_2_WITHOUT_LEVEL_1"));
        }
    }

    @Nested
    @DisplayName("missing data")
    class MissingData {
        @Test
        void aMissingStatementLeavesTheVerdictOpenAndNamesItsPath() {
            Assessment a = district().states(DistrictInput.CULTURE_CENTRE, null).evaluate();
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(Set.of("$.attestations.cultureCentre"), paths(a));
            IndicatorResult r = indicator(a, "TT25.H.C3.3", LEVEL_2);
            assertEquals(Outcome.UNDETERMINED, r.outcome());
            assertEquals(Reason.MISSING_INPUT, r.reason());
        }

        @Test
        void missingCommuneCountsNameTheirPaths() {
            assertEquals(Set.of("$.communes"), paths(district().communes(null).evaluate()));
            Assessment noLevel2 = district().communes(20, 18, null).evaluate();
            assertEquals(Verdict.NOT_DETERMINED, noLevel2.verdict());
            assertEquals(Set.of("$.communes.level2"), paths(noLevel2));
            assertEquals(Outcome.UNDETERMINED, indicator(noLevel2, "TT25.H.C4.1", LEVEL_1).outcome());
        }

        @Test
        @DisplayName("level 2 decided by the level-2 count alone gives level 2 while the level-1 share stays open")
        void level2CountAloneCanDecide() {
            Assessment a = district().communes(20, null, 19).evaluate();
            assertEquals(Verdict.LEVEL_2, a.verdict());
            assertEquals(Outcome.UNDETERMINED, indicator(a, "TT25.H.C4.1", LEVEL_1).outcome());
            assertEquals(Set.of("$.communes.level1"), paths(a));
        }

        @Test
        void missingYearOnYearFiguresNameTheirPaths() {
            assertEquals(Set.of("$.perCapitaIncome"), paths(district().income(null).evaluate()));
            assertEquals(Set.of("$.employmentRate.current"),
                    paths(district().employment(figures("67.5", null)).evaluate()));
            Assessment a = province().poverty(figures(null, null)).grdp(null).evaluate();
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(Set.of("$.povertyRate.previous", "$.povertyRate.current", "$.grdp"), paths(a));
            assertTrue(indicator(a, "TT25.T.C4.2", LEVEL_1).explanationVi().contains("năm 2023 và năm 2024"));
        }

        @Test
        void missingProgrammeCountsAndDistrictsNameTheirPaths() {
            Assessment a = province().museumProgrammes(null).radioTvProgrammes(null).districts(null).evaluate();
            assertEquals(Verdict.NOT_DETERMINED, a.verdict());
            assertEquals(Set.of("$.museumProgrammes", "$.radioTvProgrammes", "$.districts"), paths(a));
        }

        @Test
        @DisplayName("a failure elsewhere decides the verdict even while data are missing")
        void aFailureDecidesDespiteMissingData() {
            Assessment a = province().museumProgrammes(2).districts(null).evaluate();
            assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
            assertFalse(a.missingInputs().isEmpty());
        }

        @Test
        void anEmptyRequestIsNotDeterminedAndEveryOpenIndicatorNamesWhatIsMissing() {
            Assessment d = Tt25Requests.EVALUATOR.evaluate(new vn.hoctap.model.request.DistrictEvaluationRequest(
                    2024, null, district().build().district(), null, null, null, null, null));
            Assessment p = Tt25Requests.EVALUATOR.evaluate(new vn.hoctap.model.request.ProvinceEvaluationRequest(
                    2024, null, province().build().province(), null, null, null, null, null, null, null, null));
            for (Assessment a : List.of(d, p)) {
                assertEquals(Verdict.NOT_DETERMINED, a.verdict());
                all(a).forEach(i -> {
                    assertEquals(Outcome.UNDETERMINED, i.outcome(), i.indicatorId());
                    assertFalse(i.missingInputs().isEmpty(), i.indicatorId());
                });
            }
            assertEquals(10 + 1 + 2, paths(d).size(), "10 statements, the commune counts, two year-on-year figures: "
                    + paths(d));
            assertEquals(12 + 2 + 1 + 2, paths(p).size(), "12 statements, two programme counts, the district counts,"
                    + " two year-on-year figures: " + paths(p));
        }
    }

    @Nested
    @DisplayName("applicability: the university under the province (Art. 16.3.a)")
    class Applicability {
        @Test
        void aProvinceThatRunsNoUniversityHasNothingToJudgeThere() {
            Assessment a = province().provincialUniversity(false).states(ProvinceInput.UNIVERSITY_DIGITAL, false)
                    .evaluate();
            for (Level level : Level.values()) {
                IndicatorResult r = indicator(a, "TT25.T.C3.1", level);
                assertEquals(Outcome.NOT_APPLICABLE, r.outcome());
                // Not the text's words: the library's reading, said so in the reason and the sentence.
                assertEquals(Reason.LIBRARY_READING, r.reason());
                assertTrue(r.explanationVi().contains("cách đọc của thư viện"), r.explanationVi());
                assertTrue(r.explanationEn().contains("library's reading"), r.explanationEn());
            }
            assertEquals(Verdict.LEVEL_2, a.verdict());
        }

        @Test
        void aProvinceThatRunsOneOrDoesNotSayIsJudgedAsWritten() {
            for (Boolean runsOne : new Boolean[] {true, null}) {
                Assessment a = province().provincialUniversity(runsOne)
                        .states(ProvinceInput.UNIVERSITY_DIGITAL, false).evaluate();
                assertEquals(Outcome.NOT_MET, indicator(a, "TT25.T.C3.1", LEVEL_1).outcome(), "flag " + runsOne);
                assertEquals(Verdict.NOT_RECOGNISED, a.verdict());
                assertEquals(Outcome.MET, indicator(province().provincialUniversity(runsOne).evaluate(),
                        "TT25.T.C3.1", LEVEL_2).outcome());
            }
        }

        @Test
        void everyOtherIndicatorAppliesToEveryDistrictAndProvince() {
            assertTrue(all(district().evaluate()).noneMatch(i -> i.outcome() == Outcome.NOT_APPLICABLE));
            assertEquals(Set.of("TT25.T.C3.1"), all(province().provincialUniversity(false).evaluate())
                    .filter(i -> i.outcome() == Outcome.NOT_APPLICABLE).map(IndicatorResult::indicatorId)
                    .collect(Collectors.toSet()));
        }
    }

    @Nested
    @DisplayName("procedure and calendar (Art. 10.4, 14, 15.4, 19)")
    class Calendar {
        @Test
        void districtDossierBefore30AprilDecisionBefore31MayKeptThreeYears() {
            Assessment a = district().evaluate();
            assertEquals(LocalDate.of(2025, 4, 30), a.calendar().dossierDueBefore());
            assertEquals(LocalDate.of(2025, 5, 31), a.calendar().decisionDueBefore());
            assertNull(a.calendar().decisionWithinWorkingDays());
            assertEquals(LocalDate.of(2027, 12, 31), a.calendar().validUntil());
        }

        @Test
        void provinceDossierBefore31JulyDecisionWithin20WorkingDays() {
            Assessment a = province().evaluate();
            assertEquals(LocalDate.of(2025, 7, 31), a.calendar().dossierDueBefore());
            assertNull(a.calendar().decisionDueBefore());
            assertEquals(20, a.calendar().decisionWithinWorkingDays());
            assertEquals(LocalDate.of(2027, 12, 31), a.calendar().validUntil());
        }

        @Test
        void theProceduresNameTheirAuthorities() {
            var catalogue = Tt25Requests.EVALUATOR.catalogue();
            var h = catalogue.scheme("TT25.H").orElseThrow().procedure();
            assertEquals("Giám đốc Sở Giáo dục và Đào tạo", h.authorityVi());
            assertEquals(vn.hoctap.model.subject.AdministrativeTier.PROVINCE, h.authorityTier());
            var t = catalogue.scheme("TT25.T").orElseThrow().procedure();
            assertEquals("Bộ trưởng Bộ Giáo dục và Đào tạo", t.authorityVi());
            assertNull(t.authorityTier(), "the Minister is not a local authority");
            for (String id : List.of("TT25.X", "TT25.H", "TT25.T")) {
                var scheme = catalogue.scheme(id).orElseThrow();
                assertNull(scheme.evidenceRule(), id + ": TT 25 has no evidence clause at any tier");
                assertTrue(scheme.evidenceReadingEn().contains("never required"), id + ": the reading is recorded");
            }
        }

        @Test
        @DisplayName("level 2 may be asked for only 12 months after the level-1 decision")
        void upgradeWaitingPeriod() {
            Assessment a = district().recognition(recognition(LEVEL_1, 2023, LocalDate.of(2024, 5, 20))).evaluate();
            assertEquals(LocalDate.of(2025, 5, 20), a.calendar().level2RequestableFrom());
            assertTrue(codes(a).contains("LEVEL_2_NOT_YET_REQUESTABLE"), "allowed only after the 30/04 deadline");
            Assessment early = province().recognition(recognition(LEVEL_1, 2023, LocalDate.of(2024, 6, 15)))
                    .evaluate();
            assertEquals(LocalDate.of(2025, 6, 15), early.calendar().level2RequestableFrom());
            assertFalse(codes(early).contains("LEVEL_2_NOT_YET_REQUESTABLE"), "before the 31/07 deadline");
            assertEquals(LocalDate.of(2026, 12, 31), early.calendar().currentRecognitionValidUntil());
        }
    }

    @Nested
    @DisplayName("the district tier abolished on 01/07/2025")
    class Abolition {
        @Test
        void aDistrictEvaluatedAfterTheAbolitionSaysTheTierNoLongerExists() {
            Assessment a = district().year(2025).evaluate();
            assertTrue(codes(a).contains("TIER_ABOLISHED"), a.notices().toString());
            Notice n = a.notices().stream().filter(x -> x.code().equals("TIER_ABOLISHED")).findFirst().orElseThrow();
            assertTrue(n.textVi().contains("01/07/2025") && n.textVi().contains("cấp huyện"), n.textVi());
            assertTrue(n.textEn().contains("2025-07-01"), n.textEn());
            assertEquals(Verdict.LEVEL_2, a.verdict(), "the text is still applied as written");
            assertTrue(codes(district().year(2024).referenceDate(LocalDate.of(2025, 7, 1)).evaluate())
                    .contains("TIER_ABOLISHED"));
        }

        @Test
        void aDistrictEvaluatedFor2024WithItsDecisionDueBeforeTheAbolitionHasNoNotice() {
            assertFalse(codes(district().year(2024).evaluate()).contains("TIER_ABOLISHED"));
            assertFalse(codes(district().referenceDate(LocalDate.of(2025, 6, 30)).evaluate())
                    .contains("TIER_ABOLISHED"));
        }

        @Test
        void aProvinceCountingDistrictsAfterTheAbolitionSaysSoPlainly() {
            Assessment a = province().year(2025).evaluate();
            Notice n = a.notices().stream().filter(x -> x.code().equals("COUNTED_TIER_ABOLISHED")).findFirst()
                    .orElseThrow(() -> new AssertionError(a.notices().toString()));
            assertEquals(Notice.Severity.WARNING, n.severity());
            assertTrue(n.textVi().contains("Chỉ tiêu 4.1") && n.textVi().contains("01/07/2025")
                    && n.textVi().contains("không còn cấp huyện") && n.textVi().contains("điểm a khoản 4 Điều 16"),
                    n.textVi());
            assertTrue(n.textEn().contains("Indicator 4.1") && n.textEn().contains("2025-07-01")
                    && n.textEn().contains("no longer exists"), n.textEn());
            assertEquals(Verdict.NOT_DETERMINED, a.verdict(), "no districts to count: undetermined, never not met");
            IndicatorResult i = indicator(a, "TT25.T.C4.1", LEVEL_1);
            assertEquals(Outcome.UNDETERMINED, i.outcome());
            assertEquals(Reason.SUBJECT_NO_LONGER_EXISTS, i.reason());
            assertTrue(i.missingInputs().isEmpty(), "no data would decide it");
            assertTrue(a.summaryEn().contains("subject no longer exists"), a.summaryEn());
            assertFalse(codes(a).contains("TIER_ABOLISHED"), "the province tier itself still exists");
            assertFalse(codes(a).contains("AUTHORITY_TIER_ABOLISHED"));
        }

        @Test
        void theNoticeAlsoComesWhenTheDistrictCountsAreMissingOrTheDateIsLater() {
            assertTrue(codes(province().year(2025).districts(null).evaluate()).contains("COUNTED_TIER_ABOLISHED"));
            assertTrue(codes(province().referenceDate(LocalDate.of(2025, 7, 1)).evaluate())
                    .contains("COUNTED_TIER_ABOLISHED"));
        }

        @Test
        void aProvinceCountingDistrictsFor2024HasNoNotice() {
            assertEquals(Set.of(), codes(province().evaluate()));
            assertEquals(Set.of(), codes(province().referenceDate(LocalDate.of(2025, 6, 30)).evaluate()));
        }
    }

    @Nested
    @DisplayName("dates the text covers")
    class InForce {
        @Test
        void nothingIsEvaluatedBeforeTt25CameIntoForce() {
            assertThrows(NoSchemeInForceException.class, () -> district().year(2023).evaluate());
            assertThrows(NoSchemeInForceException.class,
                    () -> province().referenceDate(LocalDate.of(2024, 2, 11)).evaluate());
            assertEquals(Verdict.LEVEL_2, province().referenceDate(LocalDate.of(2024, 2, 12)).evaluate().verdict());
        }

        @Test
        void bothLevelsAreJudgedUnderTheirOwnArticles() {
            Assessment a = district().evaluate();
            LevelResult one = a.level(LEVEL_1).orElseThrow();
            LevelResult two = a.level(LEVEL_2).orElseThrow();
            assertEquals(11, one.criteriaCitation().article());
            assertEquals(12, two.criteriaCitation().article());
            assertEquals("a", one.conditionCitation().point());
            assertEquals("b", two.conditionCitation().point());
            assertEquals(12, indicator(a, "TT25.H.C4.1", LEVEL_2).citation().article());
            assertEquals(11, indicator(a, "TT25.H.C1.1", LEVEL_2).citation().article(),
                    "Art. 12.1 refers to Art. 11.1, whose content is cited");
        }
    }
}
