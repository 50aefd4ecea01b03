package vn.hoctap.rules.khvn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.ClanEvaluationRequest;
import vn.hoctap.model.result.MissingInput;

/**
 * Issue 8 item 7: an input error wrote {@code $.attestations.KHVN.DH.C1.1} where the missing inputs of the same
 * statement wrote {@code $.attestations['KHVN.DH.C1.3']}. Both now come from one function, so a portal can match an
 * error and a missing input to the same field.
 */
class PathNotationTest {
    private static final String CLAN = """
            {"evaluationYear": 2024,
             "clan": {"id": "DH-NGUYEN-DONG", "name": "Họ Nguyễn Văn thôn Đông",
                      "householdIds": ["HK-0042", "HK-0108"]},
             "households": [{"householdId": "HK-0042", "learningFamily": true},
                            {"householdId": "HK-0108", "learningFamily": true}],
             "attestations": {"KHVN.DH.C1.1": %s}}
            """;

    @Test
    void anInputErrorAndAMissingInputNameAStatementAlike() {
        String path = "$.attestations['KHVN.DH.C1.1']";
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> HoctapJson.read(String.format(CLAN, "null"), ClanEvaluationRequest.class));
        assertEquals(path, error.path());
        ClanEvaluationRequest withoutIt = HoctapJson.read(String.format(CLAN, "true").replace(
                "\"KHVN.DH.C1.1\": true", "\"KHVN.DH.C1.2\": true"), ClanEvaluationRequest.class);
        assertTrue(Khvn.EXAMPLE.evaluate(withoutIt).missingInputs().stream().map(MissingInput::path)
                .anyMatch(path::equals), "missing inputs name " + path);
    }
}
