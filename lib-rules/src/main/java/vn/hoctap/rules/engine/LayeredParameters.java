package vn.hoctap.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.ParameterValue;
import vn.hoctap.model.catalogue.ResolvedParameter;
import vn.hoctap.model.subject.Level;

/** Parameter sets stacked by layer: the last layer that gives a value wins (a province pack over the nation). */
public final class LayeredParameters {
    private final List<ParameterSet> layers;
    /**
     * Each layer's definitions by id. Every check of every subject looks parameters up, so a commune's 12,000 people
     * mean hundreds of thousands of look-ups: a hash look-up per layer instead of a scan of its list.
     */
    private final List<Map<String, ParameterDefinition>> byId;
    /**
     * Resolutions made so far: the layers never change, so a value resolved once stays right. Every check, criterion
     * and level of every person asks for the same few dozen (id, level, date), and walking the layers each time was a
     * tenth of a batch. Bounded, for callers that evaluate on very many dates.
     */
    private final BoundedMemo<Key, Optional<ResolvedParameter>> resolved = new BoundedMemo<>(50_000);

    private record Key(String id, Level level, LocalDate date) {
    }

    LayeredParameters(List<ParameterSet> layers) {
        this.layers = List.copyOf(layers);
        this.byId = this.layers.stream().map(l -> {
            Map<String, ParameterDefinition> m = new HashMap<>();
            l.parameters().forEach(d -> m.put(d.id(), d));
            return Map.copyOf(m);
        }).toList();
    }

    /**
     * Every parameter any layer defines, in the order first defined: the lowest layer's definition with the values
     * that apply on {@code date}, per level from the highest layer giving one, a value for every level kept once when
     * it wins at every level.
     */
    public List<ParameterDefinition> inForce(LocalDate date) {
        Map<String, ParameterDefinition> first = new LinkedHashMap<>();
        layers.forEach(layer -> layer.parameters().forEach(d -> first.putIfAbsent(d.id(), d)));
        List<ParameterDefinition> result = new ArrayList<>();
        for (ParameterDefinition d : first.values()) {
            Map<Level, ParameterValue> winners = new EnumMap<>(Level.class);
            for (Level level : Level.values()) {
                resolve(d.id(), level, date).ifPresent(r -> winners.put(level, r.value()));
            }
            List<ParameterValue> values = new ArrayList<>();
            if (winners.size() == Level.values().length && winners.values().stream().distinct().count() == 1
                    && winners.values().iterator().next().level() == null) {
                values.add(winners.values().iterator().next());
            } else {
                winners.forEach((level, v) -> values.add(v.level() == level ? v
                        : new ParameterValue(level, v.value(), v.from(), v.to(), v.citation(), v.status())));
            }
            result.add(new ParameterDefinition(d.id(), d.type(), d.codes(), d.nameVi(), d.nameEn(), values));
        }
        return result;
    }

    public Optional<ResolvedParameter> resolve(String id, Level level, LocalDate date) {
        return resolved.get(new Key(id, level, date), k -> lookUp(id, level, date));
    }

    private Optional<ResolvedParameter> lookUp(String id, Level level, LocalDate date) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            ParameterDefinition d = byId.get(i).get(id);
            if (d != null) {
                Optional<ParameterValue> v = d.valueOn(level, date);
                if (v.isPresent()) {
                    return Optional.of(new ResolvedParameter(d, level, v.get(), layers.get(i).layer()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The value of a parameter a scheme may do without (a floor, a cap): empty when no layer defines it; refused,
     * naming it, when a layer defines it but gives no value for this level and date, because then a pack meant it to
     * apply and forgot the number.
     */
    public Optional<ResolvedParameter> optional(String id, Level level, LocalDate date, String neededBy) {
        Optional<ResolvedParameter> p = resolve(id, level, date);
        if (p.isEmpty()) {
            for (Map<String, ParameterDefinition> layer : byId) {
                if (layer.containsKey(id)) {
                    throw new MissingParameterException(id, level, date, neededBy);
                }
            }
        }
        return p;
    }

    public ResolvedParameter require(String id, Level level, LocalDate date, String neededBy) {
        return resolve(id, level, date).orElseThrow(() -> new MissingParameterException(id, level, date, neededBy));
    }
}
