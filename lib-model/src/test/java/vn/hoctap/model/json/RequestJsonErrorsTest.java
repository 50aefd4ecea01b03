package vn.hoctap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.subject.OrganisationKind;

/**
 * Malformed or inconsistent JSON is refused with an {@link InvalidInputException} whose path names the field, as a
 * JSON path from the document root, and whose message says what is wrong (Vietnamese, then English).
 */
class RequestJsonErrorsTest {

    /** A valid request: a commune People's Committee with member counts, as in the examples. */
    private static final String VALID = """
            {
              "evaluationYear": 2024,
              "unit": {
                "id": "UBND-XA-TAN-LAP",
                "name": "Ủy ban nhân dân xã Tân Lập",
                "kind": "COMMUNE_PEOPLES_COMMITTEE",
                "tier": "DISTRICT"
              },
              "members": {
                "total": 52,
                "labourDiscipline": 52,
                "learningCitizen": 47
              },
              "attestations": { "annualLearningPlan": true },
              "evidence": {
                "annualLearningPlan": [{ "reference": "Kế hoạch số 08/KH-UBND" }]
              },
              "recognitions": [
                { "title": "LEARNING_UNIT", "tier": "DISTRICT", "level": "LEVEL_1", "year": 2023,
                  "decisionDate": "2024-02-08" }
              ]
            }
            """;

    private static final String UNIT = """
              "unit": {
                "id": "UBND-XA-TAN-LAP",
                "name": "Ủy ban nhân dân xã Tân Lập",
                "kind": "COMMUNE_PEOPLES_COMMITTEE",
                "tier": "DISTRICT"
              },
            """;

    private static String replace(String from, String to) {
        if (!VALID.contains(from)) {
            throw new IllegalArgumentException("test fixture does not contain " + from);
        }
        return VALID.replace(from, to);
    }

    private static String withUnit(String unitJson) {
        return replace(UNIT, "  \"unit\": " + unitJson + ",\n");
    }

    private static InvalidInputException rejected(String json) {
        return assertThrows(InvalidInputException.class, () -> HoctapJson.read(json, UnitEvaluationRequest.class));
    }

    @Test
    void theValidDocumentIsRead() {
        UnitEvaluationRequest r = HoctapJson.read(VALID, UnitEvaluationRequest.class);
        assertEquals(2024, r.evaluationYear());
        assertEquals(47, r.members().learningCitizen());
    }

    /** (what is wrong, document, expected path, words the message must contain). */
    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("a negative count", replace("\"learningCitizen\": 47", "\"learningCitizen\": -1"),
                        "$.members.learningCitizen", new String[] {"must not be negative (-1)", "không được âm"}),
                Arguments.of("a count larger than the total",
                        replace("\"learningCitizen\": 47", "\"learningCitizen\": 53"),
                        "$.members.learningCitizen", new String[] {"(53) exceeds total (52)"}),
                Arguments.of("a total of zero members",
                        replace("\"total\": 52,\n    \"labourDiscipline\": 52,\n    \"learningCitizen\": 47",
                                "\"total\": 0"),
                        "$.members.total", new String[] {"must be at least 1 (0)"}),
                Arguments.of("learners holding a title outnumbering the learners",
                        replace("\"attestations\"",
                                "\"learners\": { \"total\": 10, \"learningCitizen\": 11 },\n  \"attestations\""),
                        "$.learners.learningCitizen", new String[] {"exceeds total (10)"}),
                Arguments.of("an unknown organisation kind", replace("COMMUNE_PEOPLES_COMMITTEE", "SCHOOL"),
                        "$.unit.kind", allKindsAnd("unknown value 'SCHOOL'")),
                Arguments.of("a missing evaluation year", replace("\"evaluationYear\": 2024,", ""),
                        "$.evaluationYear", new String[] {"is required", "bắt buộc"}),
                Arguments.of("an implausible evaluation year", replace("2024,", "24,"),
                        "$.evaluationYear", new String[] {"implausible year (24)"}),
                Arguments.of("an unknown field at the top", replace("\"evaluationYear\"", "\"foo\": 1,\n  \"evaluationYear\""),
                        "$.foo", new String[] {"unknown field 'foo'"}),
                Arguments.of("an unknown member attribute",
                        replace("\"labourDiscipline\"", "\"learningCitizens\": 1,\n    \"labourDiscipline\""),
                        "$.members.learningCitizens", new String[] {"unknown field 'learningCitizens'"}),
                Arguments.of("an unknown evidence key", replace("\"annualLearningPlan\": [", "\"foo\": ["),
                        "$.evidence.foo",
                        new String[] {"no input has this name", "annualLearningPlan", "members.learningCitizen"}),
                Arguments.of("both member counts and member records",
                        replace("\"attestations\"", "\"memberList\": [{ \"id\": \"A\" }],\n  \"attestations\""),
                        "$.memberList", new String[] {"give members or memberList, not both"}),
                Arguments.of("two member records with the same id",
                        replace("\"members\": {\n    \"total\": 52,\n    \"labourDiscipline\": 52,\n"
                                        + "    \"learningCitizen\": 47\n  }",
                                "\"memberList\": [{ \"id\": \"A\" }, { \"id\": \"A\" }]"),
                        "$.memberList[1].id", new String[] {"duplicate member id", "'A'"}),
                Arguments.of("a member record without id",
                        replace("\"members\": {\n    \"total\": 52,\n    \"labourDiscipline\": 52,\n"
                                        + "    \"learningCitizen\": 47\n  }",
                                "\"memberList\": [{ \"id\": \"A\" }, { \"learningCitizen\": true }]"),
                        "$.memberList[1].id", new String[] {"is required"}),
                Arguments.of("a general-education school without its top school level",
                        withUnit("{ \"id\": \"S\", \"name\": \"Trường\", \"kind\": \"GENERAL_SCHOOL\","
                                + " \"ownership\": \"PUBLIC\", \"tier\": \"DISTRICT\" }"),
                        "$.unit.topSchoolLevel", new String[] {"required for a general-education school"}),
                Arguments.of("an upper-secondary school at district level",
                        withUnit("{ \"id\": \"S\", \"name\": \"Trường THPT\", \"kind\": \"GENERAL_SCHOOL\","
                                + " \"ownership\": \"PUBLIC\", \"topSchoolLevel\": \"UPPER_SECONDARY\","
                                + " \"tier\": \"DISTRICT\" }"),
                        "$.unit.tier", new String[] {"evaluated at province level (TT 24 Art. 2.2)"}),
                Arguments.of("a university at district level",
                        withUnit("{ \"id\": \"U\", \"name\": \"Trường ĐH\", \"kind\": \"HIGHER_EDUCATION_INSTITUTION\","
                                + " \"ownership\": \"PUBLIC\", \"tier\": \"DISTRICT\" }"),
                        "$.unit.tier", new String[] {"evaluated at province level (TT 24 Art. 2.2)"}),
                Arguments.of("a unit at commune level",
                        replace("\"tier\": \"DISTRICT\"\n  }", "\"tier\": \"COMMUNE\"\n  }"),
                        "$.unit.tier", new String[] {"DISTRICT or PROVINCE", "TT 24 Art. 1"}),
                Arguments.of("a commune People's Committee that is also a school",
                        replace("\"kind\": \"COMMUNE_PEOPLES_COMMITTEE\"",
                                "\"kind\": \"COMMUNE_PEOPLES_COMMITTEE\", \"additionalKinds\": [\"PRESCHOOL\"]"),
                        "$.unit.additionalKinds[0]", new String[] {"is never also another kind", "TT 24 Art. 2.1-2.4"}),
                Arguments.of("an educational institution without ownership",
                        withUnit("{ \"id\": \"P\", \"name\": \"Trường MN\", \"kind\": \"PRESCHOOL\","
                                + " \"tier\": \"DISTRICT\" }"),
                        "$.unit.ownership", new String[] {"PUBLIC or PRIVATE"}),
                Arguments.of("a recognition decided before the year it recognises",
                        replace("\"decisionDate\": \"2024-02-08\"", "\"decisionDate\": \"2022-12-30\""),
                        "$.recognitions[0].decisionDate", new String[] {"cannot precede the end of the year it recognises"}),
                Arguments.of("evidence without a reference",
                        replace("{ \"reference\": \"Kế hoạch số 08/KH-UBND\" }", "{ \"description\": \"x\" }"),
                        "$.evidence.annualLearningPlan[0].reference", new String[] {"is required"}),
                Arguments.of("malformed JSON syntax", replace("\"evaluationYear\": 2024,", "\"evaluationYear\": 2024,,"),
                        "$", new String[] {"malformed JSON", "line 2"}),
                Arguments.of("a string where a number belongs", replace("\"total\": 52", "\"total\": \"many\""),
                        "$.members.total", new String[] {"'many'", "a whole number"}),
                Arguments.of("a boolean where a number belongs", replace("\"evaluationYear\": 2024", "\"evaluationYear\": true"),
                        "$.evaluationYear", new String[] {"wrong type"}),
                Arguments.of("a word where a yes/no belongs",
                        replace("\"annualLearningPlan\": true", "\"annualLearningPlan\": \"yes\""),
                        "$.attestations.annualLearningPlan", new String[] {"'yes'"}),
                Arguments.of("an impossible date", replace("2024-02-08", "2024-13-08"),
                        "$.recognitions[0].decisionDate", new String[] {"2024-13-08"}));
    }

    private static String[] allKindsAnd(String first) {
        return Stream.concat(Stream.of(first), Stream.of(OrganisationKind.values()).map(Enum::name))
                .toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0} is rejected at {2}")
    @MethodSource("errors")
    void malformedOrInconsistentInputIsRejectedNamingThePathAndTheProblem(String what, String json, String path,
                                                                         String[] words) {
        InvalidInputException e = rejected(json);
        assertEquals(path, e.path(), e.getMessage());
        assertEquals(path + ": " + e.problem(), e.getMessage());
        for (String w : words) {
            assertTrue(e.problem().contains(w), "'" + w + "' missing from: " + e.problem());
        }
    }

    private static final String PARAMETER = """
            {
              "id": "TT24.C2.1.MIN_PERCENT",
              "type": "PERCENT",
              "nameVi": "Tỉ lệ tối thiểu",
              "nameEn": "Minimum share",
              "values": [
                { "level": "LEVEL_1", "value": "101", "from": "2024-01-26",
                  "citation": { "document": "24/2023/TT-BGDĐT", "article": 6, "clause": 2, "point": "a" },
                  "status": "VERIFIED" }
              ]
            }
            """;

    @Test
    void aParameterDefinitionWithAPercentageOver100IsRejectedNamingTheValue() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HoctapJson.read(PARAMETER, ParameterDefinition.class));
        assertEquals("$.values[0].value", e.path(), e.getMessage());
        assertTrue(e.problem().contains("a percentage is 0 to 100 (101)"), e.problem());
    }

    @Test
    void aParameterFileWithAPercentageOver100IsRejectedNamingTheParameterAndTheValue() {
        String file = "{ \"layer\": \"Tỉnh X\", \"parameters\": [" + PARAMETER + "] }";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HoctapJson.read(file, ParameterSet.class));
        assertEquals("$.parameters[0].values[0].value", e.path(), e.getMessage());
        assertTrue(e.problem().contains("0 to 100 (101)"), e.problem());
    }

    @Test
    void aParameterFileWithExactly100PercentIsAccepted() {
        ParameterDefinition d = HoctapJson.read(PARAMETER.replace("\"101\"", "\"100\""), ParameterDefinition.class);
        assertEquals("100", d.values().get(0).value());
    }

    @Test
    void aNegativePercentageInAParameterIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HoctapJson.read(PARAMETER.replace("\"101\"", "\"-1\""), ParameterDefinition.class));
        assertEquals("$.values[0].value", e.path());
    }
}
