package vn.hoctap.cli.common;

/**
 * Ends a command with an exit code ({@link vn.hoctap.cli.ExitCode}) after its reason was, or is to be, printed on
 * stderr. Commands throw it; the root command turns it into the exit code.
 */
public final class HoctapException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode the process's exit code
     * @param message  what to print on stderr, or {@code null} when it was printed already
     */
    public HoctapException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** The exit code. */
    public int exitCode() {
        return exitCode;
    }
}
