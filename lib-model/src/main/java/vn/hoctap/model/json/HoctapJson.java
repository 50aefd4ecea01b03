package vn.hoctap.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import vn.hoctap.model.InvalidInputException;

/**
 * Reading and writing hoctap's values as JSON: UTF-8, ISO dates, stable field names (the record components), null
 * fields left out. Reading is strict: an unknown field, an unknown code or a value that breaks a record's rules is
 * an {@link InvalidInputException} that names the JSON path, e.g. {@code $.members.learningCitizen}.
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

    /** Reads a {@code type} from JSON text. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
    }

    /** Reads a {@code type} from a UTF-8 JSON stream; the caller closes the stream. */
    public static <T> T read(InputStream json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code value} as indented JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Turns Jackson's exception into one that names the JSON path and the problem in Vietnamese and English. */
    static InvalidInputException translate(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            String path = path(m.getPath());
            Throwable cause = m.getCause();
            if (m instanceof ValueInstantiationException && cause instanceof InvalidInputException invalid) {
                return invalid.under(path);
            }
            if (m instanceof UnrecognizedPropertyException u) {
                return new InvalidInputException(path, "trường không được biết '" + u.getPropertyName()
                        + "' / unknown field '" + u.getPropertyName() + "'");
            }
            if (m instanceof InvalidFormatException f) {
                Class<?> target = f.getTargetType();
                if (target != null && target.isEnum()) {
                    List<String> allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).toList();
                    return new InvalidInputException(path, "giá trị không hợp lệ '" + f.getValue() + "'; cần một trong "
                            + allowed + " / unknown value '" + f.getValue() + "'; expected one of " + allowed);
                }
                return new InvalidInputException(path, "giá trị không hợp lệ '" + f.getValue() + "' / invalid value '"
                        + f.getValue() + "'" + (target == null ? "" : " for " + target.getSimpleName()));
            }
            if (m instanceof MismatchedInputException mi) {
                String expected = mi.getTargetType() == null ? "" : ", cần " + mi.getTargetType().getSimpleName();
                String expectedEn = mi.getTargetType() == null ? "" : ", expected " + mi.getTargetType().getSimpleName();
                String given = offendingText(mi);
                return new InvalidInputException(path, "sai kiểu dữ liệu" + expected + given + " / wrong type"
                        + expectedEn + given);
            }
            if (cause instanceof InvalidInputException invalid) {
                return invalid.under(path);
            }
            return new InvalidInputException(path, m.getOriginalMessage());
        }
        String where = e.getLocation() == null ? "" : " (dòng/line " + e.getLocation().getLineNr() + ", cột/column "
                + e.getLocation().getColumnNr() + ")";
        return new InvalidInputException("$", "JSON sai cú pháp" + where + " / malformed JSON" + where + ": "
                + e.getOriginalMessage());
    }

    /** The text of the token Jackson stopped at, e.g. {@code : 'many'}, or nothing when it cannot tell. */
    private static String offendingText(MismatchedInputException e) {
        try {
            if (e.getProcessor() instanceof JsonParser p && p.currentToken() != null && p.currentToken().isScalarValue()) {
                return ": '" + p.getText() + "'";
            }
        } catch (IOException | RuntimeException ignored) {
            // the message without the value is still precise about the path and the type
        }
        return "";
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

}
