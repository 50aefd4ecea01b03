package vn.hoctap.cli.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.Audit;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;

/**
 * The criteria in force on a date, as an association officer holds them against the paper decision: every scheme in
 * force, its levels, criteria and indicators with their citations, status, scope and the library's reading, and the
 * numbers each indicator reads with their citation and status. Numbers belong to the indicator (or scheme) whose id
 * their id starts with, as the parameter files name them.
 *
 * @param date    the date
 * @param layers  the rule layers the evaluator holds, with their digests (province packs: those in force that day)
 * @param schemes the schemes in force, in catalogue order
 */
public record CriteriaDocument(LocalDate date, List<Audit.Layer> layers, List<SchemeEntry> schemes) {

    /**
     * @param scheme     the scheme
     * @param criteria   its criteria with their indicators
     * @param parameters the scheme's own numbers (waiting period, retention)
     */
    public record SchemeEntry(Scheme scheme, List<CriterionEntry> criteria, List<ParameterDefinition> parameters) {
    }

    /**
     * @param criterion  the criterion
     * @param indicators its indicators in force, each with its numbers
     */
    public record CriterionEntry(CriterionDefinition criterion, List<IndicatorEntry> indicators) {
    }

    /**
     * @param indicator  the indicator
     * @param parameters the numbers it reads; a number without values is one a province pack must supply
     */
    public record IndicatorEntry(IndicatorDefinition indicator, List<ParameterDefinition> parameters) {
    }

    /** The criteria {@code evaluator} applies on {@code date}. */
    public static CriteriaDocument of(Evaluator evaluator, LocalDate date, Optional<String> schemeId) {
        Catalogue catalogue = evaluator.catalogue(date);
        List<ParameterDefinition> parameters = evaluator.parameters(date);
        List<SchemeEntry> schemes = new ArrayList<>();
        for (Scheme s : catalogue.schemes()) {
            if (!s.inForceOn(date) || schemeId.filter(id -> !id.equals(s.id())).isPresent()) {
                continue;
            }
            List<String> claimed = new ArrayList<>();
            List<CriterionEntry> criteria = new ArrayList<>();
            for (CriterionDefinition c : catalogue.criteriaOf(s)) {
                List<IndicatorEntry> indicators = new ArrayList<>();
                for (IndicatorDefinition i : c.indicators()) {
                    if (i.inForceOn(date)) {
                        List<ParameterDefinition> own = parameters.stream()
                                .filter(p -> p.id().startsWith(i.id() + ".")).toList();
                        own.forEach(p -> claimed.add(p.id()));
                        indicators.add(new IndicatorEntry(i, own));
                    }
                }
                criteria.add(new CriterionEntry(c, indicators));
            }
            List<ParameterDefinition> schemeParameters = parameters.stream()
                    .filter(p -> p.id().startsWith(s.id() + ".") && !claimed.contains(p.id())).toList();
            schemes.add(new SchemeEntry(s, criteria, schemeParameters));
        }
        return new CriteriaDocument(date, layers(evaluator, date), schemes);
    }

    /** The layers as an assessment on {@code date} would list them. */
    private static List<Audit.Layer> layers(Evaluator evaluator, LocalDate date) {
        return evaluator.layers(date);
    }

    /** A citation in Vietnamese, or "" for none. */
    static String vi(Citation c) {
        return c == null ? "" : c.formatVi();
    }

    /** The citations of an indicator, per level, in Vietnamese. */
    static String citations(IndicatorDefinition i) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Level, Citation> e : new java.util.TreeMap<>(i.citations()).entrySet()) {
            parts.add(e.getKey().nameVi() + ": " + e.getValue().formatVi());
        }
        return String.join("; ", parts);
    }
}
