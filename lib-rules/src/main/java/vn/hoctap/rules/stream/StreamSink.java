package vn.hoctap.rules.stream;

import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.result.Assessment;

/**
 * Where a stream delivers people's results. Calls come from the thread that runs the stream, one at a time, in source
 * order whatever the number of threads, so a sink needs no locking; a slow sink slows the evaluation rather than
 * letting results pile up. An exception thrown here stops the stream and reaches its caller.
 */
public interface StreamSink {
    /** {@code subject}'s explained assessment, when the {@link Keep} policy keeps it. */
    void assessed(Sourced subject, Assessment assessment);

    /**
     * {@code subject} was not evaluated: its input could not be read or is wrong ({@code error} names the field, e.g.
     * {@code $.scores.ethics}, and the problem in Vietnamese and English). The others go on.
     */
    void refused(Sourced subject, InvalidInputException error);

    /** A sink that discards everything, for runs that want the tallies alone. */
    static StreamSink discard() {
        return new StreamSink() {
            @Override
            public void assessed(Sourced subject, Assessment assessment) {
            }

            @Override
            public void refused(Sourced subject, InvalidInputException error) {
            }
        };
    }
}
