package vn.hoctap.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.hoctap.model.request.RequestKind;

/**
 * The JSON Schemas (draft 2020-12) of hoctap's documents, shipped in this jar: one per request kind (named as the
 * kind, e.g. {@code "commune"}), {@code "envelope"} for a request with its kind (a line of JSON Lines, a case file's
 * {@code kind} and {@code request}), and {@code "assessment"} for a result. They are generated from the records when
 * the library is built, so they say exactly what {@link HoctapJson} reads and writes: the fields, their types and
 * codes, which fields are required, and each field's description. Checks that depend on several fields (a count
 * above its total, a date before another) are the library's own and are not in the schemas.
 */
public final class HoctapSchemas {
    private static final String DIRECTORY = "vn/hoctap/model/schema/";
    /** The schemas that are not a request kind's. */
    private static final List<String> DOCUMENTS = List.of("envelope", "assessment");

    private HoctapSchemas() {
    }

    /** Every schema's name: the request kinds in {@link RequestKind} order, then {@code envelope} and {@code assessment}. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(RequestKind.jsonNames());
        names.addAll(DOCUMENTS);
        return names;
    }

    /** The schema of requests of {@code kind}, as JSON text. */
    public static String request(RequestKind kind) {
        return resource("request/" + kind.jsonName());
    }

    /**
     * The schema named {@code name} (one of {@link #names()}), as JSON text.
     *
     * @throws IllegalArgumentException when there is no schema of that name, listing the names there are
     */
    public static String schema(String name) {
        if (DOCUMENTS.contains(name)) {
            return resource(name);
        }
        return request(RequestKind.fromJsonName(name).orElseThrow(() -> new IllegalArgumentException(
                "không có lược đồ '" + name + "'; có " + names() + " / no schema '" + name + "'; there are " + names())));
    }

    private static String resource(String name) {
        String path = DIRECTORY + name + ".schema.json";
        try (InputStream in = HoctapSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + ": lib-model was built without its"
                        + " schemas (they are generated in process-test-classes, skipped by -Dmaven.test.skip)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
