package vn.hoctap.cli;

/**
 * The exit codes of every {@code hoctap} command, the same for commands other modules add. A script can rely on them.
 */
public final class ExitCode {
    /** Everything asked was done: every subject evaluated, the pack valid, the document written. */
    public static final int OK = 0;
    /** Some subjects (or case files) were refused or failed: bad input, no rules in force, a number missing; each is
     * reported on stderr and, in JSON Lines output, on its own line. The others were evaluated. */
    public static final int INPUT_ERRORS = 1;
    /** The command line was wrong: an unknown command or option, a missing argument, a file that does not exist. */
    public static final int USAGE = 2;
    /** A province pack could not be loaded: its problems are listed on stderr with file, line and code. */
    public static final int PACK_FAILED = 3;
    /** The tool itself failed (a bug, or output that could not be written); nothing on stdout can be trusted. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
