package vn.hoctap.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.RequestEnvelope;
import vn.hoctap.model.request.RequestKind;
import vn.hoctap.model.result.Assessment;

/**
 * Generates the JSON Schema (draft 2020-12) of every request kind, of the request envelope and of the assessment from
 * the records themselves, with victools' generator reading the Jackson annotations, so the schemas cannot drift from
 * what {@code HoctapJson} reads and writes. Descriptions and {@code required} lists come from the records' source
 * ({@link JavadocIndex}). Run by the build (lib-model's POM, {@code process-test-classes}): arguments are the source
 * root and the output directory.
 */
public final class HoctapSchemaGenerator {
    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private final com.github.victools.jsonschema.generator.SchemaGenerator generator;

    private HoctapSchemaGenerator(JavadocIndex javadoc) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(HoctapJson.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.FLATTENED_ENUMS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
        config.forFields()
                .withDescriptionResolver(f -> javadoc.component(f.getDeclaringType().getErasedType(), f.getName())
                        .orElse(null))
                .withRequiredCheck(f -> javadoc.required(f.getDeclaringType().getErasedType(), f.getName()));
        config.forTypesInGeneral()
                .withDescriptionResolver(t -> t.getType().getErasedType().getName().startsWith("vn.hoctap.")
                        ? javadoc.type(t.getType().getErasedType()).orElse(null) : null)
                .withCustomDefinitionProvider((type, context) -> {
                    ObjectNode node = context.getGeneratorConfig().createObjectNode();
                    if (type.isInstanceOf(LocalDate.class)) {
                        return new CustomDefinition(node.put("type", "string").put("format", "date"),
                                CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
                    }
                    if (type.isInstanceOf(MonthDay.class)) {
                        return new CustomDefinition(node.put("type", "string").put("pattern", "^--\\d{2}-\\d{2}$"),
                                CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
                    }
                    if (type.isInstanceOf(RequestKind.class)) {
                        ArrayNode names = node.put("type", "string").putArray("enum");
                        RequestKind.jsonNames().forEach(names::add);
                        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                                CustomDefinition.AttributeInclusion.NO);
                    }
                    return null;
                });
        this.generator = new com.github.victools.jsonschema.generator.SchemaGenerator(config.build());
    }

    /** The schemas by file name relative to the schema directory, e.g. {@code request/unit.schema.json}. */
    static Map<String, ObjectNode> schemas(Path sourceRoot) {
        HoctapSchemaGenerator g = new HoctapSchemaGenerator(JavadocIndex.of(sourceRoot));
        Map<String, ObjectNode> schemas = new LinkedHashMap<>();
        for (RequestKind kind : RequestKind.values()) {
            schemas.put("request/" + kind.jsonName() + ".schema.json",
                    g.schema(kind.type(), kind.nameVi() + " / " + kind.nameEn()));
        }
        schemas.put("envelope.schema.json", g.envelope());
        schemas.put("assessment.schema.json", g.schema(Assessment.class, "Kết quả đánh giá / Assessment"));
        return schemas;
    }

    private ObjectNode schema(Class<?> type, String title) {
        ObjectNode schema = generator.generateSchema(type);
        ObjectNode ordered = HoctapJson.mapper().createObjectNode();
        ordered.put("$schema", DRAFT);
        ordered.put("title", title);
        schema.remove("$schema");
        ordered.setAll(schema);
        return ordered;
    }

    /**
     * The envelope: {@code request} is the schema of the request its {@code kind} names ({@code if}/{@code then} per
     * kind), every request type's definitions included.
     */
    private ObjectNode envelope() {
        ObjectNode schema = schema(RequestEnvelope.class, "Yêu cầu kèm loại / Request envelope");
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        ObjectNode request = (ObjectNode) schema.with("properties").get("request");
        request.removeAll();
        request.put("type", "object");
        request.put("description", "the request, exactly as it would be sent alone; its schema is the one of its kind");
        ArrayNode allOf = schema.putArray("allOf");
        for (RequestKind kind : RequestKind.values()) {
            ObjectNode kindSchema = generator.generateSchema(kind.type());
            JsonNode kindDefs = kindSchema.remove("$defs");
            if (kindDefs != null) {
                kindDefs.fields().forEachRemaining(e -> defs.putIfAbsent(e.getKey(), e.getValue()));
            }
            kindSchema.remove("$schema");
            String name = kind.type().getSimpleName();
            defs.set(name, kindSchema);
            ObjectNode rule = allOf.addObject();
            rule.with("if").with("properties").with("kind").put("const", kind.jsonName());
            rule.with("then").with("properties").with("request").put("$ref", "#/$defs/" + name);
        }
        ArrayNode required = schema.putArray("required");
        required.add("kind").add("request");
        return schema;
    }

    /** Writes every schema under {@code args[1]}, reading the records' source under {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        for (Map.Entry<String, ObjectNode> e : schemas(Path.of(args[0])).entrySet()) {
            Path file = out.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, HoctapJson.write(e.getValue()) + "\n", StandardCharsets.UTF_8);
        }
    }
}
