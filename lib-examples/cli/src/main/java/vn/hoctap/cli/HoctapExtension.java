package vn.hoctap.cli;

import java.util.List;

/**
 * Commands another module adds to {@code hoctap} (e.g. the spreadsheet tools' {@code template}, {@code workbook}):
 * list an implementation in {@code META-INF/services/vn.hoctap.cli.HoctapExtension} and put the module on the class
 * path (or in the runnable jar); {@link Hoctap#commandLine()} finds it with {@link java.util.ServiceLoader}. The
 * commands can reuse {@link vn.hoctap.cli.common} (pack options, output, error reporting) and {@link ExitCode}.
 */
public interface HoctapExtension {
    /** The subcommands, each an object annotated with picocli's {@code @Command}, named by its annotation. */
    List<Object> subcommands();
}
