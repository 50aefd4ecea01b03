package vn.hoctap.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.RecognitionCalendar;

/**
 * The renderer on results stored as JSON, with no engine (as a host that keeps results renders them): golden
 * outputs for three assessments in both languages and three formats, HTML read back by an XML parser, Markdown read
 * back by a CommonMark parser, and names full of markup that stay text.
 *
 * <p>The stored assessments ({@code stored/*.json}) were written by the engine; the golden files ({@code golden/})
 * are the reviewed output. After an intended change of the output, run this test with
 * {@code -Dhoctap.golden.update=true} to rewrite the golden files, and review their diff.
 */
class AssessmentRendererTest {
    private static final String DIR = "vn/hoctap/model/text/";
    private static final Path SOURCE = Path.of("src/test/resources", DIR);

    /** A commune People's Committee under TT 24: level 1 met, level 2 not. */
    static final String TAN_LAP = "tan-lap";
    /** A vocational centre under TT 24 with two inputs missing: not determined. */
    static final String PHU_MY = "phu-my";
    /** A person's "Công dân học tập": a title without levels, scored in points, 79.5 of 100: not earned. */
    static final String CITIZEN = "cong-dan";

    static Assessment stored(String name) {
        try (InputStream in = AssessmentRendererTest.class.getClassLoader()
                .getResourceAsStream(DIR + "stored/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing stored assessment " + name);
            }
            return HoctapJson.read(in, Assessment.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> goldens() {
        AssessmentRenderer problems = AssessmentRenderer.markdown(Language.VI).onlyNotMetOrUndetermined();
        return Stream.of(
                Arguments.of(TAN_LAP + ".vi.txt", AssessmentRenderer.text(Language.VI), List.of(TAN_LAP)),
                Arguments.of(TAN_LAP + ".en.md", AssessmentRenderer.markdown(Language.EN), List.of(TAN_LAP)),
                Arguments.of(TAN_LAP + ".vi.html", AssessmentRenderer.html(Language.VI), List.of(TAN_LAP)),
                Arguments.of(PHU_MY + ".vi.md", problems, List.of(PHU_MY)),
                Arguments.of(PHU_MY + ".en.txt", AssessmentRenderer.text(Language.EN).onlyNotMetOrUndetermined(),
                        List.of(PHU_MY)),
                Arguments.of(CITIZEN + ".vi.txt", AssessmentRenderer.text(Language.VI), List.of(CITIZEN)),
                Arguments.of(CITIZEN + ".en.html", AssessmentRenderer.html(Language.EN), List.of(CITIZEN)),
                Arguments.of(CITIZEN + ".vi.md", AssessmentRenderer.markdown(Language.VI), List.of(CITIZEN)),
                Arguments.of("all.en.html", AssessmentRenderer.html(Language.EN).onlyNotMetOrUndetermined(),
                        List.of(TAN_LAP, PHU_MY, CITIZEN)));
    }

    /** Proves that each format and language writes exactly the reviewed output for these stored results. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void writesTheReviewedOutput(String golden, AssessmentRenderer renderer, List<String> names) {
        assertGolden(golden, renderer.render(names.stream().map(AssessmentRendererTest::stored).toList()));
    }

    /**
     * Proves what lib-model/README.md shows: a result read back from JSON renders with no engine, the "to do" view in
     * Markdown is the golden file the README prints, and Numbers writes a share as the sentences do.
     */
    @Test
    void theReadmeSampleRendersAStoredResult() throws IOException {
        String json;
        try (InputStream in = AssessmentRendererTest.class.getClassLoader()
                .getResourceAsStream(DIR + "stored/" + PHU_MY + ".json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // sample:begin render
        Assessment stored = HoctapJson.read(json, Assessment.class);        // a result kept as JSON: no engine
        String page = AssessmentRenderer.html(Language.VI).render(stored);  // a printable HTML document
        String gaps = AssessmentRenderer.markdown(Language.VI)              // what is left to do or to supply
                .onlyNotMetOrUndetermined().render(stored);
        String table = AssessmentRenderer.text(Language.EN).overview(List.of(stored)); // one line per result
        String share = Numbers.vi().percent(12, 13);                        // "92,31 %", as in the sentences
        // sample:end render
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"), page);
        assertEquals(golden(PHU_MY + ".vi.md"), gaps);
        assertTrue(table.contains("not determined: data missing"), table);
        assertEquals("92,31 %", share);
    }

    /** Proves that the overview tabulates each assessment once with its verdict in its scheme's words. */
    @Test
    void theOverviewTabulatesEachAssessmentInItsSchemesWords() {
        List<Assessment> all = List.of(stored(TAN_LAP), stored(PHU_MY), stored(CITIZEN));
        assertGolden("overview.vi.md", AssessmentRenderer.markdown(Language.VI).overview(all));
        String text = AssessmentRenderer.text(Language.EN).overview(all);
        assertTrue(text.contains("meets level 1"), text);
        assertTrue(text.contains("does not earn the title"), text);
        assertEquals(3 + all.size(), text.lines().count(), "rule, heading, header and one line per assessment: " + text);
    }

    /** Proves that every HTML output is a well-formed document (read by an XML parser) in the right language. */
    @Test
    void htmlIsWellFormedInTheRightLanguage() throws Exception {
        for (Language l : Language.values()) {
            for (String name : List.of(TAN_LAP, PHU_MY, CITIZEN)) {
                Document d = xml(AssessmentRenderer.html(l).render(stored(name)));
                assertEquals(l == Language.VI ? "vi" : "en", d.getDocumentElement().getAttribute("lang"));
                assertEquals(1, d.getElementsByTagName("h1").getLength());
                assertEquals(d.getElementsByTagName("title").item(0).getTextContent(),
                        d.getElementsByTagName("h1").item(0).getTextContent());
            }
        }
        String fragment = AssessmentRenderer.html(Language.VI).fragment().render(stored(TAN_LAP));
        assertTrue(fragment.startsWith("<article "), fragment);
        assertFalse(fragment.contains("<html") || fragment.contains("<style"), fragment);
        assertEquals("vi", xml(fragment).getDocumentElement().getAttribute("lang"));
    }

    /**
     * Proves that a name, a notice and a path full of markup stay text: HTML read back has no element the name
     * could add and shows the name as given; Markdown read back by CommonMark has no link, emphasis, raw HTML or
     * extra heading and shows the name as given; plain text keeps it as it is.
     */
    @Test
    void markupInTheDataStaysText() throws Exception {
        String name = "<script>alert(\"x\")</script> & Co' *em* _u_ [link](http://e.vn) `c` | ~s~ #1 \\ <b>";
        String hostile = "1. - # > " + name;
        Assessment a = withHostileText(stored(PHU_MY), hostile);
        String expectedHeading = hostile + " — “Đơn vị học tập” cấp huyện, năm 2024";

        Document html = xml(AssessmentRenderer.html(Language.VI).render(a));
        assertEquals(0, html.getElementsByTagName("script").getLength());
        assertEquals(0, html.getElementsByTagName("b").getLength());
        assertEquals(expectedHeading, html.getElementsByTagName("h1").item(0).getTextContent());
        assertTrue(texts(html, "li").contains("⚠ " + hostile), "the notice is shown as text");

        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        String markdown = AssessmentRenderer.markdown(Language.VI).render(List.of(a, a));
        Node doc = parser.parse(markdown);
        String rendered = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).escapeHtml(false)
                .build().render(doc);
        for (String tag : List.of("<script", "<a ", "<em>", "<b>", "<code>c", "<del", "<blockquote", "<ol")) {
            assertFalse(rendered.contains(tag), tag + " in " + rendered);
        }
        Document back = xml("<div>" + rendered + "</div>");
        assertEquals(expectedHeading, texts(back, "h1").get(0));
        assertEquals(2 + 1, back.getElementsByTagName("h1").getLength(), "two assessments and the overview");
        assertTrue(texts(back, "li").contains("⚠ " + hostile), "the notice is shown as text");
        assertTrue(texts(back, "td").contains(hostile), "the overview's cell is one cell");

        assertTrue(AssessmentRenderer.text(Language.VI).render(a).contains(expectedHeading));
    }

    /** Proves that numbers the renderer writes itself follow the language: points 17,5/20 and 17.5 of 20. */
    @Test
    void pointsAreWrittenAsEachLanguageWritesThem() {
        Assessment citizen = stored(CITIZEN);
        assertTrue(AssessmentRenderer.text(Language.VI).render(citizen).contains("(17,5/20 điểm)"));
        assertTrue(AssessmentRenderer.text(Language.EN).render(citizen).contains("(17.5 of 20 points)"));
    }

    /**
     * Proves that the option shows only indicators not met or not determined, says so when a level has none, and
     * keeps the verdict and the missing inputs.
     */
    @Test
    void onlyNotMetOrUndeterminedShowsWhatNeedsWork() {
        String full = AssessmentRenderer.text(Language.VI).render(stored(TAN_LAP));
        String problems = AssessmentRenderer.text(Language.VI).onlyNotMetOrUndetermined().render(stored(TAN_LAP));
        assertTrue(full.contains("✔ "));
        assertFalse(problems.contains("✔ ") || problems.contains("– "), problems);
        assertTrue(problems.contains("✘ Chỉ tiêu 2.3"), problems);
        assertTrue(problems.contains("Không có chỉ tiêu nào không đạt hoặc chưa xác định."), "level 1 is all met");
        assertTrue(problems.contains("Kết luận: đạt mức độ 1"), problems);
        String phuMy = AssessmentRenderer.text(Language.EN).onlyNotMetOrUndetermined().render(stored(PHU_MY));
        assertTrue(phuMy.contains("$.learners.learningCitizen — "), phuMy);
    }

    /** Proves that an assessment without a calendar or notices renders without those sections, and that none is refused. */
    @Test
    void sectionsWithoutContentAreLeftOutAndNothingToRenderIsRefused() {
        Assessment bare = withCalendar(stored(CITIZEN), new RecognitionCalendar(null, null, null, null, null, null));
        String text = AssessmentRenderer.text(Language.VI).render(bare);
        assertFalse(text.contains("Mốc thời gian"), text);
        assertThrows(IllegalArgumentException.class, () -> AssessmentRenderer.text(Language.VI).render(List.of()));
        assertEquals(Language.EN, AssessmentRenderer.markdown(Language.EN).language());
    }

    private static Assessment withHostileText(Assessment a, String text) {
        List<Notice> notices = List.of(new Notice("X", Notice.Severity.WARNING, text, text));
        return new Assessment(a.subjectId(), text, a.schemeId(), a.schemeNameVi(), a.schemeNameEn(), a.document(),
                a.evaluationYear(), a.referenceDate(), a.verdict(), a.levels(), a.missingInputs(), notices,
                a.calendar(), text, text);
    }

    private static Assessment withCalendar(Assessment a, RecognitionCalendar calendar) {
        return new Assessment(a.subjectId(), a.subjectName(), a.schemeId(), a.schemeNameVi(), a.schemeNameEn(),
                a.document(), a.evaluationYear(), a.referenceDate(), a.verdict(), a.levels(), a.missingInputs(),
                a.notices(), calendar, a.summaryVi(), a.summaryEn());
    }

    /** Compares {@code actual} with the golden file {@code name}, after rewriting it in update mode. */
    private static void assertGolden(String name, String actual) {
        if (Boolean.getBoolean("hoctap.golden.update")) {
            try {
                Files.writeString(SOURCE.resolve("golden").resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertEquals(golden(name), actual, name);
    }

    private static String golden(String name) {
        try (InputStream in = AssessmentRendererTest.class.getClassLoader()
                .getResourceAsStream(DIR + "golden/" + name)) {
            if (in == null) {
                return "(no golden file " + name + ")";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document d, String tag) {
        NodeList nodes = d.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> ((Element) nodes.item(i)).getTextContent()).toList();
    }
}
