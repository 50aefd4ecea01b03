package vn.hoctap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.text.AssessmentRenderer;
import vn.hoctap.model.text.Language;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * The bundled illustrative pack does what its README says: one number, one criterion added, one switched off, and
 * every number the association's titles leave open.
 */
class ProvincePackExampleTest {
    private static final String LAYER = "Tỉnh Ví Dụ (minh họa)";
    private static final Evaluator NATIONAL = Evaluator.national();
    private static final Evaluator EXAMPLE = Evaluator.builder()
            .add(ProvincePack.fromClasspath(ProvincePackExample.PACK, ProvincePackExampleTest.class.getClassLoader()))
            .build();

    /** The commune committee has 52 members: 28 is below 55 % (53.8 %) yet above the national 50 %; 29 is 55.8 %. */
    @ParameterizedTest
    @CsvSource({"28, MET, NOT_MET", "29, MET, MET"})
    void theLevel1LanguageShareIs55PercentInsteadOf50(int certificates, Outcome national, Outcome example) {
        UnitEvaluationRequest r = withLanguageCertificates(UnitAssessmentExample.load("01-ubnd-xa-tan-lap.json"),
                certificates);
        assertEquals(national, NATIONAL.evaluate(r).indicator("TT24.C2.4", Level.LEVEL_1).orElseThrow().outcome());
        IndicatorResult i = EXAMPLE.evaluate(r).indicator("TT24.C2.4", Level.LEVEL_1).orElseThrow();
        assertEquals(example, i.outcome());
        assertEquals(LAYER, i.measurements().get(0).parameterLayer());
        assertEquals("≥ 55 %", i.measurements().get(0).threshold());
    }

    @Test
    void criterion4JoinsTheDistrictSchemeAfterCriterion2AndCriterion3IsSwitchedOff() {
        Assessment a = EXAMPLE.evaluate(UnitAssessmentExample.load("01-ubnd-xa-tan-lap.json"));
        List<CriterionResult> level1 = a.level(Level.LEVEL_1).orElseThrow().results();
        assertEquals(List.of("TT24.C1", "TT24.C2", "TVD.C4"), level1.stream().map(CriterionResult::criterionId).toList());
        assertEquals(List.of("national", "national", LAYER), level1.stream().map(CriterionResult::layer).toList());
        assertEquals(Outcome.NOT_APPLICABLE, a.indicator("TVD.C4.1", Level.LEVEL_1).orElseThrow().outcome(),
                "criterion 4 concerns economic organisations only");
        Notice off = a.notices().stream().filter(n -> n.code().equals("CRITERION_SWITCHED_OFF")).findFirst()
                .orElseThrow();
        assertTrue(off.textVi().contains("TT24.H.C3") && off.textVi().contains("Điều 4, 01/2024/QĐ-UBND (minh họa)"));
        Notice illustration = a.notices().stream().filter(n -> n.code().equals("ILLUSTRATIVE_PACK")).findFirst()
                .orElseThrow();
        assertEquals(Notice.Severity.WARNING, illustration.severity());
    }

    @Test
    void criterion4AppliesToTheEnterpriseAndAsksForTheCountItsRecordsLack() {
        Assessment a = EXAMPLE.evaluate(UnitAssessmentExample.load("04-cong-ty-may-hoa-binh.json"));
        IndicatorResult i = a.indicator("TVD.C4.1", Level.LEVEL_1).orElseThrow();
        assertEquals(Outcome.UNDETERMINED, i.outcome(), i.explanationVi());
        assertEquals(LAYER, i.layer());
        assertTrue(i.missingInputs().stream().anyMatch(m -> m.path().contains("languageCertificate")),
                i.missingInputs().toString());
    }

    @Test
    void theExamplePrintsTheLayerOfEveryCriterionAndIndicator() {
        String text = ProvincePackExample.render(EXAMPLE.evaluate(UnitAssessmentExample.load(
                "01-ubnd-xa-tan-lap.json")));
        assertTrue(text.contains("Tiêu chí 4 TVD.C4     lớp: " + LAYER), text);
        assertTrue(text.contains("ngưỡng ≥ 55 % (TT24.C2.4.MIN_PERCENT, lớp " + LAYER + ")"), text);
        assertTrue(text.contains("[CRITERION_SWITCHED_OFF]"), text);
    }

    /**
     * Each of the pack's four title samples gets a verdict, and every number its indicators were measured against
     * came from the pack's layer (the national layer gives none of them).
     */
    @Test
    void everyTitleSampleIsDecidedWithThePacksNumbers() {
        assertEquals(4, ProvincePackExample.TITLE_SAMPLES.size());
        for (ProvincePackExample.TitleSample t : ProvincePackExample.TITLE_SAMPLES) {
            Assessment a = t.evaluate(EXAMPLE);
            assertNotEquals(Verdict.NOT_DETERMINED, a.verdict(), t.file() + ": " + a.summaryVi());
            List<Measurement> numbers = a.levels().stream().flatMap(l -> l.results().stream())
                    .flatMap(c -> c.indicators().stream()).flatMap(i -> i.measurements().stream())
                    .filter(m -> m.parameterId() != null).toList();
            assertTrue(numbers.stream().allMatch(m -> LAYER.equals(m.parameterLayer())), t.file() + ": " + numbers);
            if (!t.file().startsWith("dong-ho")) {
                // The clan's indicators are attested, not counted: only its points come from the pack.
                assertFalse(numbers.isEmpty(), t.file());
            }
        }
    }

    /** The household's disabled child is left out of the school-age count, so 1 of 1 child at school meets 100 %. */
    @Test
    void theHouseholdLeavesOutTheChildUnableToLearnAndCarriesThePacksName() {
        Assessment a = ProvincePackExample.TITLE_SAMPLES.get(0).evaluate(EXAMPLE);
        assertEquals("KHVN.GD", a.schemeId());
        assertEquals(Verdict.LEVEL_1, a.verdict(), a.summaryVi());
        assertEquals("“Gia đình hiếu học” (minh họa)", a.schemeNameVi());
        IndicatorResult children = a.indicator("KHVN.GD.C1.1", Level.LEVEL_1).orElseThrow();
        assertEquals(Outcome.MET, children.outcome());
        assertTrue(children.explanationVi().contains("1/1") && children.explanationVi().contains("khuyết tật"),
                children.explanationVi());
        assertTrue(a.notices().stream().anyMatch(n -> n.code().equals("SCHEME_RENAMED")), a.notices().toString());
    }

    /** Without the pack the same household is refused, naming a number the association's framework leaves open. */
    @Test
    void withoutThePackTheHouseholdIsRefusedForWantOfANumber() {
        MissingParameterException e = assertThrows(MissingParameterException.class,
                () -> ProvincePackExample.TITLE_SAMPLES.get(0).evaluate(NATIONAL));
        assertTrue(e.parameterId().startsWith("KHVN.GD."), e.getMessage());
    }

    @Test
    void theTitlesSectionPrintsTheExplanationAndTheLayerOfEachNumber() {
        Assessment a = ProvincePackExample.TITLE_SAMPLES.get(2).evaluate(EXAMPLE);
        String text = AssessmentRenderer.text(Language.VI).render(a) + ProvincePackExample.render(a);
        assertTrue(text.contains("160/212"), text);
        assertTrue(text.contains("(KHVN.CD.C1.1.MIN_PERCENT, lớp " + LAYER + ")"), text);
    }

    /**
     * Proves that the association's titles, which have no levels, are printed as titles earned or not, in the
     * library's report and in the example's own layer listing alike, and never as "mức độ 1".
     */
    @Test
    void titlesWithoutLevelsArePrintedAsTitlesNotAsLevel1() {
        for (ProvincePackExample.TitleSample t : ProvincePackExample.TITLE_SAMPLES) {
            Assessment a = t.evaluate(EXAMPLE);
            String text = AssessmentRenderer.text(Language.VI).render(a) + ProvincePackExample.render(a);
            assertFalse(a.hasLevels(), t.file());
            assertTrue(text.contains("Kết luận: " + a.verdictNames().vi()), text);
            assertTrue(text.contains("đạt danh hiệu"), text);
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("mức độ 1"), text);
        }
    }

    /**
     * The pack's source folder, sample requests in {@code mau/} included, loads as a directory pack (the samples are
     * declared in pack.json, so they are not taken for forgotten files) and is the same layer as on the class path.
     */
    @Test
    void theSourceFolderLoadsAsADirectoryPackWithTheSameDigest() {
        Path folder = Path.of("src/main/resources", ProvincePackExample.PACK);
        assertTrue(Files.isDirectory(folder.resolve("mau")), folder.toAbsolutePath().toString());
        Evaluator fromFolder = Evaluator.builder().add(ProvincePack.fromDirectory(folder)).build();
        LocalDate date = LocalDate.of(2024, 12, 31);
        assertEquals(EXAMPLE.layers(date), fromFolder.layers(date));
        UnitEvaluationRequest r = UnitAssessmentExample.load("01-ubnd-xa-tan-lap.json");
        assertEquals(EXAMPLE.evaluate(r).verdict(), fromFolder.evaluate(r).verdict());
    }

    /**
     * The layout lib-rules/README.md shows (the region between the marker lines), named after "your province": each
     * file in it is a file of the example pack, and each but pack.json is one its pack.json lists.
     */
    private static final String LAYOUT = """
            sample:begin layout
            tinh-cua-toi/
              pack.json                     metadata and the list of the pack's files (required)
              don-vi-hoc-tap/               one sub-directory per title the pack adapts (a convention, not a rule)
                parameters.json             numbers: overrides of national parameters, and the pack's own
                overlay.json                criteria added, replaced, switched off; schemes renamed or of the pack's own
                tieu-chi-4.drl              rules judging the indicators the pack adds or replaces
            sample:end layout
            """;

    @Test
    void theReadmeLayoutIsTheExamplePacksOwn() throws java.io.IOException {
        List<String> lines = LAYOUT.lines().filter(l -> !l.contains("sample:")).toList();
        assertEquals("tinh-cua-toi/", lines.get(0));
        List<String> files = new java.util.ArrayList<>();
        String directory = "";
        for (String line : lines.subList(1, lines.size())) {
            String name = line.strip().split("\\s+")[0];
            boolean top = line.startsWith("  ") && !line.startsWith("    ");
            if (name.endsWith("/")) {
                directory = name;
            } else {
                files.add(top ? name : directory + name);
            }
        }
        assertEquals(List.of("pack.json", "don-vi-hoc-tap/parameters.json", "don-vi-hoc-tap/overlay.json",
                "don-vi-hoc-tap/tieu-chi-4.drl"), files);
        ClassLoader loader = ProvincePackExampleTest.class.getClassLoader();
        com.fasterxml.jackson.databind.JsonNode listed;
        try (java.io.InputStream in = loader.getResourceAsStream(ProvincePackExample.PACK + "/pack.json")) {
            listed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("files");
        }
        List<String> all = new java.util.ArrayList<>();
        listed.forEach(kind -> kind.forEach(f -> all.add(f.asText())));
        for (String f : files.subList(1, files.size())) {
            assertTrue(all.contains(f), f + " is not listed in the example's pack.json: " + all);
        }
    }

    /**
     * The validation errors lib-rules/README.md shows (the region between the marker lines): the example pack copied
     * to a directory, its criterion 4 placed after a criterion the scheme does not have and its rule naming an input
     * that does not exist; the copy's directory is written as the README's "/etc/hoctap/tinh-cua-toi".
     */
    private static final String REFUSED = """
            sample:begin refused
            /etc/hoctap/tinh-cua-toi/don-vi-hoc-tap/tieu-chi-4.drl:20: [DRL_ERROR] lỗi Java trong vế then của luật: NO_SUCH_INPUT cannot be resolved or is not a field ($c.requireShare(UnitInput.NO_SUCH_INPUT,) / Java error in a rule's action: NO_SUCH_INPUT cannot be resolved or is not a field ($c.requireShare(UnitInput.NO_SUCH_INPUT,)
            /etc/hoctap/tinh-cua-toi/don-vi-hoc-tap/overlay.json:28: [UNKNOWN_CRITERION] danh hiệu 'TT24.H' không có tiêu chí 'TT24.T.C3' để đặt tiêu chí 'TVD.C4' sau nó; các tiêu chí của danh hiệu: [TT24.C1, TT24.C2, TT24.H.C3] ($.add[0]) / scheme 'TT24.H' has no criterion 'TT24.T.C3' to put 'TVD.C4' after; its criteria: [TT24.C1, TT24.C2, TT24.H.C3] ($.add[0])
            sample:end refused
            """;

    @Test
    void aBrokenCopyOfTheExamplePackIsRefusedWithTheProblemsTheReadmeShows(@org.junit.jupiter.api.io.TempDir
                                                                              java.nio.file.Path temp)
            throws java.io.IOException {
        java.nio.file.Path dir = temp.resolve("tinh-cua-toi");
        ClassLoader loader = ProvincePackExampleTest.class.getClassLoader();
        List<String> files = new java.util.ArrayList<>(List.of("pack.json"));
        try (java.io.InputStream in = loader.getResourceAsStream(ProvincePackExample.PACK + "/pack.json")) {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).get("files")
                    .forEach(kind -> kind.forEach(f -> files.add(f.asText())));
        }
        for (String f : files) {
            java.nio.file.Files.createDirectories(dir.resolve(f).getParent());
            try (java.io.InputStream in = loader.getResourceAsStream(ProvincePackExample.PACK + "/" + f)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\"after\": \"TT24.C2\"", "\"after\": \"TT24.T.C3\"")
                        .replace("UnitInput.MEMBERS_LANGUAGE_CERTIFICATE", "UnitInput.NO_SUCH_INPUT");
                java.nio.file.Files.writeString(dir.resolve(f), text);
            }
        }
        vn.hoctap.rules.pack.PackValidationException e = assertThrows(
                vn.hoctap.rules.pack.PackValidationException.class,
                () -> Evaluator.builder().add(ProvincePack.fromDirectory(dir)).build());
        String shown = e.problems().stream().map(p -> p.toString().replace(dir.toString(), "/etc/hoctap/tinh-cua-toi"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertEquals(REFUSED.lines().filter(l -> !l.contains("sample:")).collect(
                java.util.stream.Collectors.joining("\n")), shown);
    }

    private static UnitEvaluationRequest withLanguageCertificates(UnitEvaluationRequest r, int certificates) {
        MemberCounts m = r.members();
        return new UnitEvaluationRequest(r.evaluationYear(), r.referenceDate(), r.unit(),
                new MemberCounts(m.total(), m.labourDiscipline(), m.completedTraining(),
                        m.trainedInDigitalTransformation(), certificates, m.languageProficiency(), m.advancedWorker(), m.learningCitizen()),
                r.memberList(), r.learners(), r.attestations(), r.digitalMaturity(), r.evidence(), r.recognitions());
    }
}
