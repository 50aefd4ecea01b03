package vn.hoctap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.json.HoctapSchemas;
import vn.hoctap.rules.Evaluator;

/** Every command on the bundled samples: what stdout holds, what stderr holds, and the exit code. */
class CommandsTest {
    private static final String UNIT = Cli.UNITS.resolve("01-ubnd-xa-tan-lap.json").toString();

    /** Proves that one bare request file gives one JSON assessment on stdout, nothing on stderr, and exit 0. */
    @Test
    void evaluateOneFile() {
        Cli.Run r = Cli.run("evaluate", "--kind", "unit", UNIT);
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("LEVEL_1", r.json().path("verdict").asText());
        assertTrue(r.json().path("audit").path("requestDigest").asText().startsWith("sha256:"));
    }

    /** Proves that several files give JSON Lines, one answer per file naming its source, or a JSON array. */
    @Test
    void evaluateManyFiles() throws IOException {
        List<String> files;
        try (var list = Files.list(Cli.UNITS)) {
            files = list.map(Path::toString).sorted().toList();
        }
        String[] args = new String[files.size() + 3];
        args[0] = "evaluate";
        args[1] = "--kind";
        args[2] = "unit";
        for (int i = 0; i < files.size(); i++) {
            args[i + 3] = files.get(i);
        }
        Cli.Run lines = Cli.run(args);
        assertEquals(ExitCode.OK, lines.code(), lines.err());
        assertEquals(files.size(), lines.lines().size());
        assertEquals(files.get(0), lines.lines().get(0).path("source").asText());
        String[] asJson = new String[args.length + 2];
        System.arraycopy(args, 0, asJson, 0, args.length);
        asJson[args.length] = "--format";
        asJson[args.length + 1] = "json";
        assertEquals(files.size(), Cli.run(asJson).json().size());
    }

    /**
     * Proves that a JSON Lines stream of mixed kinds on stdin is answered line by line, that a bad line gets an
     * error line and a diagnostic on stderr while the lines after it are still evaluated, and that the exit code is
     * then 1.
     */
    @Test
    void evaluateAStreamOfMixedKindsWithABadLine() throws IOException {
        List<String> mixed = Files.readAllLines(Cli.SAMPLES.resolve("mixed.jsonl"), StandardCharsets.UTF_8);
        String stream = mixed.get(0) + "\n{\"kind\": \"unit\", \"id\": \"bad\", \"request\": {\"evaluationYear\": \"x\"}}\n"
                + String.join("\n", mixed.subList(1, mixed.size())) + "\n";
        Cli.Run r = Cli.withStdin(stream, "evaluate", "-");
        assertEquals(ExitCode.INPUT_ERRORS, r.code());
        List<JsonNode> lines = r.lines();
        assertEquals(mixed.size() + 1, lines.size());
        assertEquals("INVALID_INPUT", lines.get(1).path("error").path("code").asText());
        assertEquals("$.request.evaluationYear", lines.get(1).path("error").path("path").asText());
        assertEquals("bad", lines.get(1).path("id").asText());
        assertTrue(lines.get(2).has("assessment"));
        assertTrue(r.err().startsWith("stdin:2: [INVALID_INPUT] $.request.evaluationYear"), r.err());
        assertEquals(List.of("citizen", "unit", "district", "province", "commune"),
                lines.stream().filter(l -> l.has("assessment")).map(l -> l.path("kind").asText()).toList());
    }

    /** Proves that --format text prints the readable summary in Vietnamese, or in English with --en. */
    @Test
    void evaluateAsText() {
        assertTrue(Cli.run("evaluate", "--kind", "unit", "--format", "text", UNIT).out()
                .contains("đạt mức độ 1"));
        assertTrue(Cli.run("evaluate", "--kind", "unit", "--format", "text", "--en", UNIT).out()
                .contains("meets level 1"));
    }

    /**
     * Proves that --format brief writes one tab-separated line per subject, in input order, with the envelope's id,
     * the verdict's code and the summary, and REFUSED with the path for a bad line.
     */
    @Test
    void evaluateBrief() throws IOException {
        List<String> mixed = Files.readAllLines(Cli.SAMPLES.resolve("mixed.jsonl"), StandardCharsets.UTF_8);
        String stream = mixed.get(0) + "\n{\"kind\": \"unit\", \"id\": \"bad\", \"request\": {\"evaluationYear\": \"x\"}}\n"
                + String.join("\n", mixed.subList(1, mixed.size())) + "\n";
        Cli.Run r = Cli.withStdin(stream, "evaluate", "--format", "brief", "-");
        assertEquals(ExitCode.INPUT_ERRORS, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(mixed.size() + 1, lines.size(), r.out());
        assertTrue(lines.get(1).startsWith("bad\tREFUSED\t$.request.evaluationYear: "), lines.get(1));
        String[] first = lines.get(0).split("\t");
        assertEquals(3, first.length, lines.get(0));
        assertFalse(first[2].isBlank());
    }

    /**
     * Proves that --format markdown renders every file's assessment with the library's renderer in one document
     * ending with the overview table, and that --gaps keeps the verdict while leaving out the met indicators.
     */
    @Test
    void evaluateAsMarkdown() throws IOException {
        List<String> files;
        try (var list = Files.list(Cli.UNITS)) {
            files = list.map(Path::toString).sorted().limit(2).toList();
        }
        Cli.Run r = Cli.run("evaluate", "--kind", "unit", "--format", "markdown", files.get(0), files.get(1));
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().startsWith("# "), r.out());
        assertTrue(r.out().contains("| "), "the overview table of two assessments");
        Cli.Run gaps = Cli.run("evaluate", "--kind", "unit", "--format", "markdown", "--gaps", UNIT);
        Cli.Run full = Cli.run("evaluate", "--kind", "unit", "--format", "markdown", UNIT);
        assertTrue(gaps.out().length() < full.out().length(), gaps.out());
        assertTrue(gaps.out().contains("đạt mức độ 1"), gaps.out());
    }

    /** Proves that usage errors exit with 2 and write nothing on stdout. */
    @Test
    void usageErrorsExitWithTwo() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"evaluate", "--kind", "school", UNIT},
                new String[] {"evaluate", "no-such-file.json"}, new String[] {"schema", "school"},
                new String[] {"evaluate", "--pack", "no-such-dir", UNIT}, new String[] {})) {
            Cli.Run r = Cli.run(args);
            assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals("", r.out(), String.join(" ", args));
            assertFalse(r.err().isBlank());
        }
    }

    /** Proves that a pack that cannot be loaded exits with 3, listing its problems with file, line and code. */
    @Test
    void aBrokenPackExitsWithThree() {
        Path broken = Cli.CASES.resolve("province-pack/tinh-hong");
        Cli.Run r = Cli.run("evaluate", "--kind", "unit", "--pack", broken.toString(), UNIT);
        assertEquals(ExitCode.PACK_FAILED, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("overlay.json:") && r.err().contains("[UNKNOWN_CRITERION]"), r.err());
        Cli.Run v = Cli.run("validate", broken.toString());
        assertEquals(ExitCode.PACK_FAILED, v.code());
        assertTrue(v.err().contains("[UNKNOWN_CRITERION]"), v.err());
    }

    /** Proves that validate accepts a valid pack, then runs case files and says how many hold. */
    @Test
    void validateRunsTheCaseFiles() {
        Cli.Run r = Cli.run("validate", Cli.CASES.resolve("province-pack/tinh-thu").toString(), "--cases",
                Cli.CASES.resolve("province-pack").toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("hợp lệ / valid"), r.out());
        assertTrue(r.out().matches("(?s).*\\d+ cases, 0 failed.*"), r.out());
    }

    /** Proves that validate reports a case whose expectation the library does not meet, with exit code 1. */
    @Test
    void validateReportsAFailingCase(@TempDir Path dir) throws IOException {
        Path source = Cli.CASES.resolve("tt24/01-ubnd-xa-muc-1.json");
        Files.writeString(dir.resolve("01.json"), Files.readString(source).replace("\"verdict\": \"LEVEL_1\"",
                "\"verdict\": \"LEVEL_2\""));
        Cli.Run r = Cli.run("validate", Cli.CASES.resolve("province-pack/tinh-thu").toString(), "--cases",
                dir.toString());
        assertEquals(ExitCode.INPUT_ERRORS, r.code());
        assertTrue(r.err().contains("verdict expected LEVEL_2"), r.err());
    }

    /** Proves that schema prints every shipped schema as JSON, and version the library's version as JSON. */
    @Test
    void schemaAndVersion() {
        for (String name : HoctapSchemas.names()) {
            Cli.Run r = Cli.run("schema", name);
            assertEquals(ExitCode.OK, r.code());
            assertEquals("https://json-schema.org/draft/2020-12/schema", r.json().path("$schema").asText());
        }
        assertEquals(Evaluator.version(), Cli.run("version").json().path("version").asText());
        assertEquals(4, Cli.run("version").json().path("nationalLayers").size());
    }

    /**
     * Proves that criteria lists every indicator in force on the date, with its numbers, in Markdown and HTML, and
     * as JSON that parses.
     */
    @Test
    void criteriaShowsEveryIndicator() {
        String md = Cli.run("criteria", "--date", "2024-12-31").out();
        String html = Cli.run("criteria", "--date", "2024-12-31", "--format", "html").out();
        java.time.LocalDate date = java.time.LocalDate.of(2024, 12, 31);
        var catalogue = Evaluator.national().catalogue(date);
        for (IndicatorDefinition i : catalogue.schemes().stream().filter(s -> s.inForceOn(date))
                .flatMap(s -> catalogue.criteriaOf(s).stream()).flatMap(c -> c.indicators().stream())
                .filter(i -> i.inForceOn(date)).toList()) {
            assertTrue(md.contains("(" + i.id() + ")"), i.id());
            assertTrue(html.contains("(" + i.id() + ")"), i.id());
        }
        assertTrue(md.contains("TT24.C2.1.MIN_PERCENT") && md.contains("= 90"), "numbers are shown");
        assertTrue(md.contains("chưa có giá trị"), "numbers a province must supply say so");
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<table>"));
        Cli.Run json = Cli.run("criteria", "--date", "2024-12-31", "--format", "json");
        assertEquals(ExitCode.OK, json.code());
        assertTrue(json.json().path("schemes").size() > 5);
    }

    /**
     * Proves that criteria lists every dated procedure period of a scheme, not only the text's procedure: its dates,
     * deciding authority, receiving office, deadlines, status and note, a pack's period first, in Markdown, HTML and
     * JSON.
     */
    @Test
    void criteriaListsEveryProcedurePeriod() {
        String md = Cli.run("criteria", "--date", "2026-01-01", "--scheme", "TT25.X").out();
        assertTrue(md.contains("- Thẩm quyền theo văn bản / Authority as the text sets it: Trưởng phòng Giáo dục và"
                + " Đào tạo"), md);
        String period = md.lines().filter(l -> l.startsWith("- Thủ tục từ / Procedure from 2025-07-01 → :"))
                .findFirst().orElseThrow(() -> new AssertionError(md));
        for (String part : List.of("Giám đốc Sở Giáo dục và Đào tạo / the director of the provincial Department of"
                + " Education and Training", "nhận hồ sơ / dossier to: Sở Giáo dục và Đào tạo", "hồ sơ trước /"
                + " dossier before --02-28, quyết định trước / decision before --03-31", "trạng thái / status PROBABLE",
                "2086/QĐ-UBND", "From 1 July 2025 there is no district tier")) {
            assertTrue(period.contains(part), part + " in " + period);
        }
        String district = Cli.run("criteria", "--date", "2026-01-01", "--scheme", "TT24.H", "--format", "html").out();
        assertTrue(district.contains("<li>Thủ tục từ / Procedure from 2025-07-01 → : không biết ai nhận hồ sơ, ai quyết"
                + " định / no receiving office or deciding authority known; trạng thái / status UNKNOWN"), district);
        String withPack = Cli.run("criteria", "--date", "2026-01-01", "--scheme", "TT24.H", "--pack",
                Cli.CASES.resolve("province-pack/tinh-sau-sap-xep").toString()).out();
        List<String> periods = withPack.lines().filter(l -> l.startsWith("- Thủ tục từ")).toList();
        assertEquals(2, periods.size(), withPack);
        assertTrue(periods.get(0).contains("Chủ tịch Ủy ban nhân dân tỉnh") && periods.get(0).contains("hồ sơ trước /"
                + " dossier before --01-15, quyết định trước / decision before --02-15")
                && periods.get(0).contains("status ILLUSTRATIVE"), periods.get(0));
        assertTrue(periods.get(1).contains("status UNKNOWN"), periods.get(1));
        JsonNode json = Cli.run("criteria", "--date", "2026-01-01", "--scheme", "TT25.X", "--format", "json").json();
        JsonNode changes = json.path("schemes").path(0).path("scheme").path("procedureChanges");
        assertEquals("2025-07-01", changes.path(0).path("from").asText(), json.toString());
    }

    /** Proves that rollup writes JSON Lines, the district last, with exit code 0, and people only when asked. */
    @Test
    void rollupWritesEverySubject() {
        String sample = Cli.SAMPLES.resolve("huyen-dan-phuong.jsonl").toString();
        Cli.Run r = Cli.run("rollup", sample);
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<JsonNode> lines = r.lines();
        assertEquals(List.of("unit", "commune", "unit", "commune", "district"),
                lines.stream().map(l -> l.path("kind").asText()).toList());
        assertEquals("", r.err(), "no progress bar when stderr is not a terminal");
        assertEquals(35, Cli.run("rollup", "--with-people", sample).lines().size());
    }
}
