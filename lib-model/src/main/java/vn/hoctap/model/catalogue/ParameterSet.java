package vn.hoctap.model.catalogue;

import static vn.hoctap.model.Checks.requiredText;
import static vn.hoctap.model.Checks.validatedList;
import static vn.hoctap.model.Checks.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.subject.Level;

/**
 * The parameters of one layer (the national rules, or a province pack), looked up by id, level and date.
 *
 * @param layer      the layer's name, shown in explanations ("national", "Tỉnh X")
 * @param parameters its parameter definitions, ids unique
 */
public record ParameterSet(String layer, List<ParameterDefinition> parameters) {
    public ParameterSet {
        requiredText(layer, "layer");
        parameters = validatedList(parameters, "parameters", p -> p);
        unique(parameters, ParameterDefinition::id, "parameters", "id", "parameter id");
    }

    /** The parameter with {@code id}. */
    public Optional<ParameterDefinition> definition(String id) {
        return parameters.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The value of {@code id} for {@code level} on {@code date}: a value for that level wins over a value for every
     * level.
     */
    public Optional<ResolvedParameter> resolve(String id, Level level, LocalDate date) {
        return definition(id).flatMap(d -> d.valueOn(level, date).map(v -> new ResolvedParameter(d, level, v, layer)));
    }

    /** Like {@link #resolve} but refuses, naming the parameter and who needs it, when there is no value. */
    public ResolvedParameter require(String id, Level level, LocalDate date, String neededBy) {
        return resolve(id, level, date).orElseThrow(() -> new MissingParameterException(id, level, date, neededBy));
    }
}
