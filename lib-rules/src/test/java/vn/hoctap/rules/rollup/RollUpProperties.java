package vn.hoctap.rules.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.rules.Evaluator;

/**
 * Proves that evaluating a district bottom-up gives exactly what an education office would get by evaluating each
 * level separately: every person alone, each commune from the counts of its people's results, the district from the
 * counts of its communes' results (issue: "results must equal evaluating each level separately").
 */
class RollUpProperties {
    private static final Evaluator EVALUATOR = Evaluator.national();

    @Property(tries = 60)
    void rollUpEqualsLevelByLevel(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int communes,
                                  @ForAll @DoubleRange(min = 0, max = 0.05) double missingChance) {
        DistrictTree tree = RollUpFixtures.districtTree(seed, communes, 30, missingChance);
        DistrictResult rolled = EVALUATOR.rollUp(tree);

        int l1 = 0;
        int l2 = 0;
        int open = 0;
        for (int c = 0; c < tree.communes().size(); c++) {
            CommuneTree commune = tree.communes().get(c);
            CommuneResult result = rolled.results().get(c);
            List<Assessment> alone = commune.people().stream().map(EVALUATOR::evaluate).toList();
            assertEquals(alone, result.people(), "people's assessments");
            CitizenTally tally = CitizenTally.of(commune.people(), alone);
            CitizenCounts counts = new CitizenCounts(tally.evaluated(), tally.holdingTitle(),
                    tally.professionallyTrained(), tally.universityOrHigher(), tally.notDetermined(),
                    tally.qualificationNotStated());
            Assessment communeAlone = EVALUATOR.evaluate(commune.commune().withCitizens(counts));
            assertEquals(communeAlone, result.assessment(), "commune " + commune.code());
            Verdict v = communeAlone.verdict();
            l1 += v == Verdict.LEVEL_1 ? 1 : 0;
            l2 += v == Verdict.LEVEL_2 ? 1 : 0;
            open += v == Verdict.NOT_DETERMINED ? 1 : 0;
            Statistics.label("commune verdict").collect(v);
        }
        RecognitionCounts counted = new RecognitionCounts(communes, l1, l2, open);
        assertEquals(counted, rolled.communes());
        assertEquals(EVALUATOR.evaluate(tree.district().withCommunes(counted)), rolled.assessment());
        Statistics.label("district verdict").collect(rolled.assessment().verdict());
    }
}
