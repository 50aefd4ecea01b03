package vn.hoctap.cli.serve;

import java.time.Duration;

/**
 * The service's limits.
 *
 * @param host          the address to listen on, e.g. {@code 127.0.0.1}
 * @param port          the port; 0 picks a free one
 * @param maxBody       the largest body of one request, in bytes (413 beyond)
 * @param maxBatchBody  the largest body of a batch, in bytes (413 beyond)
 * @param timeLimit     how long one evaluation, or a whole batch, may take (503 {@code TIME_LIMIT} beyond; a batch
 *                      ends with a {@code TIME_LIMIT} line)
 * @param threads       evaluations run at once; 0 for one per core
 */
public record ServiceConfig(String host, int port, long maxBody, long maxBatchBody, Duration timeLimit, int threads) {
    public ServiceConfig {
        if (port < 0 || port > 65535 || maxBody < 1 || maxBatchBody < 1 || timeLimit.isNegative() || threads < 0) {
            throw new IllegalArgumentException("invalid service limits");
        }
    }

    /** Loopback, a free port, 1 MiB per request, 64 MiB per batch, 10 s, one evaluation per core. */
    public static ServiceConfig defaults() {
        return new ServiceConfig("127.0.0.1", 0, 1 << 20, 64L << 20, Duration.ofSeconds(10), 0);
    }
}
