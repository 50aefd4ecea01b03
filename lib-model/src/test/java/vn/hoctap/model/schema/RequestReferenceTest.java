package vn.hoctap.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.RequestKind;

/**
 * The request-format reference in {@code lib-model/README.md} is the one the schemas give. Run with
 * {@code -Dhoctap.reference.write=true} to rewrite it after changing a request record.
 */
class RequestReferenceTest {
    static final String BEGIN = "<!-- request-reference:begin: generated from the JSON Schemas by RequestReferenceTest;"
            + " to update, run it with -Dhoctap.reference.write=true -->";
    static final String END = "<!-- request-reference:end -->";

    /** Proves that the README's reference of every request format is up to date with the records' schemas. */
    @Test
    void theReadmeReferenceIsUpToDate() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "README.md lacks the markers " + BEGIN + " … " + END);
        String current = text.substring(begin + BEGIN.length(), end);
        String expected = "\n\n" + RequestReference.markdown();
        if (Boolean.getBoolean("hoctap.reference.write")) {
            Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + expected + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, current, "the request reference in lib-model/README.md is stale; run"
                + " RequestReferenceTest with -Dhoctap.reference.write=true");
    }

    /** Proves that the reference covers every kind, including the citizen request's ten scores. */
    @Test
    void everyKindAndTheTenScoresAreDescribed() {
        String md = RequestReference.markdown();
        for (RequestKind k : RequestKind.values()) {
            assertTrue(md.contains("### `" + k.jsonName() + "`"), k.jsonName());
        }
        for (String score : new String[] {"keepingInformed", "learningPlan", "communityLearning", "encouragingOthers",
                "informationTechnology", "foreignLanguage", "numeracy", "criticalThinking", "friendlyRelationships",
                "cooperation"}) {
            assertTrue(md.contains("`scores." + score + "`"), score);
        }
    }
}
