package vn.hoctap.rules.khvn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.request.TitleCounts;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;

/**
 * The national layer of the association's titles gives few numbers, and refuses to evaluate without the rest: each
 * number the example pack supplies is needed, and leaving any one of them out stops the evaluation naming it.
 */
class KhvnRefusalTest {

    /** Every number the example pack supplies: exactly those the national layer defines without a value. */
    static Stream<String> requiredParameters() {
        return Khvn.EXAMPLE_NUMBERS.parameters().stream().map(ParameterDefinition::id);
    }

    /** Evaluates, with {@code evaluator}, a request of the scheme that parameter {@code id} belongs to. */
    static Assessment evaluateSchemeOf(String id, Evaluator evaluator) {
        if (id.startsWith("KHVN.GD.2016.")) {
            return evaluator.evaluate(Khvn.model2019().build());
        }
        if (id.startsWith("KHVN.GD.")) {
            return evaluator.evaluate(Khvn.model2024().build());
        }
        if (id.startsWith("KHVN.DH.")) {
            return evaluator.evaluate(Khvn.clan(7));
        }
        if (id.startsWith("KHVN.CD.")) {
            return evaluator.evaluate(Khvn.hamlet(new TitleCounts(10, 8), new TitleCounts(30, 20)));
        }
        if (id.startsWith("KHVN.DV.")) {
            return evaluator.evaluate(Khvn.grassroots(10, 9));
        }
        throw new IllegalArgumentException(id);
    }

    @ParameterizedTest
    @MethodSource("requiredParameters")
    void leavingOutAnyOneNumberStopsTheEvaluationAndNamesIt(String id) {
        ParameterSet without = new ParameterSet("ví dụ thiếu " + id, Khvn.EXAMPLE_NUMBERS.parameters().stream()
                .filter(p -> !p.id().equals(id)).toList());
        Evaluator incomplete = Evaluator.builder().add(Khvn.numbers(without)).build();
        MissingParameterException e = assertThrows(MissingParameterException.class,
                () -> evaluateSchemeOf(id, incomplete));
        assertEquals(id, e.parameterId(), e.getMessage());
        assertTrue(e.getMessage().contains("bộ quy tắc phải cung cấp") && e.getMessage().contains("a rule pack must supply it"),
                e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("requiredParameters")
    void withEveryNumberSuppliedTheSameRequestIsEvaluated(String id) {
        assertEquals(id.startsWith("KHVN.GD.2016.") ? "KHVN.GD.2016" : id.substring(0, id.indexOf('.', 5)),
                evaluateSchemeOf(id, Khvn.EXAMPLE).schemeId());
    }

    @Test
    void theExampleSuppliesExactlyTheNumbersTheNationalLayerLeavesUnset() {
        Set<String> unset = RulePack.khvn().parameters().parameters().stream().filter(p -> p.values().isEmpty())
                .map(ParameterDefinition::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> supplied = requiredParameters().collect(Collectors.toCollection(TreeSet::new));
        assertEquals(unset, supplied);
    }

    @Test
    void theNationalLayerAloneRefusesEveryTitle() {
        for (Function<Evaluator, Assessment> evaluation : Stream.<Function<Evaluator, Assessment>>of(
                e -> e.evaluate(Khvn.model2019().build()), e -> e.evaluate(Khvn.model2024().build()),
                e -> e.evaluate(Khvn.clan(7)), e -> e.evaluate(Khvn.hamlet(new TitleCounts(1, 1), new TitleCounts(1, 1))),
                e -> e.evaluate(Khvn.grassroots(1, 1))).toList()) {
            MissingParameterException e = assertThrows(MissingParameterException.class,
                    () -> evaluation.apply(Khvn.NATIONAL));
            assertTrue(e.parameterId().startsWith("KHVN."), e.getMessage());
            assertTrue(RulePack.khvn().parameters().definition(e.parameterId()).orElseThrow().values().isEmpty(),
                    "refused for a number the national layer does give: " + e.getMessage());
        }
    }
}
