package vn.hoctap.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A province pack written to a temporary directory for the benchmarks: {@code rules} indicators in criteria of five,
 * joined to the district-level "Đơn vị học tập", each judged by one rule that reads its own parameter, so that the
 * pack has {@code rules} rules and as many parameters. Fictitious, like every benchmark input.
 */
final class GeneratedPack {
    private static final String DOC = "00/2024/QĐ-UBND (benchmark)";

    private GeneratedPack() {
    }

    /**
     * Writes the pack and returns its directory.
     *
     * @param withRules {@code false} for the parameters only (the pack then overrides national numbers only)
     */
    static Path write(int rules, boolean withRules) {
        try {
            Path dir = Files.createTempDirectory("hoctap-bench-pack");
            List<String> parameters = new ArrayList<>();
            parameters.add(parameter("TT24.C2.1.MIN_PERCENT", null, "92"));
            StringBuilder criteria = new StringBuilder();
            StringBuilder adds = new StringBuilder();
            StringBuilder drl = new StringBuilder("""
                    package vn.hoctap.packs.bench;

                    import vn.hoctap.rules.engine.Check;
                    import vn.hoctap.model.request.UnitInput;
                    """);
            int criteriaCount = (rules + 4) / 5;
            for (int c = 0; c < criteriaCount && withRules; c++) {
                String criterion = "BM.C" + (c + 4);
                List<String> indicators = new ArrayList<>();
                for (int i = 0; i < 5 && c * 5 + i < rules; i++) {
                    String id = criterion + "." + (i + 1);
                    indicators.add(indicator(id, (c + 4) + "." + (i + 1)));
                    parameters.add(parameter(id + ".MIN_PERCENT", "PERCENT", String.valueOf(40 + i)));
                    drl.append("""

                            rule "%1$s members hold Learning citizen"
                            when
                                $c : Check( indicatorId == "%1$s" )
                            then
                                $c.requireShare(UnitInput.MEMBERS_LEARNING_CITIZEN, "%1$s.MIN_PERCENT");
                            end
                            """.formatted(id));
                }
                criteria.append(c == 0 ? "" : ",\n").append("""
                        { "id": "%s", "number": %d, "nameVi": "Tiêu chí %d (benchmark)", "nameEn": "Criterion %d",
                          "indicators": [ %s ] }""".formatted(criterion, c + 4, c + 4, c + 4,
                        String.join(",\n", indicators)));
                adds.append(c == 0 ? "" : ",\n").append("""
                        { "criterion": "%s", "scheme": "TT24.H", "citation": { "document": "%s", "article": %d } }"""
                        .formatted(criterion, DOC, c + 4));
            }
            String files = "\"parameters\": [\"parameters.json\"]";
            if (withRules) {
                files += ", \"overlays\": [\"overlay.json\"], \"rules\": [\"rules.drl\"]";
                Files.writeString(dir.resolve("overlay.json"), "{ \"criteria\": [\n" + criteria + "\n],\n\"add\": [\n"
                        + adds + "\n] }\n");
                Files.writeString(dir.resolve("rules.drl"), drl);
            }
            Files.writeString(dir.resolve("parameters.json"), "{ \"parameters\": [\n" + String.join(",\n", parameters)
                    + "\n] }\n");
            Files.writeString(dir.resolve("pack.json"), """
                    { "layer": "Benchmark", "province": { "code": "00", "nameVi": "Tỉnh Đo", "nameEn": "Bench" },
                      "instrument": { "number": "%s", "date": "2024-01-01", "issuerVi": "UBND Tỉnh Đo",
                                      "issuerEn": "Bench People's Committee" },
                      "effectiveFrom": "2024-01-26", "illustration": true,
                      "files": { %s } }
                    """.formatted(DOC, files));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String indicator(String id, String number) {
        return """
                { "id": "%s", "number": "%s", "nameVi": "Chỉ tiêu %s", "nameEn": "Indicator %s",
                  "citations": { "LEVEL_1": { "document": "%s", "article": 4 }, "LEVEL_2": { "document": "%s", "article": 5 } },
                  "status": "VERIFIED", "effectiveFrom": "2024-01-26" }""".formatted(id, number, number, number, DOC, DOC);
    }

    private static String parameter(String id, String type, String value) {
        String definition = type == null ? "" : "\"type\": \"" + type + "\", \"nameVi\": \"tỉ lệ tối thiểu\", "
                + "\"nameEn\": \"minimum share\", ";
        return """
                { "id": "%s", %s"values": [ { "value": "%s", "from": "2024-01-26",
                  "citation": { "document": "%s", "article": 3 }, "status": "VERIFIED" } ] }"""
                .formatted(id, definition, value, DOC);
    }
}
