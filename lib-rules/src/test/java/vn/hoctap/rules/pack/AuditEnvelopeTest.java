package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.json.CanonicalJson;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Audit;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.rules.Evaluator;

/** The audit envelope every assessment carries, so that a stored result can be re-checked years later. */
class AuditEnvelopeTest {
    private static final UnitEvaluationRequest UNIT = Units.stateAgency(AdministrativeTier.DISTRICT, 2024, Map.of());

    /**
     * Proves that the same request evaluated with the same packs, by two evaluators built apart, carries the same
     * envelope: library version, reference date, request digest, and each layer with the same digest.
     */
    @Test
    void theSameRequestAndPacksGiveTheSameEnvelope(@TempDir Path dir) {
        Evaluator one = Evaluator.builder().add(TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir.resolve("a")))
                .build();
        Evaluator two = Evaluator.builder().add(TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir.resolve("b")))
                .build();
        Audit a = one.evaluate(UNIT).audit();
        assertEquals(a, two.evaluate(UNIT).audit());
        assertEquals(Evaluator.version(), a.libraryVersion());
        assertEquals(LocalDate.of(2024, 12, 31), a.referenceDate());
        assertEquals(CanonicalJson.sha256(UNIT), a.requestDigest());
        assertEquals(List.of("national/cdht", "national/khvn", "national/tt24", "national/tt25",
                "province/00 " + TestPack.DOC), a.layers().stream().map(Audit.Layer::source).toList());
        assertEquals("Tỉnh Kiểm Thử", a.layers().get(4).name());
    }

    /** Proves that changing one parameter value in a pack changes that pack's digest and no other layer's. */
    @Test
    void changingOneParameterValueChangesThatPacksDigest(@TempDir Path dir) {
        Audit before = Evaluator.builder().add(TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir.resolve("a")))
                .build().evaluate(UNIT).audit();
        Audit after = Evaluator.builder().add(TestPack.parametersOnly("Tỉnh Kiểm Thử")
                .edit("parameters.json", "\"value\": \"95\"", "\"value\": \"96\"").writeTo(dir.resolve("b")))
                .build().evaluate(UNIT).audit();
        assertNotEquals(before.layers().get(4).digest(), after.layers().get(4).digest());
        assertEquals(before.layers().subList(0, 4), after.layers().subList(0, 4));
        assertEquals(before.requestDigest(), after.requestDigest());
    }

    /** Proves that a pack not in force on the reference date is not among the layers applied. */
    @Test
    void aPackNotInForceIsNotListed(@TempDir Path dir) {
        Evaluator evaluator = Evaluator.builder().add(TestPack.parametersOnly("Tỉnh Kiểm Thử").writeTo(dir)).build();
        Assessment early = evaluator.evaluate(Units.stateAgency(AdministrativeTier.DISTRICT, 2024,
                LocalDate.of(2024, 2, 15), Map.of(), true));
        assertEquals(4, early.audit().layers().size(), "the pack applies from 2024-03-01");
    }

    /**
     * Proves that a national pack's digest is the one documented: the SHA-256 of the {@code sha256sum} lines of every
     * .json and .drl file in its source directory, so that the build's index of files misses none.
     */
    @Test
    void nationalDigestsCoverEveryFileOfTheirDirectory() throws IOException {
        Audit audit = Evaluator.national().evaluate(UNIT).audit();
        Path root = Path.of("src/main/resources/vn/hoctap/rules");
        for (Audit.Layer layer : audit.layers()) {
            Path pack = root.resolve(layer.source().substring("national/".length()));
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> list = Files.list(pack)) {
                for (Path p : list.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".drl"))
                        .toList()) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
            assertTrue(!files.isEmpty(), pack.toString());
            assertEquals(PackDigest.of(files), layer.digest(), layer.source());
        }
    }

    /** Proves that assessments evaluated in bulk are stamped with their own request each. */
    @Test
    void bulkEvaluationsAreStampedOneByOne() {
        Evaluator national = Evaluator.national();
        List<vn.hoctap.model.request.CitizenEvaluationRequest> people = List.of(
                vn.hoctap.model.json.HoctapJson.read("{\"evaluationYear\": 2024, \"person\": {\"id\": \"A\"}}",
                        vn.hoctap.model.request.CitizenEvaluationRequest.class),
                vn.hoctap.model.json.HoctapJson.read("{\"evaluationYear\": 2024, \"person\": {\"id\": \"B\"}}",
                        vn.hoctap.model.request.CitizenEvaluationRequest.class));
        List<Assessment> judged = national.evaluateCitizens(people);
        for (int i = 0; i < people.size(); i++) {
            assertNotNull(judged.get(i).audit());
            assertEquals(national.evaluate(people.get(i)).audit(), judged.get(i).audit());
        }
    }
}
