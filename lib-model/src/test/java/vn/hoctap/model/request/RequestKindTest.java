package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequestKindTest {
    /** Proves that every kind of request the sealed interface permits has exactly one kind, and no kind is unused. */
    @Test
    void everyPermittedRequestTypeHasExactlyOneKind() {
        Set<Class<?>> permitted = Set.of(EvaluationRequest.class.getPermittedSubclasses());
        Set<Class<?>> kinds = Arrays.stream(RequestKind.values()).map(RequestKind::type).collect(Collectors.toSet());
        assertEquals(permitted, kinds);
        assertEquals(RequestKind.values().length, kinds.size());
    }

    /** Proves that the names used in "kind" fields are distinct and read back to their kind. */
    @Test
    void jsonNamesAreDistinctAndRoundTrip() {
        assertEquals(RequestKind.values().length, Set.copyOf(RequestKind.jsonNames()).size());
        for (RequestKind k : RequestKind.values()) {
            assertEquals(k, RequestKind.fromJsonName(k.jsonName()).orElseThrow());
        }
        assertTrue(RequestKind.fromJsonName("Commune").isEmpty(), "names are case-sensitive");
    }
}
