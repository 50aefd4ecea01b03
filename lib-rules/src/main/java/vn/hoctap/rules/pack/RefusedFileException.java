package vn.hoctap.rules.pack;

import java.io.IOException;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * A pack's file that the pack's source will not read: a name that is no valid path, a link that leaves the pack's
 * directory, something other than a regular file, a file above the size bound. Its content is never read, so nothing
 * of it can be echoed in a message. Becomes one {@link PackProblem} of the {@link PackValidationException}.
 */
final class RefusedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Code code;
    private final String messageVi;
    private final String messageEn;

    RefusedFileException(Code code, String messageVi, String messageEn) {
        super(messageVi + " / " + messageEn);
        this.code = code;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    Code code() {
        return code;
    }

    String messageVi() {
        return messageVi;
    }

    String messageEn() {
        return messageEn;
    }
}
