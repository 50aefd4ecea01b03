package vn.hoctap.rules.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;

/**
 * The request samples of lib-model/README.md are the files under {@code readme/} (the README's sample check in
 * host-tests compares them): each is evaluated here and gives what the README says beside it.
 */
class ReadmeRequestSamplesTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    /** "judged NOT_RECOGNISED: indicator 2.1 is not met, labour discipline being given without evidence; 11 missing". */
    @Test
    void theUnitRequestIsNotRecognisedForLabourDisciplineWithoutEvidenceAndLacksElevenInputs() throws IOException {
        Assessment a = EVALUATOR.evaluate(HoctapJson.read(read("tt24-unit-request.json"), UnitEvaluationRequest.class));
        assertEquals(Verdict.NOT_RECOGNISED, a.verdict(), a.summaryEn());
        IndicatorResult c21 = a.indicator("TT24.C2.1", Level.LEVEL_1).orElseThrow();
        assertEquals(Outcome.NOT_MET, c21.outcome(), c21.explanationEn());
        assertTrue(c21.explanationEn().contains("reaches ≥ 90 % but no evidence is given"), c21.explanationEn());
        assertEquals(11, a.missingInputs().size(), a.missingInputs().toString());
    }

    /** "judged NOT_DETERMINED, with 10 inputs missing, among them $.attestations.lifelongLearningWeek". */
    @Test
    void theCommuneRequestIsNotDeterminedWithTenInputsMissing() throws IOException {
        Assessment a = EVALUATOR.evaluate(HoctapJson.read(read("tt25-commune-request.json"),
                CommuneEvaluationRequest.class));
        assertEquals(Verdict.NOT_DETERMINED, a.verdict(), a.summaryEn());
        assertEquals(10, a.missingInputs().size(), a.missingInputs().toString());
        assertEquals("$.attestations.lifelongLearningWeek", a.missingInputs().get(0).path());
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ReadmeRequestSamplesTest.class.getResourceAsStream("/readme/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
