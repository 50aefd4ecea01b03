package vn.hoctap.rules.pack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.Scheme;

/**
 * A pack as read from its files, each item with the file and line it came from: what {@link PackReader} could make
 * of it, the problems being reported separately. Filled once by the reader, then only read.
 */
final class LoadedPack {
    final ProvincePack pack;
    final String packFile;
    /** {@code pack.json}, or {@code null} when it could not be read. */
    JsonFile packJson;
    /** The metadata, or {@code null} when {@code pack.json} is unusable; the pack then takes part in nothing. */
    PackMetadata metadata;
    final List<Located<CriterionDefinition>> criteria = new ArrayList<>();
    final List<Located<Scheme>> schemes = new ArrayList<>();
    final List<Located<Overlay.Addition>> additions = new ArrayList<>();
    final List<Located<Overlay.Replacement>> replacements = new ArrayList<>();
    final List<Located<Overlay.SwitchOff>> switchOffs = new ArrayList<>();
    final List<Located<Overlay.Rename>> renames = new ArrayList<>();
    final List<Located<Overlay.ProcedureAssignment>> procedures = new ArrayList<>();
    final List<Located<String>> enables = new ArrayList<>();
    final List<ParameterEntry> parameters = new ArrayList<>();
    /**
     * Whether a parameter or overlay file could not be read whole: ids the rules name may then be defined in what
     * was lost, and are not reported as unknown (the problem that lost them is).
     */
    boolean incomplete;
    /** The first parameter file, where a missing value is best added, or {@code null}. */
    String firstParameterFile;
    final List<DrlRules.Source> rules = new ArrayList<>();
    /** The bytes of every file read, by its name in the pack: what the audit digest is computed from. */
    final Map<String, byte[]> bytes = new HashMap<>();
    final List<DrlRules.Reference> references = new ArrayList<>();
    /** The compiled rules, or {@code null} when the pack has none or they do not compile. */
    KieBase kieBase;

    LoadedPack(ProvincePack pack) {
        this.pack = pack;
        this.packFile = pack.source().location("pack.json");
    }

    String layer() {
        return metadata.layer();
    }

    /** Whether the pack has rules of its own (compiled or not). */
    boolean hasRules() {
        return !rules.isEmpty();
    }

    /**
     * A value read from a pack file, with where it came from.
     *
     * @param value the value
     * @param file  the file
     * @param line  the line, or {@code null}
     * @param path  its JSON path in the file
     */
    record Located<T>(T value, String file, Integer line, String path) {
    }

    /**
     * One entry of a parameter file, completed and checked when the layers below it are known.
     *
     * @param id   the parameter's id
     * @param node the entry as written
     * @param file the file
     * @param path its JSON path
     */
    record ParameterEntry(String id, ObjectNode node, JsonFile file, String path) {
    }
}
