package vn.hoctap.model.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.JsonPaths;

/**
 * Turns any exception of Jackson into an {@link InvalidInputException} that names the JSON path ({@link JsonPaths}
 * notation) and says what is wrong in Vietnamese then English. Jackson's own English text never reaches the caller:
 * each kind of failure has its own sentence, and anything unforeseen a generic one, so that a portal can show every
 * message as it is.
 */
final class JsonErrors {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'",
            Pattern.DOTALL);

    private JsonErrors() {
    }

    static InvalidInputException translate(JacksonException e) {
        String path = path(e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid.under(path);
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidInputException(path, "trường không được biết '" + u.getPropertyName()
                    + "' / unknown field '" + u.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException f) {
            return invalidFormat(path, f);
        }
        InputCoercionException range = find(e, InputCoercionException.class);
        if (range != null) {
            String target = range.getTargetType() == null ? "" : " " + kind(range.getTargetType());
            String targetEn = range.getTargetType() == null ? "" : " " + kindEn(range.getTargetType());
            String value = safeText(range);
            return new InvalidInputException(path, "số" + value + " nằm ngoài khoảng cho phép của kiểu" + target
                    + " / the number" + value + " is out of range for" + targetEn);
        }
        StreamConstraintsException limit = find(e, StreamConstraintsException.class);
        if (limit != null) {
            return limit(path, limit);
        }
        StreamReadException syntax = find(e, StreamReadException.class);
        if (syntax != null) {
            return syntax(syntax);
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            String given = offendingText(m);
            return new InvalidInputException(path, "sai kiểu dữ liệu" + (target == null ? "" : ", cần " + kind(target))
                    + given + " / wrong type" + (target == null ? "" : ", expected " + kindEn(target)) + given);
        }
        return new InvalidInputException(path, "giá trị không đọc được / the value cannot be read");
    }

    /**
     * A document that is not JSON: at {@code $} with the line and column, since the parser cannot say which field
     * was meant; a repeated key at its own path.
     */
    private static InvalidInputException syntax(StreamReadException e) {
        String where = where(e.getLocation());
        Matcher dup = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (dup.find()) {
            String key = dup.group(1);
            return new InvalidInputException(JsonPaths.member(objectPath(e), key), "khóa '" + key + "' lặp lại trong"
                    + " cùng một đối tượng" + where + " / the key '" + key + "' is repeated in the same object" + where);
        }
        if (e instanceof JsonEOFException) {
            return new InvalidInputException("$", "tài liệu kết thúc giữa chừng" + where + " / the document ends too"
                    + " early" + where);
        }
        return new InvalidInputException("$", "JSON sai cú pháp" + where + " / malformed JSON" + where);
    }

    private static InvalidInputException invalidFormat(String path, InvalidFormatException f) {
        Class<?> target = f.getTargetType();
        String value = String.valueOf(f.getValue());
        if (target != null && target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).toList();
            return new InvalidInputException(path, "giá trị không hợp lệ '" + value + "'; cần một trong " + allowed
                    + " / unknown value '" + value + "'; expected one of " + allowed);
        }
        if (target == LocalDate.class) {
            return new InvalidInputException(path, "ngày không hợp lệ '" + value + "'; cần dạng YYYY-MM-DD / invalid"
                    + " date '" + value + "'; expected YYYY-MM-DD");
        }
        return new InvalidInputException(path, "giá trị không hợp lệ '" + value + "'"
                + (target == null ? "" : ", cần " + kind(target)) + " / invalid value '" + value + "'"
                + (target == null ? "" : ", expected " + kindEn(target)));
    }

    private static InvalidInputException limit(String path, StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Number")) {
            return new InvalidInputException(path, "số quá dài / the number is too long");
        }
        if (m.contains("nesting depth")) {
            return new InvalidInputException(path, "lồng nhau quá sâu / nested too deeply");
        }
        if (m.startsWith("String") || m.startsWith("Name")) {
            return new InvalidInputException(path, "chuỗi quá dài / the text is too long");
        }
        return new InvalidInputException(path, "tài liệu vượt giới hạn đọc / the document exceeds a reading limit");
    }

    /** The path Jackson recorded while binding, or else where the parser stood. */
    private static String path(JacksonException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String p = "$";
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    p = JsonPaths.member(p, r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    p = JsonPaths.element(p, r.getIndex());
                }
            }
            return p;
        }
        return e.getProcessor() instanceof JsonParser parser ? contextPath(parser.getParsingContext()) : "$";
    }

    /** The path of the object the parser is in (for a repeated key, whose own name the message gives). */
    private static String objectPath(StreamReadException e) {
        if (e.getProcessor() != null && e.getProcessor().getParsingContext() != null) {
            JsonStreamContext c = e.getProcessor().getParsingContext();
            return contextPath(c.inObject() ? c.getParent() : c);
        }
        return "$";
    }

    private static String contextPath(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        String p = "$";
        for (JsonStreamContext c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                p = JsonPaths.member(p, c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                p = JsonPaths.element(p, c.getCurrentIndex());
            }
        }
        return p;
    }

    private static String where(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? "" : " (dòng/line " + l.getLineNr() + ", cột/column " + l.getColumnNr()
                + ")";
    }

    private static <X> X find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The number's text, cut short: a number out of range can be 1,000 digits long. */
    private static String safeText(InputCoercionException e) {
        try {
            JsonParser p = e.getProcessor();
            if (p != null && p.currentToken() != null && p.currentToken().isNumeric()) {
                String t = p.getText();
                return " (" + (t.length() > 24 ? t.substring(0, 24) + "…" : t) + ")";
            }
        } catch (IOException | RuntimeException ignored) {
            // the message without the value still names the path and the type
        }
        return "";
    }

    /** The text of the token Jackson stopped at, e.g. {@code : 'many'}, or nothing when it cannot tell. */
    private static String offendingText(MismatchedInputException e) {
        try {
            if (e.getProcessor() instanceof JsonParser p && p.currentToken() != null && p.currentToken().isScalarValue()) {
                String t = p.getText();
                return ": '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'";
            }
        } catch (IOException | RuntimeException ignored) {
            // the message without the value is still precise about the path and the type
        }
        return "";
    }

    /** What a JSON value of {@code type} looks like, in Vietnamese. */
    static String kind(Class<?> type) {
        return words(type)[0];
    }

    /** What a JSON value of {@code type} looks like, in English. */
    static String kindEn(Class<?> type) {
        return words(type)[1];
    }

    private static String[] words(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return new String[] {"số nguyên", "a whole number"};
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return new String[] {"số", "a number"};
        }
        if (type == Boolean.class || type == boolean.class) {
            return new String[] {"true hoặc false", "true or false"};
        }
        if (type == String.class) {
            return new String[] {"chuỗi \"…\"", "a text \"…\""};
        }
        if (type == LocalDate.class) {
            return new String[] {"ngày \"YYYY-MM-DD\"", "a date \"YYYY-MM-DD\""};
        }
        if (type.isEnum()) {
            return new String[] {"một mã \"…\"", "a code \"…\""};
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new String[] {"mảng […]", "an array […]"};
        }
        if (Map.class.isAssignableFrom(type) || isObject(type)) {
            return new String[] {"đối tượng {…} (" + type.getSimpleName() + ")", "an object {…} ("
                    + type.getSimpleName() + ")"};
        }
        return new String[] {type.getSimpleName(), type.getSimpleName()};
    }

    /**
     * Whether a value of {@code type} is read from a JSON object of its properties: a record, or a value class that
     * Jackson builds through its {@link JsonCreator} constructor ({@code Audit}, whose digest may be deferred).
     */
    static boolean isObject(Class<?> type) {
        return type.isRecord() || Arrays.stream(type.getDeclaredConstructors())
                .anyMatch(c -> c.isAnnotationPresent(JsonCreator.class));
    }

    /** How a token is called in Vietnamese, for a document that is not what was expected. */
    static String kind(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "mảng […]";
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "chuỗi";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "số";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            default -> t.name();
        };
    }

    /** How a token is called in English. */
    static String kindEn(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array […]";
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            default -> t.name();
        };
    }
}
