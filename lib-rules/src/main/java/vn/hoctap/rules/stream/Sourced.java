package vn.hoctap.rules.stream;

import static vn.hoctap.model.Checks.requiredText;

import java.util.Objects;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.CitizenEvaluationRequest;

/**
 * One person as a source yields them: where they were read, the commune they belong to, and their request, or the
 * error that kept the request from being read (which the stream reports for this person alone).
 *
 * @param position    where in the source, for messages, e.g. {@code people.jsonl:17}
 * @param communeCode the code of the person's commune ({@code commune.unit.code}), or {@code null} when the error
 *                    kept it from being read
 * @param request     the request, or {@code null} when it could not be read
 * @param error       why it could not be read, or {@code null}
 */
public record Sourced(String position, String communeCode, CitizenEvaluationRequest request,
                      InvalidInputException error) {
    public Sourced {
        requiredText(position, "position");
        if ((request == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of request and error");
        }
        if (request != null) {
            requiredText(communeCode, "communeCode");
        }
    }

    /** A person read whole. */
    public static Sourced of(String position, String communeCode, CitizenEvaluationRequest request) {
        return new Sourced(position, communeCode, Objects.requireNonNull(request, "request"), null);
    }

    /** A person whose input could not be read. */
    public static Sourced refused(String position, String communeCode, InvalidInputException error) {
        return new Sourced(position, communeCode, null, Objects.requireNonNull(error, "error"));
    }
}
