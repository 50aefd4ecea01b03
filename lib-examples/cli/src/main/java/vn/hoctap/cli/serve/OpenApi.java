package vn.hoctap.cli.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.hoctap.cli.common.Json;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.rules.Evaluator;

/**
 * The OpenAPI 3.1 document of the service. Request and result bodies refer to the JSON Schemas the service itself
 * serves ({@code /v1/schemas/envelope}, {@code /v1/schemas/assessment}), so the document and the schemas are one
 * source.
 */
final class OpenApi {
    private OpenApi() {
    }

    static String document() {
        ObjectNode doc = HoctapJson.mapper().createObjectNode();
        doc.put("openapi", "3.1.0");
        doc.withObject("info").put("title", "hoctap").put("version", Evaluator.version())
                .put("description", "Đánh giá “xã hội học tập” theo tiêu chí đang có hiệu lực / Evaluates Vietnam's"
                        + " learning-society titles against the criteria in force, indicator by indicator. Every"
                        + " refusal is a 4xx with the body {\"error\": Error}.");
        ObjectNode paths = doc.putObject("paths");
        ObjectNode one = operation(paths.putObject("/v1/evaluate"), "post", "Evaluate one request",
                "A request with its kind ({\"kind\", \"request\", \"id\"}), or a bare request with ?kind=.");
        one.putArray("parameters").addObject().put("name", "kind").put("in", "query").put("required", false)
                .put("description", "the kind of a bare request").putObject("schema").put("type", "string");
        body(one, "application/json", ref("/v1/schemas/envelope"));
        ObjectNode answer = HoctapJson.mapper().createObjectNode().put("type", "object");
        answer.withObject("properties").putObject("id").put("type", "string");
        answer.withObject("properties").putObject("kind").put("type", "string");
        answer.withObject("properties").set("assessment", ref("/v1/schemas/assessment"));
        response(one, "200", "the assessment", "application/json", answer);
        errors(one, "400", "413", "422", "503");
        ObjectNode batch = operation(paths.putObject("/v1/evaluate/batch"), "post", "Evaluate a batch",
                "JSON Lines of envelopes in; JSON Lines out, one answer per line in order, streamed: {line, id, kind,"
                        + " assessment} or {line, id, kind, error}.");
        body(batch, "application/x-ndjson", ref("/v1/schemas/envelope"));
        ObjectNode line = answer.deepCopy();
        line.withObject("properties").putObject("line").put("type", "integer");
        line.withObject("properties").set("error", ref("#/components/schemas/Error"));
        response(batch, "200", "one answer per line", "application/x-ndjson", line);
        errors(batch, "413");
        ObjectNode schemes = operation(paths.putObject("/v1/schemes"), "get", "Schemes in force",
                "The schemes in force on ?date= (default today), with their levels.");
        date(schemes);
        response(schemes, "200", "the schemes", "application/json", HoctapJson.mapper().createObjectNode()
                .put("type", "array"));
        errors(schemes, "400");
        ObjectNode criteria = operation(paths.putObject("/v1/criteria"), "get", "Criteria in force",
                "Every criterion, indicator, number, citation, status and reading in force on ?date=, as ?format=json"
                        + " (default), markdown or html; ?scheme= for one scheme.");
        date(criteria);
        response(criteria, "200", "the criteria", "application/json", HoctapJson.mapper().createObjectNode()
                .put("type", "object"));
        errors(criteria, "400");
        response(operation(paths.putObject("/v1/schemas"), "get", "Schema names", "The names of the JSON Schemas."),
                "200", "the names", "application/json", HoctapJson.mapper().createObjectNode().put("type", "array"));
        ObjectNode schema = operation(paths.putObject("/v1/schemas/{name}"), "get", "A JSON Schema",
                "The JSON Schema (draft 2020-12) of a request kind, of the envelope or of the assessment.");
        schema.putArray("parameters").addObject().put("name", "name").put("in", "path").put("required", true)
                .putObject("schema").put("type", "string");
        response(schema, "200", "the schema", "application/schema+json", HoctapJson.mapper().createObjectNode()
                .put("type", "object"));
        errors(schema, "404");
        response(operation(paths.putObject("/v1/health"), "get", "Health", "{\"status\": \"UP\"} while serving."),
                "200", "up", "application/json", HoctapJson.mapper().createObjectNode().put("type", "object"));
        response(operation(paths.putObject("/v1/version"), "get", "Version", "The library's version and every rule"
                + " layer with its digest."), "200", "the version", "application/json",
                HoctapJson.mapper().createObjectNode().put("type", "object"));
        response(operation(paths.putObject("/v1/openapi.json"), "get", "This document", "The OpenAPI document."),
                "200", "OpenAPI 3.1", "application/json", HoctapJson.mapper().createObjectNode().put("type", "object"));
        ObjectNode error = doc.withObject("components").withObject("schemas").putObject("Error").put("type", "object");
        for (String f : new String[] {"code", "path", "messageVi", "messageEn"}) {
            error.withObject("properties").putObject(f).put("type", "string");
        }
        ArrayNode required = error.putArray("required");
        required.add("code").add("path").add("messageVi").add("messageEn");
        return Json.document(doc);
    }

    private static ObjectNode operation(ObjectNode path, String method, String summary, String description) {
        return path.putObject(method).put("summary", summary).put("description", description);
    }

    private static ObjectNode ref(String target) {
        return HoctapJson.mapper().createObjectNode().put("$ref", target);
    }

    private static void body(ObjectNode op, String type, ObjectNode schema) {
        op.withObject("requestBody").put("required", true).withObject("content").with(type).set("schema", schema);
    }

    private static void response(ObjectNode op, String status, String description, String type, ObjectNode schema) {
        op.withObject("responses").with(status).put("description", description).withObject("content").with(type)
                .set("schema", schema);
    }

    private static void errors(ObjectNode op, String... statuses) {
        for (String s : statuses) {
            ObjectNode body = HoctapJson.mapper().createObjectNode().put("type", "object");
            body.withObject("properties").set("error", ref("#/components/schemas/Error"));
            response(op, s, switch (s) {
                case "400" -> "input that cannot be read";
                case "404" -> "no such resource";
                case "413" -> "body over the size limit";
                case "422" -> "read whole, but no rules in force or a number missing";
                case "503" -> "over the time limit";
                default -> "refused";
            }, "application/json", body);
        }
    }

    private static void date(ObjectNode op) {
        op.putArray("parameters").addObject().put("name", "date").put("in", "query").put("required", false)
                .put("description", "YYYY-MM-DD, default today").putObject("schema").put("type", "string")
                .put("format", "date");
    }
}
