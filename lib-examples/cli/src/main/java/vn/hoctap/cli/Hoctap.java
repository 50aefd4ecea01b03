package vn.hoctap.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.hoctap.cli.common.HoctapException;
import vn.hoctap.rules.Evaluator;

/**
 * The {@code hoctap} command: evaluate requests of every kind, roll up a province, print the criteria in force,
 * check a province pack, print the JSON Schemas, serve it all over HTTP. Results go to stdout (JSON, JSON Lines or
 * text), everything else to stderr; the exit codes are {@link ExitCode}'s. Commands of other modules join through
 * {@link HoctapExtension}.
 *
 * <p>Built on picocli: options, subcommands, help and usage errors (exit code 2) are its job, and every command gets
 * {@code --help} for free.
 */
@Command(name = "hoctap", mixinStandardHelpOptions = true, versionProvider = Hoctap.Version.class,
        description = {"Đánh giá “xã hội học tập” theo tiêu chí đang có hiệu lực, giải thích từng chỉ tiêu.",
            "Evaluates Vietnam's learning-society titles against the criteria in force and explains each indicator."},
        subcommands = {EvaluateCommand.class, RollupCommand.class, CriteriaCommand.class, ValidateCommand.class,
            SchemaCommand.class, ServeCommand.class, VersionCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nMã thoát / Exit codes:%n",
        exitCodeList = {"0:mọi đối tượng đã được đánh giá / everything evaluated",
            "1:một số đối tượng bị từ chối (dữ liệu sai) / some subjects were refused (input errors)",
            "2:sai cú pháp lệnh / usage error",
            "3:bộ tiêu chí của tỉnh không nạp được / a province pack failed to load",
            "4:lỗi của công cụ / the tool itself failed"})
public final class Hoctap implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private final InputStream stdin;

    private Hoctap(InputStream stdin) {
        this.stdin = stdin;
    }

    /** What the commands read as standard input ({@code -}). */
    InputStream stdin() {
        return stdin;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** The command line reading System.in, with every command of this module and of every {@link HoctapExtension}. */
    public static CommandLine commandLine() {
        return commandLine(System.in);
    }

    /** The command line reading {@code stdin} as standard input. */
    public static CommandLine commandLine(InputStream stdin) {
        quietSpreadsheetLogging();
        CommandLine cl = new CommandLine(new Hoctap(stdin));
        // The spreadsheet commands take kinds and levels as enum values typed by officials in any case.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        for (HoctapExtension e : ServiceLoader.load(HoctapExtension.class)) {
            e.subcommands().forEach(cl::addSubcommand);
        }
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof HoctapException h) {
                if (h.getMessage() != null) {
                    line.getErr().println(h.getMessage());
                }
                line.getErr().flush();
                return h.exitCode();
            }
            line.getErr().println("hoctap: lỗi của công cụ / the tool failed: " + ex);
            line.getErr().flush();
            return ExitCode.INTERNAL;
        });
        return cl;
    }

    /**
     * POI, under the spreadsheet commands, logs through log4j-api, which prints an error line on every run when no
     * log4j provider is present. Its simple logger keeps stderr for the tool's own diagnostics; a host with its own
     * log4j set-up has the property set already and keeps it.
     */
    private static void quietSpreadsheetLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    /** Runs {@code args} with these streams (UTF-8) and returns the exit code. */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        CommandLine cl = commandLine(in);
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cl.setOut(o);
        cl.setErr(e);
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(System.in, System.out, System.err, args));
    }

    /** {@code --version}: the library's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"hoctap " + Evaluator.version()};
        }
    }
}
