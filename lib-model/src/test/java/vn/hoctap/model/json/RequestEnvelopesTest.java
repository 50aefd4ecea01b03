package vn.hoctap.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.RequestKind;

/** The one envelope format for requests of mixed kinds, and its JSON Lines reader. */
class RequestEnvelopesTest {
    private static final String CITIZEN = "{\"evaluationYear\": 2024, \"person\": {\"id\": \"P1\"},"
            + " \"scores\": {\"keepingInformed\": 9}}";

    /** Proves that an envelope is read into the request type its kind names, with the caller's id and parent. */
    @Test
    void anEnvelopeIsReadIntoItsKindsType() {
        RequestEnvelope e = RequestEnvelopes.read("{\"kind\": \"citizen\", \"id\": \"row-1\", \"in\": {\"kind\":"
                + " \"commune\", \"id\": \"07654\"}, \"request\": " + CITIZEN + "}");
        assertEquals(RequestKind.CITIZEN, e.kind());
        assertEquals("row-1", e.id());
        assertEquals(new RequestEnvelope.Parent(RequestKind.COMMUNE, "07654"), e.in());
        assertEquals("P1", ((CitizenEvaluationRequest) e.request()).person().id());
    }

    /** Proves that an unknown kind is refused at $.kind, listing the kinds there are. */
    @Test
    void anUnknownKindIsRefusedNamingTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RequestEnvelopes.read("{\"kind\": \"school\", \"request\": {}}"));
        assertEquals("$.kind", e.path());
        assertTrue(e.problem().contains("grassroots-unit"), e.problem());
    }

    /** Proves that an error inside the request is reported under $.request, and an unknown envelope field at $. */
    @Test
    void errorsNameTheirPathWithinTheEnvelope() {
        InvalidInputException inner = assertThrows(InvalidInputException.class, () -> RequestEnvelopes.read(
                "{\"kind\": \"citizen\", \"request\": {\"evaluationYear\": \"2024\", \"person\": {\"id\": \"P1\"}}}"));
        assertEquals("$.request.evaluationYear", inner.path());
        InvalidInputException field = assertThrows(InvalidInputException.class, () -> RequestEnvelopes.read(
                "{\"kind\": \"citizen\", \"requests\": {}}"));
        assertTrue(field.problem().contains("requests"), field.problem());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> RequestEnvelopes.read("{\"kind\": \"citizen\"}"));
        assertEquals("$.request", missing.path());
    }

    /**
     * Proves that a JSON Lines stream yields one result per non-blank line, numbered as an editor numbers them, and
     * that a bad line is reported with what could be read of it while the lines after it are still read.
     */
    @Test
    void aStreamKeepsGoingPastABadLine() {
        String text = "{\"kind\": \"citizen\", \"id\": \"a\", \"request\": " + CITIZEN + "}\n"
                + "\n"
                + "{\"kind\": \"citizen\", \"id\": \"b\", \"request\": {\"evaluationYear\": 2024}}\n"
                + "{\"kind\": \"citizen\", \"id\": \"c\", \"request\": " + CITIZEN.replace("9}", "9}") + "\n"
                + "{\"kind\": \"citizen\", \"id\": \"d\", \"request\": " + CITIZEN + "}";
        List<RequestLine> lines = RequestEnvelopes.lines(new StringReader(text)).toList();
        assertEquals(List.of(1L, 3L, 4L, 5L), lines.stream().map(RequestLine::number).toList());
        assertTrue(lines.get(0).read().isPresent());
        assertEquals("b", lines.get(1).id());
        assertEquals("$.request.person", lines.get(1).error().path());
        assertNull(lines.get(2).envelope(), "a truncated line gets no envelope");
        assertEquals("$", lines.get(2).error().path());
        assertEquals("d", lines.get(3).envelope().id());
    }

    /** Proves that decimals are read exactly, not through a double (21 significant digits, within the bounds). */
    @Test
    void decimalsAreReadExactly() {
        RequestEnvelope e = RequestEnvelopes.read("{\"kind\": \"district\", \"request\": {\"evaluationYear\": 2024,"
                + " \"district\": {\"unit\": {\"code\": \"001\", \"name\": \"Huyện A\", \"tier\": \"DISTRICT\","
                + " \"parentCode\": \"01\"}}, \"perCapitaIncome\": {\"previous\": 123456789012345.123456,"
                + " \"current\": 56.1}}}");
        assertTrue(CanonicalJson.text(e.request()).contains("123456789012345.123456"), CanonicalJson.text(e.request()));
    }
}
