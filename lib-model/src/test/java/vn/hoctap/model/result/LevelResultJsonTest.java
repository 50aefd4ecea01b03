package vn.hoctap.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.subject.Level;

/** The names of a level's result say what they hold: citations are called citations, criteria are results. */
class LevelResultJsonTest {

    /**
     * Proves that a level's two citations are written as {@code criteriaCitation} and {@code conditionCitation}, its
     * criteria as {@code results}, that no field called {@code criteria} remains to be mistaken for the list, and that
     * the JSON reads back to the same value.
     */
    @Test
    void citationsAreNamedAsCitationsAndReadBack() throws Exception {
        CriterionResult criterion = new CriterionResult("TT24.C1", 1, Level.LEVEL_1, "Tiêu chí 1", "Criterion 1",
                Outcome.MET, List.of(), null, null, "national");
        LevelResult level = new LevelResult(Level.LEVEL_1, Outcome.MET, Citation.of("24/2023/TT-BGDĐT", 6),
                Citation.of("24/2023/TT-BGDĐT", 8, 1), List.of(criterion), null, null, null, null, null);
        String json = HoctapJson.write(level);
        JsonNode tree = HoctapJson.mapper().readTree(json);
        assertEquals(6, tree.get("criteriaCitation").get("article").asInt());
        assertEquals(1, tree.get("conditionCitation").get("clause").asInt());
        assertTrue(tree.get("results").isArray());
        assertFalse(tree.has("criteria"), json);
        assertFalse(tree.has("condition"), json);
        assertEquals(level, HoctapJson.read(json, LevelResult.class));
    }
}
