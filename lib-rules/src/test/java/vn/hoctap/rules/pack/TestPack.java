package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A province pack written to a directory for a test: a valid starting point, then edits that break exactly one thing.
 * Every pack is fictitious ("Tỉnh Kiểm Thử"); its numbers exist only to be told apart from the national ones.
 */
final class TestPack {
    static final String DOC = "88/2024/QĐ-UBND (kiểm thử)";

    private final Map<String, String> files = new LinkedHashMap<>();

    private TestPack() {
    }

    /** A pack that only changes numbers: indicator 2.1's level-1 share becomes 95 % (national: 90 %). */
    static TestPack parametersOnly(String layer) {
        TestPack p = new TestPack();
        p.files.put("pack.json", packJson(layer, "\"parameters\": [\"parameters.json\"]"));
        p.files.put("parameters.json", """
                {
                  "parameters": [
                    {
                      "id": "TT24.C2.1.MIN_PERCENT",
                      "values": [
                        { "level": "LEVEL_1", "value": "95", "from": "2024-03-01",
                          "citation": { "document": "%s", "article": 2, "clause": 1 }, "status": "VERIFIED" }
                      ]
                    }
                  ]
                }
                """.formatted(DOC));
        return p;
    }

    /**
     * A pack with rules: the parameters of {@link #parametersOnly}, and criterion KT.C4 (one indicator, KT.C4.1: a
     * share of members holding "Công dân học tập", 60 % / 80 %) added to TT24.H after TT24.C2.
     */
    static TestPack withRules(String layer) {
        TestPack p = parametersOnly(layer);
        p.files.put("pack.json", packJson(layer, """
                "parameters": ["parameters.json"], "overlays": ["overlay.json"], "rules": ["rules/kt.drl"]"""));
        p.edit("parameters.json", """
                  "parameters": [
                """, """
                  "parameters": [
                    {
                      "id": "KT.C4.1.MIN_PERCENT", "type": "PERCENT",
                      "nameVi": "tỉ lệ tối thiểu thành viên đạt “Công dân học tập” (tiêu chí 4 của tỉnh)",
                      "nameEn": "minimum share of members holding 'Learning citizen' (the province's criterion 4)",
                      "values": [
                        { "level": "LEVEL_1", "value": "60", "from": "2024-03-01",
                          "citation": { "document": "%s", "article": 4, "clause": 1 }, "status": "VERIFIED" },
                        { "level": "LEVEL_2", "value": "80", "from": "2024-03-01",
                          "citation": { "document": "%s", "article": 4, "clause": 2 }, "status": "VERIFIED" }
                      ]
                    },
                """.formatted(DOC, DOC));
        p.files.put("overlay.json", """
                {
                  "criteria": [
                    %s
                  ],
                  "add": [
                    { "criterion": "KT.C4", "scheme": "TT24.H", "after": "TT24.C2",
                      "citation": { "document": "%s", "article": 4 } }
                  ]
                }
                """.formatted(criterion("KT.C4", 4, "KT.C4.1"), DOC));
        p.files.put("rules/kt.drl", """
                package vn.hoctap.packs.kiemthu;

                import vn.hoctap.rules.engine.Check;
                import vn.hoctap.model.request.UnitInput;

                rule "KT.C4.1 members hold Learning citizen"
                when
                    $c : Check( indicatorId == "KT.C4.1" )
                then
                    $c.requireShare(UnitInput.MEMBERS_LEARNING_CITIZEN, "KT.C4.1.MIN_PERCENT");
                end
                """);
        return p;
    }

    /** A criterion definition in JSON with one indicator cited at both levels. */
    static String criterion(String id, int number, String indicatorId) {
        return """
                {
                  "id": "%s", "number": %d,
                  "nameVi": "Tiêu chí %d của tỉnh (kiểm thử)", "nameEn": "The province's criterion %d (test)",
                  "indicators": [
                    {
                      "id": "%s", "number": "%d.1",
                      "nameVi": "Chỉ tiêu %d.1 của tỉnh", "nameEn": "The province's indicator %d.1",
                      "citations": {
                        "LEVEL_1": { "document": "%s", "article": %d, "clause": 1 },
                        "LEVEL_2": { "document": "%s", "article": %d, "clause": 2 }
                      },
                      "status": "VERIFIED", "effectiveFrom": "2024-03-01"
                    }
                  ]
                }""".formatted(id, number, number, number, indicatorId, number, number, number, DOC, number, DOC,
                number);
    }

    /**
     * A scheme of the province's own in JSON: "Đơn vị học tập tiêu biểu" cấp tỉnh, one level, listing
     * {@code criteria}; its procedure and citations are the fictitious instrument's.
     */
    static String scheme(String id, String... criteria) {
        return """
                {
                  "id": "%s", "title": "LEARNING_UNIT", "tier": "PROVINCE",
                  "nameVi": "“Đơn vị học tập tiêu biểu” cấp tỉnh", "nameEn": "Outstanding learning unit, province level",
                  "document": "%s", "effectiveFrom": "2024-03-01",
                  "levels": [ { "level": "LEVEL_1", "criteria": { "document": "%s", "article": 8 },
                                "condition": { "document": "%s", "article": 8, "clause": 2 } } ],
                  "criteria": [%s],
                  "evidenceRule": { "document": "%s", "article": 9 },
                  "procedure": { "authorityVi": "Chủ tịch Ủy ban nhân dân tỉnh", "authorityEn": "the provincial chair",
                                 "authorityTier": "PROVINCE", "authorityCitation": { "document": "%s", "article": 10 },
                                 "dossierRecipientVi": "Sở Giáo dục và Đào tạo", "dossierRecipientEn": "the department",
                                 "dossierDueBefore": "--03-01", "decisionDueBefore": "--04-01",
                                 "timetableCitation": { "document": "%s", "article": 10 } }
                }""".formatted(id, DOC, DOC, DOC, String.join(", ", Arrays.stream(criteria)
                .map(c -> "\"" + c + "\"").toList()), DOC, DOC, DOC);
    }

    private static String packJson(String layer, String files) {
        return """
                {
                  "layer": "%s",
                  "province": { "code": "00", "nameVi": "Tỉnh Kiểm Thử", "nameEn": "Test Province" },
                  "instrument": { "number": "%s", "date": "2024-02-20",
                                  "issuerVi": "Ủy ban nhân dân Tỉnh Kiểm Thử", "issuerEn": "Test Province People's Committee" },
                  "effectiveFrom": "2024-03-01",
                  "illustration": true,
                  "files": { %s }
                }
                """.formatted(layer, DOC, files);
    }

    /** Replaces {@code file}'s content. */
    TestPack file(String file, String content) {
        files.put(file, content);
        return this;
    }

    /** Replaces one occurrence of {@code from} in {@code file}, which must hold it. */
    TestPack edit(String file, String from, String to) {
        String text = files.get(file);
        assertTrue(text != null && text.contains(from), file + " does not contain: " + from);
        files.put(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return this;
    }

    /** Inserts {@code json} as the first member of the overlay's list {@code field}, creating it if needed. */
    TestPack overlay(String field, String json) {
        String text = files.get("overlay.json");
        if (text.contains("\"" + field + "\": []")) {
            return edit("overlay.json", "\"" + field + "\": []", "\"" + field + "\": [ " + json + " ]");
        }
        if (text.contains("\"" + field + "\": [")) {
            return edit("overlay.json", "\"" + field + "\": [", "\"" + field + "\": [\n    " + json + ",");
        }
        return edit("overlay.json", "{\n", "{\n  \"" + field + "\": [ " + json + " ],\n");
    }

    /** Gives the pack an overlay file (with nothing in it yet) if it has none. */
    TestPack withOverlay() {
        if (!files.containsKey("overlay.json")) {
            files.put("overlay.json", "{\n  \"enable\": []\n}\n");
            edit("pack.json", "\"parameters\": [\"parameters.json\"]",
                    "\"parameters\": [\"parameters.json\"], \"overlays\": [\"overlay.json\"]");
        }
        return this;
    }

    /** Writes the pack into {@code dir} (created) and returns a handle on it. */
    ProvincePack writeTo(Path dir) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path path = dir.resolve(f.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ProvincePack.fromDirectory(dir);
    }
}
