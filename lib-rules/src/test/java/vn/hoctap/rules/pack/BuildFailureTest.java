package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * Every way building a pack's rules failed with a raw exception in issue 8 is a {@link PackValidationException}: the
 * file, the line when known, a code, a short bilingual message, and what was thrown as the cause.
 */
class BuildFailureTest {
    /** Longest message a problem may have: a sentence or two, never a trace. */
    private static final int SHORT = 1_000;

    @TempDir
    Path dir;

    /** An eval without bindings is run by Drools while it builds the rule base: an ArithmeticException escaped. */
    @Test
    void anExceptionInsideAnEvalAtBuildIsAProblemOfThatRule() throws java.io.IOException {
        PackValidationException e = refused(rule("""
                rule "chia cho khong"
                when
                    eval( 1 / Integer.parseInt("0") == 0 )
                then
                end
                """));
        PackProblem p = RefusedBuilds.only(e.problems(), Code.PACK_CODE_FAILED);
        assertTrue(p.file().endsWith("kt.drl"), p.file());
        assertEquals(lineIn(p, "rule \"chia cho khong\""), p.line());
        assertTrue(p.messageEn().contains("chia cho khong") && p.messageEn().contains("ArithmeticException"),
                p.toString());
        assertInstanceOf(ArithmeticException.class, rootOf(e));
    }

    /** The executable model's generator threw "This doesn't work on arrayAccessExpr" out of build(). */
    @Test
    void aConstructTheCodeGeneratorRejectsIsACompileProblem() {
        PackValidationException e = refused(rule("""
                rule "mang"
                when
                    $c : Check( indicatorId == "KT.C4.1", indicatorId.split(",")[0].length > 0 )
                then
                end
                """));
        PackProblem p = RefusedBuilds.only(e.problems(), Code.DRL_ERROR);
        assertTrue(p.file().endsWith("kt.drl"), p.file());
        assertTrue(p.messageEn().contains("arrayAccessExpr"), p.toString());
        assertNotNull(e.getCause());
    }

    /** The same construct inside an eval threw a NullPointerException out of the generator. */
    @Test
    void aGeneratorNullPointerIsACompileProblem() {
        PackValidationException e = refused(rule("""
                rule "mang trong eval"
                when
                    $c : Check( indicatorId == "KT.C4.1" )
                    eval( $c.getIndicatorId().split(",")[0] != null )
                then
                end
                """));
        RefusedBuilds.only(e.problems(), Code.DRL_ERROR);
        assertNotNull(e.getCause());
    }

    /** After refusals of every kind, an evaluator built before gives byte for byte the same JSON. */
    @Test
    void aRefusedBuildLeavesAnEarlierEvaluatorWorkingAndIdentical() {
        Evaluator earlier = Evaluator.builder().add(TestPack.withRules("Tỉnh Kiểm Thử").writeTo(dir.resolve("ok")))
                .build();
        UnitEvaluationRequest request = Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                Map.of(MemberAttribute.LEARNING_CITIZEN, 700));
        String before = HoctapJson.write(earlier.evaluate(request));
        refused(rule("rule \"x\"\nwhen\n    eval( 1 / Integer.parseInt(\"0\") == 0 )\nthen\nend\n"));
        ProvincePack nul = TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("pack.json", "[\"parameters.json\"]", "[\"x\\u0000.json\"]").writeTo(dir.resolve("nul"));
        assertThrows(PackValidationException.class, () -> Evaluator.builder().add(nul).build());
        assertEquals(before, HoctapJson.write(earlier.evaluate(request)));
    }

    private PackValidationException refused(ProvincePack pack) {
        PackValidationException e = assertThrows(PackValidationException.class,
                () -> Evaluator.builder().add(pack).build());
        for (PackProblem p : e.problems()) {
            assertTrue(p.messageVi().length() < SHORT && p.messageEn().length() < SHORT, p.toString());
        }
        return e;
    }

    private ProvincePack rule(String rule) {
        return TestPack.withRules("Tỉnh Kiểm Thử").edit("rules/kt.drl", "rule \"KT.C4.1", rule + "\nrule \"KT.C4.1")
                .writeTo(dir.resolve("pack-" + Integer.toHexString(rule.hashCode())));
    }

    /** The line of {@code text} in the DRL file a problem names. */
    private static Integer lineIn(PackProblem p, String text) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(Path.of(p.file()));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + p.file());
    }

    private static Throwable rootOf(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
