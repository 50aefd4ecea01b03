package vn.hoctap.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.SchoolLevel;

/** The national pack is complete and consistent: every indicator is judged for every kind of unit. */
class RulePackIntegrityTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    /** Every organisation the model accepts: each kind, tier, ownership and top school level. */
    static Stream<Organisation> everyOrganisation() {
        List<Organisation> all = new ArrayList<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            for (AdministrativeTier tier : List.of(AdministrativeTier.DISTRICT, AdministrativeTier.PROVINCE)) {
                for (Ownership ownership : Ownership.values()) {
                    List<SchoolLevel> levels = kind == OrganisationKind.GENERAL_SCHOOL
                            ? List.of(SchoolLevel.values()) : java.util.Collections.singletonList(null);
                    for (SchoolLevel level : levels) {
                        try {
                            all.add(new Organisation("U", kind + " " + tier, kind, ownership, level, tier, null));
                        } catch (InvalidInputException rejectedByTt24) {
                            // e.g. an upper-secondary school at district level: not a unit TT 24 evaluates there
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyOrganisation")
    void everyIndicatorOfTheSchemeIsJudgedOnceAtEveryLevelForEveryKindOfUnit(Organisation unit) {
        Assessment a = EVALUATOR.evaluate(new UnitEvaluationRequest(2024, null, unit, null, null, null, null, null,
                null, null));
        Scheme scheme = EVALUATOR.catalogue().scheme(a.schemeId()).orElseThrow();
        assertEquals(unit.tier(), scheme.tier());
        for (var level : scheme.levels()) {
            List<String> expected = EVALUATOR.catalogue().criteriaOf(scheme).stream()
                    .flatMap(c -> c.indicators().stream()).map(IndicatorDefinition::id).toList();
            List<String> judged = a.level(level.level()).orElseThrow().results().stream()
                    .flatMap(c -> c.indicators().stream()).map(IndicatorResult::indicatorId).toList();
            assertEquals(expected, judged, "indicators judged at " + level.level());
        }
        assertEquals(Verdict.NOT_DETERMINED, a.verdict(), "an empty request can only be not determined");
        assertFalse(a.missingInputs().isEmpty());
    }

    @Test
    void everyIndicatorIsCitedAtEachLevelOfEachSchemeThatUsesIt() {
        for (Scheme scheme : EVALUATOR.catalogue().schemes()) {
            for (CriterionDefinition c : EVALUATOR.catalogue().criteriaOf(scheme)) {
                for (IndicatorDefinition i : c.indicators()) {
                    for (var level : scheme.levels()) {
                        assertTrue(i.citation(level.level()).isPresent(), i.id() + " at " + level.level());
                        assertEquals(scheme.document(), i.citation(level.level()).get().document());
                    }
                }
            }
        }
    }

    @Test
    void aRuleWhoseParameterNoPackSuppliesStopsTheEvaluationAndNamesTheParameter() {
        RulePack national = RulePack.tt24();
        ParameterSet without = new ParameterSet("national", national.parameters().parameters().stream()
                .filter(p -> !p.id().equals("TT24.C2.1.MIN_PERCENT")).toList());
        Evaluator incomplete = Evaluator.of(List.of(new RulePack("national", national.kieBase(),
                national.catalogue(), without)));
        Organisation unit = new Organisation("U", "Sở Tư pháp", OrganisationKind.STATE_AGENCY, null, null,
                AdministrativeTier.PROVINCE, null);
        MissingParameterException e = assertThrows(MissingParameterException.class, () -> incomplete.evaluate(
                new UnitEvaluationRequest(2024, null, unit, null, null, null, null, null, Map.of(), null)));
        assertEquals("TT24.C2.1.MIN_PERCENT", e.parameterId());
        assertTrue(e.getMessage().contains("TT24.C2.1"), e.getMessage());
    }

    @Test
    void undeterminedIndicatorsListWhatIsMissingAndNothingElseIsUndetermined() {
        Organisation unit = new Organisation("U", "Trường THCS Lê Lợi", OrganisationKind.GENERAL_SCHOOL,
                Ownership.PUBLIC, SchoolLevel.LOWER_SECONDARY, AdministrativeTier.DISTRICT, null);
        Assessment a = EVALUATOR.evaluate(new UnitEvaluationRequest(2024, null, unit, null, null, null, null, null,
                null, null));
        assertAll(a.levels().stream().flatMap(l -> l.results().stream()).flatMap(c -> c.indicators().stream())
                .map(i -> () -> assertEquals(i.outcome() == Outcome.UNDETERMINED, !i.missingInputs().isEmpty(),
                        i.indicatorId() + " " + i.outcome())));
    }
}
