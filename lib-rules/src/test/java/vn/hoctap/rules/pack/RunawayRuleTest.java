package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.rules.EvaluationAbortedException;
import vn.hoctap.rules.Evaluator;

/**
 * A rule that re-activates itself forever once ran the heap out and killed the JVM; the firing bound of a session now
 * stops it with {@link EvaluationAbortedException} naming the layer and the rule, and the evaluator stays usable.
 * The preemptive timeout only keeps a regression from hanging the suite; it is not what the test checks.
 */
class RunawayRuleTest {
    private static final Duration HANG = Duration.ofMinutes(2);
    private static final UnitEvaluationRequest REQUEST = Units.stateAgency(AdministrativeTier.DISTRICT, 2024, Map.of());

    @TempDir
    Path dir;

    @Test
    void aRuleThatModifiesItsOwnFactForeverIsAborted() {
        Evaluator evaluator = withRule("""
                rule "sua mai"
                when
                    $c : Check( indicatorId == "KT.C4.1" )
                then
                    modify( $c ) { }
                end
                """);
        EvaluationAbortedException e = aborted(evaluator);
        assertEquals("sua mai", e.rule());
    }

    @Test
    void anInsertLoopIsAborted() {
        Evaluator evaluator = withRule("""
                rule "gieo"
                when
                    Check( indicatorId == "KT.C4.1" )
                then
                    insert( Long.valueOf(0) );
                end

                rule "chen mai"
                when
                    $n : Long()
                then
                    insert( Long.valueOf($n + 1) );
                end
                """);
        EvaluationAbortedException e = aborted(evaluator);
        assertEquals("chen mai", e.rule());
    }

    /** A rule set that terminates is never near the bound: the same pack without the loop evaluates. */
    @Test
    void theSamePackWithoutTheLoopEvaluates() {
        Evaluator evaluator = Evaluator.builder().add(TestPack.withRules("Tỉnh Kiểm Thử").writeTo(dir)).build();
        evaluator.evaluate(REQUEST);
    }

    private EvaluationAbortedException aborted(Evaluator evaluator) {
        EvaluationAbortedException e = assertTimeoutPreemptively(HANG,
                () -> assertThrows(EvaluationAbortedException.class, () -> evaluator.evaluate(REQUEST)));
        assertEquals("Tỉnh Kiểm Thử", e.layer());
        assertTrue(e.limit() > 0 && e.getMessage().contains("Tỉnh Kiểm Thử") && e.getMessage().contains(" / "),
                e.getMessage());
        // The evaluator is not left broken by the aborted session: the next call is aborted the same way.
        assertThrows(EvaluationAbortedException.class, () -> evaluator.evaluate(REQUEST));
        return e;
    }

    private Evaluator withRule(String rule) {
        return Evaluator.builder().add(TestPack.withRules("Tỉnh Kiểm Thử")
                .edit("rules/kt.drl", "rule \"KT.C4.1", rule + "\nrule \"KT.C4.1").writeTo(dir)).build();
    }
}
