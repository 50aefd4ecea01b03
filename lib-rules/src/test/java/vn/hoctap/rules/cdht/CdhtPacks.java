package vn.hoctap.rules.cdht;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.ParameterType;
import vn.hoctap.model.catalogue.ParameterValue;
import vn.hoctap.model.catalogue.Status;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;

/**
 * Variants of the national "Công dân học tập" pack with other numbers or another catalogue, as a province pack could
 * make them: the same compiled rules, so only the points fold's reading of the parameters changes.
 */
final class CdhtPacks {
    static final LocalDate FROM = LocalDate.of(2023, 10, 25);
    private static final Citation PROVINCE = new Citation("Quyết định thử nghiệm của tỉnh", null, null, null);

    private CdhtPacks() {
    }

    /** An evaluator with the national rules and catalogue, and the parameters {@code edit} makes of the national ones. */
    static Evaluator withParameters(UnaryOperator<List<ParameterDefinition>> edit) {
        return with(edit, c -> c);
    }

    static Evaluator with(UnaryOperator<List<ParameterDefinition>> parameters, UnaryOperator<Catalogue> catalogue) {
        RulePack national = RulePack.cdht();
        List<ParameterDefinition> p = parameters.apply(new ArrayList<>(national.parameters().parameters()));
        return Evaluator.of(List.of(new RulePack("national", national.kieBase(), catalogue.apply(national.catalogue()),
                new ParameterSet("national", p))));
    }

    /** A POINTS parameter with one value for every level from the scheme's first day. */
    static ParameterDefinition points(String id, String value) {
        return new ParameterDefinition(id, ParameterType.POINTS, null, id, id,
                List.of(new ParameterValue(null, value, FROM, null, PROVINCE, Status.PROBABLE)));
    }

    /** An INTEGER parameter likewise. */
    static ParameterDefinition integer(String id, String value) {
        return new ParameterDefinition(id, ParameterType.INTEGER, null, id, id,
                List.of(new ParameterValue(null, value, FROM, null, PROVINCE, Status.PROBABLE)));
    }

    /** {@code list} without the parameter {@code id}, plus {@code added}. */
    static UnaryOperator<List<ParameterDefinition>> replacing(String id, ParameterDefinition... added) {
        return list -> {
            List<ParameterDefinition> l = new ArrayList<>(list.stream().filter(p -> !p.id().equals(id)).toList());
            l.addAll(List.of(added));
            return l;
        };
    }

    /** {@code list} plus {@code added}. */
    static UnaryOperator<List<ParameterDefinition>> adding(ParameterDefinition... added) {
        return list -> {
            List<ParameterDefinition> l = new ArrayList<>(list);
            l.addAll(List.of(added));
            return l;
        };
    }

    /** The catalogue with indicator {@code id} made mandatory ("chỉ tiêu bắt buộc"). */
    static UnaryOperator<Catalogue> mandatory(String id) {
        return c -> new Catalogue(c.criteria().stream().map(cr -> new CriterionDefinition(cr.id(), cr.number(),
                cr.nameVi(), cr.nameEn(), cr.indicators().stream().map(i -> !i.id().equals(id) ? i
                        : new IndicatorDefinition(i.id(), i.number(), i.nameVi(), i.nameEn(), i.citations(),
                                i.status(), i.effectiveFrom(), i.effectiveTo(), i.applicabilityVi(),
                                i.applicabilityEn(), i.interpretationVi(), i.interpretationEn(), true)).toList()))
                .toList(), c.schemes());
    }
}
