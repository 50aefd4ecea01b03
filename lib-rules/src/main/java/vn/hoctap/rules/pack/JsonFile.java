package vn.hoctap.rules.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * One JSON file of a pack: its tree, the line where each JSON path starts, and conversions to the library's records
 * that report what is wrong at its path and line instead of throwing.
 */
final class JsonFile {
    private final String location;
    private final JsonNode root;
    private final String text;
    /**
     * The line of every JSON path, computed on first use: only problems and overlay entries need lines, and for a
     * parameter file of 100,000 values the map is most of the memory a build takes.
     */
    private Map<String, Integer> lines;
    private final Problems problems;

    private JsonFile(String location, JsonNode root, String text, Problems problems) {
        this.location = location;
        this.root = root;
        this.text = text;
        this.problems = problems;
    }

    /** The file parsed, or empty (and a problem) when it is not JSON. */
    static Optional<JsonFile> parse(String location, String text, Problems problems) {
        JsonNode root;
        try {
            root = HoctapJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(Code.INVALID_JSON, location, line > 0 ? line : null,
                    "JSON sai cú pháp: " + e.getOriginalMessage(), "malformed JSON: " + e.getOriginalMessage());
            return Optional.empty();
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            problems.add(Code.INVALID_JSON, location, 1, "tệp phải chứa một đối tượng JSON { ... }",
                    "the file must hold one JSON object { ... }");
            return Optional.empty();
        }
        return Optional.of(new JsonFile(location, root, text, problems));
    }

    String location() {
        return location;
    }

    JsonNode root() {
        return root;
    }

    /** The line where the value at {@code path} ({@code $.a[0].b}) starts, or of its nearest enclosing value. */
    Integer line(String path) {
        if (lines == null) {
            lines = lines(text);
        }
        String pointer = pointer(path);
        while (true) {
            Integer line = lines.get(pointer);
            if (line != null || pointer.isEmpty()) {
                return line;
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }

    /**
     * The line that names the element at {@code path}: its {@code id} (or {@code criterion}, or {@code scheme}) when
     * it has one, which is where a reader looks for it, else where it starts.
     */
    Integer elementLine(JsonNode node, String path) {
        for (String key : new String[] {"id", "criterion", "scheme"}) {
            if (node != null && node.path(key).isTextual()) {
                return line(path + "." + key);
            }
        }
        return line(path);
    }

    /** Reports a problem at {@code path}. */
    void problem(Code code, String path, String messageVi, String messageEn) {
        problems.add(code, location, line(path), messageVi, messageEn);
    }

    /**
     * {@code node} (found at {@code path}) as a {@code type}, or empty after reporting why not: a missing citation as
     * {@link Code#MISSING_CITATION} naming the id it belongs to, anything else as {@link Code#INVALID_JSON}.
     */
    <T> Optional<T> read(JsonNode node, String path, Class<T> type) {
        if (node == null || node.isNull()) {
            problem(Code.INVALID_JSON, path, path + ": không được để trống", path + ": must not be null");
            return Optional.empty();
        }
        try {
            return Optional.of(HoctapJson.read(node.toString(), type));
        } catch (InvalidInputException e) {
            String relative = e.path().startsWith("$") ? e.path().substring(1) : "." + e.path();
            String at = path + relative;
            String last = relative.substring(Math.max(relative.lastIndexOf('.'), relative.lastIndexOf(']')) + 1);
            JsonNode given = node.at(pointer("$" + relative));
            if ((last.equals("citation") || last.equals("citations")) && (given.isMissingNode() || given.isNull()
                    || given.isContainerNode() && given.isEmpty())) {
                String owner = nearestId(node, relative);
                problem(Code.MISSING_CITATION, at, "'" + owner + "' thiếu trích dẫn văn bản (" + at + "); mỗi tiêu chí,"
                                + " chỉ tiêu, khai báo và giá trị tham số phải dẫn văn bản, điều, khoản, điểm của nó",
                        "'" + owner + "' has no citation (" + at + "); every criterion, indicator, declaration and"
                                + " parameter value must cite its document, article, clause and point");
            } else {
                int split = e.problem().indexOf(" / ");
                String vi = split < 0 ? e.problem() : e.problem().substring(0, split);
                String en = split < 0 ? e.problem() : e.problem().substring(split + 3);
                problem(Code.INVALID_JSON, at, at + ": " + vi, at + ": " + en);
            }
            return Optional.empty();
        }
    }

    /** The id (or criterion, or scheme) of the innermost object along {@code relative} that names one. */
    private static String nearestId(JsonNode node, String relative) {
        String found = "?";
        JsonNode n = node;
        String[] steps = pointer("$" + relative).split("/");
        for (int i = 0; i < steps.length && n != null && !n.isMissingNode(); i++) {
            if (!steps[i].isEmpty()) {
                n = n.isArray() ? n.path(Integer.parseInt(steps[i])) : n.path(steps[i]);
            }
            for (String key : new String[] {"id", "criterion", "scheme"}) {
                if (n.path(key).isTextual()) {
                    found = n.path(key).asText();
                    break;
                }
            }
        }
        return found;
    }

    /** {@code $.a[0].b} as the JSON pointer {@code /a/0/b}. */
    private static String pointer(String path) {
        String p = path.startsWith("$") ? path.substring(1) : path;
        return p.replace("[", "/").replace("]", "").replace('.', '/');
    }

    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = HoctapJson.mapper().getFactory().createParser(text)) {
            p.nextToken();
            walk(p, "", lines);
        } catch (IOException e) {
            // The text has just been parsed as a tree, so a second pass cannot fail on its syntax.
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static void walk(JsonParser p, String pointer, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
        if (p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = pointer + "/" + p.currentName();
                lines.putIfAbsent(field, p.currentTokenLocation().getLineNr());
                p.nextToken();
                walk(p, field, lines);
            }
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                walk(p, pointer + "/" + i++, lines);
            }
        }
    }
}
