package vn.hoctap.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Runs the host application in a fresh JVM as each common packaging ships it (a plain jar on a class path, a jar
 * merged by maven-shade-plugin, a Spring Boot fat jar with its dependencies nested), from the jars the build made: the
 * national rules must load whatever the packaging does to other jars' {@code pom.properties} and
 * {@code kmodule.xml}, a pack with DRL must compile inside a merged jar, and at the host's default logging level
 * (slf4j-simple, INFO) nothing may be printed besides the application's own output.
 */
class HostPackagingTest {
    private static final Path DIR = Path.of(System.getProperty("host.dir"));
    private static final Path ROOT = Path.of(System.getProperty("repository.root")).toAbsolutePath().normalize();
    private static final Path REQUEST = ROOT.resolve(
            "lib-examples/examples/src/main/resources/vn/hoctap/examples/units/01-ubnd-xa-tan-lap.json");
    private static final Path PACK_SOURCE = ROOT.resolve(
            "lib-examples/examples/src/main/resources/vn/hoctap/examples/packs/tinh-vi-du");
    /**
     * The one Drools logger that speaks at INFO when a pack's DRL is built (two lines: start and end of the rule
     * base), as a host quiets it; the national rules log nothing.
     */
    private static final String QUIET_PACK_BUILD =
            "-Dorg.slf4j.simpleLogger.log.org.drools.compiler.kie.builder.impl.KieContainerImpl=warn";
    /** The national TT 24 criteria at level 1, and the one the example pack adds to them. */
    private static final String NATIONAL = "TT24.C1 TT24.C2 TT24.H.C3";
    /** The pack does not assess the district level's criterion 3 and adds its criterion 4 (its overlay.json). */
    private static final String WITH_PACK = "TT24.C1 TT24.C2 TVD.C4";
    /**
     * The jars that lib-rules leaves optional (drools-engine's and drools-xml-support's, beyond what running
     * precompiled rules needs): a host without them has lib-rules' own runtime class path.
     */
    private static final List<String> COMPILER = List.of("drools-engine-", "drools-xml-support-",
            "drools-model-codegen-", "drools-codegen-common-", "drools-model-prototype-", "drools-mvel-",
            "drools-drl-", "drools-ecj-", "ecj-", "javaparser-", "antlr", "xstream-", "mxparser-", "xmlpull-",
            "kie-util-maven-support-", "drools-wiring-dynamic-");

    @Test
    void plainJarOnAClassPath() throws Exception {
        String cp = classPath(List.of());
        check(run("-cp", cp, main(), REQUEST.toString()), NATIONAL, "LEVEL_1");
        check(run(QUIET_PACK_BUILD, "-cp", cp, main(), REQUEST.toString(), pack()), WITH_PACK, null);
    }

    @Test
    void mergedJarBuiltByMavenShadePlugin() throws Exception {
        String jar = DIR.resolve("host-shaded.jar").toString();
        check(run("-jar", jar, REQUEST.toString()), NATIONAL, "LEVEL_1");
        check(run(QUIET_PACK_BUILD, "-jar", jar, REQUEST.toString(), pack()), WITH_PACK, null);
    }

    @Test
    void fatJarRepackagedBySpringBoot() throws Exception {
        String jar = System.getProperty("host.jar").replaceFirst("\\.jar$", "-boot.jar");
        check(run("-jar", jar, REQUEST.toString()), NATIONAL, "LEVEL_1");
        check(run(QUIET_PACK_BUILD, "-jar", jar, REQUEST.toString(), pack()), WITH_PACK, null);
    }

    @Test
    void withoutTheOptionalCompilerNationalRulesRunAndADrlPackIsRefusedNamingTheDependency() throws Exception {
        String cp = classPath(COMPILER);
        assertTrue(cp.contains("drools-core-") && !cp.contains("drools-model-codegen-"), cp);
        check(run("-cp", cp, main(), REQUEST.toString()), NATIONAL, "LEVEL_1");
        Result refused = run("-cp", cp, main(), REQUEST.toString(), pack());
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.out().contains("[DRL_COMPILER_MISSING]"), refused.out());
        assertTrue(refused.out().contains("org.drools:drools-engine:") && refused.out()
                .contains("org.drools:drools-xml-support:"), refused.out());
        assertEquals("", refused.err());
    }

    private static void check(Result r, String criteria, String verdict) {
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.toString());
        if (verdict != null) {
            assertEquals(verdict, lines.get(0));
        }
        assertEquals(criteria, lines.get(1));
        assertTrue(lines.get(2).startsWith("Ủy ban nhân dân xã Tân Lập"), lines.get(2));
        assertEquals("", r.err(), "nothing may be logged at the default level");
    }

    /**
     * The example pack's own files (those its pack.json lists) in a directory of their own: beside them in the
     * repository are sample requests, which a directory pack would report as unlisted files.
     */
    private static String pack() throws IOException {
        Path dir = DIR.resolve("tinh-vi-du");
        if (!Files.exists(dir)) {
            List<String> files = new ArrayList<>(List.of("pack.json"));
            new ObjectMapper().readTree(PACK_SOURCE.resolve("pack.json").toFile()).get("files")
                    .forEach(kind -> kind.forEach(f -> files.add(f.asText())));
            for (String f : files) {
                Files.createDirectories(dir.resolve(f).getParent());
                Files.copy(PACK_SOURCE.resolve(f), dir.resolve(f));
            }
        }
        return dir.toString();
    }

    private static String main() {
        return HostApplication.class.getName();
    }

    private static String classPath(List<String> without) throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(System.getProperty("host.jar"));
        Arrays.stream(Files.readString(DIR.resolve("classpath.txt")).strip().split(File.pathSeparator))
                .filter(e -> without.stream().noneMatch(Path.of(e).getFileName().toString()::startsWith))
                .forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(List.of(args));
        Path out = Files.createTempFile("host", ".out");
        Path err = Files.createTempFile("host", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
