package vn.hoctap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.hoctap.cli.common.HoctapException;
import vn.hoctap.cli.common.PackOptions;
import vn.hoctap.cli.serve.HoctapServer;
import vn.hoctap.cli.serve.ServiceConfig;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;

/** {@code hoctap serve}: the HTTP service, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Chạy dịch vụ HTTP (xem /v1/openapi.json).", "Runs the HTTP service (see /v1/openapi.json)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PackOptions packs;

    @Option(names = "--packs", paramLabel = "DIR", description = "Thư mục chứa các bộ tiêu chí (mỗi thư mục con có"
            + " pack.json, theo thứ tự tên) / a directory of packs: every sub-directory holding pack.json, in name"
            + " order, after any --pack")
    private Path packsDirectory;

    @Option(names = "--host", description = "Địa chỉ / address (default ${DEFAULT-VALUE})")
    private String host = "127.0.0.1";

    @Option(names = "--port", description = "Cổng / port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    private int port = 8080;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Giới hạn một yêu cầu / one request's limit"
            + " (default ${DEFAULT-VALUE})")
    private long maxBody = 1 << 20;

    @Option(names = "--max-batch-body", paramLabel = "BYTES", description = "Giới hạn một lô / a batch's limit"
            + " (default ${DEFAULT-VALUE})")
    private long maxBatchBody = 64L << 20;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Thời hạn một yêu cầu / time limit of one"
            + " request or batch (default ${DEFAULT-VALUE})")
    private long timeLimit = 10;

    @Option(names = "--threads", description = "Số đánh giá song song / evaluations at once (default: one per core)")
    private int threads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> dirs = new ArrayList<>(packs.directories());
        if (packsDirectory != null) {
            if (!Files.isDirectory(packsDirectory)) {
                throw new HoctapException(ExitCode.USAGE, "không có thư mục " + packsDirectory + " / no directory "
                        + packsDirectory);
            }
            try (Stream<Path> list = Files.list(packsDirectory)) {
                list.filter(d -> Files.isRegularFile(d.resolve("pack.json"))).sorted().forEach(dirs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Evaluator evaluator = PackOptions.load(dirs, err);
        // Rule bases are built when their rules first run; a service builds them all before it says it listens, so
        // that no client's first request of a kind waits for them.
        evaluator.packs().forEach(RulePack::kieBase);
        ServiceConfig config = new ServiceConfig(host, port, maxBody, maxBatchBody, Duration.ofSeconds(timeLimit),
                threads);
        CountDownLatch stopped = new CountDownLatch(1);
        HoctapServer server = HoctapServer.start(evaluator, config, err);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        err.println("hoctap " + Evaluator.version() + ": http://" + host + ":" + server.port() + "/v1/openapi.json ("
                + dirs.size() + " bộ tiêu chí của tỉnh / province pack(s))");
        err.flush();
        stopped.await();
        return ExitCode.OK;
    }
}
