package vn.hoctap.rules.pack;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.hoctap.model.json.CanonicalJson;
import vn.hoctap.model.result.Audit;

/**
 * The digest of a rule pack's files, as the audit envelope of every assessment records it: the SHA-256 of the lines
 * {@code "<sha256 of the file>  <name>\n"} (the lines {@code sha256sum} prints), one per file sorted by name, so that
 * anyone can recompute it with standard tools. Internal: used by the evaluator and the pack loader.
 */
public final class PackDigest {
    private PackDigest() {
    }

    /** The digest of {@code files} (name relative to the pack, content), {@code sha256:} and hexadecimal. */
    public static String of(Map<String, byte[]> files) {
        StringBuilder manifest = new StringBuilder();
        new TreeMap<>(files).forEach((name, bytes) -> manifest.append(CanonicalJson.sha256(bytes).substring(7))
                .append("  ").append(name).append('\n'));
        return CanonicalJson.sha256(manifest.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A province pack as the audit records it, with the period in which it is in force.
     *
     * @param layer the layer's name, source and digest
     * @param from  first reference date it applies to
     * @param to    first reference date it no longer applies to, or {@code null}
     */
    public record Dated(Audit.Layer layer, LocalDate from, LocalDate to) {
        /** Whether the pack is in force on {@code date}. */
        public boolean inForceOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || date.isBefore(to));
        }
    }

    /** The audit layer of a pack read without problems: {@code pack.json} and every file it lists. */
    static Dated of(LoadedPack pack) {
        PackMetadata m = pack.metadata;
        List<String> names = new ArrayList<>(List.of("pack.json"));
        names.addAll(m.files().parameters());
        names.addAll(m.files().overlays());
        names.addAll(m.files().rules());
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : names) {
            files.put(name, pack.bytes.get(name));
        }
        String source = "province/" + m.province().code() + " " + m.instrument().number();
        return new Dated(new Audit.Layer(m.layer(), source, of(files)), m.effectiveFrom(), m.effectiveTo());
    }
}
