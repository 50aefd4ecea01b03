package vn.hoctap.cli.common;

import static java.util.Objects.requireNonNull;

import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.rules.EvaluationAbortedException;
import vn.hoctap.rules.engine.NoSchemeInForceException;

/**
 * Why something was refused, in the one shape every tool answers with: on the command line's JSON Lines, in the HTTP
 * service's 4xx bodies ({@code {"error": {…}}}), for every kind of refusal.
 *
 * @param code      what kind of refusal, stable: {@code INVALID_INPUT}, {@code NO_SCHEME_IN_FORCE},
 *                  {@code MISSING_PARAMETER}, {@code UNKNOWN_SCHEME}, and for HTTP {@code NOT_FOUND},
 *                  {@code METHOD_NOT_ALLOWED}, {@code UNSUPPORTED_MEDIA_TYPE}, {@code BODY_TOO_LARGE},
 *                  {@code TIME_LIMIT}, {@code INTERNAL}
 * @param path      the JSON path of the field at fault ({@code $.members.learningCitizen}), {@code $} when the whole
 *                  document is
 * @param messageVi what is wrong, in Vietnamese
 * @param messageEn the same in English
 */
public record ErrorBody(String code, String path, String messageVi, String messageEn) {
    public ErrorBody {
        requireNonNull(code, "code");
        requireNonNull(path, "path");
        requireNonNull(messageVi, "messageVi");
        requireNonNull(messageEn, "messageEn");
    }

    /** A refusal of {@code code} at {@code path}, the message written "Vietnamese / English" as the library does. */
    public static ErrorBody of(String code, String path, String bilingual) {
        String[] parts = split(bilingual);
        return new ErrorBody(code, path, parts[0], parts[1]);
    }

    /**
     * The body for a refusal by the library, or {@code null} when {@code e} is not one (a bug, to be reported as
     * {@code INTERNAL} without its details).
     */
    public static ErrorBody ofRefusal(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return of("INVALID_INPUT", invalid.path(), invalid.problem());
        }
        if (e instanceof NoSchemeInForceException) {
            return of("NO_SCHEME_IN_FORCE", "$", e.getMessage());
        }
        if (e instanceof MissingParameterException) {
            return of("MISSING_PARAMETER", "$", e.getMessage());
        }
        if (e instanceof EvaluationAbortedException) {
            // A pack's rule ran away: the caller's request is not at fault, but the message names the layer and rule.
            return of("EVALUATION_ABORTED", "$", e.getMessage());
        }
        return null;
    }

    /** The message in one line, "Vietnamese / English", for a terminal. */
    public String message() {
        return messageVi.equals(messageEn) ? messageVi : messageVi + " / " + messageEn;
    }

    /**
     * The two halves of a "Vietnamese / English" message. A value quoted in a message appears in both halves, so a
     * " / " inside it occurs in both: the separator is the middle occurrence. With an even count (no clear middle) the
     * whole message stands in both languages.
     */
    static String[] split(String bilingual) {
        int count = 0;
        for (int i = bilingual.indexOf(" / "); i >= 0; i = bilingual.indexOf(" / ", i + 1)) {
            count++;
        }
        if (count % 2 == 0) {
            return new String[] {bilingual, bilingual};
        }
        int at = -1;
        for (int n = 0; n <= count / 2; n++) {
            at = bilingual.indexOf(" / ", at + 1);
        }
        return new String[] {bilingual.substring(0, at).strip(), bilingual.substring(at + 3).strip()};
    }
}
