package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;

/**
 * A unit without members is one fact however it is written: {@code "members": {"total": 0}} and
 * {@code "memberList": []} are refused alike, with the same words, each naming its own field.
 */
class EmptyUnitTest {
    private static final String UNIT = """
            { "evaluationYear": 2024,
              "unit": { "id": "U", "name": "UBND xã Tân Lập", "kind": "COMMUNE_PEOPLES_COMMITTEE", "tier": "DISTRICT" }""";

    private static InvalidInputException refused(String members) {
        return assertThrows(InvalidInputException.class,
                () -> HoctapJson.read(UNIT + ", " + members + " }", UnitEvaluationRequest.class));
    }

    /** Proves that both forms of an empty unit are input errors with the same problem, at their own paths. */
    @Test
    void zeroMembersAndAnEmptyMemberListAreTheSameInputError() {
        InvalidInputException counts = refused("\"members\": { \"total\": 0 }");
        InvalidInputException records = refused("\"memberList\": []");
        assertEquals("$.members.total", counts.path());
        assertEquals("$.memberList", records.path());
        assertEquals(counts.problem(), records.problem());
        assertTrue(counts.problem().contains("ít nhất một Thành viên")
                && counts.problem().contains("at least one member"), counts.problem());
    }

    /**
     * Proves that leaving the members out is not an error (it is data missing, for the evaluation to report), that
     * an empty list in Java means "no records given", and that such a request writes no empty memberList, so its JSON
     * reads back.
     */
    @Test
    void membersLeftOutAreMissingDataAndRoundTrip() {
        UnitEvaluationRequest none = HoctapJson.read(UNIT + " }", UnitEvaluationRequest.class);
        assertTrue(none.memberCounts().isEmpty());
        Organisation unit = new Organisation("U", "UBND xã Tân Lập", OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, null,
                null, AdministrativeTier.DISTRICT, null);
        UnitEvaluationRequest counted = new UnitEvaluationRequest(2024, null, unit, new MemberCounts(3, 3, null, null,
                null, null, null, null), List.of(), null, null, null, Map.of(), null);
        String json = HoctapJson.write(counted);
        assertFalse(json.contains("memberList"), json);
        assertEquals(counted, HoctapJson.read(json, UnitEvaluationRequest.class));
        UnitEvaluationRequest listed = counted.withMemberList(List.of(new UnitMember("A", true, null, null, null,
                null, null, null)));
        assertEquals(listed, HoctapJson.read(HoctapJson.write(listed), UnitEvaluationRequest.class));
    }
}
