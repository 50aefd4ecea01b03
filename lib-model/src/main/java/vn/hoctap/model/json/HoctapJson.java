package vn.hoctap.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.hoctap.model.InvalidInputException;

/**
 * Reading and writing hoctap's values as JSON: UTF-8, ISO dates, stable field names (the record components), null
 * fields left out. Reading is strict: an unknown field, an unknown code, a repeated key, a document that is not an
 * object where a record is expected, a date or a text outside {@link ReadBounds}, or a value that breaks a record's
 * rules is an {@link InvalidInputException} that names the JSON path ({@link vn.hoctap.model.JsonPaths}), e.g.
 * {@code $.members.learningCitizen}, and says what is wrong in Vietnamese and English ({@link JsonErrors}).
 *
 * <p>The mapper is configured once and shared; Jackson mappers are thread-safe once configured.
 */
public final class HoctapJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // "learningCitizen": 47, "learningCitizen": 5 is two answers, not the last one.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(ReadBounds.module())
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // A derived "isPublic()" must not leak into the JSON as a field "public"
            // (it could not be read back).
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            // No silent conversions: "1985" is not a number and 127 is not the code "00127".
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    private HoctapJson() {
    }

    /** The shared mapper, for callers who embed hoctap values in their own documents. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a {@code type} from JSON text.
     *
     * @throws InvalidInputException naming the JSON path and the problem, in Vietnamese and English, for any document
     *                               that is not a valid {@code type}: malformed, {@code null} or not an object where a
     *                               record is expected, a duplicate key, a wrong type, a number out of range, a date
     *                               or a text the reader refuses ({@link ReadBounds}), a value a record refuses
     */
    public static <T> T read(String json, Class<T> type) {
        return readFrom(() -> MAPPER.createParser(json), type);
    }

    /** Reads a {@code type} from a UTF-8 JSON stream, as {@link #read(String, Class)}; the caller closes the stream. */
    public static <T> T read(InputStream json, Class<T> type) {
        return readFrom(() -> MAPPER.createParser(json), type);
    }

    /** Where a document is parsed from: a string or a stream. */
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    /** One translation of every failure, whatever the document is read from. */
    private static <T> T readFrom(ParserSource source, Class<T> type) {
        try (JsonParser p = source.open()) {
            return read(p, type);
        } catch (JacksonException e) {
            throw JsonErrors.translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record (or a value class like it) is read from an object only: {@code null}, {@code 1} or {@code []} is no
     * request. */
    private static <T> T read(JsonParser p, Class<T> type) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new InvalidInputException("$", "tài liệu trống / the document is empty");
        }
        if (first != JsonToken.START_OBJECT && JsonErrors.isObject(type)) {
            throw new InvalidInputException("$", "cần một đối tượng JSON {…}, không phải " + JsonErrors.kind(first)
                    + " / expected a JSON object {…}, not " + JsonErrors.kindEn(first));
        }
        T value = MAPPER.readValue(p, type);
        if (value == null) {
            throw new InvalidInputException("$", "tài liệu là null / the document is null");
        }
        return value;
    }

    /** Writes {@code value} as indented JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** {@link JsonErrors#translate}, for the readers of this package that parse on their own. */
    static InvalidInputException translate(JacksonException e) {
        return JsonErrors.translate(e);
    }
}
