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

    ResolvedParameter require(String id, Level level, LocalDate date, String neededBy) {
        return resolve(id, level, date).orElseThrow(() -> new MissingParameterException(id, level, date, neededBy));
    }
}
