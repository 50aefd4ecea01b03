package vn.hoctap.rules.tt24;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;

/**
 * A provincial "Trung tâm GDNN-GDTX" of two kinds is judged on the indicator of each, and each result cites the point
 * of TT 24 that gives it to that kind: C3.4 to continuing-education centres (Art. 12.3.d, 13.3.d), C3.6 to vocational
 * institutions (Art. 12.3.e, 13.3.e). The case file holds the outcomes; this test holds the citations.
 */
class Tt24SeveralKindsTest {
    private static final String CASE = "/cases/tt24/63-t-gdnn-gdtx-hai-loai-c3-4-va-c3-6.json";

    private static UnitEvaluationRequest request() throws IOException {
        try (InputStream in = Tt24SeveralKindsTest.class.getResourceAsStream(CASE)) {
            assertNotNull(in, CASE);
            JsonNode file = HoctapJson.mapper().readTree(in);
            return HoctapJson.read(file.get("request").toString(), UnitEvaluationRequest.class);
        }
    }

    /** Proves that both indicators are judged, not left not-applicable, and cite their own point of the article. */
    @Test
    void bothKindsIndicatorsAreJudgedEachWithItsCitation() throws IOException {
        Assessment a = Evaluator.national().evaluate(request());
        for (Level level : Level.values()) {
            int article = level == Level.LEVEL_1 ? 12 : 13;
            IndicatorResult digital = a.indicator("TT24.T.C3.4", level).orElseThrow();
            IndicatorResult vocational = a.indicator("TT24.T.C3.6", level).orElseThrow();
            assertTrue(digital.outcome() != Outcome.NOT_APPLICABLE, digital.toString());
            assertEquals(Outcome.MET, vocational.outcome(), vocational.toString());
            assertEquals(new Citation("24/2023/TT-BGDĐT", article, 3, "d"), digital.citation());
            assertEquals(new Citation("24/2023/TT-BGDĐT", article, 3, "e"), vocational.citation());
        }
    }
}
