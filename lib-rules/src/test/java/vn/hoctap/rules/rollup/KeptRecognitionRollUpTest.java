package vn.hoctap.rules.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.KeptRecognitions;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;

/**
 * TT 25 Art. 11.4.a and 16.4.a count the units "được công nhận", which includes those holding an earlier year's title
 * kept for three years (Art. 5.4, 10.4): a roll-up counts each unit at the higher of its own verdict and a kept
 * recognition, and says which were kept.
 */
class KeptRecognitionRollUpTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    private static ObjectNode caseRequest(String path) {
        try (InputStream in = KeptRecognitionRollUpTest.class.getResourceAsStream("/cases/" + path)) {
            return (ObjectNode) HoctapJson.mapper().readTree(in).get("request").deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A commune of {@code year}; failing criterion 1.1 when {@code fails}; holding level {@code held} from
     * {@code heldYear} (decided the following March) when {@code held} is not null.
     */
    private static CommuneTree commune(String code, int year, boolean fails, String held, int heldYear) {
        ObjectNode r = caseRequest("tt25-xa/01-xa-dat-muc-2-theo-ket-qua-da-cong-nhan.json");
        r.put("evaluationYear", year);
        ObjectNode commune = (ObjectNode) r.get("commune");
        ((ObjectNode) commune.get("unit")).put("code", code);
        ArrayNode recognitions = commune.putArray("recognitions");
        if (held != null) {
            recognitions.addObject().put("title", "LEARNING_COMMUNITY").put("tier", "COMMUNE").put("level", held)
                    .put("year", heldYear).put("decisionDate", (heldYear + 1) + "-03-20")
                    .put("decisionNumber", "12/QĐ-PGDĐT");
        }
        if (fails) {
            ((ObjectNode) r.get("attestations")).put("awarenessRaising", false);
        }
        return new CommuneTree(HoctapJson.mapper().convertValue(r, CommuneEvaluationRequest.class), List.of(),
                List.of());
    }

    private static DistrictEvaluationRequest district(int year, List<String> codes) {
        ObjectNode r = caseRequest("tt25-huyen/19-danh-gia-nam-2025-sau-khi-bo-cap-huyen.json");
        r.put("evaluationYear", year);
        r.remove("communes");
        ArrayNode list = ((ObjectNode) r.get("district")).putArray("communeCodes");
        codes.forEach(list::add);
        return HoctapJson.mapper().convertValue(r, DistrictEvaluationRequest.class);
    }

    @Test
    void aCommuneFailingThisYearCountsAtTheLevelItKeepsFromTheYearBefore() {
        DistrictResult r = EVALUATOR.rollUp(new DistrictTree(district(2025, List.of("07654", "07655", "07656")),
                List.of(commune("07654", 2025, true, "LEVEL_1", 2024), commune("07655", 2025, false, null, 0),
                        commune("07656", 2025, true, null, 0))));
        assertEquals(Verdict.NOT_RECOGNISED, r.results().get(0).assessment().verdict(), "its own verdict");
        assertEquals(1, r.communes().level1(), "the kept level 1 counts as recognised");
        assertEquals(1, r.communes().level2());
        KeptRecognitions kept = r.kept().get(0);
        assertEquals(List.of("07654"), kept.codes());
        assertEquals(Level.LEVEL_1, kept.level());
        assertEquals(LocalDate.of(2027, 12, 31), kept.validUntil());
        assertTrue(kept.sentenceEn("communes").startsWith("1 of the 3 communes holds level 1 from 2024, kept until"
                + " 2027-12-31"), kept.sentenceEn("communes"));
        // The district is judged exactly as on those counts alone.
        assertEquals(EVALUATOR.evaluate(district(2025, List.of("07654", "07655", "07656"))
                .withCommunes(r.communes())).verdict(), r.assessment().verdict());
    }

    @Test
    void aKeptRecognitionLowerThanThisYearsVerdictOrExpiredChangesNothing() {
        DistrictResult r = EVALUATOR.rollUp(new DistrictTree(district(2025, List.of("07654", "07655")),
                List.of(commune("07654", 2025, false, "LEVEL_1", 2024), commune("07655", 2025, true, null, 0))));
        assertEquals(2 - 1, r.communes().level2());
        assertEquals(0, r.communes().level1());
        assertTrue(r.kept().isEmpty());
        // Recognised for 2024, kept through 31/12/2027: a 2028 evaluation no longer counts it.
        ProvinceResult later = EVALUATOR.rollUp(new ProvinceTree(province(2028), List.of(),
                List.of(commune("07654", 2028, true, "LEVEL_2", 2024))));
        assertEquals(0, later.communes().level2());
        assertTrue(later.kept().isEmpty());
        ProvinceResult within = EVALUATOR.rollUp(new ProvinceTree(province(2027), List.of(),
                List.of(commune("07654", 2027, true, "LEVEL_2", 2024))));
        assertEquals(1, within.communes().level2());
        assertEquals(1, within.kept().size());
    }

    private static ProvinceEvaluationRequest province(int year) {
        ObjectNode r = caseRequest("tt25-tinh/24-danh-gia-nam-2026-khong-con-huyen.json");
        r.put("evaluationYear", year);
        return HoctapJson.mapper().convertValue(r, ProvinceEvaluationRequest.class);
    }
}
