package vn.hoctap.rules.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.stream.ProvinceStream;
import vn.hoctap.rules.stream.Sourced;
import vn.hoctap.rules.stream.StreamResult;
import vn.hoctap.rules.stream.StreamSink;

/**
 * From 01/07/2025 communes sit directly under the province (criteria.md §9): a province tree may bring them without
 * a district tier, for a year that ends after the reform only.
 */
class TwoTierRollUpTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    private static JsonNode caseRequest(String path) {
        try (InputStream in = TwoTierRollUpTest.class.getResourceAsStream("/cases/" + path)) {
            return HoctapJson.mapper().readTree(in).get("request");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProvinceEvaluationRequest province(int year) {
        ObjectNode r = (ObjectNode) caseRequest("tt25-tinh/24-danh-gia-nam-2026-khong-con-huyen.json").deepCopy();
        r.put("evaluationYear", year);
        return HoctapJson.mapper().convertValue(r, ProvinceEvaluationRequest.class);
    }

    private static CommuneTree commune(String code, int year) {
        ObjectNode r = (ObjectNode) caseRequest("tt25-xa/20-danh-gia-nam-2026-so-gddt-quyet-dinh.json").deepCopy();
        r.put("evaluationYear", year);
        ((ObjectNode) r.get("commune").get("unit")).put("code", code);
        return new CommuneTree(HoctapJson.mapper().convertValue(r, CommuneEvaluationRequest.class), List.of(),
                List.of());
    }

    @Test
    void communesDirectlyUnderTheProvinceAreEvaluatedAndCountedFor2026() {
        ProvinceResult r = EVALUATOR.rollUp(new ProvinceTree(province(2026), List.of(),
                List.of(commune("07654", 2026), commune("07655", 2026))));
        assertNull(r.districts());
        assertEquals(2, r.communes().total());
        assertEquals(2, r.communes().level2());
        assertEquals(2, r.communeResults().size());
        assertEquals(Verdict.LEVEL_2, r.communeResults().get(0).assessment().verdict());
        // Criterion 4.1 counts districts, which no longer exist: the province is not determined, as evaluated alone.
        assertEquals(EVALUATOR.evaluate(province(2026)).verdict(), r.assessment().verdict());
        assertEquals(Verdict.NOT_DETERMINED, r.assessment().verdict());
    }

    private static CitizenEvaluationRequest person(String id, int score) {
        return HoctapJson.read("{\"evaluationYear\": 2026, \"person\": {\"id\": \"" + id + "\", \"birthYear\": 1985},"
                + " \"scores\": {\"keepingInformed\": " + score + ", \"learningPlan\": " + score
                + ", \"communityLearning\": " + score + ", \"encouragingOthers\": " + score
                + ", \"informationTechnology\": " + score + ", \"foreignLanguage\": " + score
                + ", \"numeracy\": " + score + ", \"criticalThinking\": " + score
                + ", \"friendlyRelationships\": " + score + ", \"cooperation\": " + score + "}}",
                CitizenEvaluationRequest.class);
    }

    /**
     * Proves that a province streamed without a district tier gives what {@code rollUp} of the same tree gives: the
     * people of each commune counted into it, the communes counted into the province.
     */
    @Test
    void aStreamedProvinceWithoutDistrictsEqualsItsRollUp() {
        List<CommuneTree> skeletons = new ArrayList<>();
        for (String code : List.of("07654", "07655")) {
            ObjectNode r = (ObjectNode) caseRequest("tt25-xa/20-danh-gia-nam-2026-so-gddt-quyet-dinh.json").deepCopy();
            r.remove("citizens"); // counted from the people
            ((ObjectNode) r.get("commune").get("unit")).put("code", code);
            skeletons.add(new CommuneTree(HoctapJson.mapper().convertValue(r, CommuneEvaluationRequest.class),
                    List.of(), List.of()));
        }
        List<CommuneTree> full = new ArrayList<>();
        List<Sourced> source = new ArrayList<>();
        for (CommuneTree c : skeletons) {
            List<CitizenEvaluationRequest> people = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                CitizenEvaluationRequest p = person(c.code() + "-" + i, i % 4 == 0 ? 3 : 9);
                people.add(p);
                source.add(Sourced.of("people:" + source.size(), c.code(), p));
            }
            full.add(new CommuneTree(c.commune(), people, List.of()));
        }
        ProvinceResult whole = EVALUATOR.rollUp(new ProvinceTree(province(2026), List.of(), full));
        StreamResult streamed = ProvinceStream.of(EVALUATOR).threads(2).batch(5)
                .run(new ProvinceTree(province(2026), List.of(), skeletons), source.iterator(), StreamSink.discard());
        assertEquals(24, streamed.evaluated());
        assertEquals(HoctapJson.write(whole.assessment()), HoctapJson.write(streamed.province().assessment()));
        for (int i = 0; i < 2; i++) {
            assertEquals(HoctapJson.write(whole.communeResults().get(i).assessment()),
                    HoctapJson.write(streamed.province().communeResults().get(i).assessment()));
        }
        assertEquals(whole.communes(), streamed.province().communes());
    }

    @Test
    void communesWithoutDistrictsAreRefusedWhileTheDistrictTierExists() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ProvinceTree(province(2024),
                List.of(), List.of(commune("07654", 2024))));
        assertEquals("communes", e.path());
    }

    @Test
    void neitherDistrictsNorCommunesIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ProvinceTree(province(2026),
                List.of(), List.of()));
        assertEquals("districts", e.path());
    }
}
