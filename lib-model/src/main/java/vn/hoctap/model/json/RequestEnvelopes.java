package vn.hoctap.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.request.RequestKind;

/**
 * Reads {@link RequestEnvelope}s: one JSON document, or a JSON Lines stream (one envelope per line, UTF-8, blank
 * lines skipped). Reading is as strict as {@link HoctapJson}: an unknown field, a wrong type or an unknown code is an
 * {@link InvalidInputException} naming the JSON path within the envelope, e.g. {@code $.request.members.total}; an
 * unknown kind is refused at {@code $.kind}, naming the kinds there are.
 *
 * <p>A stream never stops at a bad line: each line is read alone and yields either an envelope or its error, so a
 * caller can evaluate what is valid and report what is not, line by line.
 */
public final class RequestEnvelopes {
    /** Fields an envelope may have; anything else is refused, as an unknown field of a request is. */
    private static final List<String> FIELDS = List.of("kind", "request", "id", "in");

    /** Decimals are read exactly, as the records read them, so that nothing is rounded on the way. */
    private static final ObjectReader TREE = HoctapJson.mapper().reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .with(JsonNodeFactory.withExactBigDecimals(true));

    private RequestEnvelopes() {
    }

    /** Reads one envelope from JSON text. */
    public static RequestEnvelope read(String json) {
        return of(tree(json));
    }

    /** Reads one envelope from a parsed JSON value. */
    public static RequestEnvelope of(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidInputException("$", "cần một đối tượng JSON {\"kind\": …, \"request\": {…}} / expected a"
                    + " JSON object {\"kind\": …, \"request\": {…}}");
        }
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException("$", "trường không được biết '" + name + "' / unknown field '" + name
                        + "'");
            }
        }
        String id = optionalText(object, "id");
        RequestKind kind = kind(object.get("kind"), "$.kind");
        EvaluationRequest request = request(kind, object.get("request"), "$.request");
        return new RequestEnvelope(id, kind, request, parent(object.get("in")));
    }

    /**
     * Reads a request of the kind named {@code kind} from {@code request}: the one place where a kind's name and a
     * request's JSON become a request, for envelopes and for documents that carry the two fields among others (case
     * files). An unknown kind is refused at {@code $.kind}; an error inside the request is named from the request's
     * root ({@code $.members.total}), as reading the request alone names it.
     */
    public static EvaluationRequest request(String kind, JsonNode request) {
        return request(kind(kind == null ? null : JsonNodeFactory.instance.textNode(kind), "$.kind"), request, "$");
    }

    /**
     * The lines of a JSON Lines stream, read lazily, one result per non-blank line. The caller closes
     * {@code reader}; an I/O error while reading is an {@link UncheckedIOException}.
     */
    public static Stream<RequestLine> lines(Reader reader) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Iterator<RequestLine> it = new Iterator<>() {
            private long number;
            private RequestLine next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    String text;
                    try {
                        text = in.readLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (text == null) {
                        return false;
                    }
                    number++;
                    if (!text.isBlank()) {
                        next = line(number, text);
                    }
                }
                return true;
            }

            @Override
            public RequestLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RequestLine l = next;
                next = null;
                return l;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** Reads line {@code number} of a stream, whose text is {@code text}. */
    public static RequestLine line(long number, String text) {
        JsonNode node = null;
        try {
            node = tree(text);
            return RequestLine.read(number, of(node));
        } catch (InvalidInputException e) {
            return RequestLine.refused(number, node == null ? null : optionalTextOrNull(node, "id"),
                    node == null ? null : optionalTextOrNull(node, "kind"), e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return TREE.readTree(json);
        } catch (JsonProcessingException e) {
            throw HoctapJson.translate(e);
        }
    }

    private static RequestKind kind(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw new InvalidInputException(path, "bắt buộc; một trong " + RequestKind.jsonNames() + " / required; one"
                    + " of " + RequestKind.jsonNames());
        }
        Optional<RequestKind> kind = node.isTextual() ? RequestKind.fromJsonName(node.asText()) : Optional.empty();
        return kind.orElseThrow(() -> new InvalidInputException(path, "loại không được biết '" + node.asText()
                + "'; cần một trong " + RequestKind.jsonNames() + " / unknown kind '" + node.asText()
                + "'; expected one of " + RequestKind.jsonNames()));
    }

    private static EvaluationRequest request(RequestKind kind, JsonNode node, String path) {
        if (node == null || node.isNull()) {
            throw new InvalidInputException(path, "bắt buộc / required");
        }
        if (!node.isObject()) {
            throw new InvalidInputException(path, "cần một đối tượng JSON / expected a JSON object");
        }
        try {
            return HoctapJson.mapper().treeToValue(node, kind.type());
        } catch (JsonProcessingException e) {
            throw nested(HoctapJson.translate(e), path);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                throw nested(HoctapJson.translate(j), path);
            }
            throw e;
        }
    }

    /** {@code e}, whose path is from the request's root ({@code $.members}), under the request's own path. */
    private static InvalidInputException nested(InvalidInputException e, String path) {
        return path.equals("$") ? e : new InvalidInputException(path + e.path().substring(1), e.problem());
    }

    private static RequestEnvelope.Parent parent(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidInputException("$.in", "cần {\"kind\": …, \"id\": …} / expected {\"kind\": …, \"id\": …}");
        }
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("kind") && !name.equals("id")) {
                throw new InvalidInputException("$.in", "trường không được biết '" + name + "' / unknown field '"
                        + name + "'");
            }
        }
        String id = optionalText(object, "id", "$.in.id");
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("$.in.id", "bắt buộc / required");
        }
        return new RequestEnvelope.Parent(kind(object.get("kind"), "$.in.kind"), id);
    }

    private static String optionalText(ObjectNode object, String field) {
        return optionalText(object, field, "$." + field);
    }

    private static String optionalText(ObjectNode object, String field, String path) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidInputException(path, "sai kiểu dữ liệu, cần String / wrong type, expected String");
        }
        return node.asText();
    }

    /** A field's text when it is text, for echoing back on a line that was refused. */
    private static String optionalTextOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
