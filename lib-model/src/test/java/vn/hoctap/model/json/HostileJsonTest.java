package vn.hoctap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.UnitEvaluationRequest;

/**
 * The reproducers of issue 8 that the reader itself must refuse (items 4, 5, 7): documents that are not objects,
 * duplicate keys, Jackson's own failures; each is an {@link InvalidInputException} with a {@code $}-path and a message
 * in Vietnamese then English, and Jackson's English never passes through.
 */
class HostileJsonTest {
    private static final String VALID = """
            {"evaluationYear": 2024,
             "unit": {"id": "UBND-XA-TAN-LAP", "name": "Ủy ban nhân dân xã Tân Lập",
                      "kind": "COMMUNE_PEOPLES_COMMITTEE", "tier": "DISTRICT"},
             "members": {"total": 52, "learningCitizen": 47, "labourDiscipline": 52}}
            """;

    private static InvalidInputException refused(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HoctapJson.read(json, UnitEvaluationRequest.class));
        assertTrue(e.path().startsWith("$"), e.getMessage());
        assertTrue(e.problem().contains(" / "), "Vietnamese / English: " + e.getMessage());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "1", "[]", "\"x\"", "true", ""})
    void aDocumentThatIsNotAnObjectIsRefusedAtTheRoot(String json) {
        assertEquals("$", refused(json).path());
        {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> HoctapJson.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), UnitEvaluationRequest.class));
            assertEquals("$", e.path());
        }
    }

    @Test
    void aRepeatedKeyIsRefusedWithItsPath() {
        InvalidInputException e = refused(VALID.replace("\"learningCitizen\": 47",
                "\"learningCitizen\": 47, \"learningCitizen\": 5"));
        assertEquals("$.members.learningCitizen", e.path());
        assertTrue(e.problem().contains("repeated"), e.problem());
        assertEquals("$.evaluationYear", refused(VALID.replace("\"evaluationYear\": 2024",
                "\"evaluationYear\": 2024, \"evaluationYear\": 2025")).path());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"total\": 52|\"total\": 2147483648|$.members.total|out of range",
            "\"total\": 52|\"total\": 99999999999999999999999|$.members.total|out of range",
            "\"total\": 52|\"total\": \"52\"|$.members.total|wrong type",
            "\"total\": 52|\"total\": 5.5|$.members.total|expected a whole number",
            "\"total\": 52|\"total\": {}|$.members.total|wrong type",
            "\"total\": 52|\"total\": [1]|$.members.total|wrong type",
            "\"total\": 52|\"total\": 52, \"extra\": 1|$.members|unknown field 'extra'",
            "\"evaluationYear\": 2024|\"evaluationYear\": 2024, \"referenceDate\": \"2024-13-01\"|$.referenceDate|"
                    + "invalid date",
            "\"evaluationYear\": 2024|\"evaluationYear\": 2024, \"referenceDate\": \"+999999999-12-31\"|"
                    + "$.referenceDate|outside",
            "\"evaluationYear\": 2024|\"evaluationYear\": 2024, \"referenceDate\": \"1900-01-01\"|$.referenceDate|"
                    + "outside",
            "\"total\": 52|\"total\": 52,|$|malformed JSON",
            "\"total\": 52|\"total\": 5" + "2" + "|$|",
    })
    void jacksonFailuresAreTranslated(String from, String to, String path, String english) {
        if (english == null) {
            HoctapJson.read(VALID.replace(from, to), UnitEvaluationRequest.class);
            return;
        }
        InvalidInputException e = refused(VALID.replace(from, to));
        assertTrue(e.path().startsWith(path), e.getMessage());
        assertTrue(e.problem().contains(english), e.getMessage());
        for (String jackson : new String[] {"Cannot ", "Numeric value", "Unexpected", "Unrecognized", "not marked"}) {
            assertTrue(!e.problem().contains(jackson), "Jackson's text passed through: " + e.getMessage());
        }
    }

    @Test
    void aTopLevelNumberNamesWhatWasExpected() {
        InvalidInputException e = refused("1");
        assertTrue(e.problem().contains("expected a JSON object"), e.problem());
    }

    @Test
    void truncatedAndDeepDocumentsAreRefusedAtAPath() {
        assertTrue(refused(VALID.substring(0, 40)).problem().contains("ends too early"));
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertTrue(refused(VALID.replace("\"total\": 52", "\"total\": " + deep)).path().startsWith("$.members"));
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedInText() {
        assertEquals("$.unit.id", refused(VALID.replace("UBND-XA-TAN-LAP", "UBND\\u0000XA")).path());
        assertEquals("$.unit.name", refused(VALID.replace("Tân Lập\"", "Tân Lập\\ud800\"")).path());
        assertTrue(refused(VALID.replace("Tân Lập\"", "Tân Lập\\u001b\"")).problem().contains("U+001B"));
    }

    @Test
    void textIsReadInNormalisationFormC() {
        String nfd = java.text.Normalizer.normalize("Ủy ban nhân dân xã Tân Lập", java.text.Normalizer.Form.NFD);
        UnitEvaluationRequest r = HoctapJson.read(VALID.replace("Ủy ban nhân dân xã Tân Lập", nfd),
                UnitEvaluationRequest.class);
        assertEquals("Ủy ban nhân dân xã Tân Lập", r.unit().name());
    }

    @Test
    void idsThatDifferOnlyByNormalisationAreOneIdAndSoRefusedAsDuplicates() {
        String nfc = "CB-Lê-Thị-Ánh";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        String json = VALID.replace("\"members\": {\"total\": 52, \"learningCitizen\": 47, \"labourDiscipline\": 52}",
                "\"memberList\": [{\"id\": \"" + nfc + "\"}, {\"id\": \"" + nfd + "\"}]");
        InvalidInputException e = refused(json);
        assertEquals("$.memberList[1].id", e.path());
        assertTrue(e.problem().contains("duplicate member id"), e.problem());
    }
}
