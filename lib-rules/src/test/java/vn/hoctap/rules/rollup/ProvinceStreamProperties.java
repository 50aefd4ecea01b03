package vn.hoctap.rules.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.Seeds;
import vn.hoctap.rules.stream.ProvinceStream;
import vn.hoctap.rules.stream.StreamResult;
import vn.hoctap.rules.stream.StreamSink;
import vn.hoctap.rules.stream.Sourced;

/**
 * Proves that streaming a province's people through {@link ProvinceStream} gives exactly what
 * {@code Evaluator.rollUp(ProvinceTree)} gives for the same tree: every person's assessment (delivered in source
 * order, people of different communes interleaved at random), every commune's tally, counts and assessment, every
 * district's and the province's, at 1 and 3 threads and any batch size.
 */
class ProvinceStreamProperties {
    private static final Evaluator EVALUATOR = Evaluator.national();

    @Property(tries = 25, seed = Seeds.STATISTICS)
    void streamingEqualsRollUp(@ForAll long seed, @ForAll @IntRange(min = 1, max = 2) int districts,
                               @ForAll @IntRange(min = 1, max = 40) int batch,
                               @ForAll @DoubleRange(min = 0, max = 0.05) double missingChance) {
        ProvinceTree tree = RollUpFixtures.provinceTree(seed, districts, 3, 25, missingChance);
        ProvinceResult rolled = EVALUATOR.rollUp(tree);
        List<Sourced> source = interleaved(tree, new Random(seed));
        for (int threads : new int[] {1, 3}) {
            List<Sourced> order = new ArrayList<>();
            Map<String, List<Assessment>> byCommune = new LinkedHashMap<>();
            StreamResult streamed = ProvinceStream.of(EVALUATOR).threads(threads).batch(batch)
                    .run(skeleton(tree), source.iterator(), new StreamSink() {
                        @Override
                        public void assessed(Sourced subject, Assessment assessment) {
                            order.add(subject);
                            byCommune.computeIfAbsent(subject.communeCode(), k -> new ArrayList<>()).add(assessment);
                        }

                        @Override
                        public void refused(Sourced subject, InvalidInputException error) {
                            throw new AssertionError(subject.position() + ": " + error.getMessage());
                        }
                    });
            String at = threads + " thread(s), batches of " + batch;
            assertEquals(source, order, "delivered in source order, " + at);
            assertEquals(source.size(), streamed.evaluated());
            assertEquals(0, streamed.refused());
            ProvinceResult p = streamed.province();
            assertEquals(rolled.assessment(), p.assessment(), "province, " + at);
            assertEquals(rolled.districts(), p.districts());
            for (int d = 0; d < rolled.results().size(); d++) {
                DistrictResult expected = rolled.results().get(d);
                DistrictResult actual = p.results().get(d);
                assertEquals(expected.assessment(), actual.assessment(), "district, " + at);
                assertEquals(expected.communes(), actual.communes());
                for (int c = 0; c < expected.results().size(); c++) {
                    CommuneResult e = expected.results().get(c);
                    CommuneResult a = actual.results().get(c);
                    String code = tree.districts().get(d).communes().get(c).code();
                    assertEquals(e.people(), byCommune.get(code), "people of " + code + ", " + at);
                    assertEquals(List.of(), a.people(), "a stream keeps no person in its result");
                    assertEquals(e.tally(), a.tally(), "tally of " + code);
                    assertEquals(e.citizens(), a.citizens());
                    assertEquals(e.assessment(), a.assessment(), "commune " + code + ", " + at);
                }
            }
        }
    }

    /** The tree without its people, who come from the source instead. */
    static ProvinceTree skeleton(ProvinceTree tree) {
        return new ProvinceTree(tree.province(), tree.districts().stream().map(d -> new DistrictTree(d.district(),
                d.communes().stream().map(c -> new CommuneTree(c.commune(), List.of(), c.organisations())).toList()))
                .toList());
    }

    /** Every person of the tree, communes interleaved at random, each commune's people in their own order. */
    static List<Sourced> interleaved(ProvinceTree tree, Random random) {
        List<List<Sourced>> queues = new ArrayList<>();
        for (DistrictTree d : tree.districts()) {
            for (CommuneTree c : d.communes()) {
                List<Sourced> q = new ArrayList<>();
                for (int i = 0; i < c.people().size(); i++) {
                    q.add(Sourced.of(c.code() + "[" + i + "]", c.code(), c.people().get(i)));
                }
                queues.add(q);
            }
        }
        List<Sourced> all = new ArrayList<>();
        int[] next = new int[queues.size()];
        int left = queues.stream().mapToInt(List::size).sum();
        while (left > 0) {
            int q = random.nextInt(queues.size());
            if (next[q] < queues.get(q).size()) {
                all.add(queues.get(q).get(next[q]++));
                left--;
            }
        }
        return all;
    }
}
