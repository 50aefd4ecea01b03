package vn.hoctap.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every fenced code block of the READMEs is a copy of a file of the repository, or of a region of one, that a build
 * or a test uses: the line above the block says which, {@code <!-- sample: PATH -->} or
 * {@code <!-- sample: PATH#REGION -->}, the region being the lines between {@code sample:begin REGION} and
 * {@code sample:end REGION} (in a comment of that file's language). The block must equal it after the common
 * indentation is removed, so a README cannot show what the code no longer does.
 *
 * <p>The blocks written before this check and not yet converted are counted in {@link #NOT_YET_SAMPLES}: the counts
 * must stay exact, so a converted block lowers its README's count and a new block cannot come without a marker. The
 * failure lists the first line of each unmarked block.
 */
class ReadmeSamplesTest {
    private static final Path ROOT = Path.of(System.getProperty("repository.root")).toAbsolutePath().normalize();
    private static final List<String> READMES = List.of("README.md", "lib-model/README.md", "lib-rules/README.md",
            "lib-examples/cli/README.md");
    private static final Pattern MARKER = Pattern.compile("^<!-- sample: ([^#\\s]+)(?:#(\\S+))? -->$");
    private static final Pattern FENCE = Pattern.compile("^(\\s*)```.*$");
    /** README → how many of its blocks have no marker yet. */
    private static final Map<String, Integer> NOT_YET_SAMPLES = Map.of("README.md", 1, "lib-model/README.md", 0,
            "lib-rules/README.md", 0, "lib-examples/cli/README.md", 0);

    @Test
    void everyMarkedBlockEqualsItsSourceAndTheUnmarkedOnesAreExactlyTheListedOnes() throws IOException {
        Map<String, List<String>> unmarked = new TreeMap<>();
        int checked = 0;
        for (String readme : READMES) {
            List<String> lines = Files.readAllLines(ROOT.resolve(readme), StandardCharsets.UTF_8);
            unmarked.put(readme, new ArrayList<>());
            for (int i = 0; i < lines.size(); i++) {
                if (!FENCE.matcher(lines.get(i)).matches()) {
                    continue;
                }
                int end = i + 1;
                while (!lines.get(end).strip().equals("```")) {
                    end++;
                }
                List<String> block = lines.subList(i + 1, end);
                Matcher m = i > 0 ? MARKER.matcher(lines.get(i - 1).strip()) : null;
                if (m == null || !m.matches()) {
                    unmarked.get(readme).add((i + 1) + ": " + (block.isEmpty() ? "" : block.get(0).strip()));
                } else {
                    assertEquals(source(m.group(1), m.group(2), readme + ":" + (i + 1)), dedent(block),
                            readme + ":" + (i + 1) + " differs from " + lines.get(i - 1).strip());
                    checked++;
                }
                i = end;
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        unmarked.forEach((readme, blocks) -> counts.put(readme, blocks.size()));
        assertEquals(new TreeMap<>(NOT_YET_SAMPLES), counts, "README blocks without a sample marker: " + unmarked);
        assertTrue(checked >= 10, "checked " + checked);
    }

    private static List<String> source(String path, String region, String where) throws IOException {
        Path file = ROOT.resolve(path).normalize();
        assertTrue(file.startsWith(ROOT) && Files.isRegularFile(file), where + ": no file " + path);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (region == null) {
            return dedent(lines);
        }
        int begin = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("sample:begin " + region) && ends(lines.get(i), "sample:begin " + region)) {
                begin = i;
            } else if (begin >= 0 && lines.get(i).contains("sample:end " + region)) {
                return dedent(lines.subList(begin + 1, i));
            }
        }
        throw new AssertionError(where + ": no region '" + region + "' in " + path);
    }

    /** The marker ends the line's text, a closing comment mark aside ({@code -->}, {@code *}{@code /}). */
    private static boolean ends(String line, String marker) {
        String rest = line.substring(line.indexOf(marker) + marker.length()).strip();
        return rest.isEmpty() || rest.equals("-->") || rest.equals("*/");
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.isBlank() ? "" : l.substring(indent).stripTrailing());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
