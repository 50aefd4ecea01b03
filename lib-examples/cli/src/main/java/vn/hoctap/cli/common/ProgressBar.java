package vn.hoctap.cli.common;

import java.io.PrintWriter;
import vn.hoctap.cli.rollup.RollUpRun;

/**
 * A progress bar on stderr, redrawn in place ({@code \r}), for a person watching a terminal: never drawn into a file
 * or a pipe, where it would be noise in a log.
 */
public final class ProgressBar implements RollUpRun.Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean shown;

    /** A bar on {@code err}, drawn only when {@code shown}. */
    public ProgressBar(PrintWriter err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    @Override
    public void at(long done, long total, String what) {
        if (!shown || total <= 0) {
            return;
        }
        int filled = (int) (WIDTH * done / total);
        String name = what.length() > 30 ? what.substring(0, 29) + "…" : what;
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                + String.format("%-30s", name));
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
