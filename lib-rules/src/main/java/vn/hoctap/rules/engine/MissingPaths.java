package vn.hoctap.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoctap.model.text.Agreement;
import vn.hoctap.rules.engine.text.Texts;

/**
 * The paths of missing data as an explanation names them: a few one by one, the records of a long list as one
 * entry. A unit whose 100,000 member records lack {@code learningCitizen} gets one missing input,
 * {@code $.memberList[*].learningCitizen}, saying "100.000 bản ghi thiếu learningCitizen: $.memberList[0], [1], …",
 * rather than 100,000 entries and a sentence of 3 MB.
 */
final class MissingPaths {
    /** Records of one list named one by one up to this many; beyond, the list is summarised. */
    static final int LISTED = 10;
    /** Records a summary names before its ellipsis. */
    static final int NAMED = 5;

    /** {@code $.memberList[17].learningCitizen}: the list, the index, what each record lacks. */
    private static final Pattern RECORD = Pattern.compile("(.*)\\[(\\d+)](?:\\.(.*))?");

    /**
     * One entry of what is missing.
     *
     * @param path    a JSON path; {@code [*]} for the records of a summarised list
     * @param countVi in a summary, e.g. "100.000 bản ghi thiếu learningCitizen: $.memberList[0], [1], …"; otherwise
     *                {@code null}
     * @param countEn the same in English
     */
    record Entry(String path, String countVi, String countEn) {
        /** How the entry reads inside a sentence: its path, or its summary. */
        String vi() {
            return countVi == null ? path : countVi;
        }

        String en() {
            return countEn == null ? path : countEn;
        }
    }

    private MissingPaths() {
    }

    /** {@code paths} as entries, in order of first appearance. */
    static List<Entry> of(List<String> paths) {
        if (paths.size() <= LISTED) {
            return paths.stream().map(p -> new Entry(p, null, null)).toList();
        }
        // Group the records of each list (same list, same field), keeping everything else as it is.
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String p : paths) {
            Matcher m = RECORD.matcher(p);
            String key = m.matches() ? m.group(1) + "[*]" + (m.group(3) == null ? "" : "." + m.group(3)) : p;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            List<String> members = g.getValue();
            if (members.size() <= LISTED || g.getKey().equals(members.get(0))) {
                members.forEach(p -> entries.add(new Entry(p, null, null)));
                continue;
            }
            entries.add(summary(g.getKey(), members));
        }
        return entries;
    }

    private static Entry summary(String wildcard, List<String> members) {
        Matcher first = RECORD.matcher(members.get(0));
        first.matches();
        String field = first.group(3);
        StringBuilder named = new StringBuilder(first.group(1)).append('[').append(first.group(2)).append(']');
        for (int i = 1; i < NAMED; i++) {
            Matcher m = RECORD.matcher(members.get(i));
            m.matches();
            named.append(", [").append(m.group(2)).append(']');
        }
        named.append(", …");
        int n = members.size();
        return new Entry(wildcard,
                Texts.count(n) + " bản ghi thiếu " + (field == null ? "dữ liệu" : field) + ": " + named,
                Agreement.countEn(n, "record", "records") + " " + Agreement.en(n, "lacks", "lack") + " "
                        + (field == null ? "data" : field) + ": " + named);
    }
}
