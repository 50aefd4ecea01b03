package vn.hoctap.rules.stream;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.result.Assessment;

/**
 * Writes each result as one JSON object on a line of its own, in the order the stream delivers them:
 *
 * <pre>{@code
 * {"position":"people.jsonl:1","commune":"26734","assessment":{...}}
 * {"position":"people.jsonl:2","commune":"26734","error":{"path":"$.scores.ethics","problem":"..."}}
 * }</pre>
 *
 * The caller flushes and closes the writer; an I/O error stops the stream as an {@link UncheckedIOException}.
 */
public final class JsonLinesSink implements StreamSink {
    private static final ObjectWriter LINE = HoctapJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final Writer out;

    private JsonLinesSink(Writer out) {
        this.out = out;
    }

    /** A sink writing to {@code out}. */
    public static JsonLinesSink to(Writer out) {
        return new JsonLinesSink(java.util.Objects.requireNonNull(out, "out"));
    }

    /** A line holding an assessment. */
    record Assessed(String position, String commune, Assessment assessment) {
    }

    /** A line holding a refusal. */
    record Refused(String position, String commune, Error error) {
    }

    /** Where the input is wrong and what is wrong, in Vietnamese then English. */
    record Error(String path, String problem) {
    }

    @Override
    public void assessed(Sourced subject, Assessment assessment) {
        write(new Assessed(subject.position(), subject.communeCode(), assessment));
    }

    @Override
    public void refused(Sourced subject, InvalidInputException error) {
        write(new Refused(subject.position(), subject.communeCode(), new Error(error.path(), error.problem())));
    }

    private void write(Object line) {
        try {
            out.write(LINE.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
