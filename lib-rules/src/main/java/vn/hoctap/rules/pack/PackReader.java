package vn.hoctap.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.rules.pack.LoadedPack.Located;
import vn.hoctap.rules.pack.PackProblem.Code;

/** Reads a pack's files and compiles its rules, reporting every problem a file shows on its own. */
final class PackReader {
    private final LoadedPack loaded;
    private final PackSource source;
    private final Problems problems;

    private PackReader(ProvincePack pack, Problems problems) {
        this.loaded = new LoadedPack(pack);
        this.source = pack.source();
        this.problems = problems;
    }

    static LoadedPack read(ProvincePack pack, Problems problems) {
        PackReader reader = new PackReader(pack, problems);
        reader.read();
        return reader.loaded;
    }

    private void read() {
        Optional<JsonFile> packJson = json("pack.json", "không có tệp pack.json trong " + source.location(),
                "there is no pack.json in " + source.location());
        if (packJson.isEmpty()) {
            return;
        }
        loaded.packJson = packJson.get();
        loaded.metadata = packJson.get().read(packJson.get().root(), "$", PackMetadata.class).orElse(null);
        if (loaded.metadata == null) {
            return;
        }
        PackMetadata.Files files = loaded.metadata.files();
        Set<String> listed = new HashSet<>(Set.of("pack.json"));
        List<String> parameterFiles = names(files.parameters(), "parameters", listed);
        List<String> overlayFiles = names(files.overlays(), "overlays", listed);
        List<String> ruleFiles = names(files.rules(), "rules", listed);
        List<String> sampleFiles = names(files.samples(), "samples", listed);
        int before = problems.size();
        parameterFiles.forEach(this::readParameters);
        loaded.firstParameterFile = parameterFiles.isEmpty() ? null : source.location(parameterFiles.get(0));
        overlayFiles.forEach(this::readOverlay);
        loaded.incomplete = problems.size() > before;
        ruleFiles.forEach(this::readRules);
        // A sample is not part of the rules: only that it is there, readable through the same bounds, is checked.
        sampleFiles.forEach(this::listedText);
        unlisted(listed);
        List<DrlRules.Source> compilable = new ArrayList<>();
        for (DrlRules.Source s : loaded.rules) {
            loaded.references.addAll(DrlRules.references(s));
            if (DrlRules.checkPackage(s, problems)) {
                compilable.add(s);
            }
        }
        if (!compilable.isEmpty() && compilable.size() == loaded.rules.size()) {
            loaded.kieBase = DrlRules.compile(compilable, source.location(), problems).orElse(null);
        }
    }

    /** The listed names that stay inside the pack's directory; the others are reported. */
    private List<String> names(List<String> names, String field, Set<String> listed) {
        List<String> safe = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String path = "$.files." + field + "[" + i + "]";
            if (name.isBlank() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                    || List.of(name.split("/")).contains("..")) {
                loaded.packJson.problem(Code.INVALID_JSON, path, path + ": '" + name + "' phải là đường dẫn tương đối"
                                + " nằm trong thư mục của bộ tiêu chí",
                        path + ": '" + name + "' must be a relative path inside the pack's directory");
            } else if (!listed.add(name)) {
                loaded.packJson.problem(Code.DUPLICATE_ID, path, path + ": tệp '" + name + "' được khai báo hai lần",
                        path + ": file '" + name + "' is listed twice");
            } else {
                safe.add(name);
            }
        }
        return safe;
    }

    private Optional<String> text(String name, String missingVi, String missingEn) {
        try {
            Optional<byte[]> bytes = source.bytes(name);
            if (bytes.isEmpty()) {
                problems.add(Code.FILE_UNREADABLE, source.location(name), null, missingVi, missingEn);
                return Optional.empty();
            }
            String text = PackSource.text(bytes.get());
            // The digest in the audit envelope is of the bytes read here, not of a second reading that could differ.
            loaded.bytes.put(name, bytes.get());
            return Optional.of(text);
        } catch (RefusedFileException e) {
            problems.add(e.code(), source.location(name), null, e.messageVi(), e.messageEn());
        } catch (CharacterCodingException e) {
            problems.add(Code.FILE_UNREADABLE, source.location(name), null,
                    "tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8",
                    "the file is not UTF-8 text; save it again as UTF-8");
        } catch (IOException e) {
            problems.add(Code.FILE_UNREADABLE, source.location(name), null, "không đọc được tệp: "
                    + Problems.describe(e), "cannot read the file: " + Problems.describe(e), e);
        }
        return Optional.empty();
    }

    private Optional<String> listedText(String name) {
        return text(name, "tệp '" + name + "' được khai báo trong pack.json nhưng không có",
                "file '" + name + "' is listed in pack.json but does not exist");
    }

    private Optional<JsonFile> json(String name, String missingVi, String missingEn) {
        return text(name, missingVi, missingEn).flatMap(t -> JsonFile.parse(source.location(name), t, problems));
    }

    private void readParameters(String name) {
        Optional<JsonFile> json = listedText(name).flatMap(t -> JsonFile.parse(source.location(name), t, problems));
        if (json.isEmpty()) {
            return;
        }
        JsonFile file = json.get();
        file.read(file.root(), "$", Overlay.ParameterFile.class).ifPresent(content -> {
            if (content.layer() != null && !content.layer().equals(loaded.layer())) {
                file.problem(Code.INVALID_JSON, "$.layer", "$.layer: '" + content.layer() + "' khác tên lớp trong"
                                + " pack.json ('" + loaded.layer() + "'); hãy bỏ trường này hoặc dùng đúng tên lớp",
                        "$.layer: '" + content.layer() + "' differs from the layer in pack.json ('" + loaded.layer()
                                + "'); leave it out or use the same name");
            }
            for (int i = 0; i < content.parameters().size(); i++) {
                JsonNode node = content.parameters().get(i);
                String path = "$.parameters[" + i + "]";
                if (node instanceof ObjectNode object && node.path("id").isTextual()
                        && !node.path("id").asText().isBlank()) {
                    loaded.parameters.add(new LoadedPack.ParameterEntry(node.path("id").asText(), object, file, path));
                } else {
                    file.problem(Code.INVALID_JSON, path, path + ": cần một đối tượng có 'id'",
                            path + ": expected an object with an 'id'");
                }
            }
        });
    }

    private void readOverlay(String name) {
        Optional<JsonFile> json = listedText(name).flatMap(t -> JsonFile.parse(source.location(name), t, problems));
        if (json.isEmpty()) {
            return;
        }
        JsonFile file = json.get();
        file.read(file.root(), "$", Overlay.File.class).ifPresent(content -> {
            each(file, content.criteria(), "criteria", CriterionDefinition.class, loaded.criteria::add);
            each(file, content.schemes(), "schemes", Scheme.class, loaded.schemes::add);
            each(file, content.add(), "add", Overlay.Addition.class, loaded.additions::add);
            each(file, content.replace(), "replace", Overlay.Replacement.class, loaded.replacements::add);
            each(file, content.switchOff(), "switchOff", Overlay.SwitchOff.class, loaded.switchOffs::add);
            each(file, content.rename(), "rename", Overlay.Rename.class, loaded.renames::add);
            each(file, content.procedures(), "procedures", Overlay.ProcedureAssignment.class, loaded.procedures::add);
            for (int i = 0; i < content.enable().size(); i++) {
                String path = "$.enable[" + i + "]";
                loaded.enables.add(new Located<>(content.enable().get(i), file.location(), file.line(path), path));
            }
        });
    }

    private <T> void each(JsonFile file, List<JsonNode> nodes, String field, Class<T> type,
                          Consumer<Located<T>> sink) {
        for (int i = 0; i < nodes.size(); i++) {
            String path = "$." + field + "[" + i + "]";
            JsonNode node = nodes.get(i);
            file.read(node, path, type)
                    .ifPresent(v -> sink.accept(new Located<>(v, file.location(), file.elementLine(node, path), path)));
        }
    }

    private void readRules(String name) {
        listedText(name).ifPresent(text -> loaded.rules.add(DrlRules.Source.of(source.location(name), name, text)));
    }

    /** In a directory, a rule or data file the pack does not list is almost always forgotten, not meant. */
    private void unlisted(Set<String> listed) {
        try {
            source.files().ifPresent(files -> files.stream()
                    .filter(f -> (f.endsWith(".drl") || f.endsWith(".json")) && !listed.contains(f))
                    .forEach(f -> problems.add(Code.FILE_NOT_LISTED, source.location(f), null,
                            "tệp '" + f + "' nằm trong thư mục bộ tiêu chí nhưng pack.json không khai báo (files); hãy"
                                    + " khai báo hoặc chuyển nó ra ngoài",
                            "file '" + f + "' is in the pack's directory but pack.json does not list it (files); list"
                                    + " it or move it out")));
        } catch (IOException | UncheckedIOException e) {
            problems.add(Code.FILE_UNREADABLE, source.location(), null, "không liệt kê được thư mục: "
                    + Problems.describe(e), "cannot list the directory: " + Problems.describe(e), e);
        }
    }
}
