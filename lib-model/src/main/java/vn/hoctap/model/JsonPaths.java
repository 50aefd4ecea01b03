package vn.hoctap.model;

import java.util.regex.Pattern;

/**
 * The one notation of JSON paths in hoctap's messages, input errors and missing inputs alike: a key that is an
 * identifier is written {@code $.members.total}, any other key (indicator ids contain dots, evidence keys name
 * nested inputs) in brackets, {@code $.attestations['KHVN.DH.C1.3']}, and list elements {@code $.memberList[3]}.
 */
public final class JsonPaths {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    /**
     * The path of {@code key} under {@code parent}; {@code parent} may be empty for a path relative to the value
     * being validated ({@code total}, {@code ['KHVN.DH.C1.3']}), which {@link InvalidInputException#under} prefixes.
     */
    public static String member(String parent, String key) {
        if (IDENTIFIER.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of the element {@code index} of the list at {@code parent}. */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
