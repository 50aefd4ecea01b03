package vn.hoctap.rules.stream;

/**
 * A flag another thread sets to stop a running stream: the stream stops before its next batch, delivers nothing more
 * and throws {@link java.util.concurrent.CancellationException}.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    /** Asks the stream to stop. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
