package vn.hoctap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.HoctapSchemas;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * Every bundled sample request and case file validates against its shipped schema, and every assessment the
 * library gives for them validates against the assessment schema.
 */
class SchemaConformanceTest {
    private static final Map<String, String> PACK_SAMPLES = Map.of("dong-ho-le-van.json", "clan",
            "gia-dinh-le-van-binh.json", "household", "truong-mam-non.json", "grassroots-unit", "thon-dong.json", "hamlet");

    private static JsonSchema schema(String name) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(HoctapSchemas.schema(name),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    private static JsonNode read(Path p) throws IOException {
        return HoctapJson.mapper().readTree(Files.readString(p, StandardCharsets.UTF_8));
    }

    private static List<Path> json(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d.*\\.json")).sorted().toList();
        }
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> nulls = new ArrayList<>();
            o.fields().forEachRemaining(f -> {
                if (f.getValue().isNull()) {
                    nulls.add(f.getKey());
                } else {
                    withoutNulls(f.getValue());
                }
            });
            o.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(SchemaConformanceTest::withoutNulls);
        }
        return node;
    }

    /** Proves that the examples' requests, the pack samples and the JSON Lines samples validate. */
    @Test
    void bundledSamplesValidate() throws IOException {
        List<String> failures = new ArrayList<>();
        try (Stream<Path> units = Files.list(Cli.UNITS)) {
            for (Path p : units.toList()) {
                schema("unit").validate(read(p)).forEach(m -> failures.add(p + ": " + m));
            }
        }
        Path mau = Cli.ROOT.resolve("lib-examples/examples/src/main/resources/vn/hoctap/examples/packs/tinh-vi-du/mau");
        PACK_SAMPLES.forEach((file, kind) -> {
            try {
                schema(kind).validate(read(mau.resolve(file))).forEach(m -> failures.add(file + ": " + m));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        JsonSchema envelope = schema("envelope");
        for (String sample : List.of("mixed.jsonl", "huyen-dan-phuong.jsonl")) {
            for (String line : Files.readAllLines(Cli.SAMPLES.resolve(sample), StandardCharsets.UTF_8)) {
                envelope.validate(HoctapJson.mapper().readTree(line)).forEach(m -> failures.add(sample + ": " + m));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Proves that every case file's kind and request validate as an envelope, and that every assessment the library
     * gives for a case validates against the assessment schema.
     */
    @Test
    void caseFilesAndTheirResultsValidate() throws IOException {
        JsonSchema envelope = schema("envelope");
        JsonSchema assessment = schema("assessment");
        Evaluator national = Evaluator.national();
        List<String> failures = new ArrayList<>();
        int results = 0;
        for (Path p : json(Cli.CASES)) {
            JsonNode c = read(p);
            ObjectNode e = HoctapJson.mapper().createObjectNode();
            e.set("kind", c.get("kind"));
            e.set("request", c.get("request"));
            // The reader takes an explicit null as "not stated"; the schemas say it the one way they document,
            // by leaving the field out (lib-model/README.md), so explicit nulls are left out here.
            envelope.validate(withoutNulls(e.deepCopy())).forEach(m -> failures.add(p + ": " + m));
            Evaluator evaluator = national;
            if (c.has("packs")) {
                Evaluator.Builder b = Evaluator.builder();
                c.get("packs").forEach(d -> b.add(ProvincePack.fromDirectory(p.getParent().resolve(d.asText()))));
                try {
                    evaluator = b.build();
                } catch (RuntimeException refused) {
                    continue;
                }
            }
            Assessment a;
            try {
                a = evaluator.evaluate(RequestEnvelopes.of(e).request());
            } catch (RuntimeException refused) {
                continue;
            }
            results++;
            assessment.validate(HoctapJson.mapper().readTree(HoctapJson.write(a)))
                    .forEach(m -> failures.add(p + " (result): " + m));
        }
        assertTrue(results > 100, results + " results checked");
        assertEquals(List.of(), failures);
    }
}
