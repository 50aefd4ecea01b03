package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.pack.RefusedBuilds.only;
import static vn.hoctap.rules.pack.RefusedBuilds.problems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * The overlay sample of the pack guide (lib-rules/README.md, "3. Overlay") is the overlay file of the illustration
 * pack {@code cases/province-pack/tinh-lop-phu}: each key does what the guide says it does.
 */
class OverlaySampleTest {
    private static final String PACK = "cases/province-pack/tinh-lop-phu";
    private static final String LAYER = "Tỉnh Lớp Phủ (minh họa)";
    private static final String DOC = "02/2024/QĐ-UBND (minh họa)";
    private static final Evaluator NATIONAL = Evaluator.national();
    private static Evaluator pack;

    @BeforeAll
    static void load() {
        pack = Evaluator.builder().add(ProvincePack.fromClasspath(PACK, OverlaySampleTest.class.getClassLoader()))
                .build();
    }

    /** {@code replace}: TT24.C2 is judged by the pack's definition and rule alone (80 % where the Circular asks 90 %). */
    @Test
    void theReplacedCriterionIsJudgedByThePacksRuleAlone() {
        UnitEvaluationRequest at850 = Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                Map.of(MemberAttribute.LABOUR_DISCIPLINE, 850));
        assertEquals(Outcome.NOT_MET, NATIONAL.evaluate(at850).indicator("TT24.C2.1", Level.LEVEL_1)
                .orElseThrow().outcome());
        Assessment a = pack.evaluate(at850);
        IndicatorResult i = indicator(a, "TT24.C2.1", Level.LEVEL_1);
        assertEquals(Outcome.MET, i.outcome(), i.explanationVi());
        assertEquals(LAYER, i.layer());
        assertEquals(List.of("TT24.C2.1.LABOUR_MIN_PERCENT"), i.measurements().stream()
                .map(Measurement::parameterId).toList(), "no national measurement");
        assertEquals(Outcome.NOT_MET, indicator(a, "TT24.C2.1", Level.LEVEL_2).outcome(), "90 % at level 2");
        CriterionResult c2 = criterion(a, Level.LEVEL_1, "TT24.C2");
        assertEquals(LAYER, c2.layer());
        assertEquals(List.of("TT24.C2.1"), c2.indicators().stream().map(IndicatorResult::indicatorId).toList(),
                "the pack's definition, not the Circular's five indicators");
        assertTrue(notice(a, "CRITERION_REPLACED").textVi().contains("Điều 6, " + DOC), a.notices().toString());
    }

    /** {@code criteria} and {@code add}: the pack's criterion 4 joins TT24.H after criterion 2, judged by its rule. */
    @Test
    void theAddedCriterionJoinsTheSchemeAfterCriterion2() {
        Assessment at300 = pack.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                Map.of(MemberAttribute.LANGUAGE_CERTIFICATE, 300)));
        assertEquals(List.of("TT24.C1", "TT24.C2", "TLP.C4"), at300.level(Level.LEVEL_1).orElseThrow().results()
                .stream().map(CriterionResult::criterionId).toList());
        assertEquals(Outcome.MET, indicator(at300, "TLP.C4.1", Level.LEVEL_1).outcome());
        assertEquals(Outcome.NOT_MET, indicator(at300, "TLP.C4.1", Level.LEVEL_2).outcome(), "50 % at level 2");
        assertEquals(Outcome.NOT_MET, indicator(pack.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                Map.of(MemberAttribute.LANGUAGE_CERTIFICATE, 299))), "TLP.C4.1", Level.LEVEL_1).outcome());
        assertTrue(notice(at300, "CRITERION_ADDED").textVi().contains("Điều 3, " + DOC), at300.notices().toString());
    }

    /** {@code switchOff}: TT24.H.C3 leaves TT24.H, and the assessment cites the article and the reason. */
    @Test
    void theSwitchedOffCriterionIsNotJudgedAndTheAssessmentSaysWhy() {
        Assessment a = pack.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2024, Map.of()));
        assertTrue(a.levels().stream().flatMap(l -> l.results().stream())
                .noneMatch(c -> c.criterionId().equals("TT24.H.C3")));
        Notice off = notice(a, "CRITERION_SWITCHED_OFF");
        assertTrue(off.textVi().contains("TT24.H.C3") && off.textVi().contains("Điều 4, " + DOC), off.textVi());
        assertTrue(off.textVi().contains("một tỉnh thật không thể tự bỏ tiêu chí"), off.textVi());
    }

    /** {@code rename}: the grassroots unit's assessment carries the pack's title and names the association's. */
    @Test
    void theRenamedTitleShowsInTheAssessment() {
        Assessment a = pack.evaluate(RequestEnvelopes.request("grassroots-unit", json("""
                { "evaluationYear": 2024,
                  "unit": { "id": "TH-DONG", "name": "Trường Tiểu học xã Đông", "communeCode": "00003",
                            "kind": "GENERAL_SCHOOL" },
                  "members": { "total": 20, "learningCitizen": 16 } }""")));
        assertEquals("KHVN.DV", a.schemeId());
        assertEquals("“Đơn vị hiếu học” cấp cơ sở (minh họa)", a.schemeNameVi());
        assertEquals("Studious unit, grassroots level (illustration)", a.schemeNameEn());
        assertTrue(a.summaryVi().contains("“Đơn vị hiếu học” cấp cơ sở (minh họa)"), a.summaryVi());
        assertTrue(notice(a, "SCHEME_RENAMED").textVi().contains("“Đơn vị học tập” cấp cơ sở"),
                a.notices().toString());
        assertEquals(Outcome.MET, indicator(a, "KHVN.DV.C1.1", Level.LEVEL_1).outcome(), "16 of 20 is 80 %");
    }

    /** {@code schemes}: the pack's own title is evaluated when asked for; the national one stays the default. */
    @Test
    void theAddedSchemeIsEvaluable() {
        UnitEvaluationRequest request = Units.stateAgency(AdministrativeTier.PROVINCE, 2024, Map.of());
        assertEquals("TT24.T", pack.evaluate(request).schemeId());
        Assessment a = pack.evaluate(request, "TLP.TB");
        assertEquals("TLP.TB", a.schemeId());
        assertEquals("“Đơn vị học tập tiêu biểu” cấp tỉnh (minh họa)", a.schemeNameVi());
        assertEquals(List.of(LAYER, LAYER), a.level(Level.LEVEL_1).orElseThrow().results().stream()
                .map(CriterionResult::layer).toList(), "the replaced criterion 2 and the pack's criterion 4");
        assertEquals(Outcome.MET, indicator(a, "TLP.C4.1", Level.LEVEL_1).outcome());
        assertTrue(a.notices().stream().anyMatch(n -> n.code().equals("ILLUSTRATIVE_VALUES")), a.notices().toString());
    }

    /**
     * {@code enable}: the pack adopts the association's hamlet framework, whose numbers the association leaves open;
     * the hamlet is judged by the pack's numbers, and without them the pack is refused.
     */
    @Test
    void theEnabledSchemeIsInEffectWithThePacksNumbersAndRequiresThem(@TempDir Path dir) throws IOException {
        Assessment a = pack.evaluate(RequestEnvelopes.request("hamlet", json("""
                { "evaluationYear": 2024,
                  "hamlet": { "id": "THON-DONG", "name": "Thôn Đông", "communeCode": "00003" },
                  "householdCounts": { "total": 200, "holding": 140 },
                  "citizenCounts": { "total": 600, "holding": 359 } }""")));
        assertEquals("KHVN.CD", a.schemeId());
        IndicatorResult households = indicator(a, "KHVN.CD.C1.1", Level.LEVEL_1);
        assertEquals(Outcome.MET, households.outcome(), "140 of 200 is 70 %");
        assertEquals(LAYER, households.measurements().get(0).parameterLayer());
        assertEquals(Outcome.NOT_MET, indicator(a, "KHVN.CD.C1.2", Level.LEVEL_1).outcome(), "359 of 600 < 60 %");

        Path withoutNumbers = copyWithoutHamletNumbers(dir.resolve("sans-chiffres"));
        List<PackProblem> problems = problems(ProvincePack.fromDirectory(withoutNumbers));
        assertEquals(6, problems.size(), problems.toString());
        for (PackProblem p : problems) {
            assertEquals(Code.PARAMETER_UNSET, p.code(), p.toString());
            assertTrue(p.messageVi().contains("'KHVN.CD'") && p.messageEn().contains("'KHVN.CD'"), p.messageEn());
        }
        String overlay = Files.readString(withoutNumbers.resolve("overlay.json"), StandardCharsets.UTF_8);
        String enable = "\"enable\":    [ \"KHVN.CD\" ]";
        assertTrue(overlay.contains(enable), overlay);
        Files.writeString(withoutNumbers.resolve("overlay.json"), overlay.replace(enable, "\"enable\": []"),
                StandardCharsets.UTF_8);
        Evaluator withoutEnable = Evaluator.builder().add(ProvincePack.fromDirectory(withoutNumbers)).build();
        assertTrue(withoutEnable.catalogue().scheme("TLP.TB").isPresent(), "without the enable the pack loads");
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /** The pack copied to {@code dir} (created) without the hamlet's numbers. */
    private static Path copyWithoutHamletNumbers(Path dir) throws IOException {
        Path source;
        try {
            source = Path.of(OverlaySampleTest.class.getResource("/" + PACK).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        ObjectNode parameters = (ObjectNode) HoctapJson.mapper().readTree(Files.readString(
                dir.resolve("parameters.json"), StandardCharsets.UTF_8));
        ArrayNode list = (ArrayNode) parameters.get("parameters");
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).get("id").asText().startsWith("KHVN.CD.")) {
                list.remove(i);
            }
        }
        Files.writeString(dir.resolve("parameters.json"), HoctapJson.mapper().writeValueAsString(parameters),
                StandardCharsets.UTF_8);
        return dir;
    }

    private static JsonNode json(String text) {
        try {
            return HoctapJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static IndicatorResult indicator(Assessment a, String id, Level level) {
        return a.indicator(id, level).orElseThrow(() -> new AssertionError(id + " not judged at " + level));
    }

    private static CriterionResult criterion(Assessment a, Level level, String id) {
        return a.level(level).orElseThrow().results().stream().filter(c -> c.criterionId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not at " + level));
    }

    private static Notice notice(Assessment a, String code) {
        return a.notices().stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + a.notices()));
    }
}
