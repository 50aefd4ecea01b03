package vn.hoctap.rules.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Mutates a request as a hostile or careless sender would: fields deleted, renamed or given another type, extreme
 * numbers and exponents, dates out of range, duplicate keys, deep nesting, odd Unicode, lists grown, text cut short.
 * Values JSON trees cannot hold (a repeated key, {@code 1e999999999}, a lone surrogate) go in as markers replaced in
 * the text. Deterministic for a given {@link Random}.
 */
final class Mutator {
    private static final ObjectMapper WRITER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final String[] NUMBERS = {"2147483647", "2147483648", "-2147483649", "9223372036854775808", "0",
            "-1", "1e308", "1e999999999", "1e-999999999", "-1e999999999", "1E-100000", "0.1234567",
            "99999999999999999999.5", "-0.0", "1e15", "999999999999999.999999", "4294967294", "1" + "0".repeat(400)};
    private static final String[] DATES = {"\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"2024-02-30\"",
            "\"1944-12-31\"", "\"2101-01-01\"", "\"0000-01-01\"", "\"2024-12-31\"", "\"2023-06-01\"", "\"24-1-1\""};
    private static final String[] TEXTS = {"\"\\u0000\"", "\"a\\ud800b\"", "\"\\udc00\"", "\"\\u001b[31m\"",
            "\"\\u202eABC\"", "\"\\u200b\"", "\"😀👨‍👩‍👧\"", "\"\"", "\"   \"", "\"\\n\"", "\"KHVN.DH.C1.1\"",
            "\"members.learningCitizen\"", "\"'\"", "\"$.x['y']\""};
    private static final String[] OTHER_TYPES = {"\"x\"", "1", "-1", "true", "false", "null", "[]", "{}", "1.5",
            "[null]", "{\"a\":1}"};

    private final Random random;
    private final List<String> raws = new ArrayList<>();
    private final List<String> description = new ArrayList<>();

    Mutator(Random random) {
        this.random = random;
    }

    /** {@code request} with one to three mutations, as JSON text; {@link #description()} says which. */
    String mutate(JsonNode request) {
        JsonNode doc = request.deepCopy();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            doc = once(doc);
        }
        String text;
        try {
            text = WRITER.writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < raws.size(); i++) {
            text = text.replace("\"@@RAW" + i + "@@\"", raws.get(i));
        }
        if (random.nextInt(40) == 0) {
            int cut = random.nextInt(Math.max(1, text.length()));
            description.add("cut at " + cut);
            text = text.substring(0, cut);
        }
        return text;
    }

    List<String> description() {
        return description;
    }

    private JsonNode once(JsonNode doc) {
        List<Slot> slots = new ArrayList<>();
        collect(doc, "$", slots);
        if (slots.isEmpty() || random.nextInt(200) == 0) {
            String root = pick(OTHER_TYPES);
            description.add("root := " + root);
            return TextNode.valueOf(raw(root));
        }
        Slot s = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(10)) {
            case 0 -> {
                description.add("delete " + s.path);
                s.remove();
            }
            case 1 -> set(s, pick(OTHER_TYPES), "retype");
            case 2 -> set(s, pick(NUMBERS), "number");
            case 3 -> set(s, pick(DATES), "date");
            case 4 -> set(s, pick(TEXTS), "text");
            case 5 -> duplicateKey(s);
            case 6 -> {
                int depth = 10 + random.nextInt(3000);
                set(s, "[".repeat(depth) + "]".repeat(depth), "nest " + depth);
            }
            case 7 -> unicode(s);
            case 8 -> grow(s);
            default -> rename(s);
        }
        return doc;
    }

    private void set(Slot s, String rawJson, String what) {
        description.add(what + " " + s.path + " := " + (rawJson.length() > 40 ? rawJson.substring(0, 40) + "…" : rawJson));
        s.set(TextNode.valueOf(raw(rawJson)));
    }

    private void duplicateKey(Slot s) {
        if (s.object == null) {
            set(s, pick(OTHER_TYPES), "retype");
            return;
        }
        String marker = raw("\"" + s.key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        description.add("repeat key " + s.path);
        s.object.set(marker, random.nextBoolean() ? s.value().deepCopy() : NODES.numberNode(random.nextInt(100)));
    }

    private void unicode(Slot s) {
        if (!s.value().isTextual()) {
            set(s, pick(TEXTS), "text");
            return;
        }
        String v = s.value().asText();
        String changed = switch (random.nextInt(3)) {
            case 0 -> Normalizer.normalize(v, Normalizer.Form.NFD);
            case 1 -> v + "\u0301\u0301\u0301";
            default -> v.repeat(1 + random.nextInt(2000));
        };
        description.add("unicode " + s.path);
        s.set(TextNode.valueOf(changed));
    }

    private void grow(Slot s) {
        if (!(s.value() instanceof ArrayNode a) || a.isEmpty()) {
            set(s, pick(NUMBERS), "number");
            return;
        }
        int times = 1 + random.nextInt(300);
        description.add("grow " + s.path + " x" + times);
        JsonNode first = a.get(random.nextInt(a.size()));
        for (int i = 0; i < times; i++) {
            a.add(first.deepCopy());
        }
    }

    private void rename(Slot s) {
        if (s.object == null) {
            description.add("delete " + s.path);
            s.remove();
            return;
        }
        description.add("rename " + s.path);
        JsonNode v = s.object.remove(s.key);
        s.object.set(s.key + (random.nextBoolean() ? "s" : "_"), v);
    }

    private String raw(String json) {
        raws.add(json);
        return "@@RAW" + (raws.size() - 1) + "@@";
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
                String k = names.next();
                String p = path + "." + k;
                slots.add(new Slot(o, k, null, -1, p));
                collect(o.get(k), p, slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                slots.add(new Slot(null, null, a, i, p));
                collect(a.get(i), p, slots);
            }
        }
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(ObjectNode object, String key, ArrayNode array, int index, String path) {
        JsonNode value() {
            return object != null ? object.get(key) : array.get(index);
        }

        void set(JsonNode v) {
            if (object != null) {
                object.set(key, v);
            } else {
                array.set(index, v);
            }
        }

        void remove() {
            if (object != null) {
                object.remove(key);
            } else {
                array.remove(index);
            }
        }
    }
}
