package vn.hoctap.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.TargetGroup;

/** Rule bases built when first needed: once, whatever the threads, and only those whose rules run. */
class CompiledRulesTest {
    @Test
    void aDeferredBaseIsBuiltOnceHoweverManyThreadsAskAtOnce() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        KieBase tt24 = RulePack.tt24().kieBase();
        CountDownLatch start = new CountDownLatch(1);
        CompiledRules rules = CompiledRules.deferred(() -> {
            builds.incrementAndGet();
            return tt24;
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<KieBase>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(threads.submit(() -> {
                    start.await();
                    return rules.kieBase();
                }));
            }
            start.countDown();
            for (Future<KieBase> f : asked) {
                assertSame(tt24, f.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, builds.get());
    }

    @Test
    void aFailedBuildIsReportedToEveryCallerAndNotRetried() {
        AtomicInteger builds = new AtomicInteger();
        CompiledRules rules = CompiledRules.deferred(() -> {
            builds.incrementAndGet();
            throw new IllegalStateException("no executable model");
        });
        assertEquals("no executable model", assertThrows(IllegalStateException.class, rules::kieBase).getMessage());
        assertEquals("no executable model", assertThrows(IllegalStateException.class, rules::kieBase).getMessage());
        assertEquals(1, builds.get());
    }

    @Test
    void anEvaluationBuildsTheRulesOfThePacksThatJudgeItOnly() {
        AtomicInteger unitBuilds = new AtomicInteger();
        AtomicInteger citizenBuilds = new AtomicInteger();
        RulePack tt24 = counting(RulePack.tt24(), unitBuilds);
        RulePack cdht = counting(RulePack.cdht(), citizenBuilds);
        Evaluator evaluator = Evaluator.of(List.of(tt24, cdht));
        assertEquals(0, unitBuilds.get() + citizenBuilds.get(), "building the evaluator builds no rule base");

        Assessment a = evaluator.evaluate(person());
        evaluator.evaluate(person());

        assertTrue(a.schemeId().startsWith("CDHT"), a.schemeId());
        assertEquals(1, citizenBuilds.get());
        assertEquals(0, unitBuilds.get(), "a person is not judged by the rules of units");
    }

    @Test
    void rulesAreEqualWhenTheyAreTheSameBase() {
        KieBase base = RulePack.tt24().kieBase();
        assertEquals(CompiledRules.of(base), CompiledRules.of(base));
        assertEquals(new RulePack("x", base, RulePack.tt24().catalogue(), RulePack.tt24().parameters()),
                new RulePack("x", base, RulePack.tt24().catalogue(), RulePack.tt24().parameters()));
        assertNotEquals(CompiledRules.deferred(() -> base), CompiledRules.deferred(() -> base));
    }

    private static RulePack counting(RulePack pack, AtomicInteger builds) {
        return new RulePack(pack.name(), CompiledRules.deferred(() -> {
            builds.incrementAndGet();
            return pack.kieBase();
        }), pack.catalogue(), pack.parameters());
    }

    private static CitizenEvaluationRequest person() {
        Map<CitizenInput, BigDecimal> scores = new EnumMap<>(CitizenInput.class);
        for (CitizenInput input : CitizenInput.values()) {
            scores.put(input, BigDecimal.ONE);
        }
        return new CitizenEvaluationRequest(2024, null, new Person("P1", "Nguyễn Thị Lan", 1985,
                TargetGroup.FARMERS_AND_RURAL_WORKERS, List.of()), CitizenScores.of(scores),
                Qualification.VOCATIONAL_OR_PROFESSIONAL);
    }
}
