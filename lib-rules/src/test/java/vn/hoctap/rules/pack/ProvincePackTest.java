package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.pack.TestPack.DOC;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;

/**
 * What a province pack does to an evaluation: its numbers override national ones, its criteria are judged by its
 * rules alone, switched-off criteria leave the scheme with the province's citation shown, and every criterion,
 * indicator and number says which layer it came from.
 */
class ProvincePackTest {
    /**
     * The case files' test pack (test resources): 2.1 at 95 % for level 1, TT.C4 (language certificates, 60 % / 80 %)
     * added to TT24.T, TT24.C1 switched off there, TT24.T renamed.
     */
    private static final ProvincePack TINH_THU = ProvincePack.fromClasspath("cases/province-pack/tinh-thu",
            ProvincePackTest.class.getClassLoader());
    private static final Evaluator NATIONAL = Evaluator.national();
    private static Evaluator tinhThu;

    @BeforeAll
    static void load() {
        tinhThu = Evaluator.builder().add(TINH_THU).build();
    }

    // --- override ---------------------------------------------------------------------------------------------------

    @Test
    void anOverriddenThresholdJudgesWithTheProvincesNumberAndCitesIt() {
        UnitEvaluationRequest at949 = Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                Map.of(MemberAttribute.LABOUR_DISCIPLINE, 949));
        assertEquals(Outcome.MET, outcome(NATIONAL.evaluate(at949), "TT24.C2.1", Level.LEVEL_1));
        IndicatorResult i = indicator(tinhThu.evaluate(at949), "TT24.C2.1", Level.LEVEL_1);
        assertEquals(Outcome.NOT_MET, i.outcome());
        Measurement m = i.measurements().get(0);
        assertEquals("≥ 95 %", m.threshold());
        assertEquals("TT24.C2.1.MIN_PERCENT", m.parameterId());
        assertEquals("Tỉnh Thử", m.parameterLayer());
        assertEquals("national", i.layer(), "the national rule still judges the indicator; only its number changed");
        assertTrue(i.explanationVi().contains("Ngưỡng theo khoản 1 Điều 2, 99/2024/QĐ-UBND (kiểm thử) (Tỉnh Thử)."),
                i.explanationVi());
        assertTrue(i.explanationEn().contains("Threshold set by 99/2024/QĐ-UBND (kiểm thử), Art. 2(1) (Tỉnh Thử)."),
                i.explanationEn());
        UnitEvaluationRequest at950 = Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                Map.of(MemberAttribute.LABOUR_DISCIPLINE, 950));
        assertEquals(Outcome.MET, outcome(tinhThu.evaluate(at950), "TT24.C2.1", Level.LEVEL_1));
    }

    @Test
    void aLevelThePackDoesNotOverrideKeepsTheNationalNumber() {
        Assessment a = tinhThu.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2024, Map.of()));
        Measurement m = indicator(a, "TT24.C2.1", Level.LEVEL_2).measurements().get(0);
        assertEquals("national", m.parameterLayer());
        assertFalse(m.textVi().contains("Ngưỡng theo"), m.textVi());
    }

    // --- addition, switch-off, rename -------------------------------------------------------------------------------

    @Test
    void anAddedCriterionIsJudgedByTheProvincesRulesInItsPlace() {
        Assessment at600 = tinhThu.evaluate(Units.stateAgency(AdministrativeTier.PROVINCE, 2024,
                Map.of(MemberAttribute.LANGUAGE_CERTIFICATE, 600)));
        List<CriterionResult> level1 = at600.level(Level.LEVEL_1).orElseThrow().results();
        assertEquals(List.of("TT24.C2", "TT.C4", "TT24.T.C3"), level1.stream().map(CriterionResult::criterionId).toList());
        assertEquals(List.of("national", "Tỉnh Thử", "national"), level1.stream().map(CriterionResult::layer).toList());
        IndicatorResult added = indicator(at600, "TT.C4.1", Level.LEVEL_1);
        assertEquals(Outcome.MET, added.outcome());
        assertEquals("Tỉnh Thử", added.layer());
        assertEquals("99/2024/QĐ-UBND (kiểm thử)", added.citation().document());
        assertEquals(Outcome.NOT_MET, outcome(at600, "TT.C4.1", Level.LEVEL_2), "80 % at level 2");
        Assessment at599 = tinhThu.evaluate(Units.stateAgency(AdministrativeTier.PROVINCE, 2024,
                Map.of(MemberAttribute.LANGUAGE_CERTIFICATE, 599)));
        assertEquals(Outcome.NOT_MET, outcome(at599, "TT.C4.1", Level.LEVEL_1));
        assertTrue(notice(at600, "CRITERION_ADDED").textVi().contains("Điều 3, 99/2024/QĐ-UBND (kiểm thử)"));
    }

    @Test
    void aSwitchedOffCriterionIsNotJudgedAndTheAssessmentCitesWhy() {
        UnitEvaluationRequest withoutConditions = Units.stateAgency(AdministrativeTier.PROVINCE, 2024, null, Map.of(),
                false);
        assertEquals(Verdict.NOT_DETERMINED, NATIONAL.evaluate(withoutConditions).verdict());
        Assessment a = tinhThu.evaluate(withoutConditions);
        assertEquals(Verdict.LEVEL_2, a.verdict(), a.summaryVi());
        assertTrue(a.level(Level.LEVEL_1).orElseThrow().results().stream()
                .noneMatch(c -> c.criterionId().equals("TT24.C1")));
        Notice off = notice(a, "CRITERION_SWITCHED_OFF");
        assertTrue(off.textVi().contains("TT24.C1") && off.textVi().contains("Điều 4, 99/2024/QĐ-UBND (kiểm thử)"),
                off.textVi());
        assertTrue(off.textEn().contains("99/2024/QĐ-UBND (kiểm thử), Art. 4"), off.textEn());
        Assessment district = tinhThu.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2024, null, Map.of(),
                false));
        assertEquals(Verdict.NOT_DETERMINED, district.verdict(), "the pack switches TT24.C1 off at province level only");
        assertTrue(district.notices().stream().noneMatch(n -> n.code().equals("CRITERION_SWITCHED_OFF")));
    }

    @Test
    void aRenamedSchemeCarriesTheProvincesNameAndSaysSo() {
        Assessment a = tinhThu.evaluate(Units.stateAgency(AdministrativeTier.PROVINCE, 2024, Map.of()));
        assertEquals("“Đơn vị học tập” cấp tỉnh của Tỉnh Thử", a.schemeNameVi());
        assertTrue(a.summaryVi().contains("“Đơn vị học tập” cấp tỉnh của Tỉnh Thử"), a.summaryVi());
        assertTrue(notice(a, "SCHEME_RENAMED").textVi().contains("“Đơn vị học tập” cấp tỉnh"));
    }

    @Test
    void everyAssessmentSaysWhichPackWasAppliedAndThatAnIllustrationIsNoLaw() {
        Notice n = notice(tinhThu.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2024, Map.of())),
                "ILLUSTRATIVE_PACK");
        assertEquals(Notice.Severity.WARNING, n.severity());
        assertTrue(n.textVi().contains("99/2024/QĐ-UBND (kiểm thử) ngày 20/02/2024"), n.textVi());
        assertTrue(n.textVi().contains("không phải quy định"), n.textVi());
    }

    // --- replacement ------------------------------------------------------------------------------------------------

    @Test
    void aReplacedCriterionIsJudgedByTheProvinceAloneNeverByTheNationalRules(@TempDir Path dir) {
        Evaluator e = Evaluator.builder().add(replacingCriterion2().writeTo(dir)).build();
        // 850 of 1000: national 2.1 would say NOT_MET (90 %); the province's 2.1 asks 80 %.
        Assessment a = e.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                Map.of(MemberAttribute.LABOUR_DISCIPLINE, 850)));
        IndicatorResult i = indicator(a, "TT24.C2.1", Level.LEVEL_1);
        assertEquals(Outcome.MET, i.outcome(), i.explanationVi());
        assertEquals(1, i.measurements().size(), "no national measurement: " + i.measurements());
        assertEquals("TT24.C2.1.LABOUR_MIN_PERCENT", i.measurements().get(0).parameterId());
        assertEquals("Tỉnh Kiểm Thử", i.layer());
        assertEquals(DOC, i.citation().document());
        CriterionResult c2 = a.level(Level.LEVEL_1).orElseThrow().results().stream()
                .filter(c -> c.criterionId().equals("TT24.C2")).findFirst().orElseThrow();
        assertEquals("Tỉnh Kiểm Thử", c2.layer());
        assertEquals(List.of("TT24.C2.1", "KT.C2.6"), c2.indicators().stream().map(IndicatorResult::indicatorId)
                .toList(), "the province's definition, not the national one");
        assertEquals(Outcome.NOT_APPLICABLE, outcome(a, "KT.C2.6", Level.LEVEL_1));
        assertTrue(notice(a, "CRITERION_REPLACED").textVi().contains("Điều 6, " + DOC), a.notices().toString());
        assertEquals("national", a.level(Level.LEVEL_1).orElseThrow().results().get(0).layer());
    }

    // --- a scheme of the pack's own ---------------------------------------------------------------------------------

    @Test
    void aSchemeOfThePacksOwnIsEvaluatedWhenAskedForByItsId(@TempDir Path dir) {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử").overlay("schemes",
                        TestPack.scheme("KT.TB", "TT24.C2", "KT.C4"))
                .edit("parameters.json", "\"parameters\": [", """
                        "parameters": [
                          %s,
                          %s,""".formatted(integer("KT.TB.UPGRADE_WAIT_MONTHS", "24"), integer("KT.TB.RETENTION_YEARS",
                        "2")))
                .writeTo(dir);
        Evaluator e = Evaluator.builder().add(pack).build();
        UnitEvaluationRequest request = Units.stateAgency(AdministrativeTier.PROVINCE, 2024, Map.of());
        assertEquals("TT24.T", e.evaluate(request).schemeId(), "the national scheme stays the default");
        Assessment a = e.evaluate(request, "KT.TB");
        assertEquals("KT.TB", a.schemeId());
        assertEquals(Verdict.LEVEL_1, a.verdict(), a.summaryVi());
        assertEquals(List.of("national", "Tỉnh Kiểm Thử"), a.level(Level.LEVEL_1).orElseThrow().results().stream()
                .map(CriterionResult::layer).toList());
        assertEquals(LocalDate.of(2026, 12, 31), a.calendar().validUntil(), "the pack's own retention, 2 years");
        IllegalArgumentException wrongTier = assertThrows(IllegalArgumentException.class, () -> e.evaluate(
                Units.stateAgency(AdministrativeTier.DISTRICT, 2024, Map.of()), "KT.TB"));
        assertTrue(wrongTier.getMessage().contains("KT.TB"), wrongTier.getMessage());
    }

    // --- parameters only, dates, stacking, sources ------------------------------------------------------------------

    @Test
    void aPackThatOnlyChangesNumbersCompilesNothing(@TempDir Path dir) {
        Evaluator e = Evaluator.builder().add(TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir)).build();
        assertEquals(RulePack.national(), e.packs(), "no rule layer was compiled for the pack");
        Assessment a = e.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                Map.of(MemberAttribute.LABOUR_DISCIPLINE, 949)));
        Measurement m = indicator(a, "TT24.C2.1", Level.LEVEL_1).measurements().get(0);
        assertEquals("Tỉnh Kiểm Thử", m.parameterLayer());
        assertEquals(Outcome.NOT_MET, m.outcome());
    }

    @Test
    void aPackAppliesOnlyToReferenceDatesInItsPeriod(@TempDir Path dir) {
        Evaluator e = Evaluator.builder().add(TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("pack.json", "\"effectiveFrom\": \"2024-03-01\"", "\"effectiveFrom\": \"2025-01-01\"")
                .writeTo(dir)).build();
        UnitEvaluationRequest in2024 = Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                Map.of(MemberAttribute.LABOUR_DISCIPLINE, 949));
        Assessment before = e.evaluate(in2024);
        assertEquals(NATIONAL.evaluate(in2024).levels(), before.levels());
        assertTrue(notice(before, "PROVINCE_PACK_NOT_IN_FORCE").textVi().contains("01/01/2025"));
        Assessment after = e.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2025, LocalDate.of(2025, 6, 30),
                Map.of(MemberAttribute.LABOUR_DISCIPLINE, 949), true));
        assertEquals(Outcome.NOT_MET, outcome(after, "TT24.C2.1", Level.LEVEL_1));
        assertEquals(Outcome.MET, outcome(after, "KT.C4.1", Level.LEVEL_1));
        assertTrue(e.catalogue(LocalDate.of(2024, 12, 31)).criterion("KT.C4").isEmpty());
        assertTrue(e.catalogue(LocalDate.of(2025, 1, 1)).criterion("KT.C4").isPresent());
    }

    @Test
    void aLaterPacksNumberWinsAndEachLayerIsNamed(@TempDir Path a, @TempDir Path b) {
        ProvincePack first = TestPack.parametersOnly("Tỉnh A").writeTo(a);
        ProvincePack second = TestPack.parametersOnly("Tỉnh B")
                .edit("parameters.json", "\"value\": \"95\"", "\"value\": \"92\"").writeTo(b);
        Assessment r = Evaluator.builder().add(first).add(second).build().evaluate(
                Units.stateAgency(AdministrativeTier.DISTRICT, 2024, Map.of(MemberAttribute.LABOUR_DISCIPLINE, 920)));
        Measurement m = indicator(r, "TT24.C2.1", Level.LEVEL_1).measurements().get(0);
        assertEquals("Tỉnh B", m.parameterLayer());
        assertEquals(Outcome.MET, m.outcome());
        assertEquals(2, r.notices().stream().filter(n -> n.code().equals("ILLUSTRATIVE_PACK")).count());
    }

    @Test
    void aPackReadFromTheClasspathEqualsTheSamePackReadFromItsDirectory() throws Exception {
        Path directory = Path.of(ProvincePackTest.class.getResource("/cases/province-pack/tinh-thu").toURI());
        // The loading sample of lib-rules/README.md.
        // sample:begin load
        Evaluator evaluator = Evaluator.builder()
                .add(ProvincePack.fromDirectory(directory))   // e.g. Path.of("/etc/hoctap/tinh-cua-toi")
                // or ProvincePack.fromClasspath("vn/hoctap/examples/packs/tinh-vi-du", MyApp.class.getClassLoader())
                .build();   // reads, compiles and checks everything now; throws PackValidationException
        // sample:end load
        UnitEvaluationRequest r = Units.stateAgency(AdministrativeTier.PROVINCE, 2024,
                Map.of(MemberAttribute.LANGUAGE_CERTIFICATE, 700));
        assertEquals(tinhThu.evaluate(r), evaluator.evaluate(r));
        assertEquals("classpath:cases/province-pack/tinh-thu", TINH_THU.location());
    }

    @Test
    void anAssessmentWithLayersReadsBackFromItsJson() {
        Assessment a = tinhThu.evaluate(Units.stateAgency(AdministrativeTier.PROVINCE, 2024, Map.of()));
        String json = HoctapJson.write(a);
        assertTrue(json.contains("\"layer\" : \"Tỉnh Thử\""), json);
        assertEquals(a, HoctapJson.read(json, Assessment.class));
    }

    // --- robustness -------------------------------------------------------------------------------------------------

    @Test
    void theEvaluatorTheHostAlreadyHasKeepsWorkingWhenABrokenPackIsRefused(@TempDir Path broken) {
        UnitEvaluationRequest r = Units.stateAgency(AdministrativeTier.PROVINCE, 2024,
                Map.of(MemberAttribute.LANGUAGE_CERTIFICATE, 700));
        Assessment before = tinhThu.evaluate(r);
        ProvincePack bad = TestPack.withRules("Tỉnh Hỏng")
                .edit("rules/kt.drl", "indicatorId == \"KT.C4.1\" )", "indicatorId == == \"KT.C4.1\" )")
                .writeTo(broken);
        assertThrows(PackValidationException.class, () -> Evaluator.builder().add(TINH_THU).add(bad).build());
        assertEquals(before, tinhThu.evaluate(r), "the evaluator built before is untouched");
        assertEquals(before, Evaluator.builder().add(TINH_THU).build().evaluate(r), "and building again works");
        assertNotEquals(NATIONAL.evaluate(r).levels(), before.levels());
    }

    @Test
    void anEvaluatorWithAPackGivesFromManyThreadsWhatItGivesFromOne() throws Exception {
        List<UnitEvaluationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(Units.stateAgency(i % 2 == 0 ? AdministrativeTier.PROVINCE : AdministrativeTier.DISTRICT,
                    2024, null, Map.of(MemberAttribute.LANGUAGE_CERTIFICATE, 560 + 10 * i,
                            MemberAttribute.LABOUR_DISCIPLINE, 930 + i), i % 3 != 0));
        }
        List<Assessment> sequential = requests.stream().map(tinhThu::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (UnitEvaluationRequest r : requests) {
                    futures.add(pool.submit(() -> tinhThu.evaluate(r)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % requests.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** Replaces TT24.C2 by a definition with TT24.C2.1 at 80 % (its own parameter) and a new KT.C2.6. */
    private static TestPack replacingCriterion2() {
        return TestPack.withRules("Tỉnh Kiểm Thử")
                .file("parameters.json", """
                        {
                          "parameters": [
                            {
                              "id": "TT24.C2.1.LABOUR_MIN_PERCENT", "type": "PERCENT",
                              "nameVi": "tỉ lệ tối thiểu thành viên tuân thủ kỷ luật lao động (của tỉnh)",
                              "nameEn": "minimum share of members keeping labour discipline (the province's)",
                              "values": [ { "value": "80", "from": "2024-03-01",
                                            "citation": { "document": "%s", "article": 6, "clause": 1 },
                                            "status": "VERIFIED" } ]
                            }
                          ]
                        }
                        """.formatted(DOC))
                .file("overlay.json", """
                        {
                          "criteria": [
                            {
                              "id": "TT24.C2", "number": 2,
                              "nameVi": "Về kết quả học tập của thành viên (theo quy định của tỉnh)",
                              "nameEn": "Members' learning results (as the province sets them)",
                              "indicators": [
                                { "id": "TT24.C2.1", "number": "2.1",
                                  "nameVi": "Thành viên tuân thủ kỷ luật lao động", "nameEn": "Members keep labour discipline",
                                  "citations": { "LEVEL_1": { "document": "%1$s", "article": 6, "clause": 1 },
                                                 "LEVEL_2": { "document": "%1$s", "article": 6, "clause": 1 } },
                                  "status": "VERIFIED", "effectiveFrom": "2024-03-01" },
                                { "id": "KT.C2.6", "number": "2.6",
                                  "nameVi": "Đơn vị chia sẻ tri thức", "nameEn": "The unit shares knowledge",
                                  "citations": { "LEVEL_1": { "document": "%1$s", "article": 6, "clause": 2 } },
                                  "status": "VERIFIED", "effectiveFrom": "2024-03-01",
                                  "applicabilityVi": "đơn vị không phải cơ quan nhà nước",
                                  "applicabilityEn": "units other than state agencies" }
                              ]
                            }
                          ],
                          "replace": [ { "criterion": "TT24.C2", "citation": { "document": "%1$s", "article": 6 } } ]
                        }
                        """.formatted(DOC))
                .file("rules/kt.drl", """
                        package vn.hoctap.packs.kiemthu;

                        import vn.hoctap.rules.engine.Check;
                        import vn.hoctap.rules.engine.UnitProfile;
                        import vn.hoctap.model.request.UnitInput;
                        import vn.hoctap.model.subject.OrganisationKind;

                        rule "TT24.C2.1 as the province reads it"
                        when
                            $c : Check( indicatorId == "TT24.C2.1" )
                        then
                            $c.requireShare(UnitInput.MEMBERS_LABOUR_DISCIPLINE, "TT24.C2.1.LABOUR_MIN_PERCENT");
                        end

                        rule "KT.C2.6 does not apply to state agencies"
                        when
                            $c : Check( indicatorId == "KT.C2.6" )
                            UnitProfile( kind == OrganisationKind.STATE_AGENCY )
                        then
                            $c.notApplicable();
                        end

                        rule "KT.C2.6 other units share knowledge"
                        when
                            $c : Check( indicatorId == "KT.C2.6" )
                            not UnitProfile( kind == OrganisationKind.STATE_AGENCY )
                        then
                            $c.requireStatement(UnitInput.LEARNING_ENVIRONMENT);
                        end
                        """);
    }

    private static String integer(String id, String value) {
        return """
                { "id": "%s", "type": "INTEGER", "nameVi": "số tháng hoặc năm (của tỉnh)", "nameEn": "months or years",
                  "values": [ { "value": "%s", "from": "2024-03-01",
                                "citation": { "document": "%s", "article": 11 }, "status": "VERIFIED" } ] }"""
                .formatted(id, value, DOC);
    }

    private static IndicatorResult indicator(Assessment a, String id, Level level) {
        return a.indicator(id, level).orElseThrow(() -> new AssertionError(id + " not judged at " + level));
    }

    private static Outcome outcome(Assessment a, String id, Level level) {
        return indicator(a, id, level).outcome();
    }

    private static Notice notice(Assessment a, String code) {
        return a.notices().stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + a.notices()));
    }
}
