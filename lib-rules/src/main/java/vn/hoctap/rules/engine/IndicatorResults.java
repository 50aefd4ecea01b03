package vn.hoctap.rules.engine;

import java.util.stream.Collectors;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.rules.engine.text.Explanations;
import vn.hoctap.rules.engine.text.Explanations.Language;

/** Turns a judged check into its indicator's result: the outcome of its requirements, and their sentences. */
final class IndicatorResults {
    private IndicatorResults() {
    }

    static IndicatorResult of(Check c) {
        IndicatorDefinition d = c.indicator();
        Citation citation = d.citation(c.getLevel()).orElseThrow();
        Outcome outcome;
        Reason reason;
        String bodyVi;
        String bodyEn;
        if (c.isNotApplicable()) {
            outcome = Outcome.NOT_APPLICABLE;
            reason = Reason.NOT_APPLICABLE_TO_SUBJECT;
            bodyVi = Explanations.notApplicable(d, Language.VI);
            bodyEn = Explanations.notApplicable(d, Language.EN);
        } else {
            Outcome all = Outcome.allOf(c.measurements().stream().map(Measurement::outcome).toList());
            outcome = all;
            reason = c.measurements().stream().filter(m -> m.outcome() == all).findFirst()
                    .map(Measurement::reason).orElseThrow();
            if (c.measurements().size() == 1) {
                bodyVi = c.measurements().get(0).textVi();
                bodyEn = c.measurements().get(0).textEn();
            } else {
                bodyVi = c.measurements().stream().map(Measurement::textVi).collect(Collectors.joining(" "));
                bodyEn = c.measurements().stream().map(Measurement::textEn).collect(Collectors.joining(" "));
            }
        }
        return new IndicatorResult(d.id(), c.getCriterionId(), d.number(), c.getLevel(), d.nameVi(), d.nameEn(),
                citation, d.status(), c.layer(), outcome, reason, c.measurements(), c.missing(),
                d.interpretationVi(), d.interpretationEn(),
                Explanations.indicator(d, outcome, bodyVi, citation, Language.VI),
                Explanations.indicator(d, outcome, bodyEn, citation, Language.EN), c.earned(),
                c.pointsRule() == null ? null : c.pointsRule().maxValue());
    }
}
