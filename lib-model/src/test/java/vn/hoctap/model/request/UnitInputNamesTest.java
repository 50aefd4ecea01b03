package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;

/**
 * TT 24 C1.4 (the unit carries out digital transformation and equips its members) and C2.3 (the members trained in
 * it) are two inputs with two names that cannot be mistaken for each other, in requests and as evidence keys.
 */
class UnitInputNamesTest {
    private static final String UNIT = """
            "evaluationYear": 2024,
            "unit": { "id": "U", "name": "UBND xã Tân Lập", "kind": "COMMUNE_PEOPLES_COMMITTEE", "tier": "DISTRICT" }""";

    /** Proves that the two inputs carry distinct, self-explaining names and that the old shared name is gone. */
    @Test
    void theStatementAndTheMemberCountHaveDistinctNames() {
        assertEquals("digitalTransformationAndEquipment", UnitInput.DIGITAL_TRANSFORMATION_AND_EQUIPMENT.jsonName());
        assertEquals("members.trainedInDigitalTransformation",
                UnitInput.MEMBERS_TRAINED_IN_DIGITAL_TRANSFORMATION.jsonName());
        assertEquals("trainedInDigitalTransformation", MemberAttribute.TRAINED_IN_DIGITAL_TRANSFORMATION.jsonName());
        assertEquals(Optional.empty(), UnitInput.fromJsonName("digitalTransformation"));
        assertEquals(Optional.empty(), UnitInput.fromJsonName("members.digitalTransformation"));
        long distinct = Arrays.stream(UnitInput.values()).map(UnitInput::jsonName).distinct().count();
        assertEquals(UnitInput.values().length, distinct);
    }

    /** Proves that a request reads each name into its own field and that evidence keyed by each lands on its input. */
    @Test
    void eachNameReadsIntoItsOwnInput() {
        UnitEvaluationRequest r = HoctapJson.read("{" + UNIT + """
                ,
                "members": { "total": 10, "trainedInDigitalTransformation": 9 },
                "attestations": { "digitalTransformationAndEquipment": true },
                "evidence": { "digitalTransformationAndEquipment": [ { "reference": "Báo cáo chuyển đổi số" } ],
                              "members.trainedInDigitalTransformation": [ { "reference": "Danh sách tập huấn" } ] } }
                """, UnitEvaluationRequest.class);
        assertEquals(9, r.members().trainedInDigitalTransformation());
        assertEquals(Optional.of(true), r.attestations().get(UnitInput.DIGITAL_TRANSFORMATION_AND_EQUIPMENT));
        assertEquals("Báo cáo chuyển đổi số",
                r.evidenceFor(UnitInput.DIGITAL_TRANSFORMATION_AND_EQUIPMENT).get(0).reference());
        assertEquals("Danh sách tập huấn",
                r.evidenceFor(UnitInput.MEMBERS_TRAINED_IN_DIGITAL_TRANSFORMATION).get(0).reference());
    }

    /** Proves that a request still using the old shared name is refused at the field, never read as something else. */
    @Test
    void theOldSharedNameIsRefusedWhereverItIsUsed() {
        InvalidInputException attestation = assertThrows(InvalidInputException.class, () -> HoctapJson.read("{" + UNIT
                + ", \"attestations\": { \"digitalTransformation\": true } }", UnitEvaluationRequest.class));
        assertTrue(attestation.getMessage().contains("digitalTransformation"), attestation.getMessage());
        assertTrue(attestation.path().startsWith("$.attestations"), attestation.path());
        InvalidInputException count = assertThrows(InvalidInputException.class, () -> HoctapJson.read("{" + UNIT
                + ", \"members\": { \"total\": 10, \"digitalTransformation\": 9 } }", UnitEvaluationRequest.class));
        assertTrue(count.path().startsWith("$.members"), count.path());
        InvalidInputException evidence = assertThrows(InvalidInputException.class, () -> HoctapJson.read("{" + UNIT
                + ", \"evidence\": { \"members.digitalTransformation\": [] } }", UnitEvaluationRequest.class));
        assertEquals("$.evidence['members.digitalTransformation']", evidence.path());
        assertTrue(evidence.problem().contains("members.trainedInDigitalTransformation"), evidence.problem());
    }
}
