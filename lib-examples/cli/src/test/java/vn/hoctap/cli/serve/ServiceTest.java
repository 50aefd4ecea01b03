package vn.hoctap.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.HoctapSchemas;
import vn.hoctap.rules.Evaluator;

/** The service started on a loopback port and called over real HTTP, endpoint by endpoint. */
class ServiceTest {
    private static final Evaluator EVALUATOR = Evaluator.national();
    private static Service service;
    private static String unit;

    @BeforeAll
    static void start() throws Exception {
        service = new Service(EVALUATOR, new ServiceConfig("127.0.0.1", 0, 64 * 1024, 1 << 20, Duration.ofSeconds(10),
                2));
        unit = Files.readString(vn.hoctap.cli.Cli.UNITS.resolve("01-ubnd-xa-tan-lap.json"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return HoctapJson.mapper().readTree(r.body());
    }

    /** Proves that one request, as an envelope or bare with ?kind=, is answered with the in-process assessment. */
    @Test
    void evaluateOne() throws Exception {
        JsonNode expected = HoctapJson.mapper().readTree(HoctapJson.write(EVALUATOR.evaluate(HoctapJson.read(unit,
                vn.hoctap.model.request.UnitEvaluationRequest.class))));
        HttpResponse<String> bare = service.post("/v1/evaluate?kind=unit", unit);
        assertEquals(200, bare.statusCode(), bare.body());
        assertEquals(expected, json(bare).get("assessment"));
        HttpResponse<String> envelope = service.post("/v1/evaluate", "{\"kind\": \"unit\", \"id\": \"r1\", \"request\": "
                + unit + "}");
        assertEquals(200, envelope.statusCode());
        assertEquals("r1", json(envelope).path("id").asText());
        assertEquals(expected, json(envelope).get("assessment"));
        assertTrue(envelope.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    /**
     * Proves that every kind of bad input gets a 4xx with the one error body (code, path, both messages), never a
     * stack trace, and that the server stays healthy.
     */
    @Test
    void badInputGetsTheErrorBody() throws Exception {
        record Case(int status, String code, String path, HttpResponse<String> response) {
        }
        List<Case> cases = List.of(
                new Case(400, "INVALID_INPUT", "$.request.evaluationYear", service.post("/v1/evaluate",
                        "{\"kind\": \"unit\", \"request\": {\"evaluationYear\": \"2024\"}}")),
                new Case(400, "INVALID_INPUT", "$", service.post("/v1/evaluate", "{\"kind\": \"unit\", ")),
                new Case(400, "INVALID_INPUT", "$.kind", service.post("/v1/evaluate", "{\"kind\": \"school\","
                        + " \"request\": {}}")),
                new Case(400, "INVALID_INPUT", "?kind", service.post("/v1/evaluate?kind=school", unit)),
                new Case(422, "NO_SCHEME_IN_FORCE", "$", service.post("/v1/evaluate?kind=unit",
                        unit.replace("\"evaluationYear\": 2024", "\"evaluationYear\": 2020"))),
                new Case(413, "BODY_TOO_LARGE", "$", service.post("/v1/evaluate", " ".repeat(70 * 1024))),
                new Case(404, "NOT_FOUND", "$", service.get("/v1/nothing")),
                new Case(404, "UNKNOWN_SCHEMA", "$", service.get("/v1/schemas/school")),
                new Case(405, "METHOD_NOT_ALLOWED", "$", service.get("/v1/evaluate")),
                new Case(400, "INVALID_INPUT", "?date", service.get("/v1/schemes?date=2025-13-01")));
        for (Case c : cases) {
            assertEquals(c.status(), c.response().statusCode(), c.response().body());
            JsonNode error = json(c.response()).get("error");
            assertEquals(c.code(), error.path("code").asText(), c.response().body());
            assertEquals(c.path(), error.path("path").asText(), c.response().body());
            assertTrue(!error.path("messageVi").asText().isEmpty() && !error.path("messageEn").asText().isEmpty());
            assertTrue(!c.response().body().contains("\tat ") && !c.response().body().contains("Exception"),
                    c.response().body());
        }
        assertEquals(200, service.get("/v1/health").statusCode());
    }

    /**
     * Proves that a batch is answered line by line in order, a bad line with its error and the lines after it
     * evaluated, and that a batch cut in the middle of a line gives that line an error, never a verdict.
     */
    @Test
    void evaluateABatch() throws Exception {
        List<String> mixed = Files.readAllLines(vn.hoctap.cli.Cli.SAMPLES.resolve("mixed.jsonl"),
                StandardCharsets.UTF_8);
        String body = mixed.get(0) + "\n{not json\n" + mixed.get(1) + "\n" + mixed.get(2).substring(0, 40);
        HttpResponse<String> r = service.post("/v1/evaluate/batch", body);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        List<JsonNode> lines = r.body().lines().map(l -> {
            try {
                return HoctapJson.mapper().readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertEquals(4, lines.size());
        assertEquals(List.of(1L, 2L, 3L, 4L), lines.stream().map(l -> l.path("line").asLong()).toList());
        assertTrue(lines.get(0).has("assessment") && lines.get(2).has("assessment"));
        assertEquals("INVALID_INPUT", lines.get(1).path("error").path("code").asText());
        assertTrue(lines.get(3).has("error") && !lines.get(3).has("assessment"), "a cut line gets no verdict");
    }

    /** Proves that schemes, criteria, schemas, health, version and the OpenAPI document answer as documented. */
    @Test
    void describingEndpoints() throws Exception {
        JsonNode schemes = json(service.get("/v1/schemes?date=2024-12-31"));
        assertTrue(schemes.size() >= 8, schemes.toString());
        assertTrue(schemes.findValuesAsText("id").contains("TT24.H"));
        assertEquals(200, service.get("/v1/criteria?date=2024-12-31&format=html").statusCode());
        assertTrue(json(service.get("/v1/criteria?date=2024-12-31")).path("schemes").size() > 5);
        assertEquals(HoctapSchemas.names().size(), json(service.get("/v1/schemas")).size());
        for (String name : HoctapSchemas.names()) {
            HttpResponse<String> s = service.get("/v1/schemas/" + name);
            assertEquals(HoctapJson.mapper().readTree(HoctapSchemas.schema(name)), json(s));
        }
        assertEquals("UP", json(service.get("/v1/health")).path("status").asText());
        assertEquals(Evaluator.version(), json(service.get("/v1/version")).path("version").asText());
        JsonNode openapi = json(service.get("/v1/openapi.json"));
        assertEquals("3.1.0", openapi.path("openapi").asText());
        for (String path : HoctapServer.paths()) {
            assertTrue(openapi.path("paths").has(path), path);
        }
    }
}
