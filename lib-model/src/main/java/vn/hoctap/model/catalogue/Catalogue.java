package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.validatedList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Title;

/**
 * The criteria as data: schemes, their criteria and indicators, with names and citations. Rules refer to
 * indicators by id; every sentence an explanation shows about an indicator comes from here.
 *
 * @param criteria every criterion, each with its indicators
 * @param schemes  every scheme, naming its criteria by id
 */
public record Catalogue(List<CriterionDefinition> criteria, List<Scheme> schemes) {
    public Catalogue {
        criteria = validatedList(criteria, "criteria", c -> c);
        schemes = validatedList(schemes, "schemes", s -> s);
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDefinition c = criteria.get(i);
            claim(seen, c.id(), "criteria[" + i + "].id");
            for (int j = 0; j < c.indicators().size(); j++) {
                claim(seen, c.indicators().get(j).id(), "criteria[" + i + "].indicators[" + j + "].id");
            }
        }
        for (int i = 0; i < schemes.size(); i++) {
            Scheme s = schemes.get(i);
            claim(seen, s.id(), "schemes[" + i + "].id");
            for (int j = 0; j < s.criteria().size(); j++) {
                String id = s.criteria().get(j);
                if (criteria.stream().noneMatch(c -> c.id().equals(id))) {
                    throw new InvalidInputException("schemes[" + i + "].criteria[" + j + "]",
                            "không có tiêu chí mã '" + id + "' / unknown criterion id '" + id + "'");
                }
            }
        }
    }

    private static void claim(Map<String, String> seen, String id, String path) {
        String earlier = seen.putIfAbsent(id, path);
        if (earlier != null) {
            throw new InvalidInputException(path, "mã '" + id + "' đã dùng ở " + earlier + " / id '" + id
                    + "' is already used at " + earlier);
        }
    }

    /**
     * The criteria and schemes of several catalogues side by side (the national packs of different texts).
     *
     * @throws InvalidInputException when two of them use the same id
     */
    public static Catalogue union(List<Catalogue> catalogues) {
        if (catalogues.size() == 1) {
            return catalogues.get(0);
        }
        List<CriterionDefinition> criteria = new ArrayList<>();
        List<Scheme> schemes = new ArrayList<>();
        for (Catalogue c : catalogues) {
            criteria.addAll(c.criteria());
            schemes.addAll(c.schemes());
        }
        return new Catalogue(criteria, schemes);
    }

    /** The criterion with {@code id}. */
    public Optional<CriterionDefinition> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The scheme with {@code id}. */
    public Optional<Scheme> scheme(String id) {
        return schemes.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The scheme awarding {@code title} at {@code tier} whose text is in force on {@code date}. */
    public Optional<Scheme> schemeFor(Title title, AdministrativeTier tier, LocalDate date) {
        return schemes.stream()
                .filter(s -> s.title() == title && s.tier() == tier && s.inForceOn(date))
                .findFirst();
    }

    /** The criteria of {@code scheme}, in its order. */
    public List<CriterionDefinition> criteriaOf(Scheme scheme) {
        return scheme.criteria().stream().map(id -> criterion(id).orElseThrow()).toList();
    }

    /** The indicator with {@code id}, with the criterion it belongs to. */
    public Optional<Map.Entry<CriterionDefinition, IndicatorDefinition>> indicator(String id) {
        for (CriterionDefinition c : criteria) {
            for (IndicatorDefinition i : c.indicators()) {
                if (i.id().equals(id)) {
                    return Optional.of(Map.entry(c, i));
                }
            }
        }
        return Optional.empty();
    }
}
