package vn.hoctap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.hoctap.cli.common.Json;

/** {@code hoctap version}: the library's version and the national rule layers with their digests, as JSON. */
@Command(name = "version", mixinStandardHelpOptions = true,
        description = {"In phiên bản thư viện và mã băm của các lớp luật quốc gia (JSON).",
            "Prints the library's version and the digest of each national rule layer, as JSON."})
final class VersionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(Json.document(VersionInfo.describe()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

}
