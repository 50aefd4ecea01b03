package vn.hoctap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.json.HoctapJson;

/**
 * The runnable jar built by {@code package}, run as a user runs it ({@code java -jar target/hoctap.jar}): it
 * evaluates a file with pure JSON on stdout, loads a province pack with its own DRL (merged Drools service files),
 * and serves over HTTP, called by the README's curl and Python samples. Runs in {@code integration-test}.
 */
class RunnableJarTest {
    private static final Path JAR = Path.of(System.getProperty("hoctap.jar", "target/hoctap.jar")).toAbsolutePath();

    private record Result(int code, String out, String err) {
    }

    private static Result java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command, Cli.ROOT);
    }

    private static Result run(List<String> command, Path dir) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** Proves that java -jar evaluates a file: one JSON document on stdout, nothing on stderr, exit 0. */
    @Test
    void evaluatesAFile() throws Exception {
        Result r = java("evaluate", "--kind", "unit",
                "lib-examples/examples/src/main/resources/vn/hoctap/examples/units/01-ubnd-xa-tan-lap.json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("LEVEL_1", HoctapJson.mapper().readTree(r.out()).path("verdict").asText());
    }

    /** Proves that the jar loads a pack with its own DRL and judges the criterion the pack adds. */
    @Test
    void loadsAPackWithRules() throws Exception {
        Path pack = Cli.CASES.resolve("province-pack");
        Result r = java("validate", pack.resolve("tinh-thu").toString(), "--cases", pack.toString());
        assertEquals(0, r.code(), r.out() + r.err());
    }

    /**
     * Proves that the jar serves over HTTP and that the README's curl and Python samples run against it: the curl
     * sample prints an assessment, the Python one a verdict and the refusal of a bad request.
     */
    @Test
    void servesAndTheReadmeSamplesCallIt() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process server = new ProcessBuilder("java", "-Xmx512m", "-jar", JAR.toString(), "serve", "--port",
                String.valueOf(port)).directory(Cli.ROOT.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String address = "http://127.0.0.1:" + port;
            try (BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String first = err.readLine();
                assertTrue(first != null && first.contains("/v1/openapi.json"), String.valueOf(first));
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(address + "/v1/health")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                Result curl = run(List.of("env", "HOCTAP=" + address, "sh", "lib-examples/cli/samples/curl-evaluate.sh"),
                        Cli.ROOT);
                assertEquals(0, curl.code(), curl.err());
                JsonNode answer = HoctapJson.mapper().readTree(curl.out());
                assertEquals("LEVEL_1", answer.path("assessment").path("verdict").asText());
                Result python = run(List.of("env", "HOCTAP=" + address, "python3",
                        "lib-examples/cli/samples/call_service.py"), Cli.ROOT);
                assertEquals(0, python.code(), python.err());
                assertTrue(python.out().startsWith("LEVEL_1 "), python.out());
                assertTrue(python.out().contains("refused: $.request.evaluationYear: wrong type"), python.out());
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Proves that the README's tour of the commands runs against the jar with the exit codes it shows, and that what
     * it writes is JSON, JSON Lines, Markdown and HTML as it says.
     */
    @Test
    void theReadmeTourRuns(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Result r = run(List.of("env", "TMPDIR=" + tmp, "sh", "lib-examples/cli/samples/tour.sh"), Cli.ROOT);
        assertEquals(0, r.code(), r.out() + r.err());
        Path out = tmp.resolve("hoctap-tour");
        assertEquals("LEVEL_1", HoctapJson.mapper().readTree(Files.readString(out.resolve("tan-lap.json")))
                .path("verdict").asText());
        for (String lines : List.of("mixed.jsonl", "stdin.jsonl", "huyen.jsonl")) {
            for (String line : Files.readAllLines(out.resolve(lines))) {
                assertTrue(HoctapJson.mapper().readTree(line).has("assessment"), lines + ": " + line);
            }
        }
        assertTrue(Files.readString(out.resolve("units.txt")).contains("đạt mức độ 1"));
        assertTrue(Files.readString(out.resolve("tt24-huyen.md")).startsWith("# Tiêu chí có hiệu lực"));
        assertTrue(Files.readString(out.resolve("tieu-chi.html")).startsWith("<!DOCTYPE html>"));
        assertTrue(HoctapJson.mapper().readTree(Files.readString(out.resolve("tinh-thu.json"))).has("schemes"));
        assertTrue(r.err().contains("[UNKNOWN_CRITERION]"), r.err());
    }

    /**
     * Proves that the README's class-data sharing sample runs against the jar: the archive is written, the run after
     * it evaluates without a word on stderr (a JVM that cannot use an archive says so there), the library's, Drools'
     * and Jackson's classes come from the archive rather than the jar, and {@code serve} starts with it.
     */
    @Test
    void theClassDataSharingSampleRuns() throws Exception {
        Result r = run(List.of("sh", "lib-examples/cli/samples/appcds.sh"), Cli.ROOT);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("LEVEL_1", HoctapJson.mapper().readTree(r.out()).path("verdict").asText());

        String archive = "-XX:SharedArchiveFile=lib-examples/cli/target/hoctap.jsa";
        Result shared = run(List.of("java", archive, "-Xlog:class+load=info", "-jar", "lib-examples/cli/target/hoctap.jar",
                "evaluate", "lib-examples/cli/samples/mixed.jsonl"), Cli.ROOT);
        assertEquals(0, shared.code(), shared.err());
        for (String type : List.of("vn.hoctap.rules.engine.Engine", "org.drools.modelcompiler.KieBaseBuilder",
                "com.fasterxml.jackson.databind.ObjectMapper")) {
            assertTrue(shared.out().contains(type + " source: shared objects file (top)"), type);
        }

        Process server = new ProcessBuilder("java", archive, "-jar", "lib-examples/cli/target/hoctap.jar", "serve",
                "--port", "0").directory(Cli.ROOT.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String first = err.readLine();
            assertTrue(first != null && first.contains("/v1/openapi.json"), String.valueOf(first));
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The jar exists: {@code package} built it. */
    @Test
    void theJarWasBuilt() throws IOException {
        assertTrue(Files.size(JAR) > 1_000_000, JAR.toString());
    }
}
