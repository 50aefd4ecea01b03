package vn.hoctap.rules.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.Composition;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * Loads province packs over rule packs: reads and compiles every pack, composes the rule set of every period in
 * which a different set of packs is in force, and checks each against the layers below it. Internal: used by
 * {@code Evaluator.Builder.build()}; may change.
 */
public final class PackComposer {
    private PackComposer() {
    }

    /**
     * What an engine needs.
     *
     * @param layers  the rule packs, then the province packs that have rules, in that order
     * @param periods the rule set of each period, in date order, covering every date
     * @param audit   every province pack as the audit envelope records it, in layering order, with its period
     */
    public record Result(List<RulePack> layers, List<Composition> periods, List<PackDigest.Dated> audit) {
        public Result {
            layers = List.copyOf(layers);
            periods = List.copyOf(periods);
            audit = List.copyOf(audit);
        }
    }

    /**
     * Loads {@code packs} over {@code base}, later packs above earlier ones.
     *
     * @throws PackValidationException with every problem of every pack; nothing is returned half-loaded
     */
    public static Result compose(List<RulePack> base, List<ProvincePack> packs) {
        try {
            return composeOrThrow(base, packs);
        } catch (PackValidationException e) {
            throw e;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // Every refusal to load is a PackValidationException: a caller handles one kind of failure, and an
            // exception no check foresaw still names the packs and keeps what was thrown as the cause.
            Problems problems = new Problems();
            for (ProvincePack p : packs) {
                problems.add(Code.LOAD_FAILED, p.location(), null, "không nạp được bộ tiêu chí: " + Problems.describe(e),
                        "the pack could not be loaded: " + Problems.describe(e), e);
            }
            throw problems.exception();
        }
    }

    private static Result composeOrThrow(List<RulePack> base, List<ProvincePack> packs) {
        Problems problems = new Problems();
        List<LoadedPack> loaded = new ArrayList<>();
        for (ProvincePack p : packs) {
            loaded.add(PackReader.read(p, problems));
        }
        List<LoadedPack> usable = loaded.stream().filter(p -> p.metadata != null).toList();
        Set<String> names = new HashSet<>();
        base.forEach(l -> names.add(l.name()));
        for (LoadedPack p : usable) {
            if (!names.add(p.layer())) {
                p.packJson.problem(Code.DUPLICATE_LAYER, "$.layer", "tên lớp “" + p.layer() + "” đã được một lớp khác"
                                + " dùng; mỗi bộ tiêu chí cần tên lớp riêng để lời giải thích phân biệt được",
                        "layer name '" + p.layer() + "' is already used by another layer; each pack needs its own so"
                                + " that explanations can tell them apart");
            }
        }
        Map<LoadedPack, Integer> index = new LinkedHashMap<>();
        for (LoadedPack p : usable) {
            if (p.hasRules()) {
                index.put(p, base.size() + index.size());
            }
        }
        List<Period> periods = periods(usable);
        Map<List<LoadedPack>, Optional<CompositionBuilder.Draft>> drafts = new HashMap<>();
        for (Period period : periods) {
            drafts.computeIfAbsent(period.active(),
                    active -> CompositionBuilder.compose(base, usable, active, index, problems));
        }
        if (problems.size() > 0) {
            throw problems.exception();
        }
        Set<Integer> exclusive = Set.copyOf(index.values());
        List<Composition> compositions = new ArrayList<>();
        Map<LoadedPack, ParameterSet> parameters = new HashMap<>();
        for (Period period : periods) {
            CompositionBuilder.Draft draft = drafts.get(period.active()).orElseThrow();
            compositions.add(draft.over(period.from(), period.to(), exclusive));
            parameters.putAll(draft.packParameters());
        }
        List<RulePack> layers = new ArrayList<>(base);
        index.keySet().forEach(p -> layers.add(new RulePack(p.layer(), p.kieBase,
                new Catalogue(p.criteria.stream().map(LoadedPack.Located::value).toList(), List.of()),
                parameters.get(p))));
        return new Result(layers, compositions, usable.stream().map(PackDigest::of).toList());
    }

    /**
     * A stretch of reference dates over which the same packs are in force.
     *
     * @param from   first date, or {@code null} for no lower bound
     * @param to     first date after it, or {@code null} for no upper bound
     * @param active the packs in force, in layering order
     */
    private record Period(LocalDate from, LocalDate to, List<LoadedPack> active) {
    }

    /** The periods between the dates on which some pack comes into or goes out of force. */
    private static List<Period> periods(List<LoadedPack> packs) {
        TreeSet<LocalDate> bounds = new TreeSet<>();
        for (LoadedPack p : packs) {
            bounds.add(p.metadata.effectiveFrom());
            if (p.metadata.effectiveTo() != null) {
                bounds.add(p.metadata.effectiveTo());
            }
        }
        List<LocalDate> starts = new ArrayList<>();
        starts.add(null);
        starts.addAll(bounds);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1) : null;
            List<LoadedPack> active = packs.stream().filter(p -> from != null && p.metadata.inForceOn(from)).toList();
            Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
            if (last != null && last.active().equals(active)) {
                periods.set(periods.size() - 1, new Period(last.from(), to, active));
            } else {
                periods.add(new Period(from, to, active));
            }
        }
        return periods;
    }
}
