package vn.hoctap.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The national rule bases built straight from the classes that the build compiled the national DRL to (the Drools
 * executable model), without a {@code KieContainer}.
 *
 * <p>Why not {@code KieServices.newKieClasspathContainer()}: a container identifies the rules by the first
 * {@code META-INF/maven/**}{@code /pom.properties} and the {@code META-INF/kmodule.xml} it finds on the class path.
 * In a host's merged ("shaded") jar those are the host's, and the national kbases are then not found, or found empty
 * ("No executable model for artifact …", "the rule pack is incomplete"). The index read here is at a path named by
 * this library's own coordinates, which no other jar writes, so the rules load whatever the host's packaging does to
 * the files of other jars.
 */
final class NationalRules {
    /** Written by kie-maven-plugin: the generated model classes, one a line, after a version line. */
    private static final String INDEX = "META-INF/kie/vn.hoctap/lib-rules/drools-model";
    private static final String VERSION_LINE = "Drools-Model-Version:";

    private NationalRules() {
    }

    /** The rules of one national package, e.g. {@code vn.hoctap.rules.tt24}, built when first needed. */
    static CompiledRules deferred(String packageName) {
        return CompiledRules.deferred(() -> kieBase(packageName));
    }

    /** The kbase of one national package, e.g. {@code vn.hoctap.rules.tt24}. */
    static KieBase kieBase(String packageName) {
        List<Model> models = modelClasses().stream()
                .filter(c -> c.substring(0, c.lastIndexOf('.')).equals(packageName))
                .map(NationalRules::instantiate)
                .toList();
        if (models.isEmpty()) {
            throw new IllegalStateException("no executable model for package " + packageName + " in " + INDEX
                    + ": lib-rules was not built with kie-maven-plugin");
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static List<String> modelClasses() {
        ClassLoader loader = NationalRules.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + INDEX
                        + ": the jar was repackaged without lib-rules' META-INF/kie folder");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith(VERSION_LINE))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model instantiate(String className) {
        try {
            return (Model) Class.forName(className, true, NationalRules.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the executable model class " + className, e);
        }
    }
}
