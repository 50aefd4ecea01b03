package vn.hoctap.rules.pack;

import java.util.List;
import org.kie.api.KieBase;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * Whether the host's class path has what compiling a pack's DRL needs. lib-rules declares the Drools compiler chain
 * optional (the national rules ship precompiled, and a pack that only sets numbers compiles nothing), so a host that
 * loads a pack with rules of its own must add it; without it Drools would fail deep inside with a
 * {@code NoClassDefFoundError}.
 */
final class DrlCompiler {
    /**
     * The Maven dependencies to add, at the version of the Drools beside lib-rules (read from kie-api's manifest, so
     * that the message cannot name a version other than the one the host has).
     */
    static final String DEPENDENCIES = dependencies(KieBase.class.getPackage().getImplementationVersion());
    /** One class of each jar the chain needs at its entry points, each from a different dependency. */
    private static final List<String> CLASSES = List.of(
            "org.drools.model.codegen.ExecutableModelProject",
            "org.drools.drl.parser.DrlParser",
            "org.drools.xml.support.XMLSupportImpl");

    private DrlCompiler() {
    }

    /** {@code true} when the compiler is there; otherwise reports it against {@code file} and returns {@code false}. */
    static boolean present(String file, Problems problems) {
        List<String> missing = CLASSES.stream().filter(c -> !loadable(c)).toList();
        if (missing.isEmpty()) {
            return true;
        }
        problems.add(Code.DRL_COMPILER_MISSING, file, null,
                "bộ tiêu chí có luật DRL riêng nhưng ứng dụng thiếu trình biên dịch luật (không có " + missing
                        + "); hãy thêm các phụ thuộc Maven " + DEPENDENCIES,
                "the pack has DRL rules of its own but the application has no rule compiler (missing " + missing
                        + "); add the Maven dependencies " + DEPENDENCIES);
        return false;
    }

    private static String dependencies(String droolsVersion) {
        String v = droolsVersion == null ? "" : ":" + droolsVersion;
        return "org.drools:drools-engine" + v + ", org.drools:drools-xml-support" + v;
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, DrlCompiler.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
