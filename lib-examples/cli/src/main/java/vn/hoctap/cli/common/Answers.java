package vn.hoctap.cli.common;

import java.util.Map;
import vn.hoctap.model.json.RequestEnvelope;
import vn.hoctap.model.json.RequestLine;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;

/**
 * Evaluates one request line and answers it, the same way on the command line and over HTTP: an assessment, or the
 * refusal (bad input, no rules in force, a number no pack supplies) as an {@link ErrorBody}. A line that was not
 * read whole is never evaluated.
 *
 * @param json        the answer line ({@link Json#answer})
 * @param assessment  the assessment, or {@code null} when refused
 * @param error       the refusal, or {@code null}
 */
public record Answers(Map<String, Object> json, Assessment assessment, ErrorBody error) {

    /** Whether the request was refused. */
    public boolean refused() {
        return error != null;
    }

    /**
     * Answers {@code line} of {@code source}.
     *
     * @throws RuntimeException when evaluating fails otherwise than by a refusal: a bug, not the caller's input
     */
    public static Answers of(Evaluator evaluator, String source, RequestLine line) {
        if (line.envelope() == null) {
            ErrorBody error = ErrorBody.ofRefusal(line.error());
            return new Answers(Json.answer(source, line.number(), line.id(), line.kind(), null, error), null, error);
        }
        RequestEnvelope envelope = line.envelope();
        try {
            Assessment a = evaluator.evaluate(envelope.request());
            return new Answers(Json.answer(source, line.number(), envelope.id(), envelope.kind().jsonName(), a, null),
                    a, null);
        } catch (RuntimeException e) {
            ErrorBody error = ErrorBody.ofRefusal(e);
            if (error == null) {
                throw e;
            }
            return new Answers(Json.answer(source, line.number(), envelope.id(), envelope.kind().jsonName(), null,
                    error), null, error);
        }
    }
}
