package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.pack.RefusedBuilds.only;
import static vn.hoctap.rules.pack.RefusedBuilds.problems;
import static vn.hoctap.rules.pack.TestPack.DOC;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * Every kind of problem a pack can have is reported before any evaluation, at its file and line, with its code and a
 * message in both languages that names the id at fault.
 */
class PackValidationTest {
    @TempDir
    Path dir;

    // --- files ------------------------------------------------------------------------------------------------------

    @Test
    void aDirectoryWithoutPackJsonIsReportedThere() {
        PackProblem p = only(problems(ProvincePack.fromDirectory(dir)), Code.FILE_UNREADABLE);
        assertEquals(dir.resolve("pack.json").toString(), p.file());
        assertNull(p.line());
        assertNames(p, dir.toString());
    }

    @Test
    void aListedFileThatDoesNotExistIsNamed() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("pack.json", "\"parameters\": [\"parameters.json\"]",
                        "\"parameters\": [\"parameters.json\"], \"overlays\": [\"thieu.json\"]").writeTo(dir);
        PackProblem p = only(problems(pack), Code.FILE_UNREADABLE);
        assertEquals(dir.resolve("thieu.json").toString(), p.file());
        assertNames(p, "thieu.json");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedRatherThanReadGarbled() throws IOException {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir);
        // "Tỉnh" in a legacy single-byte code page: 0xD2 is not valid UTF-8 here.
        Files.write(dir.resolve("parameters.json"), new byte[] {'{', '"', 'T', (byte) 0xD2, 'n', 'h', '"', '}'});
        PackProblem p = only(problems(pack), Code.FILE_UNREADABLE);
        assertTrue(p.file().endsWith("parameters.json"), p.file());
        assertNames(p, "UTF-8");
    }

    @Test
    void aRuleFileTheMetadataDoesNotListIsReportedAsForgotten() throws IOException {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir);
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/quen.drl"), "package vn.hoctap.packs.kiemthu;\n");
        PackProblem p = only(problems(pack), Code.FILE_NOT_LISTED);
        assertEquals(dir.resolve("rules/quen.drl").toString(), p.file());
        assertNames(p, "rules/quen.drl");
    }

    // --- JSON -------------------------------------------------------------------------------------------------------

    @Test
    void malformedJsonIsReportedAtItsLine() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("parameters.json", "\"value\": \"95\", \"from\"", "\"value\": \"95\" \"from\"").writeTo(dir);
        PackProblem p = only(problems(pack), Code.INVALID_JSON);
        assertTrue(p.file().endsWith("parameters.json"), p.file());
        assertEquals(lineOf("parameters.json", "\"value\": \"95\""), p.line());
    }

    @Test
    void anUnknownFieldIsReportedAtItsPathAndLine() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("overlay.json", "\"after\": \"TT24.C2\"", "\"afer\": \"TT24.C2\"").writeTo(dir);
        PackProblem p = only(problems(pack), Code.INVALID_JSON);
        assertTrue(p.file().endsWith("overlay.json"), p.file());
        assertEquals(lineOf("overlay.json", "\"afer\""), p.line());
        assertNames(p, "$.add[0]");
        assertNames(p, "afer");
    }

    @Test
    void aValueThatBreaksItsParametersTypeIsReportedWithTheValue() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("parameters.json", "\"value\": \"95\"", "\"value\": \"120\"").writeTo(dir);
        PackProblem p = only(problems(pack), Code.INVALID_JSON);
        assertEquals(lineOf("parameters.json", "\"value\": \"120\""), p.line());
        assertNames(p, "$.parameters[0].values[0].value");
        assertNames(p, "120");
    }

    // --- DRL --------------------------------------------------------------------------------------------------------

    @Test
    void aRuleFileInTheLibrarysPackageIsRefused() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("rules/kt.drl", "package vn.hoctap.packs.kiemthu;", "package vn.hoctap.rules.tt24;")
                .writeTo(dir);
        PackProblem p = only(problems(pack), Code.DRL_PACKAGE);
        assertTrue(p.file().endsWith("kt.drl"), p.file());
        assertEquals(1, p.line());
        assertNames(p, "vn.hoctap.rules.tt24");
    }

    @Test
    void aRuleFileWithoutPackageIsRefused() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("rules/kt.drl", "package vn.hoctap.packs.kiemthu;", "").writeTo(dir);
        PackProblem p = only(problems(pack), Code.DRL_PACKAGE);
        assertTrue(p.file().endsWith("kt.drl"), p.file());
        assertNames(p, "package");
    }

    /** The executable model generates Java from a rule's action; its compiler's error is traced back to the DRL. */
    @Test
    void aJavaErrorInARulesActionIsReportedAtItsDrlLine() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("rules/kt.drl", "UnitInput.MEMBERS_LEARNING_CITIZEN", "UnitInput.NO_SUCH_INPUT").writeTo(dir);
        PackProblem p = only(problems(pack), Code.DRL_ERROR);
        assertTrue(p.file().endsWith("kt.drl"), p.file());
        assertEquals(lineOf("rules/kt.drl", "NO_SUCH_INPUT"), p.line());
        assertNames(p, "NO_SUCH_INPUT");
    }

    /** Drools reports an unknown fact type without a line; the line is where the type is named. */
    @Test
    void anUnknownFactTypeIsReportedWhereItIsNamed() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử").edit("rules/kt.drl", "$c : Check(", "$c : Chek(")
                .writeTo(dir);
        PackProblem p = only(problems(pack), Code.DRL_ERROR);
        assertTrue(p.file().endsWith("kt.drl"), p.file());
        assertEquals(lineOf("rules/kt.drl", "Chek("), p.line());
        assertNames(p, "Chek");
    }

    @Test
    void syntaxErrorsOfEveryFileAreReportedTogetherAtTheirLines() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("rules/kt.drl", "indicatorId == \"KT.C4.1\" )", "indicatorId == == \"KT.C4.1\" )")
                .edit("pack.json", "\"rules\": [\"rules/kt.drl\"]", "\"rules\": [\"rules/kt.drl\", \"rules/b.drl\"]")
                .file("rules/b.drl", """
                        package vn.hoctap.packs.kiemthu;

                        rule "unfinished"
                        when
                            eval( true
                        then
                        end
                        """)
                .writeTo(dir);
        List<PackProblem> problems = problems(pack);
        assertEquals(2, problems.size(), problems.toString());
        PackProblem first = problems.stream().filter(p -> p.file().endsWith("kt.drl")).findFirst().orElseThrow();
        assertEquals(Code.DRL_ERROR, first.code());
        assertEquals(lineOf("rules/kt.drl", "== =="), first.line());
        PackProblem second = problems.stream().filter(p -> p.file().endsWith("b.drl")).findFirst().orElseThrow();
        assertEquals(Code.DRL_ERROR, second.code());
        assertTrue(second.line() != null && second.line() >= lineOf("rules/b.drl", "eval( true"), second.toString());
    }

    /** One compilation shows every id problem of the rules together: unknown ids and ids of another layer. */
    @Test
    void idsNamedByRulesAreCheckedAgainstTheComposedCatalogueAtTheirLines() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử").edit("rules/kt.drl", "rule \"KT.C4.1", """
                rule "unknown indicator"
                when
                    $c : Check( indicatorId == "KT.C4.9" )
                then
                    $c.notApplicable();
                end

                rule "unknown criterion and scheme"
                when
                    $c : Check( criterionId == "KT.C9", schemeId in ("TT24.H", "TT24.X") )
                then
                    $c.notApplicable();
                end

                rule "a national indicator"
                when
                    $c : Check( indicatorId == "TT24.C2.1" )
                then
                    $c.requireShare(UnitInput.MEMBERS_LEARNING_CITIZEN, "KT.C4.1.NO_SUCH_PARAMETER");
                end

                rule "KT.C4.1""").writeTo(dir);
        List<PackProblem> problems = problems(pack);
        PackProblem indicator = only(problems, Code.UNKNOWN_INDICATOR);
        assertEquals(lineOf("rules/kt.drl", "\"KT.C4.9\""), indicator.line());
        assertNames(indicator, "KT.C4.9");
        PackProblem criterion = only(problems, Code.UNKNOWN_CRITERION);
        assertEquals(lineOf("rules/kt.drl", "\"KT.C9\""), criterion.line());
        assertNames(criterion, "KT.C9");
        PackProblem scheme = only(problems, Code.UNKNOWN_SCHEME);
        assertEquals(lineOf("rules/kt.drl", "\"TT24.X\""), scheme.line());
        assertNames(scheme, "TT24.X");
        PackProblem parameter = only(problems, Code.UNKNOWN_PARAMETER);
        assertEquals(lineOf("rules/kt.drl", "NO_SUCH_PARAMETER"), parameter.line());
        assertNames(parameter, "KT.C4.1.NO_SUCH_PARAMETER");
        PackProblem national = only(problems, Code.NOT_OWNED);
        assertEquals(lineOf("rules/kt.drl", "\"TT24.C2.1\""), national.line());
        assertNames(national, "TT24.C2.1");
        assertNames(national, "TT24.C2");
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void anIndicatorThePackAddsWithoutARuleIsReported() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("pack.json", ", \"rules\": [\"rules/kt.drl\"]", "").writeTo(dir);
        deleteRules();
        PackProblem p = only(problems(pack), Code.UNJUDGED_INDICATOR);
        assertTrue(p.file().endsWith("overlay.json"), p.file());
        assertEquals(lineOf("overlay.json", "\"id\": \"KT.C4\""), p.line());
        assertNames(p, "KT.C4.1");
    }

    // --- catalogue overlay ------------------------------------------------------------------------------------------

    @Test
    void switchingOffAnUnknownCriterionNamesIt() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay().overlay("switchOff", """
                { "criterion": "TT24.C9", "citation": { "document": "%s", "article": 5 } }""".formatted(DOC))
                .writeTo(dir);
        PackProblem p = only(problems(pack), Code.UNKNOWN_CRITERION);
        assertTrue(p.file().endsWith("overlay.json"), p.file());
        assertEquals(lineOf("overlay.json", "TT24.C9"), p.line());
        assertNames(p, "TT24.C9");
    }

    @Test
    void addingAfterACriterionTheSchemeDoesNotListNamesBoth() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("overlay.json", "\"after\": \"TT24.C2\"", "\"after\": \"TT24.T.C3\"").writeTo(dir);
        List<PackProblem> problems = problems(pack);
        PackProblem p = problems.stream().filter(x -> x.code() == Code.UNKNOWN_CRITERION).findFirst().orElseThrow();
        assertEquals(lineOf("overlay.json", "\"criterion\": \"KT.C4\""), p.line());
        assertNames(p, "TT24.T.C3");
        assertNames(p, "TT24.H");
    }

    @Test
    void renamingAnUnknownSchemeNamesIt() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay().overlay("rename", """
                { "scheme": "TT24.X", "nameVi": "Đơn vị hiếu học", "nameEn": "Studious unit",
                  "citation": { "document": "%s", "article": 1 } }""".formatted(DOC)).writeTo(dir);
        PackProblem p = only(problems(pack), Code.UNKNOWN_SCHEME);
        assertEquals(lineOf("overlay.json", "TT24.X"), p.line());
        assertNames(p, "TT24.X");
    }

    @Test
    void aReplacementWithoutItsNewDefinitionIsReported() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay().overlay("replace", """
                { "criterion": "TT24.C2", "citation": { "document": "%s", "article": 6 } }""".formatted(DOC))
                .writeTo(dir);
        PackProblem p = only(problems(pack), Code.MISSING_DEFINITION);
        assertEquals(lineOf("overlay.json", "\"criterion\": \"TT24.C2\""), p.line());
        assertNames(p, "TT24.C2");
    }

    @Test
    void aCriterionDefinedButNeitherAddedNorReplacingIsReported() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử").file("overlay.json", """
                {
                  "criteria": [
                    %s
                  ]
                }
                """.formatted(TestPack.criterion("KT.C4", 4, "KT.C4.1"))).writeTo(dir);
        PackProblem p = only(problems(pack), Code.UNUSED_CRITERION);
        assertEquals(lineOf("overlay.json", "\"id\": \"KT.C4\""), p.line());
        assertNames(p, "KT.C4");
    }

    @Test
    void aNewCriterionWithANationalIdIsADuplicateThatPointsToReplace() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử").edit("overlay.json", "\"id\": \"KT.C4\"",
                "\"id\": \"TT24.C2\"").writeTo(dir);
        List<PackProblem> problems = problems(pack);
        PackProblem p = problems.stream().filter(x -> x.code() == Code.DUPLICATE_ID).findFirst().orElseThrow();
        assertEquals(lineOf("overlay.json", "\"id\": \"TT24.C2\""), p.line());
        assertNames(p, "TT24.C2");
        assertNames(p, "replace");
    }

    @Test
    void twoPacksInForceTogetherMustNotTouchTheSameCriterion(@TempDir Path other) {
        String off = """
                { "criterion": "TT24.C1", "schemes": ["TT24.T"], "citation": { "document": "%s", "article": 5 } }"""
                .formatted(DOC);
        ProvincePack first = TestPack.parametersOnly("Tỉnh A").withOverlay().overlay("switchOff", off).writeTo(dir);
        ProvincePack second = TestPack.parametersOnly("Tỉnh B").withOverlay().overlay("switchOff", off).writeTo(other);
        PackProblem p = only(problems(first, second), Code.CONFLICT);
        assertEquals(other.resolve("overlay.json").toString(), p.file());
        assertEquals(lineIn(other.resolve("overlay.json"), "TT24.C1"), p.line());
        assertNames(p, "TT24.C1");
        assertNames(p, "Tỉnh A");
    }

    @Test
    void packsInForceAtDifferentTimesMayTouchTheSameCriterion(@TempDir Path other) {
        String off = """
                { "criterion": "TT24.C1", "schemes": ["TT24.T"], "citation": { "document": "%s", "article": 5 } }"""
                .formatted(DOC);
        ProvincePack first = TestPack.parametersOnly("Tỉnh A 2024").withOverlay().overlay("switchOff", off)
                .edit("pack.json", "\"effectiveFrom\": \"2024-03-01\",",
                        "\"effectiveFrom\": \"2024-03-01\", \"effectiveTo\": \"2026-01-01\",").writeTo(dir);
        ProvincePack second = TestPack.parametersOnly("Tỉnh A 2026").withOverlay().overlay("switchOff", off)
                .edit("pack.json", "\"effectiveFrom\": \"2024-03-01\"", "\"effectiveFrom\": \"2026-01-01\"")
                .writeTo(other);
        Evaluator e = Evaluator.builder().add(first).add(second).build();
        assertTrue(e.catalogue().scheme("TT24.T").orElseThrow().criteria().stream().noneMatch("TT24.C1"::equals));
    }

    @Test
    void anIndicatorWithoutCitationIsNamed() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("overlay.json", "\"LEVEL_1\": { \"document\": \"" + DOC + "\", \"article\": 4, \"clause\": 1 },", "")
                .edit("overlay.json", "\"LEVEL_2\": { \"document\": \"" + DOC + "\", \"article\": 4, \"clause\": 2 }", "")
                .writeTo(dir);
        PackProblem p = only(problems(pack), Code.MISSING_CITATION);
        assertTrue(p.file().endsWith("overlay.json"), p.file());
        assertEquals(lineOf("overlay.json", "\"citations\""), p.line());
        assertNames(p, "KT.C4.1");
    }

    @Test
    void aCriterionAddedToASchemeWithoutCitationIsNamed() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử").edit("overlay.json", """
                "after": "TT24.C2",
                      "citation": { "document": "%s", "article": 4 } }""".formatted(DOC), "\"after\": \"TT24.C2\" }")
                .writeTo(dir);
        PackProblem p = only(problems(pack), Code.MISSING_CITATION);
        assertEquals(lineOf("overlay.json", "\"criterion\": \"KT.C4\""), p.line());
        assertNames(p, "KT.C4");
    }

    @Test
    void aListedFileOutsideThePacksDirectoryIsRefused() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("pack.json", "\"parameters\": [\"parameters.json\"]",
                        "\"parameters\": [\"parameters.json\", \"../ngoai.json\"]").writeTo(dir);
        PackProblem p = only(problems(pack), Code.INVALID_JSON);
        assertEquals(dir.resolve("pack.json").toString(), p.file());
        assertEquals(lineOf("pack.json", "../ngoai.json"), p.line());
        assertNames(p, "../ngoai.json");
    }

    @Test
    void aSwitchOffWithoutCitationIsNamed() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay()
                .overlay("switchOff", "{ \"criterion\": \"TT24.C1\" }").writeTo(dir);
        PackProblem p = only(problems(pack), Code.MISSING_CITATION);
        assertEquals(lineOf("overlay.json", "TT24.C1"), p.line());
        assertNames(p, "TT24.C1");
    }

    @Test
    void aParameterValueWithoutCitationIsNamed() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("parameters.json", "\"citation\": { \"document\": \"" + DOC + "\", \"article\": 2, \"clause\": 1 },",
                        "").writeTo(dir);
        PackProblem p = only(problems(pack), Code.MISSING_CITATION);
        assertEquals(lineOf("parameters.json", "\"value\": \"95\""), p.line());
        assertNames(p, "TT24.C2.1.MIN_PERCENT");
    }

    // --- parameters -------------------------------------------------------------------------------------------------

    @Test
    void aNewParameterWithoutFullDefinitionIsUnknown() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("parameters.json", "\"TT24.C2.1.MIN_PERCENT\"", "\"TT24.C2.1.MIN_PERCNT\"").writeTo(dir);
        PackProblem p = only(problems(pack), Code.UNKNOWN_PARAMETER);
        assertEquals(lineOf("parameters.json", "MIN_PERCNT"), p.line());
        assertNames(p, "TT24.C2.1.MIN_PERCNT");
    }

    @Test
    void aNewParameterThatBelongsToNoIndicatorOrSchemeIsReported() {
        ProvincePack pack = TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("parameters.json", "\"KT.C4.1.MIN_PERCENT\", \"type\"", "\"KT.C9.1.MIN_PERCENT\", \"type\"")
                .writeTo(dir);
        List<PackProblem> problems = problems(pack);
        PackProblem p = problems.stream().filter(x -> x.code() == Code.UNKNOWN_INDICATOR).findFirst().orElseThrow();
        assertTrue(p.file().endsWith("parameters.json"), p.file());
        assertEquals(lineOf("parameters.json", "KT.C9.1.MIN_PERCENT"), p.line());
        assertNames(p, "KT.C9.1.MIN_PERCENT");
    }

    @Test
    void anOverrideMustKeepTheParametersType() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("parameters.json", "\"id\": \"TT24.C2.1.MIN_PERCENT\",",
                        "\"id\": \"TT24.C2.1.MIN_PERCENT\", \"type\": \"INTEGER\",").writeTo(dir);
        PackProblem p = only(problems(pack), Code.PARAMETER_TYPE_MISMATCH);
        assertEquals(lineOf("parameters.json", "\"INTEGER\""), p.line());
        assertNames(p, "TT24.C2.1.MIN_PERCENT");
        assertNames(p, "PERCENT");
    }

    /**
     * A national pack may define a number the law leaves to provinces without a value; a province pack that uses its
     * scheme must give one. Simulated with a layer below the pack that defines such a parameter.
     */
    @Test
    void aParameterLeftWithoutValueInEveryLayerIsRequiredOfAPackThatUsesItsScheme() {
        RulePack framework = new RulePack("khung", RulePack.tt24().kieBase(), new Catalogue(List.of(), List.of()),
                new ParameterSet("khung", List.of(new ParameterDefinition("TT24.H.C3.2.MIN_PERCENT",
                        ParameterType.PERCENT, null, "tỉ lệ do tỉnh quy định", "share the province sets",
                        List.of()))));
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay()
                .overlay("enable", "\"TT24.H\"").writeTo(dir);
        PackValidationException e = assertThrows(PackValidationException.class,
                () -> Evaluator.builder().add(framework).add(pack).build());
        PackProblem p = only(e.problems(), Code.PARAMETER_UNSET);
        assertEquals(dir.resolve("parameters.json").toString(), p.file());
        assertNames(p, "TT24.H.C3.2.MIN_PERCENT");
        assertNames(p, "TT24.H");
    }

    @Test
    void aRequiredParameterThePackSetsLetsItLoad(@TempDir Path other) {
        RulePack framework = new RulePack("khung", RulePack.tt24().kieBase(), new Catalogue(List.of(), List.of()),
                new ParameterSet("khung", List.of(new ParameterDefinition("TT24.H.C3.2.MIN_PERCENT",
                        ParameterType.PERCENT, null, "tỉ lệ do tỉnh quy định", "share the province sets",
                        List.of()))));
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay().overlay("enable", "\"TT24.H\"")
                .edit("parameters.json", "\"parameters\": [", """
                        "parameters": [
                          { "id": "TT24.H.C3.2.MIN_PERCENT", "values": [ { "value": "40", "from": "2024-03-01",
                            "citation": { "document": "%s", "article": 7 }, "status": "VERIFIED" } ] },""".formatted(DOC))
                .writeTo(other);
        Evaluator e = Evaluator.builder().add(framework).add(pack).build();
        assertTrue(e.catalogue().scheme("TT24.H").isPresent());
    }

    /** The pack's own scheme has level 1 only: it needs a retention, and no level-2 waiting period. */
    @Test
    void aSchemeOfThePacksOwnNeedsTheNumbersEverySchemeNeeds() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay()
                .overlay("schemes", TestPack.scheme("KT.TB", "TT24.C1", "TT24.C2")).writeTo(dir);
        List<PackProblem> problems = problems(pack);
        List<PackProblem> unset = problems.stream().filter(p -> p.code() == Code.PARAMETER_UNSET).toList();
        assertEquals(1, unset.size(), problems.toString());
        assertNames(unset.get(0), "KT.TB.RETENTION_YEARS");
        assertTrue(unset.get(0).file().endsWith("parameters.json"));
    }

    /**
     * A one-level scheme (the association's grassroots unit, KHVN.DV) has no upgrade, so a pack using it is asked for
     * its retention and its open numbers but never for a level-2 waiting period, which no layer could define.
     */
    @Test
    void aOneLevelSchemeNeedsItsRetentionButNoUpgradeWait() {
        ProvincePack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay()
                .overlay("enable", "\"KHVN.DV\"").writeTo(dir);
        List<PackProblem> problems = problems(pack);
        List<String> unset = problems.stream().filter(p -> p.code() == Code.PARAMETER_UNSET)
                .map(PackProblem::messageVi).toList();
        assertTrue(unset.stream().anyMatch(m -> m.contains("KHVN.DV.RETENTION_YEARS")), unset.toString());
        assertTrue(unset.stream().noneMatch(m -> m.contains("UPGRADE_WAIT_MONTHS")), unset.toString());
    }

    // --- schemes and layers -----------------------------------------------------------------------------------------

    @Test
    void switchingOffEveryCriterionOfASchemeIsRefused() {
        TestPack p = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay();
        for (String c : List.of("TT24.C1", "TT24.C2", "TT24.H.C3")) {
            p.overlay("switchOff", """
                    { "criterion": "%s", "schemes": ["TT24.H"], "citation": { "document": "%s", "article": 5 } }"""
                    .formatted(c, DOC));
        }
        PackProblem problem = only(problems(p.writeTo(dir)), Code.EMPTY_SCHEME);
        assertNames(problem, "TT24.H");
        assertNames(problem, "TT24.C1");
        assertEquals(lineOf("overlay.json", "\"TT24.C1\""), problem.line());
    }

    @Test
    void aLayerNameAlreadyUsedIsRefused() {
        PackProblem p = only(problems(TestPack.parametersOnly("national").writeTo(dir)), Code.DUPLICATE_LAYER);
        assertEquals(dir.resolve("pack.json").toString(), p.file());
        assertEquals(lineOf("pack.json", "\"layer\""), p.line());
        assertNames(p, "national");
    }

    @Test
    void problemsOfEveryKindAndEveryPackComeInOneException(@TempDir Path other) {
        ProvincePack broken = TestPack.withRules("Tỉnh A")
                .edit("rules/kt.drl", "indicatorId == \"KT.C4.1\" )", "indicatorId == == \"KT.C4.1\" )")
                .edit("parameters.json", "\"value\": \"95\"", "\"value\": \"120\"").writeTo(dir);
        ProvincePack alsoBroken = TestPack.parametersOnly("Tỉnh A").writeTo(other);
        List<PackProblem> problems = problems(broken, alsoBroken);
        assertEquals(List.of(Code.DRL_ERROR, Code.DUPLICATE_LAYER, Code.INVALID_JSON),
                problems.stream().map(PackProblem::code).toList(), problems.toString());
        PackValidationException e = assertThrows(PackValidationException.class,
                () -> Evaluator.builder().add(broken).add(alsoBroken).build());
        assertTrue(e.getMessage().contains("3 lỗi") && e.getMessage().contains("3 problem(s)"), e.getMessage());
        assertTrue(e.getMessage().contains(problems.get(0).toString()), e.getMessage());
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static void assertNames(PackProblem p, String text) {
        assertTrue(p.messageVi().contains(text) && p.messageEn().contains(text), "'" + text + "' not named by " + p);
    }

    private Integer lineOf(String file, String text) {
        return lineIn(dir.resolve(file), text);
    }

    private static Integer lineIn(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(text + " not in " + file);
    }

    private void deleteRules() {
        try {
            Files.delete(dir.resolve("rules/kt.drl"));
            Files.delete(dir.resolve("rules"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
