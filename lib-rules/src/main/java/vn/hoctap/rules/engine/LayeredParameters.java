package vn.hoctap.rules.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.subject.Level;

/** Parameter sets stacked by layer: the last layer that gives a value wins (a province pack over the nation). */
final class LayeredParameters {
    private final List<ParameterSet> layers;

    LayeredParameters(List<ParameterSet> layers) {
        this.layers = List.copyOf(layers);
    }

    Optional<ResolvedParameter> resolve(String id, Level level, LocalDate date) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Optional<ResolvedParameter> p = layers.get(i).resolve(id, level, date);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * The value of a parameter a scheme may do without (a floor, a cap): empty when no layer defines it; refused,
     * naming it, when a layer defines it but gives no value for this level and date, because then a pack meant it to
     * apply and forgot the number.
     */
    Optional<ResolvedParameter> optional(String id, Level level, LocalDate date, String neededBy) {
        Optional<ResolvedParameter> p = resolve(id, level, date);
        if (p.isEmpty() && layers.stream().anyMatch(l -> l.definition(id).isPresent())) {
            throw new MissingParameterException(id, level, date, neededBy);
        }
        return p;
    }

    ResolvedParameter require(String id, Level level, LocalDate date, String neededBy) {
        return resolve(id, level, date).orElseThrow(() -> new MissingParameterException(id, level, date, neededBy));
    }
}
