package vn.hoctap.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoctap.rules.Evaluator;

/** What {@code hoctap version} prints and the service's {@code /v1/version} answers. */
public final class VersionInfo {
    private VersionInfo() {
    }

    /** The library's name and version, the Java version, and each national rule layer with its digest. */
    public static Map<String, Object> describe() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", "hoctap");
        v.put("version", Evaluator.version());
        v.put("java", System.getProperty("java.version"));
        v.put("nationalLayers", Evaluator.nationalLayers());
        return v;
    }
}
