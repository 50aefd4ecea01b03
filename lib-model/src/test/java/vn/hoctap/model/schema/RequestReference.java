package vn.hoctap.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.HoctapSchemas;
import vn.hoctap.model.request.RequestKind;

/**
 * The reference of every request format in {@code lib-model/README.md}, written from the shipped JSON Schemas: per
 * kind, one table row per field (nested fields by their path, {@code a.b}, lists as {@code a[]}, maps as
 * {@code a.<name>}), with its type or codes, whether it is required, and its description.
 */
final class RequestReference {
    private RequestReference() {
    }

    static String markdown() {
        StringBuilder b = new StringBuilder();
        for (RequestKind kind : RequestKind.values()) {
            JsonNode schema = read(HoctapSchemas.request(kind));
            b.append("### `").append(kind.jsonName()).append("`: ").append(kind.nameVi()).append(" / ")
                    .append(kind.nameEn()).append("\n\n");
            b.append("`").append(kind.type().getSimpleName()).append("`, schema `hoctap schema ")
                    .append(kind.jsonName()).append("`.");
            String description = schema.path("description").asText("");
            if (!description.isEmpty()) {
                b.append(' ').append(cell(description));
            }
            b.append("\n\n| field | type | required | description |\n|---|---|---|---|\n");
            List<String[]> rows = new ArrayList<>();
            fields(schema, schema, "", rows, new HashSet<>());
            for (String[] row : rows) {
                b.append("| `").append(row[0]).append("` | ").append(row[1]).append(" | ").append(row[2])
                        .append(" | ").append(row[3]).append(" |\n");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static JsonNode read(String json) {
        try {
            return HoctapJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            n = root.path("$defs").path(ref.substring("#/$defs/".length()));
        }
        return n;
    }

    private static void fields(JsonNode root, JsonNode object, String prefix, List<String[]> rows, Set<JsonNode> seen) {
        JsonNode properties = object.path("properties");
        Set<String> required = new HashSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode declared = properties.get(name);
            String description = declared.path("description").asText("");
            field(root, declared, prefix + name, required.contains(name), description, rows, seen);
        }
    }

    private static void field(JsonNode root, JsonNode declared, String path, boolean required, String description,
                              List<String[]> rows, Set<JsonNode> seen) {
        JsonNode type = resolve(root, declared);
        rows.add(new String[] {path, type(root, type), required ? "yes" : "", cell(description)});
        if (!seen.add(type)) {
            return;
        }
        if (type.has("properties")) {
            fields(root, type, path + ".", rows, seen);
        } else if ("array".equals(type.path("type").asText())) {
            JsonNode items = resolve(root, type.path("items"));
            if (items.has("properties")) {
                fields(root, items, path + "[].", rows, seen);
            }
        } else if (type.path("additionalProperties").isObject()) {
            JsonNode values = resolve(root, type.get("additionalProperties"));
            if ("array".equals(values.path("type").asText()) && resolve(root, values.path("items")).has("properties")) {
                fields(root, resolve(root, values.path("items")), path + ".<name>[].", rows, seen);
            } else if (values.has("properties")) {
                fields(root, values, path + ".<name>.", rows, seen);
            }
        }
        seen.remove(type);
    }

    private static String type(JsonNode root, JsonNode type) {
        if (type.has("enum")) {
            List<String> codes = new ArrayList<>();
            type.get("enum").forEach(c -> codes.add("`" + c.asText() + "`"));
            return "one of " + String.join(", ", codes);
        }
        String t = type.path("type").asText("");
        return switch (t) {
            case "array" -> "list of " + type(root, resolve(root, type.path("items")));
            case "object" -> type.path("additionalProperties").isObject()
                    ? "map of name to " + type(root, resolve(root, type.get("additionalProperties"))) : "object";
            case "string" -> "date".equals(type.path("format").asText()) ? "date (YYYY-MM-DD)"
                    : type.has("pattern") ? "text matching `" + type.get("pattern").asText() + "`" : "text";
            case "integer" -> "whole number";
            case "number" -> "number";
            case "boolean" -> "true / false";
            default -> t.isEmpty() ? "any" : t;
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
