package vn.hoctap.rules.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.model.catalogue.ParameterValue;
import vn.hoctap.model.catalogue.Status;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.Calendars;

/**
 * TT 25 Art. 5.4: a recognition is kept for "03 năm (36 tháng) tiếp theo năm được công nhận". Which year that is,
 * is the named reading {@code TT25.X.RETENTION_COUNTED_FROM}: the evaluation year by default, the decision's year
 * when a pack switches it.
 */
class RetentionReadingTest {
    private static final String READING = "TT25.X.RETENTION_COUNTED_FROM";

    /** The national TT 25 pack with the commune's reading set to {@code code}, as a province pack could set it. */
    private static Evaluator reading(String code) {
        RulePack national = RulePack.tt25();
        List<ParameterDefinition> p = new ArrayList<>(national.parameters().parameters().stream()
                .filter(d -> !d.id().equals(READING)).toList());
        p.add(new ParameterDefinition(READING, ParameterType.CODE,
                List.of(Calendars.EVALUATION_YEAR, Calendars.DECISION_YEAR), READING, READING,
                List.of(new ParameterValue(null, code, LocalDate.of(2024, 2, 12), null,
                        new Citation("Quyết định thử nghiệm của tỉnh", null, null, null), Status.VERIFIED))));
        return Evaluator.of(List.of(new RulePack("national", national.kieBase(), national.catalogue(),
                new ParameterSet("national", p))));
    }

    @Test
    void theNationalReadingCountsFromTheEvaluationYearAndSaysItIsNotFromASource() {
        ParameterDefinition d = RulePack.tt25().parameters().parameters().stream()
                .filter(p -> p.id().equals(READING)).findFirst().orElseThrow();
        assertEquals(Calendars.EVALUATION_YEAR, d.values().get(0).value());
        // The library's reading, not the text's words (criteria.md §2 gives only "the 3 years following the year of
        // recognition"): UNKNOWN, like the other readings of the pack.
        assertEquals(Status.UNKNOWN, d.values().get(0).status());
        // Evaluated for 2024 (decided before 31/03/2025): kept through 2024 + 3.
        assertEquals(LocalDate.of(2027, 12, 31), new CommuneRequests().evaluate().calendar().validUntil());
    }

    @Test
    void aPackCountingFromTheDecisionYearKeepsTheRecognitionAYearLonger() {
        CommuneRequests request = new CommuneRequests();
        request.recognitions.add(new Recognition(Title.LEARNING_COMMUNITY, AdministrativeTier.COMMUNE, Level.LEVEL_1,
                2022, LocalDate.of(2023, 3, 20), "12/QĐ-PGDĐT"));
        var national = reading(Calendars.EVALUATION_YEAR).evaluate(request.build()).calendar();
        var decision = reading(Calendars.DECISION_YEAR).evaluate(request.build()).calendar();
        assertEquals(LocalDate.of(2027, 12, 31), national.validUntil());
        // The verdict for 2024 is decided in 2025 (TT 25 Art. 9: before 31/03 of the next year).
        assertEquals(LocalDate.of(2028, 12, 31), decision.validUntil());
        // A kept recognition counts from its own decision's date (2023), not from the year it recognised (2022).
        assertEquals(LocalDate.of(2025, 12, 31), national.currentRecognitionValidUntil());
        assertEquals(LocalDate.of(2026, 12, 31), decision.currentRecognitionValidUntil());
    }

    @Test
    void theTimelineOfARecognitionFollowsTheReadingToo() {
        Recognition r = new Recognition(Title.LEARNING_COMMUNITY, AdministrativeTier.COMMUNE, Level.LEVEL_1, 2024,
                LocalDate.of(2025, 3, 20), "12/QĐ-PGDĐT");
        assertEquals(LocalDate.of(2027, 12, 31), reading(Calendars.EVALUATION_YEAR).timeline(r).validUntil());
        var decision = reading(Calendars.DECISION_YEAR).timeline(r);
        assertEquals(LocalDate.of(2028, 12, 31), decision.validUntil());
        assertEquals(2028, decision.reRecognitionYear());
    }
}
