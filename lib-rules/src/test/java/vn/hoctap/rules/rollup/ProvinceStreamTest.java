package vn.hoctap.rules.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.model.subject.Person;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.stream.Cancellation;
import vn.hoctap.rules.stream.JsonLinesSink;
import vn.hoctap.rules.stream.Keep;
import vn.hoctap.rules.stream.ProvinceStream;
import vn.hoctap.rules.stream.Sources;
import vn.hoctap.rules.stream.StreamResult;
import vn.hoctap.rules.stream.StreamSink;
import vn.hoctap.rules.stream.Sourced;

/** What a host of {@link ProvinceStream} relies on besides equality with {@code rollUp}. */
class ProvinceStreamTest {
    private static final Evaluator EVALUATOR = Evaluator.national();
    private static final ProvinceTree TREE = RollUpFixtures.provinceTree(7, 2, 3, 60, 0.02);
    private static final ProvinceTree SKELETON = ProvinceStreamProperties.skeleton(TREE);
    private static final String COMMUNE = TREE.districts().get(0).communes().get(0).code();

    /** Everything a sink was given, as text, in order. */
    private static class Recording implements StreamSink {
        final List<String> lines = new ArrayList<>();
        final List<Assessment> assessed = new ArrayList<>();

        @Override
        public void assessed(Sourced subject, Assessment assessment) {
            lines.add(subject.position() + " " + assessment.verdict());
            assessed.add(assessment);
        }

        @Override
        public void refused(Sourced subject, InvalidInputException error) {
            lines.add(subject.position() + " refused " + error.path());
        }
    }

    private static CitizenEvaluationRequest person(String id) {
        return RollUpFixtures.person(id, new Random(id.hashCode()), 0);
    }

    @Test
    void aWrongPersonIsReportedAtItsPositionAndTheOthersGoOn() {
        CitizenEvaluationRequest aboveMaximum = new CitizenEvaluationRequest(RollUpFixtures.YEAR, null,
                new Person("x-1", null, 1980, null, List.of()),
                CitizenScores.of(Map.of(CitizenInput.values()[0], BigDecimal.valueOf(99))), null);
        CitizenEvaluationRequest otherYear = new CitizenEvaluationRequest(RollUpFixtures.YEAR - 1, null,
                new Person("x-2", null, 1980, null, List.of()), CitizenScores.none(), null);
        List<Sourced> source = List.of(
                Sourced.of("s:1", COMMUNE, person("a")),
                Sourced.of("s:2", COMMUNE, aboveMaximum),
                Sourced.of("s:3", "99999", person("b")),
                Sourced.of("s:4", COMMUNE, otherYear),
                Sourced.of("s:5", COMMUNE, person("a")),
                Sourced.refused("s:6", null, new InvalidInputException("$.scores", "hỏng / broken")),
                Sourced.of("s:7", COMMUNE, person("c")));
        Recording sink = new Recording();
        StreamResult r = ProvinceStream.of(EVALUATOR).threads(2).batch(3).run(SKELETON, source.iterator(), sink);
        assertEquals(5, r.refused());
        assertEquals(2, r.evaluated());
        assertEquals(List.of("s:1 " + sink.assessed.get(0).verdict(), "s:2 refused $.scores.ethics",
                        "s:3 refused $.in.id", "s:4 refused $.evaluationYear", "s:5 refused $.person.id",
                        "s:6 refused $.scores", "s:7 " + sink.assessed.get(1).verdict()),
                sink.lines.stream().map(l -> l.replaceAll("\\$\\.scores\\.\\w+", "\\$.scores.ethics")).toList());
        assertEquals(2, r.province().results().get(0).results().get(0).tally().evaluated());
    }

    @Test
    void onlyThePeopleToFollowUpReachTheSinkYetEveryoneIsCounted() {
        List<Sourced> source = ProvinceStreamProperties.interleaved(TREE, new Random(1));
        Recording all = new Recording();
        StreamResult everyone = ProvinceStream.of(EVALUATOR).run(SKELETON, source.iterator(), all);
        Recording some = new Recording();
        StreamResult followUp = ProvinceStream.of(EVALUATOR).keep(Keep.FAILED_OR_UNDETERMINED)
                .run(SKELETON, source.iterator(), some);
        assertEquals(all.assessed.stream().filter(a -> a.verdict() == Verdict.NOT_RECOGNISED
                || a.verdict() == Verdict.NOT_DETERMINED).toList(), some.assessed);
        assertTrue(some.assessed.size() < all.assessed.size(), "some people earn the title");
        Recording none = new Recording();
        StreamResult tallies = ProvinceStream.of(EVALUATOR).keep(Keep.TALLIES_ONLY)
                .run(SKELETON, source.iterator(), none);
        assertEquals(List.of(), none.lines);
        assertEquals(everyone.province(), followUp.province());
        assertEquals(everyone.province(), tallies.province());
    }

    @Test
    void aSlowSinkHoldsTheReadingBack() {
        int threads = 2;
        int batch = 5;
        List<Sourced> source = ProvinceStreamProperties.interleaved(TREE, new Random(2));
        int[] read = {0};
        Iterator<Sourced> counting = new Iterator<>() {
            private final Iterator<Sourced> in = source.iterator();

            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Sourced next() {
                read[0]++;
                return in.next();
            }
        };
        int[] mostAhead = {0};
        int[] delivered = {0};
        ProvinceStream.of(EVALUATOR).threads(threads).batch(batch).run(SKELETON, counting, new Recording() {
            @Override
            public void assessed(Sourced subject, Assessment assessment) {
                delivered[0]++;
                mostAhead[0] = Math.max(mostAhead[0], read[0] - delivered[0]);
            }
        });
        assertTrue(source.size() > 4 * threads * batch, "the source is longer than what may be in flight");
        assertTrue(mostAhead[0] <= 2 * threads * batch, "read ahead of the sink: " + mostAhead[0]);
    }

    @Test
    void aCancelledStreamStopsAndSaysSo() {
        Cancellation cancel = new Cancellation();
        int[] delivered = {0};
        List<Sourced> source = ProvinceStreamProperties.interleaved(TREE, new Random(3));
        assertThrows(CancellationException.class, () -> ProvinceStream.of(EVALUATOR).threads(1).batch(2)
                .cancellation(cancel).run(SKELETON, source.iterator(), new Recording() {
                    @Override
                    public void assessed(Sourced subject, Assessment assessment) {
                        if (++delivered[0] == 3) {
                            cancel.cancel();
                        }
                    }
                }));
        assertTrue(delivered[0] < source.size(), "stopped early: " + delivered[0] + " of " + source.size());
    }

    @Test
    void jsonLinesInJsonLinesOutWithAnUnreadableLineReportedByItsNumber() {
        StringBuilder in = new StringBuilder();
        for (String id : List.of("a", "b")) {
            in.append("{\"kind\":\"citizen\",\"id\":\"").append(id).append("\",\"in\":{\"kind\":\"commune\",\"id\":\"")
                    .append(COMMUNE).append("\"},\"request\":")
                    .append(HoctapJson.write(person(id)).replace('\n', ' ')).append("}\n");
            if (id.equals("a")) {
                in.append("{\"kind\":\"citizen\",\"request\":{\"evaluationYear\":\"soon\"}}\n");
            }
        }
        StringWriter out = new StringWriter();
        StreamResult r = ProvinceStream.of(EVALUATOR).run(SKELETON,
                Sources.jsonLines(new StringReader(in.toString()), "people.jsonl"), JsonLinesSink.to(out));
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("{\"position\":\"people.jsonl:1\",\"commune\":\"" + COMMUNE
                + "\",\"assessment\":{"), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"position\":\"people.jsonl:2\",\"error\":{\"path\":\"$."),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"position\":\"people.jsonl:3\""), lines.get(2));
        assertEquals(2, r.evaluated());
        assertEquals(1, r.refused());
    }
}
