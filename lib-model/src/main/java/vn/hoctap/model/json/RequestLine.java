package vn.hoctap.model.json;

import static vn.hoctap.model.Checks.required;

import java.util.Optional;
import vn.hoctap.model.InvalidInputException;

/**
 * One line of a JSON Lines stream of requests: the envelope it holds, or why it could not be read. A line that was
 * not read whole gets no envelope, so it can never get a verdict.
 *
 * @param number   the line's number in the stream, from 1 (blank lines count)
 * @param id       the caller's reference: the envelope's, or on a refused line its {@code "id"} if that much could be
 *                 read; {@code null} when there is none
 * @param kind     the kind's name as written, when it could be read, or {@code null}
 * @param envelope the envelope, or {@code null} when the line was refused
 * @param error    why the line was refused, or {@code null}
 */
public record RequestLine(long number, String id, String kind, RequestEnvelope envelope, InvalidInputException error) {
    public RequestLine {
        if (number < 1) {
            throw new IllegalArgumentException("line " + number);
        }
        if ((envelope == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of envelope and error");
        }
    }

    /** A line read whole. */
    public static RequestLine read(long number, RequestEnvelope envelope) {
        required(envelope, "envelope");
        return new RequestLine(number, envelope.id(), envelope.kind().jsonName(), envelope, null);
    }

    /** A line refused for {@code error}. */
    public static RequestLine refused(long number, String id, String kind, InvalidInputException error) {
        return new RequestLine(number, id, kind, null, required(error, "error"));
    }

    /** The envelope, when the line was read whole. */
    public Optional<RequestEnvelope> read() {
        return Optional.ofNullable(envelope);
    }
}
