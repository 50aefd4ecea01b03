package vn.hoctap.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import vn.hoctap.model.request.EvaluationRequest;

/**
 * The canonical JSON of a value and its SHA-256 digest, so that a stored result can be tied to the exact request it
 * answers.
 *
 * <p>Canonical JSON is the value as {@link HoctapJson} writes it (for a request: as the library read it, after its
 * records' normalisation, so that {@code "recognitions": []} and no {@code recognitions} are the same request), with
 * <ul>
 *   <li>object keys sorted by their UTF-16 code units (as RFC 8785 sorts them), fields whose value is null left
 *       out;</li>
 *   <li>no whitespace between tokens;</li>
 *   <li>strings escaped as JSON requires and no more ({@code "}, {@code \}, control characters), every other character
 *       written as itself in UTF-8;</li>
 *   <li>numbers as their exact decimal value in plain notation, without exponent and without trailing fractional
 *       zeros ({@code 52.40} and {@code 52.4} are one number; {@code 1E+1} is {@code 10}).</li>
 * </ul>
 * The digest is {@code "sha256:"} followed by the lowercase hexadecimal SHA-256 of those UTF-8 bytes.
 */
public final class CanonicalJson {
    private static final String PREFIX = "sha256:";
    /**
     * Writes a request's canonical JSON in one pass, without building a tree: properties and map entries sorted by
     * name, nulls left out, decimals in their canonical form. Requests have String-keyed maps only, so sorting map
     * entries by key is sorting by name; {@code CanonicalJsonTest} proves it writes what the tree walk writes.
     */
    private static final ObjectWriter REQUESTS = ((JsonMapper) HoctapJson.mapper()).rebuild()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("canonical-decimals").addSerializer(BigDecimal.class, new DecimalWriter()))
            .build().writer();

    private CanonicalJson() {
    }

    /** The canonical JSON text of {@code value}. */
    public static String text(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code "sha256:"} and the hexadecimal SHA-256 of {@code value}'s canonical JSON. */
    public static String sha256(Object value) {
        MessageDigest digest = sha256();
        write(value, new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        return PREFIX + HexFormat.of().formatHex(digest.digest());
    }

    /** {@code "sha256:"} and the hexadecimal SHA-256 of {@code bytes}, the form every digest of hoctap takes. */
    public static String sha256(byte[] bytes) {
        return PREFIX + HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void write(Object value, OutputStream out) {
        if (value instanceof EvaluationRequest) {
            // The hot path: every assessment is stamped with its request's digest (Audits).
            try {
                REQUESTS.writeValue(out, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        JsonNode tree = value instanceof JsonNode node ? node : HoctapJson.mapper().valueToTree(value);
        try (JsonGenerator g = HoctapJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            write(tree, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                Collections.sort(names);
                g.writeStartObject();
                for (String name : names) {
                    JsonNode child = node.get(name);
                    if (!child.isNull()) {
                        g.writeFieldName(name);
                        write(child, g);
                    }
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                    write(it.next(), g);
                }
                g.writeEndArray();
            }
            case NUMBER -> g.writeRawValue(number(node));
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            default -> throw new IllegalArgumentException("no canonical form for a " + node.getNodeType() + " node");
        }
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        return plain(node.isBigDecimal() ? node.decimalValue() : new BigDecimal(node.asText()));
    }

    /** A decimal's exact value in plain notation without trailing fractional zeros; zero is never negative. */
    private static String plain(BigDecimal d) {
        String plain = d.stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /**
     * Writes a decimal of a request as {@link #number} writes it in a tree. The plain forms of the decimals met so far
     * are kept (scores and figures repeat: a commune's people give the same few), up to a bound.
     */
    private static final class DecimalWriter extends StdSerializer<BigDecimal> {
        private static final int BOUND = 10_000;
        private final java.util.Map<BigDecimal, String> written = new java.util.concurrent.ConcurrentHashMap<>();

        DecimalWriter() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator g, SerializerProvider provider) throws IOException {
            String plain = written.get(value);
            if (plain == null) {
                plain = plain(value);
                if (written.size() < BOUND) {
                    written.put(value, plain);
                }
            }
            g.writeNumber(plain);
        }
    }
}
