package vn.hoctap.rules.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.RequestKind;

/**
 * The valid requests bundled with the project, by kind, that the fuzz test mutates: the {@code request} of every case
 * file ({@code cases/}, whose {@code kind} names it) and the example requests of {@code lib-examples} when the
 * repository is there (each read as the first kind that accepts it). Requests that are refused as they stand are
 * left out, so that every mutation starts from a document that gets a verdict.
 */
record BundledRequests(Map<RequestKind, List<Named>> byKind) {
    /** A request and where it came from, for the failure message. */
    record Named(String source, JsonNode request) {
    }

    private static final ObjectMapper TREE = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "lib-examples", "examples", "src", "main", "resources");

    static BundledRequests load() {
        Map<RequestKind, List<Named>> m = new EnumMap<>(RequestKind.class);
        try (Stream<Path> files = Files.walk(casesDirectory())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode c = TREE.readTree(f.toFile());
                RequestKind.fromJsonName(c.path("kind").asText()).ifPresent(k -> {
                    if (readable(c.get("request"), k)) {
                        m.computeIfAbsent(k, x -> new ArrayList<>()).add(new Named(f.getFileName().toString(),
                                c.get("request")));
                    }
                });
            }
            if (Files.isDirectory(EXAMPLES)) {
                try (Stream<Path> examples = Files.walk(EXAMPLES)) {
                    for (Path f : examples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        JsonNode r = TREE.readTree(f.toFile());
                        for (RequestKind k : RequestKind.values()) {
                            if (readable(r, k)) {
                                m.computeIfAbsent(k, x -> new ArrayList<>()).add(new Named(f.getFileName().toString(), r));
                                break;
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundledRequests(m);
    }

    private static boolean readable(JsonNode request, RequestKind kind) {
        if (request == null || !request.isObject()) {
            return false;
        }
        try {
            HoctapJson.read(request.toString(), kind.type());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Path casesDirectory() {
        try {
            return Path.of(BundledRequests.class.getResource("/cases").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
