package vn.hoctap.rules.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * A pack's DRL: what its rules name, read from the source text before compiling (so that a rule naming an id the
 * catalogue does not know is reported at its line, not discovered as a rule that never fires), and its compilation
 * to the executable model.
 */
final class DrlRules {
    private static final Pattern PACKAGE = Pattern.compile(
            "(?m)^\\s*package\\s+([A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*)");
    private static final Pattern ID_CONSTRAINT = Pattern.compile(
            "\\b(indicatorId|criterionId|schemeId)\\s*(?:==\\s*\"([^\"]*)\"|in\\s*\\(([^)]*)\\))");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern PARAMETER = Pattern.compile(
            "\\brequire(?:Share|Level)\\s*\\([^;\"]*,\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern UNKNOWN_CLASS = Pattern.compile("Unable to find class: ([\\w.$]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
    /** Packages of the library: generated classes there would be shadowed by the library's own. */
    private static final List<String> RESERVED = List.of("vn.hoctap.rules", "vn.hoctap.model");
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String RESOURCES = "src/main/resources/";

    private DrlRules() {
    }

    /** What a rule can name. */
    enum Kind {
        INDICATOR, CRITERION, SCHEME, PARAMETER
    }

    /**
     * One id a rule names.
     *
     * @param kind what the id is
     * @param id   the id
     * @param file the DRL file
     * @param line the line
     */
    record Reference(Kind kind, String id, String file, int line) {
    }

    /**
     * One DRL file.
     *
     * @param file        its location
     * @param name        its name in the pack
     * @param text        its text
     * @param packageName its package, or {@code null} when it declares none
     * @param code        the text with comments blanked out, lines kept, for scanning
     */
    record Source(String file, String name, String text, String packageName, String code) {
        static Source of(String file, String name, String text) {
            String code = withoutComments(text);
            Matcher m = PACKAGE.matcher(code);
            return new Source(file, name, text, m.find() ? m.group(1).replaceAll("\\s", "") : null, code);
        }

        /** The rule whose generated method is {@code rule_<method>}, when one of this file's rules has that name. */
        Optional<Rule> rule(String method) {
            Matcher m = RULE.matcher(code);
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (!name.isEmpty() && method.equals(javaName(name))) {
                    return Optional.of(new Rule(name, lineAt(m.start())));
                }
            }
            return Optional.empty();
        }

        /**
         * A rule's name as the executable model writes it in its method's name (Drools' {@code StringUtil.toId}): an
         * underscore before a name that cannot start a Java name, underscores doubled, and each character that cannot
         * be in one written as {@code _} and its code.
         */
        private static String javaName(String name) {
            String s = Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
            StringBuilder b = new StringBuilder();
            for (char c : s.replace("_", "__").toCharArray()) {
                if (Character.isJavaIdentifierPart(c)) {
                    b.append(c);
                } else {
                    b.append('_').append((int) c);
                }
            }
            return b.toString();
        }

        int lineAt(int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (code.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** Reports a file without a package or in the library's packages; such a file is not compiled. */
    static boolean checkPackage(Source s, Problems problems) {
        if (s.packageName() == null) {
            problems.add(Code.DRL_PACKAGE, s.file(), null, "tệp DRL phải khai báo package riêng của bộ tiêu chí, ví dụ"
                            + " 'package vn.hoctap.packs.tinhvidu;'",
                    "a DRL file must declare a package of the pack's own, e.g. 'package vn.hoctap.packs.tinhvidu;'");
            return false;
        }
        for (String reserved : RESERVED) {
            if (s.packageName().equals(reserved) || s.packageName().startsWith(reserved + ".")) {
                int line = s.lineAt(matchStart(PACKAGE, s.code()));
                problems.add(Code.DRL_PACKAGE, s.file(), line, "package '" + s.packageName() + "' dành cho thư viện;"
                                + " hãy dùng package riêng của bộ tiêu chí, ví dụ vn.hoctap.packs.tinhvidu",
                        "package '" + s.packageName() + "' is reserved for the library; use a package of the pack's"
                                + " own, e.g. vn.hoctap.packs.tinhvidu");
                return false;
            }
        }
        return true;
    }

    private static int matchStart(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.start(1) : 0;
    }

    /**
     * The ids the rules of {@code s} name: in {@code Check( indicatorId == "…" )}, {@code criterionId},
     * {@code schemeId} (also with {@code in ( … )}), and the parameter of {@code requireShare} and
     * {@code requireLevel}.
     */
    static List<Reference> references(Source s) {
        List<Reference> refs = new ArrayList<>();
        Matcher m = ID_CONSTRAINT.matcher(s.code());
        while (m.find()) {
            Kind kind = switch (m.group(1)) {
                case "indicatorId" -> Kind.INDICATOR;
                case "criterionId" -> Kind.CRITERION;
                default -> Kind.SCHEME;
            };
            if (m.group(2) != null) {
                refs.add(new Reference(kind, m.group(2), s.file(), s.lineAt(m.start(2))));
            } else {
                Matcher strings = STRING.matcher(m.group(3));
                while (strings.find()) {
                    refs.add(new Reference(kind, strings.group(1), s.file(), s.lineAt(m.start(3) + strings.start(1))));
                }
            }
        }
        Matcher p = PARAMETER.matcher(s.code());
        while (p.find()) {
            refs.add(new Reference(Kind.PARAMETER, p.group(1), s.file(), s.lineAt(p.start(1))));
        }
        return refs;
    }

    /**
     * Compiles the files to the executable model (the national rules are precompiled at build time; only a pack's
     * few rules are built at run time), or reports every compiler error at its file and line.
     */
    static Optional<KieBase> compile(List<Source> sources, String packLocation, Problems problems) {
        if (!DrlCompiler.present(sources.get(0).file(), problems)) {
            return Optional.empty();
        }
        KieServices ks = KieServices.get();
        ClassLoader loader = DrlRules.class.getClassLoader();
        ReleaseId id = ks.newReleaseId("vn.hoctap.packs", "pack-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        KieModuleModel module = ks.newKieModuleModel();
        // Lambdas kept inside the generated rule classes rather than one class each: fewer classes for the Java
        // compiler, which is most of the build (measured: about a fifth less CPU for 50 rules). Externalised
        // lambdas only help to share nodes between many rules and to serialise a rule base, neither of which a
        // pack of a few dozen rules needs.
        module.setConfigurationProperty("drools.externaliseCanonicalModelLambda", "false");
        module.newKieBaseModel("pack").setDefault(true).addPackage("*");
        kfs.writeKModuleXML(module.toXML());
        Map<String, Source> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            // The folder follows the package, as Drools expects; the index keeps two files of one name apart.
            String path = s.packageName().replace('.', '/') + "/" + i + "-"
                    + s.name().replaceAll(".*/", "").replaceAll("[^\\w.-]", "_");
            kfs.write(RESOURCES + path, s.text());
            // Drools names a resource by its path under the resources folder.
            byPath.put(path, s);
        }
        try {
            KieBuilder builder = ks.newKieBuilder(kfs, loader);
            builder.buildAll(ExecutableModelProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                report(errors, byPath, sources, problems);
                return Optional.empty();
            }
            return Optional.of(ks.newKieContainer(id, loader).getKieBase());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // Drools' code generator throws on constructs it cannot translate, and building the rule base runs the
            // pack's own code (an eval without bindings is evaluated then): either is a problem of the pack.
            failed(e, sources, packLocation, problems);
            return Optional.empty();
        } finally {
            // The container keeps what it needs; the global repository need not keep every pack ever built.
            ks.getRepository().removeKieModule(id);
        }
    }

    /**
     * An exception out of building: thrown by the pack's code when a frame of it is in one of the pack's packages
     * (the generated rule classes are), reported at the rule that frame belongs to; else the rule compiler's.
     */
    private static void failed(Throwable e, List<Source> sources, String packLocation, Problems problems) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String cls = frame.getClassName();
                String pkg = cls.lastIndexOf('.') < 0 ? "" : cls.substring(0, cls.lastIndexOf('.'));
                for (Source s : sources) {
                    if (pkg.equals(s.packageName())) {
                        Optional<Rule> rule = frame.getMethodName().startsWith("rule_")
                                ? s.rule(frame.getMethodName().substring("rule_".length())) : Optional.empty();
                        String named = rule.map(r -> " \"" + r.name() + "\"").orElse("");
                        problems.add(Code.PACK_CODE_FAILED, s.file(), rule.map(Rule::line).orElse(null),
                                "mã của luật" + named + " ném ngoại lệ khi bộ luật được dựng (Drools chạy eval không"
                                        + " có biến ngay lúc dựng, không chỉ lúc đánh giá): " + Problems.describe(t),
                                "the code of rule" + named + " threw while the rule base was being built (Drools runs"
                                        + " an eval without bindings then, not only when evaluating): "
                                        + Problems.describe(t), e);
                        return;
                    }
                }
            }
        }
        String file = sources.size() == 1 ? sources.get(0).file() : packLocation;
        problems.add(Code.DRL_ERROR, file, null, "trình biên dịch luật không dịch được một cấu trúc của các luật: "
                        + Problems.describe(e), "the rule compiler cannot translate a construct of the rules: "
                        + Problems.describe(e), e);
    }

    /**
     * A rule of a DRL file.
     *
     * @param name its name
     * @param line the line of its {@code rule} keyword
     */
    record Rule(String name, int line) {
    }

    private static void report(List<Message> errors, Map<String, Source> byPath, List<Source> sources,
                               Problems problems) {
        Map<String, String> generated = new HashMap<>();
        for (Message m : errors) {
            if (m.getText().startsWith("Java source of ")) {
                generated.put(m.getPath(), m.getText().substring(m.getText().indexOf('\n') + 1));
            }
        }
        for (Message m : errors) {
            if (m.getText().startsWith("Java source of ")) {
                continue;
            }
            String text = Problems.excerpt(m.getText());
            String path = m.getPath() == null ? "" : m.getPath();
            Source s = byPath.get(path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path);
            if (s != null) {
                // The parser adds this after the syntax errors it has already reported for the file.
                if (text.startsWith("Parser returned a null Package") && errors.stream()
                        .anyMatch(o -> o != m && path.equals(o.getPath()))) {
                    continue;
                }
                Integer line = m.getLine() > 0 ? Integer.valueOf(m.getLine()) : lineOf(s, text);
                problems.add(Code.DRL_ERROR, s.file(), line, "luật không biên dịch được: " + text,
                        "the rules do not compile: " + text);
            } else {
                reportGenerated(m, text, generated.get(m.getPath()), sources, problems);
            }
        }
    }

    /** A message without a line: the line where the class it could not find is named. */
    private static Integer lineOf(Source s, String text) {
        Matcher m = UNKNOWN_CLASS.matcher(text);
        if (m.find()) {
            Matcher use = Pattern.compile("\\b" + Pattern.quote(m.group(1)) + "\\b").matcher(s.code());
            if (use.find()) {
                return s.lineAt(use.start());
            }
        }
        return null;
    }

    /**
     * An error in the Java the executable model generated from a rule's action: found in the DRL by the offending
     * statement, which the generator copies (re-spaced) from the rule.
     */
    private static void reportGenerated(Message m, String text, String java, List<Source> sources, Problems problems) {
        String statement = "";
        if (java != null && m.getLine() > 0) {
            String[] lines = java.split("\n", -1);
            if (m.getLine() <= lines.length) {
                statement = lines[m.getLine() - 1].strip();
            }
        }
        String wanted = statement.replaceAll("\\s", "");
        Source where = sources.get(0);
        Integer line = null;
        for (Source s : sources) {
            if (m.getPath().contains("/" + s.packageName().replace('.', '/') + "/")) {
                where = s;
            }
            if (!wanted.isEmpty() && line == null) {
                String[] lines = s.code().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String have = lines[i].replaceAll("\\s", "");
                    if (!have.isEmpty() && (have.contains(wanted) || wanted.contains(have) && have.length() > 8)) {
                        where = s;
                        line = i + 1;
                        break;
                    }
                }
            }
        }
        String shown = statement.isEmpty() ? "" : " (" + statement + ")";
        problems.add(Code.DRL_ERROR, where.file(), line, "lỗi Java trong vế then của luật: " + text + shown,
                "Java error in a rule's action: " + text + shown);
    }

    /** The text with comments blanked out (newlines kept, so offsets give the same lines); strings are kept. */
    static String withoutComments(String s) {
        char[] out = s.toCharArray();
        int i = 0;
        int n = out.length;
        while (i < n) {
            char c = out[i];
            if (c == '"') {
                i++;
                while (i < n && out[i] != '"' && out[i] != '\n') {
                    i += out[i] == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '/' && i + 1 < n && out[i + 1] == '/') {
                while (i < n && out[i] != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < n && out[i + 1] == '*') {
                int end = s.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                for (; i < stop; i++) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                }
            } else {
                i++;
            }
        }
        return new String(out);
    }
}
