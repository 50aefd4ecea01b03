package vn.hoctap.cli.common;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a person is watching stderr, so that progress is drawn only for them and never into a log file. */
public final class Terminal {
    private Terminal() {
    }

    /**
     * Whether stderr is a terminal: on Linux from {@code /proc/self/fd/2}; elsewhere when the JVM has a console
     * (stdin and stdout are terminals), the best Java can tell.
     */
    public static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException e) {
            // fall back to the console test
        }
        return System.console() != null;
    }
}
