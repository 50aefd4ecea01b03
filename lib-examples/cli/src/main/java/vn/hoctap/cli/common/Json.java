package vn.hoctap.cli.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.RequestLine;
import vn.hoctap.model.result.Assessment;

/**
 * How the tools write JSON: with hoctap's mapper, indented for one document, on one line for JSON Lines; and the
 * shape of one answer line, the same on the command line and over HTTP.
 */
public final class Json {
    private static final ObjectWriter LINE = HoctapJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** {@code value} on one line, for JSON Lines. */
    public static String line(Object value) {
        try {
            return LINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName(), e);
        }
    }

    /** {@code value} indented, for a single document. */
    public static String document(Object value) {
        return HoctapJson.write(value);
    }

    /**
     * The answer to one request: {@code {"source", "line", "id", "kind", "assessment"}}, or {@code "error"} instead
     * of {@code "assessment"}; absent fields are left out.
     *
     * @param source     the file it came from, or {@code null}
     * @param line       its line number in a JSON Lines input, or {@code 0}
     * @param id         the caller's id, or {@code null}
     * @param kind       the kind's name, or {@code null}
     * @param assessment the assessment, or {@code null}
     * @param error      the refusal, or {@code null}
     */
    public static Map<String, Object> answer(String source, long line, String id, String kind, Assessment assessment,
                                             ErrorBody error) {
        // A map of the values themselves, not a tree: the assessment is then written exactly as HoctapJson writes it
        // (a tree would normalise its decimals, 9.0 becoming 9).
        Map<String, Object> node = new LinkedHashMap<>();
        if (source != null) {
            node.put("source", source);
        }
        if (line > 0) {
            node.put("line", line);
        }
        if (id != null) {
            node.put("id", id);
        }
        if (kind != null) {
            node.put("kind", kind);
        }
        if (assessment != null) {
            node.put("assessment", assessment);
        }
        if (error != null) {
            node.put("error", error);
        }
        return node;
    }

    /** The answer to a line that could not be read. */
    public static Map<String, Object> refused(String source, RequestLine line) {
        return answer(source, line.number(), line.id(), line.kind(), null, ErrorBody.ofRefusal(line.error()));
    }
}
