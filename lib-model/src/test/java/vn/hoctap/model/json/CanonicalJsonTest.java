package vn.hoctap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.CitizenEvaluationRequest;

/** The canonical form the audit envelope digests. */
class CanonicalJsonTest {
    /** Proves that keys are sorted at every depth, nulls dropped, whitespace removed and numbers written plainly. */
    @Test
    void theCanonicalFormIsAsDocumented() throws Exception {
        JsonNode node = HoctapJson.mapper().readTree("{ \"b\": 1.50, \"a\": {\"z\": null, \"y\": \"Tân Lập\\n\"},"
                + " \"c\": [3, 1E+1, -0.0] }");
        assertEquals("{\"a\":{\"y\":\"Tân Lập\\n\"},\"b\":1.5,\"c\":[3,10,0]}", CanonicalJson.text(node));
    }

    /** Proves that the same request written two ways (fields reordered, a default spelled out) has one digest. */
    @Test
    void equalRequestsHaveOneDigest() {
        CitizenEvaluationRequest a = HoctapJson.read("{\"evaluationYear\": 2024, \"person\": {\"id\": \"P1\"},"
                + " \"scores\": {\"keepingInformed\": 9}}", CitizenEvaluationRequest.class);
        CitizenEvaluationRequest b = HoctapJson.read("{\"scores\": {\"keepingInformed\": 9}, \"person\":"
                + " {\"recognitions\": [], \"id\": \"P1\"}, \"evaluationYear\": 2024}", CitizenEvaluationRequest.class);
        CitizenEvaluationRequest c = HoctapJson.read("{\"evaluationYear\": 2024, \"person\": {\"id\": \"P1\"},"
                + " \"scores\": {\"keepingInformed\": 8}}", CitizenEvaluationRequest.class);
        assertEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(b));
        assertNotEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(c));
        assertEquals(71, CanonicalJson.sha256(a).length());
    }
}
