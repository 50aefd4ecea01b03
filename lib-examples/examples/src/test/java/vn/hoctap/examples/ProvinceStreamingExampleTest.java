package vn.hoctap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.stream.StreamResult;

/** The README's streaming example runs, and the province it streams equals the province rolled up whole. */
class ProvinceStreamingExampleTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    @Test
    void streamingThePeopleFileGivesTheRolledUpProvinceAndWritesThoseToFollowUp(@TempDir Path dir)
            throws IOException {
        Path people = ProvinceStreamingExample.writeSamplePeople(dir.resolve("nguoi-dan.jsonl"));
        Path followUp = dir.resolve("can-theo-doi.jsonl");
        StreamResult streamed = ProvinceStreamingExample.stream(EVALUATOR, SampleProvince.sampleSkeleton(), people,
                followUp);
        assertEquals(0, streamed.refused(), () -> firstLine(followUp));
        ProvinceResult whole = EVALUATOR.rollUp(SampleProvince.sample());
        List<CommuneResult> communes = whole.results().get(0).results();
        long toFollowUp = 0;
        for (int c = 0; c < communes.size(); c++) {
            CommuneResult s = streamed.province().results().get(0).results().get(c);
            assertEquals(communes.get(c).tally(), s.tally());
            assertEquals(communes.get(c).assessment().summaryEn(), s.assessment().summaryEn());
            assertEquals(communes.get(c).assessment(), s.assessment());
            toFollowUp += communes.get(c).people().stream()
                    .filter(a -> a.verdict() == Verdict.NOT_RECOGNISED || a.verdict() == Verdict.NOT_DETERMINED)
                    .count();
        }
        assertEquals(whole.results().get(0).assessment().summaryEn(),
                streamed.province().results().get(0).assessment().summaryEn());
        assertEquals(whole.results().get(0).assessment(), streamed.province().results().get(0).assessment());
        assertEquals(whole.assessment().summaryEn(), streamed.province().assessment().summaryEn());
        assertEquals(whole.assessment(), streamed.province().assessment());
        assertEquals(Files.readAllLines(people).size(), streamed.evaluated());
        List<String> lines = Files.readAllLines(followUp);
        assertEquals(toFollowUp, lines.size());
        assertTrue(lines.get(0).contains("\"assessment\":{"), lines.get(0));
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
