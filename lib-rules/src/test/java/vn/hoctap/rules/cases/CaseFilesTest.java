package vn.hoctap.rules.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * Runs every case file under {@code src/test/resources/cases} as a test of its own, named by its file and title, so
 * an official can add a case without writing Java (see the README in that directory).
 */
class CaseFilesTest {
    private static final Evaluator NATIONAL = Evaluator.national();
    /** One evaluator per distinct list of packs: building one compiles the packs' rules. */
    private static final Map<List<Path>, Evaluator> WITH_PACKS = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyCaseFileHolds() {
        return caseFiles().stream().map(path -> DynamicTest.dynamicTest(
                root().relativize(path) + ": " + read(path).title(), path.toUri(), () -> check(path, read(path))));
    }

    /** Every indicator of every national scheme is exercised by at least one case, so no indicator goes untested. */
    @Test
    void everyNationalIndicatorHasACase() {
        Set<String> exercised = new TreeSet<>();
        caseFiles().forEach(p -> exercised.addAll(read(p).exercises()));
        Set<String> uncovered = new TreeSet<>();
        for (CriterionDefinition c : NATIONAL.catalogue().criteria()) {
            for (IndicatorDefinition i : c.indicators()) {
                if (!exercised.contains(i.id())) {
                    uncovered.add(i.id());
                }
            }
        }
        assertTrue(uncovered.isEmpty(), "indicators without a case file: " + uncovered);
    }

    /** Every indicator a pack used by the cases adds is exercised by at least one case too. */
    @Test
    void everyIndicatorAPackAddsHasACase() {
        Set<String> exercised = new TreeSet<>();
        caseFiles().forEach(p -> exercised.addAll(read(p).exercises()));
        Set<String> uncovered = new TreeSet<>();
        for (Path p : caseFiles()) {
            List<Path> packs = packs(p, read(p));
            if (packs.isEmpty() || read(p).expectError() != null) {
                continue;
            }
            for (CriterionDefinition c : evaluator(packs).catalogue().criteria()) {
                for (IndicatorDefinition i : c.indicators()) {
                    if (NATIONAL.catalogue().indicator(i.id()).isEmpty() && !exercised.contains(i.id())) {
                        uncovered.add(i.id());
                    }
                }
            }
        }
        assertTrue(uncovered.isEmpty(), "indicators added by packs without a case file: " + uncovered);
    }

    @Test
    void everyCaseNamesWhatItExercisesAndTheArticle() {
        for (Path p : caseFiles()) {
            CaseFile c = read(p);
            assertFalse(c.exercises().isEmpty(), p + ": 'exercises' is empty");
            assertTrue(c.article() != null && !c.article().isBlank(), p + ": 'article' is missing");
            assertTrue((c.expect() == null) != (c.expectError() == null),
                    p + ": give exactly one of 'expect' and 'expectError'");
        }
    }

    private static void check(Path path, CaseFile c) {
        Assessment a;
        try {
            List<Path> packs = packs(path, c);
            a = CaseKinds.evaluate(c.kind(), packs.isEmpty() ? NATIONAL : evaluator(packs), c.request());
        } catch (RuntimeException e) {
            if (c.expectError() == null) {
                throw e;
            }
            assertEquals(c.expectError().type(), e.getClass().getSimpleName(), "exception type; message: " + e.getMessage());
            assertTrue(e.getMessage().contains(c.expectError().messageContains()),
                    "message should contain '" + c.expectError().messageContains() + "' but was: " + e.getMessage());
            return;
        }
        if (c.expectError() != null) {
            fail("expected " + c.expectError().type() + " but got verdict " + a.verdict() + ": " + a.summaryVi());
        }
        Map<Level, Map<String, Outcome>> actual = new LinkedHashMap<>();
        for (LevelResult l : a.levels()) {
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            l.results().forEach(cr -> cr.indicators().forEach(i -> outcomes.put(i.indicatorId(), i.outcome())));
            actual.put(l.level(), outcomes);
        }
        List<String> differences = new ArrayList<>();
        c.expect().indicators().forEach((level, expected) -> {
            Map<String, Outcome> got = actual.getOrDefault(level, Map.of());
            expected.forEach((id, outcome) -> {
                if (got.get(id) != outcome) {
                    differences.add(level + " " + id + ": expected " + outcome + ", got " + got.get(id)
                            + explanation(a, level, id));
                }
            });
            got.keySet().stream().filter(id -> !expected.containsKey(id))
                    .forEach(id -> differences.add(level + " " + id + ": judged " + got.get(id)
                            + " but the case does not state it"));
        });
        actual.keySet().stream().filter(l -> !c.expect().indicators().containsKey(l))
                .forEach(l -> differences.add(l + ": judged but the case states no indicators for it"));
        if (c.expect().missing() != null) {
            List<String> paths = a.missingInputs().stream().map(MissingInput::path).toList();
            c.expect().missing().stream().filter(p -> !paths.contains(p))
                    .forEach(p -> differences.add("missing input " + p + " not reported; reported: " + paths));
        }
        if (c.expect().reasons() != null) {
            c.expect().reasons().forEach((level, expected) -> expected.forEach((id, reason) -> {
                Reason got = a.levels().stream().filter(l -> l.level() == level).flatMap(l -> l.results().stream())
                        .flatMap(cr -> cr.indicators().stream()).filter(i -> i.indicatorId().equals(id))
                        .map(IndicatorResult::reason).findFirst().orElse(null);
                if (got != reason) {
                    differences.add(level + " " + id + ": expected reason " + reason + ", got " + got
                            + explanation(a, level, id));
                }
            }));
        }
        List<String> codes = a.notices().stream().map(n -> n.code()).toList();
        if (c.expect().notices() != null) {
            c.expect().notices().stream().filter(n -> !codes.contains(n))
                    .forEach(n -> differences.add("notice " + n + " not given; given: " + a.notices()));
        }
        if (c.expect().noticesAbsent() != null) {
            c.expect().noticesAbsent().stream().filter(codes::contains)
                    .forEach(n -> differences.add("notice " + n + " given but must not be: " + a.notices()));
        }
        if (c.expect().calendar() != null) {
            JsonNode calendar = HoctapJson.mapper().valueToTree(a.calendar());
            c.expect().calendar().forEach((field, value) -> {
                JsonNode got = calendar.get(field);
                String text = got == null || got.isNull() ? null : got.asText();
                if (!java.util.Objects.equals(value, text)) {
                    differences.add("calendar." + field + ": expected " + value + ", got " + text);
                }
            });
        }
        if (c.expect().shortfalls() != null) {
            List<vn.hoctap.model.result.Shortfall> got = vn.hoctap.rules.shortfall.Shortfalls.of(
                    packs(path, c).isEmpty() ? NATIONAL : evaluator(packs(path, c)), a);
            for (CaseFile.ExpectedShortfall e : c.expect().shortfalls()) {
                boolean found = got.stream().anyMatch(s -> s.indicatorId().equals(e.indicator())
                        && (e.input() == null || e.input().equals(s.input())) && s.kind().name().equals(e.kind())
                        && (e.more() == null || s.kind() == vn.hoctap.model.result.Shortfall.Kind.COUNT
                        && s.more() == e.more())
                        && (e.morePoints() == null || s.kind() == vn.hoctap.model.result.Shortfall.Kind.POINTS
                        && s.points().more().compareTo(e.morePoints()) == 0));
                if (!found) {
                    differences.add("shortfall " + e + " not reported; reported: "
                            + got.stream().map(vn.hoctap.model.result.Shortfall::textEn).toList());
                }
            }
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertEquals(c.expect().verdict(), a.verdict(), a.summaryVi());
    }

    /** The case's pack directories, resolved against the case file's directory. */
    private static List<Path> packs(Path caseFile, CaseFile c) {
        return c.packs().stream().map(p -> caseFile.getParent().resolve(p).normalize()).toList();
    }

    private static Evaluator evaluator(List<Path> packs) {
        return WITH_PACKS.computeIfAbsent(packs, list -> {
            Evaluator.Builder builder = Evaluator.builder();
            list.forEach(p -> builder.add(ProvincePack.fromDirectory(p)));
            return builder.build();
        });
    }

    private static String explanation(Assessment a, Level level, String id) {
        return a.levels().stream().filter(l -> l.level() == level)
                .flatMap(l -> l.results().stream()).flatMap(cr -> cr.indicators().stream())
                .filter(i -> i.indicatorId().equals(id)).map(IndicatorResult::explanationVi)
                .map(s -> " (" + s + ")").findFirst().orElse("");
    }

    private static Path root() {
        try {
            return Path.of(CaseFilesTest.class.getResource("/cases").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> caseFiles() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(p -> p.toString().endsWith(".json") && p.getFileName().toString().matches("\\d.*"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CaseFile read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return HoctapJson.read(in, CaseFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }
}
