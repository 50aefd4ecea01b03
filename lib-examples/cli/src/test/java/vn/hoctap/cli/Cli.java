package vn.hoctap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.hoctap.model.json.HoctapJson;

/** Runs {@code hoctap} in this JVM with its own stdin, stdout and stderr, and parses what it wrote. */
public final class Cli {
    /** The repository root, from this module's directory (where the tests run). */
    public static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    public static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    public static final Path UNITS = ROOT.resolve("lib-examples/examples/src/main/resources/vn/hoctap/examples/units");
    public static final Path CASES = ROOT.resolve("lib-rules/src/test/resources/cases");

    private Cli() {
    }

    /**
     * What one run gave.
     *
     * @param code its exit code
     * @param out  stdout
     * @param err  stderr
     */
    record Run(int code, String out, String err) {
        /** stdout as one JSON document; fails when it is not exactly one. */
        JsonNode json() {
            try {
                return HoctapJson.mapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not one JSON document: " + e.getMessage() + "\n" + out, e);
            }
        }

        /** stdout as JSON Lines; fails when a line is not a JSON document. */
        List<JsonNode> lines() {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        lines.add(HoctapJson.mapper().readTree(line));
                    } catch (Exception e) {
                        throw new AssertionError("not a JSON line: " + line, e);
                    }
                }
            }
            return lines;
        }
    }

    static Run withStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Hoctap.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return withStdin("", args);
    }
}
