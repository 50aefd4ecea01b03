package vn.hoctap.cli.common;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.hoctap.cli.ExitCode;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.PackProblem;
import vn.hoctap.rules.pack.PackValidationException;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * {@code --pack DIR}, repeatable: province packs layered over the national rules, lowest first. Every command that
 * evaluates or lists criteria mixes it in ({@code @Mixin PackOptions packs}) and builds its evaluator with
 * {@link #evaluator(PrintWriter)}, so a broken pack is reported the same way everywhere: each problem on stderr as
 * {@code file:line: [CODE] message}, then exit code 3.
 */
public final class PackOptions {
    @Option(names = "--pack", paramLabel = "DIR",
            description = "Bộ tiêu chí của tỉnh (thư mục có pack.json), lặp lại được / a province pack directory"
                    + " (holding pack.json); repeatable, lowest layer first")
    private List<Path> directories = new ArrayList<>();

    /** The pack directories given, in order. */
    public List<Path> directories() {
        return List.copyOf(directories);
    }

    /**
     * The evaluator: the national rules with the packs given.
     *
     * @throws HoctapException with {@link ExitCode#PACK_FAILED} when a pack cannot be loaded (its problems printed on
     *                         {@code err}), or {@link ExitCode#USAGE} when a directory does not exist
     */
    public Evaluator evaluator(PrintWriter err) {
        return load(directories, err);
    }

    /** The evaluator for {@code directories}, as {@link #evaluator(PrintWriter)}. */
    public static Evaluator load(List<Path> directories, PrintWriter err) {
        Evaluator.Builder builder = Evaluator.builder();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                throw new HoctapException(ExitCode.USAGE, "không có thư mục " + dir + " / no directory " + dir);
            }
            builder.add(ProvincePack.fromDirectory(dir));
        }
        try {
            return builder.build();
        } catch (PackValidationException e) {
            printProblems(e.problems(), err);
            throw new HoctapException(ExitCode.PACK_FAILED, null);
        }
    }

    /** Each problem on a line of its own, {@code file:line: [CODE] message}, then the count. */
    public static void printProblems(List<PackProblem> problems, PrintWriter err) {
        problems.forEach(p -> err.println(p));
        err.println("Bộ tiêu chí của tỉnh không hợp lệ (" + problems.size() + " lỗi) / Invalid province pack ("
                + problems.size() + " problem(s))");
        err.flush();
    }
}
