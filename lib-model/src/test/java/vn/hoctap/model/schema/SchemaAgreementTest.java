package vn.hoctap.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.HoctapSchemas;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.request.RequestKind;

/** The shipped schemas agree with the reader: what the reader refuses for a type or a code, the schema refuses too. */
class SchemaAgreementTest {
    private static final String UNIT = """
            {"evaluationYear": 2024, "referenceDate": "2024-12-31",
             "unit": {"id": "UBND-XA-TAN-LAP", "name": "Ủy ban nhân dân xã Tân Lập",
                      "kind": "COMMUNE_PEOPLES_COMMITTEE", "tier": "DISTRICT"},
             "members": {"total": 52, "labourDiscipline": 52, "learningCitizen": 47},
             "attestations": {"annualLearningPlan": true},
             "evidence": {"annualLearningPlan": [{"reference": "Kế hoạch số 08/KH-UBND"}]}}
            """;
    private static final String CITIZEN = """
            {"evaluationYear": 2024, "person": {"id": "P1", "birthYear": 1980},
             "scores": {"keepingInformed": 9, "numeracy": 8}}
            """;

    static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(HoctapSchemas.schema(name), config);
    }

    private static JsonNode tree(String json) throws Exception {
        return HoctapJson.mapper().readTree(json);
    }

    /** Proves that valid requests are accepted by both the reader and their schema. */
    @Test
    void validRequestsPassBoth() throws Exception {
        assertEquals(Set.of(), schema("unit").validate(tree(UNIT)));
        assertEquals(Set.of(), schema("citizen").validate(tree(CITIZEN)));
        RequestEnvelopes.read("{\"kind\": \"unit\", \"request\": " + UNIT + "}");
        assertEquals(Set.of(), schema("envelope").validate(tree("{\"kind\": \"unit\", \"id\": \"a\", \"request\": "
                + UNIT + "}")));
    }

    static Stream<Arguments> typeAndCodeErrors() {
        return Stream.of(
                Arguments.of("unit", UNIT.replace("\"evaluationYear\": 2024", "\"evaluationYear\": \"2024\"")),
                Arguments.of("unit", UNIT.replace("\"total\": 52", "\"total\": \"many\"")),
                Arguments.of("unit", UNIT.replace("\"total\": 52", "\"total\": 52.5")),
                Arguments.of("unit", UNIT.replace("COMMUNE_PEOPLES_COMMITTEE", "SCHOOL")),
                Arguments.of("unit", UNIT.replace("\"annualLearningPlan\": true", "\"annualLearningPlan\": \"yes\"")),
                Arguments.of("unit", UNIT.replace("\"referenceDate\": \"2024-12-31\"", "\"referenceDate\": \"31/12/2024\"")),
                Arguments.of("unit", UNIT.replace("\"members\"", "\"staff\"")),
                Arguments.of("unit", UNIT.replace("\"tier\": \"DISTRICT\"", "\"tier\": 2")),
                Arguments.of("citizen", CITIZEN.replace("\"numeracy\": 8", "\"numeracy\": \"8\"")),
                Arguments.of("citizen", CITIZEN.replace("\"numeracy\": 8", "\"numerics\": 8")),
                Arguments.of("citizen", CITIZEN.replace("\"id\": \"P1\"", "\"id\": 1")),
                Arguments.of("citizen", CITIZEN.replace(", \"birthYear\": 1980", ", \"birthYear\": true")));
    }

    /** Proves that a request the reader refuses for a type, a code or an unknown field is refused by its schema. */
    @ParameterizedTest
    @MethodSource("typeAndCodeErrors")
    void whatTheReaderRefusesTheSchemaRefuses(String kind, String json) throws Exception {
        Class<?> type = RequestKind.fromJsonName(kind).orElseThrow().type();
        assertThrows(InvalidInputException.class, () -> HoctapJson.read(json, type));
        Set<ValidationMessage> errors = schema(kind).validate(tree(json));
        assertFalse(errors.isEmpty(), "the schema accepted " + json);
        assertFalse(schema("envelope").validate(tree("{\"kind\": \"" + kind + "\", \"request\": " + json + "}"))
                .isEmpty(), "the envelope schema accepted it");
    }

    /** Proves that an envelope with an unknown kind, or a request of another kind's shape, is refused. */
    @Test
    void theEnvelopeSchemaPairsKindAndRequest() throws Exception {
        assertFalse(schema("envelope").validate(tree("{\"kind\": \"school\", \"request\": " + UNIT + "}")).isEmpty());
        assertFalse(schema("envelope").validate(tree("{\"kind\": \"citizen\", \"request\": " + UNIT + "}")).isEmpty());
        assertTrue(schema("envelope").validate(tree("{\"kind\": \"citizen\", \"request\": " + CITIZEN + "}"))
                .isEmpty());
    }
}
