package vn.hoctap.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.UnitAttestations;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;

/** One shared Evaluator gives, from many threads at once, exactly what it gives from one. */
class EvaluatorConcurrencyTest {

    @Test
    void concurrentEvaluationsWithOneSharedEvaluatorEqualSequentialOnes() throws Exception {
        Evaluator evaluator = Evaluator.national();
        List<UnitEvaluationRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Organisation unit = new Organisation("U" + i, "Phòng Nội vụ " + i, OrganisationKind.STATE_AGENCY, null,
                    null, AdministrativeTier.DISTRICT, null);
            int total = 20 + i;
            MemberCounts members = new MemberCounts(total, total, total - i % 3, total - 1, total / 2 + i % 4,
                    total * 3 / 4, total - i % 5, total - i % 4);
            requests.add(new UnitEvaluationRequest(2024, null, unit, members, null, null,
                    new UnitAttestations(true, true, null, i % 2 == 0, true, true, true, true, null), null,
                    Map.of("annualLearningPlan", List.of(Evidence.of("KH 1")),
                            "members.learningCitizen", List.of(Evidence.of("DS CDHT"))), null));
        }
        List<Assessment> sequential = requests.stream().map(evaluator::evaluate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (UnitEvaluationRequest r : requests) {
                    futures.add(pool.submit(() -> evaluator.evaluate(r)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % requests.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
