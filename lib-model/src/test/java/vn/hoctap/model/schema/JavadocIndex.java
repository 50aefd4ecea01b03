package vn.hoctap.model.schema;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.javadoc.Javadoc;
import com.github.javaparser.javadoc.JavadocBlockTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the records' source says that reflection cannot: the Javadoc of each type and of each record component (its
 * {@code @param} tag), and which components a record's constructor requires (an unconditional {@code required(x, …)}
 * or {@code requiredText(x, …)} at the top of its compact constructor). A value class that Jackson reads through a
 * {@code @JsonCreator} constructor is read as a record whose components are that constructor's parameters. The schemas take their descriptions and
 * {@code required} lists from here, so they say what the Javadoc says.
 */
final class JavadocIndex {
    private static final Set<String> REQUIRING = Set.of("required", "requiredText", "positive", "evaluationYear", "yearAndDate");

    private final Map<String, String> types = new HashMap<>();
    private final Map<String, String> components = new HashMap<>();
    private final Map<String, Set<String>> required = new HashMap<>();

    private JavadocIndex() {
    }

    /** Reads every {@code .java} file under {@code sourceRoot}. */
    static JavadocIndex of(Path sourceRoot) {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        StaticJavaParser.setConfiguration(config);
        JavadocIndex index = new JavadocIndex();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                CompilationUnit unit = StaticJavaParser.parse(file);
                String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
                for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
                    index.add(pkg, type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    private void add(String pkg, TypeDeclaration<?> type) {
        String name = binaryName(pkg, type);
        type.getJavadoc().ifPresent(doc -> {
            types.put(name, text(doc.getDescription().toText()));
            paramTags(name, doc);
        });
        if (type instanceof RecordDeclaration record) {
            Set<String> names = new HashSet<>();
            record.getParameters().forEach(p -> names.add(p.getNameAsString()));
            Set<String> requiredHere = new HashSet<>();
            record.getCompactConstructors().forEach(c -> {
                for (Statement s : c.getBody().getStatements()) {
                    requiring(s).filter(names::contains).ifPresent(requiredHere::add);
                }
            });
            required.put(name, requiredHere);
        }
        type.getConstructors().stream().filter(c -> c.isAnnotationPresent("JsonCreator")).forEach(c -> {
            // A value class read like a record (Audit): its JSON creator's parameters are its components.
            c.getJavadoc().ifPresent(doc -> paramTags(name, doc));
            Set<String> names = new HashSet<>();
            c.getParameters().forEach(p -> names.add(p.getNameAsString()));
            Set<String> requiredHere = new HashSet<>();
            for (Statement s : c.getBody().getStatements()) {
                requiring(s).filter(names::contains).ifPresent(requiredHere::add);
            }
            required.put(name, requiredHere);
        });
    }

    private void paramTags(String type, Javadoc doc) {
        for (JavadocBlockTag tag : doc.getBlockTags()) {
            if (tag.getType() == JavadocBlockTag.Type.PARAM && tag.getName().isPresent()) {
                components.put(type + "#" + tag.getName().get(), text(tag.getContent().toText()));
            }
        }
    }

    /**
     * The component an unconditional top-level statement requires: the first argument of a call like
     * {@code required(x, "x")}, {@code x = requiredText(x, …)} or {@code RequestChecks.evaluationYear(x)} anywhere in
     * it (a call nested in another still runs whenever the statement does).
     */
    private static Optional<String> requiring(Statement s) {
        if (!(s instanceof ExpressionStmt e)) {
            return Optional.empty();
        }
        for (MethodCallExpr call : e.findAll(MethodCallExpr.class)) {
            if (REQUIRING.contains(call.getNameAsString()) && !call.getArguments().isEmpty()
                    && call.getArgument(0) instanceof NameExpr arg) {
                return Optional.of(arg.getNameAsString());
            }
        }
        return Optional.empty();
    }

    private static String binaryName(String pkg, TypeDeclaration<?> type) {
        StringBuilder b = new StringBuilder(type.getNameAsString());
        var parent = type.getParentNode();
        while (parent.isPresent() && parent.get() instanceof TypeDeclaration<?> outer) {
            b.insert(0, outer.getNameAsString() + "$");
            parent = outer.getParentNode();
        }
        return pkg + b;
    }

    /** Javadoc markup turned into plain text: {@code {@code x}} and {@code {@link A#b}} as their words. */
    static String text(String javadoc) {
        String t = javadoc.replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1")
                .replaceAll("\\{@link(?:plain)? (?:[\\w.]*#)?([^}\\s]+)(?: ([^}]*))?}", "$1")
                .replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        // The sources' working notes are outside the repository: a description names the text, not the note.
        t = t.replaceAll("\\s*[(\\[]criteria\\.md §[\\d.]+[)\\]]", "").replaceAll("[,;]?\\s*criteria\\.md §[\\d.]+", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    Optional<String> type(Class<?> type) {
        return Optional.ofNullable(types.get(type.getName())).filter(s -> !s.isEmpty());
    }

    Optional<String> component(Class<?> type, String name) {
        return Optional.ofNullable(components.get(type.getName() + "#" + name)).filter(s -> !s.isEmpty());
    }

    boolean required(Class<?> type, String name) {
        return required.getOrDefault(type.getName(), Set.of()).contains(name);
    }
}
