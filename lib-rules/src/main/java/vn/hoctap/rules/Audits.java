package vn.hoctap.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.hoctap.model.json.CanonicalJson;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Audit;
import vn.hoctap.rules.pack.PackDigest;

/**
 * Stamps every assessment with its audit envelope: the library's version, the rule layers in force on its reference
 * date with the digest of each, and the digest of the request. The layers' digests are computed once, when the
 * evaluator is built; each assessment adds only the digest of its own request, computed when it is first read.
 */
final class Audits {
    private static final String RESOURCES = "vn/hoctap/rules/";

    private final List<Audit.Layer> base;
    private final List<PackDigest.Dated> provincePacks;
    private final Function<? super EvaluationRequest, String> requestDigest;

    /**
     * @param national      whether the evaluator's lowest layers are the national packs shipped in this jar
     * @param added         rule packs a tool added above them (or every layer, without the national ones)
     * @param provincePacks the province packs, in layering order, with their periods
     */
    Audits(boolean national, List<RulePack> added, List<PackDigest.Dated> provincePacks) {
        List<Audit.Layer> layers = new ArrayList<>(national ? National.LAYERS : List.of());
        added.forEach(p -> layers.add(new Audit.Layer(p.name(), "added/" + p.name(),
                CanonicalJson.sha256(List.of(p.catalogue(), p.parameters())))));
        this.base = List.copyOf(layers);
        this.provincePacks = List.copyOf(provincePacks);
        this.requestDigest = CanonicalJson::sha256;
    }

    private Audits(Audits audits, Function<? super EvaluationRequest, String> requestDigest) {
        this.base = audits.base;
        this.provincePacks = audits.provincePacks;
        this.requestDigest = requestDigest;
    }

    /** These audits with requests digested by {@code requestDigest}: for tests that count when digests are made. */
    Audits digestingWith(Function<? super EvaluationRequest, String> requestDigest) {
        return new Audits(this, requestDigest);
    }

    /** The version of hoctap this jar holds, e.g. {@code 0.1.0}. */
    static String version() {
        return National.VERSION;
    }

    /** The national packs' layers. */
    static List<Audit.Layer> nationalLayers() {
        return National.LAYERS;
    }

    /**
     * {@code assessment} with the envelope saying it answers {@code request}. The request's digest is deferred
     * ({@link Audit#deferred}): most of a stamp's cost, paid only by a caller who reads it, writes the assessment as
     * JSON or compares it. The request is immutable, so the digest computed later is the one computed now would be.
     */
    Assessment stamp(EvaluationRequest request, Assessment assessment) {
        return assessment.withAudit(of(request, assessment.referenceDate()));
    }

    /** The audit of an assessment of {@code request} under the rules in force on {@code referenceDate}, as
     * {@link #stamp} adds it. */
    Audit of(EvaluationRequest request, LocalDate referenceDate) {
        return Audit.deferred(National.VERSION, referenceDate, () -> requestDigest.apply(request),
                layers(referenceDate));
    }

    /** {@code assessments}, in order, each stamped with its request. */
    List<Assessment> stamp(List<? extends EvaluationRequest> requests, List<Assessment> assessments) {
        List<Assessment> stamped = new ArrayList<>(assessments.size());
        for (int i = 0; i < assessments.size(); i++) {
            stamped.add(stamp(requests.get(i), assessments.get(i)));
        }
        return stamped;
    }

    /** The layers in force on {@code date}. */
    List<Audit.Layer> layers(LocalDate date) {
        if (provincePacks.isEmpty()) {
            return base;
        }
        List<Audit.Layer> layers = new ArrayList<>(base);
        provincePacks.stream().filter(p -> p.inForceOn(date)).forEach(p -> layers.add(p.layer()));
        return layers;
    }

    /** What the build wrote about the national packs (see lib-rules' POM), read once per class loader. */
    private static final class National {
        static final String VERSION = text("version.txt").strip();
        static final List<Audit.Layer> LAYERS = layers();

        /**
         * One layer per national pack directory, in the index's (sorted) order. The index holds the SHA-256 of each
         * file, computed at build time because the DRL is compiled away; the files shipped as they are (catalogues,
         * parameters) are checked against it, so that a jar whose resources were altered cannot claim the digest.
         */
        private static List<Audit.Layer> layers() {
            Map<String, StringBuilder> manifests = new LinkedHashMap<>();
            for (String line : text("national-files.sha256").split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String sum = line.substring(0, line.indexOf(' '));
                String file = line.substring(line.indexOf(RESOURCES) + RESOURCES.length());
                int slash = file.indexOf('/');
                if (file.endsWith(".json") && !CanonicalJson.sha256(bytes(file)).equals("sha256:" + sum)) {
                    throw new IllegalStateException(RESOURCES + file + " differs from the file this library was built"
                            + " with; its rules cannot be vouched for");
                }
                manifests.computeIfAbsent(file.substring(0, slash), k -> new StringBuilder())
                        .append(sum).append("  ").append(file.substring(slash + 1)).append('\n');
            }
            return manifests.entrySet().stream().map(e -> new Audit.Layer("national", "national/" + e.getKey(),
                    CanonicalJson.sha256(e.getValue().toString().getBytes(StandardCharsets.UTF_8)))).toList();
        }

        private static String text(String name) {
            return new String(bytes(name), StandardCharsets.UTF_8);
        }

        private static byte[] bytes(String name) {
            try (InputStream in = Audits.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCES + name + "; the lib-rules build"
                            + " writes it (maven-antrun-plugin, execution audit-index)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
