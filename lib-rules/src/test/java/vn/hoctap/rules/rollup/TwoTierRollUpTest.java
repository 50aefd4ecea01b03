package vn.hoctap.rules.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.ProvincePack;
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
        // The province is judged exactly as alone on those commune counts; criterion 4.1 counts districts, which no
        // longer exist, and the national rules do not count communes instead: the province is not determined.
        assertEquals(HoctapJson.write(EVALUATOR.evaluate(province(2026).withCommunes(r.communes()))),
                HoctapJson.write(r.assessment()));
        assertEquals(Verdict.NOT_DETERMINED, r.assessment().verdict());
    }

    /**
     * A commune of 2026 whose own result is level 2, or not recognised when {@code fails} (criterion 1.1 stated not
     * done), holding a level-1 title for 2025 (kept through 2028) when {@code keepsLevel1}.
     */
    private static CommuneTree commune(String code, boolean fails, boolean keepsLevel1) {
        ObjectNode r = (ObjectNode) caseRequest("tt25-xa/20-danh-gia-nam-2026-so-gddt-quyet-dinh.json").deepCopy();
        ObjectNode commune = (ObjectNode) r.get("commune");
        ((ObjectNode) commune.get("unit")).put("code", code);
        if (keepsLevel1) {
            ((ArrayNode) commune.get("recognitions")).addObject().put("title", "LEARNING_COMMUNITY")
                    .put("tier", "COMMUNE").put("level", "LEVEL_1").put("year", 2025)
                    .put("decisionDate", "2026-03-20").put("decisionNumber", "31/QĐ-SGDĐT");
        }
        if (fails) {
            ((ObjectNode) r.get("attestations")).put("awarenessRaising", false);
        }
        return new CommuneTree(HoctapJson.mapper().convertValue(r, CommuneEvaluationRequest.class), List.of(),
                List.of());
    }

    private static Evaluator withCommunePack() {
        try {
            return Evaluator.builder().add(ProvincePack.fromDirectory(Path.of(TwoTierRollUpTest.class
                    .getResource("/cases/province-pack/tinh-dem-xa").toURI()))).build();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Proves that a pack replacing criterion 4.1 by a share of communes (the illustrative tinh-dem-xa, 85 %) judges a
     * rolled-up province on the communes' counts, a commune kept at level 1 from 2025 counted as recognised, and that
     * the province equals evaluating it alone on those counts.
     */
    @Test
    void aPackCountingCommunesJudgesTheRolledUpProvinceOnItsCommunes() {
        Evaluator packed = withCommunePack();
        List<CommuneTree> communes = List.of(commune("07654", false, false), commune("07655", false, false),
                commune("07656", true, true));
        ProvinceResult r = packed.rollUp(new ProvinceTree(province(2026), List.of(), communes));
        assertEquals(Verdict.NOT_RECOGNISED, r.communeResults().get(2).assessment().verdict(), "its own verdict");
        assertEquals(new RecognitionCounts(3, 1, 2, 0), r.communes(), "the kept level 1 counts");
        assertEquals(1, r.kept().size());
        assertEquals(HoctapJson.write(packed.evaluate(province(2026).withCommunes(r.communes()))),
                HoctapJson.write(r.assessment()));
        // Level 1: 3 of 3 communes at level 1 or above; level 2: 2 of 3 (66.67 %) is below 85 %.
        assertEquals(Verdict.LEVEL_1, r.assessment().verdict());
        // Without the kept title, 2 of 3 at level 1 or above is below 85 % too.
        ProvinceResult unkept = packed.rollUp(new ProvinceTree(province(2026), List.of(),
                List.of(commune("07654", false, false), commune("07655", false, false),
                        commune("07656", true, false))));
        assertEquals(new RecognitionCounts(3, 0, 2, 0), unkept.communes());
        assertEquals(Verdict.NOT_RECOGNISED, unkept.assessment().verdict());
        // The national rules, given the same tree, still do not count communes.
        assertEquals(Verdict.NOT_DETERMINED, EVALUATOR.rollUp(new ProvinceTree(province(2026), List.of(),
                communes)).assessment().verdict());
    }

    @Test
    void aTreeOfCommunesRefusesCommuneCountsInTheProvinceRequest() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ProvinceTree(
                province(2026).withCommunes(new RecognitionCounts(1, 0, 1)), List.of(), List.of(commune("07654", 2026))));
        assertEquals("province.communes", e.path());
        assertTrue(e.getMessage().contains(" / "), e.getMessage());
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
        // Under the national rules, and under a pack whose criterion 4.1 reads the commune counts.
        for (Evaluator evaluator : List.of(EVALUATOR, withCommunePack())) {
            ProvinceResult whole = evaluator.rollUp(new ProvinceTree(province(2026), List.of(), full));
            StreamResult streamed = ProvinceStream.of(evaluator).threads(2).batch(5).run(
                    new ProvinceTree(province(2026), List.of(), skeletons), source.iterator(), StreamSink.discard());
            assertEquals(24, streamed.evaluated());
            assertEquals(HoctapJson.write(whole.assessment()), HoctapJson.write(streamed.province().assessment()));
            for (int i = 0; i < 2; i++) {
                assertEquals(HoctapJson.write(whole.communeResults().get(i).assessment()),
                        HoctapJson.write(streamed.province().communeResults().get(i).assessment()));
            }
            assertEquals(whole.communes(), streamed.province().communes());
            assertEquals(HoctapJson.write(evaluator.evaluate(province(2026).withCommunes(whole.communes()))),
                    HoctapJson.write(streamed.province().assessment()));
        }
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
