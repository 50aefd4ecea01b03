package vn.hoctap.rules.pack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.catalogue.ProcedurePeriod;
import vn.hoctap.model.catalogue.Status;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.Notice;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.Composition;
import vn.hoctap.rules.engine.Composition.SchemeNotice;
import vn.hoctap.rules.pack.LoadedPack.Located;
import vn.hoctap.rules.pack.PackProblem.Code;

/**
 * Composes the base layers and the province packs in force together into one rule set, checking every id a pack
 * names against what the layers below it define. Criteria are keyed by id: a pack replaces or switches off a
 * national criterion by naming it, never by redefining a Drools rule.
 */
final class CompositionBuilder {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<LoadedPack> all;
    private final List<LoadedPack> active;
    private final Map<LoadedPack, Integer> layerIndex;
    private final Problems problems;

    private final Map<String, CriterionDefinition> criteria = new LinkedHashMap<>();
    private final Map<String, Scheme> schemes = new LinkedHashMap<>();
    /** Every id in use (criteria, indicators, schemes), with the layer that defines it. */
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> indicatorCriterion = new HashMap<>();
    private final Map<String, Integer> owners = new HashMap<>();
    private final Map<String, String> criterionLayers = new HashMap<>();
    /** The pack that owns each criterion it added or replaced, and where it defined it. */
    private final Map<String, LoadedPack> ownerPack = new HashMap<>();
    private final Map<String, Located<CriterionDefinition>> ownedDefinitions = new HashMap<>();
    /** Which pack touched an item ("criterion:ID", "name:SCHEME"), so that a second pack touching it conflicts. */
    private final Map<String, LoadedPack> touched = new HashMap<>();
    private final Map<LoadedPack, Set<String>> enabled = new LinkedHashMap<>();
    private final Map<String, List<Replaced>> replacedBy = new LinkedHashMap<>();
    private final List<ParameterSet> parameterSets = new ArrayList<>();
    /**
     * Each set's definitions by id, in the order of {@link #parameterSets}. A pack's parameter file may hold
     * thousands of entries and each is looked up in every set below it, and again for the required-value check: a
     * scan of each set's list per look-up made building quadratic (100,000 parameters: minutes).
     */
    private final List<Map<String, ParameterDefinition>> parameterIndex = new ArrayList<>();
    private final Map<LoadedPack, ParameterSet> packParameters = new HashMap<>();
    private final List<SchemeNotice> notices = new ArrayList<>();

    private CompositionBuilder(List<RulePack> base, List<LoadedPack> all, List<LoadedPack> active,
                               Map<LoadedPack, Integer> layerIndex, Problems problems) {
        this.all = all;
        this.active = active;
        this.layerIndex = layerIndex;
        this.problems = problems;
        for (int i = 0; i < base.size(); i++) {
            RulePack layer = base.get(i);
            for (CriterionDefinition c : layer.catalogue().criteria()) {
                if (!criteria.containsKey(c.id())) {
                    criteria.put(c.id(), c);
                    owners.put(c.id(), i);
                    criterionLayers.put(c.id(), layer.name());
                    claimIds(c, layer.name());
                }
            }
            addParameters(layer.parameters());
        }
        for (RulePack layer : base) {
            for (Scheme s : layer.catalogue().schemes()) {
                if (schemes.putIfAbsent(s.id(), s) == null) {
                    ids.put(s.id(), layer.name());
                }
            }
        }
    }

    /**
     * The rule set with {@code active} applied over {@code base}, to be dated, or empty when a problem was found
     * (every problem being added to {@code problems}).
     *
     * @param all every pack being loaded, for the notices of those not in force
     */
    static Optional<Draft> compose(List<RulePack> base, List<LoadedPack> all, List<LoadedPack> active,
                                   Map<LoadedPack, Integer> layerIndex, Problems problems) {
        return new CompositionBuilder(base, all, active, layerIndex, problems).compose();
    }

    /**
     * A composed rule set, not yet dated.
     *
     * @param packParameters each active pack's parameters as resolved over the layers below it
     */
    record Draft(Catalogue catalogue, List<ParameterSet> parameters, Map<String, Integer> owners,
                 Map<String, String> criterionLayers, List<SchemeNotice> notices,
                 Map<LoadedPack, ParameterSet> packParameters) {
        Composition over(LocalDate from, LocalDate to, Set<Integer> exclusive) {
            return new Composition(from, to, catalogue, parameters, owners, exclusive, criterionLayers, notices);
        }
    }

    private Optional<Draft> compose() {
        int before = problems.size();
        for (LoadedPack p : all) {
            if (!active.contains(p)) {
                notices.add(new SchemeNotice(null, notInForce(p)));
            }
        }
        for (LoadedPack p : active) {
            enabled.put(p, new LinkedHashSet<>());
            notices.add(new SchemeNotice(null, applied(p)));
            Set<String> replacing = replace(p);
            addCriteria(p, replacing);
            addSchemes(p);
            join(p);
            switchOff(p);
            rename(p);
            assignProcedures(p);
            enable(p);
            parameters(p);
        }
        replacedNotices();
        for (LoadedPack p : active) {
            checkRules(p);
            checkUnused(p);
        }
        checkRequiredParameters();
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Draft(new Catalogue(List.copyOf(criteria.values()), List.copyOf(schemes.values())),
                parameterSets, owners, criterionLayers, notices, packParameters));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Criteria and schemes
    // ---------------------------------------------------------------------------------------------------------------

    /** The national criteria the pack redefines; returns the ids it replaced or tried to. */
    private Set<String> replace(LoadedPack p) {
        Set<String> replacing = new HashSet<>();
        for (Located<Overlay.Replacement> r : p.replacements) {
            String id = r.value().criterion();
            replacing.add(id);
            Optional<Located<CriterionDefinition>> definition = p.criteria.stream()
                    .filter(c -> c.value().id().equals(id)).findFirst();
            if (!criteria.containsKey(id)) {
                unknownCriterion(r, id, "replace");
            } else if (definition.isEmpty()) {
                problem(r, Code.MISSING_DEFINITION, "khai báo thay thế tiêu chí '" + id + "' nhưng không có định nghĩa"
                                + " mới của nó trong 'criteria' (cùng mã '" + id + "')",
                        "replaces criterion '" + id + "' but its new definition (same id '" + id + "') is not in"
                                + " 'criteria'");
            } else if (touch(p, r, "criterion:" + id, "tiêu chí '" + id + "'", "criterion '" + id + "'")) {
                CriterionDefinition old = criteria.get(id);
                old.indicators().forEach(i -> {
                    ids.remove(i.id());
                    indicatorCriterion.remove(i.id());
                });
                ids.remove(id);
                if (claimIds(definition.get(), p.layer())) {
                    criteria.put(id, definition.get().value());
                    own(p, definition.get());
                    replacedBy.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Replaced(r.value().citation(), p.layer(), old));
                } else {
                    claimIds(old, criterionLayers.get(id));
                }
            }
        }
        return replacing;
    }

    private void addCriteria(LoadedPack p, Set<String> replacing) {
        Set<String> seen = new HashSet<>();
        for (Located<CriterionDefinition> c : p.criteria) {
            String id = c.value().id();
            if (!seen.add(id)) {
                problem(c, Code.DUPLICATE_ID, "tiêu chí '" + id + "' được định nghĩa hai lần trong bộ tiêu chí",
                        "criterion '" + id + "' is defined twice in the pack");
            } else if (!replacing.contains(id)) {
                if (criteria.containsKey(id)) {
                    problem(c, Code.DUPLICATE_ID, "mã tiêu chí '" + id + "' đã có ở lớp “" + criterionLayers.get(id)
                                    + "”; muốn thay tiêu chí đó thì khai báo trong 'replace', muốn thêm tiêu chí mới thì"
                                    + " đặt mã khác",
                            "criterion id '" + id + "' is already defined by layer '" + criterionLayers.get(id)
                                    + "'; to replace it declare it under 'replace', to add a criterion use another id");
                } else if (claimIds(c, p.layer())) {
                    criteria.put(id, c.value());
                    own(p, c);
                    touched.put("criterion:" + id, p);
                }
            }
        }
    }

    private void own(LoadedPack p, Located<CriterionDefinition> c) {
        String id = c.value().id();
        Integer index = layerIndex.get(p);
        if (index != null) {
            owners.put(id, index);
        } else {
            owners.remove(id);
        }
        criterionLayers.put(id, p.layer());
        ownerPack.put(id, p);
        ownedDefinitions.put(id, c);
        c.value().indicators().forEach(i -> indicatorCriterion.put(i.id(), id));
    }

    private void addSchemes(LoadedPack p) {
        for (Located<Scheme> s : p.schemes) {
            Scheme scheme = s.value();
            boolean known = true;
            for (String c : scheme.criteria()) {
                if (!criteria.containsKey(c)) {
                    known = false;
                    problem(s, Code.UNKNOWN_CRITERION, "danh hiệu '" + scheme.id() + "' liệt kê tiêu chí '" + c
                                    + "' nhưng không lớp nào định nghĩa tiêu chí này",
                            "scheme '" + scheme.id() + "' lists criterion '" + c + "', which no layer defines");
                }
            }
            if (ids.containsKey(scheme.id())) {
                problem(s, Code.DUPLICATE_ID, "mã danh hiệu '" + scheme.id() + "' đã được dùng ở lớp “"
                                + ids.get(scheme.id()) + "”; danh hiệu riêng của tỉnh cần mã riêng",
                        "scheme id '" + scheme.id() + "' is already used by layer '" + ids.get(scheme.id())
                                + "'; a province's own scheme needs its own id");
            } else if (known) {
                schemes.put(scheme.id(), scheme);
                ids.put(scheme.id(), p.layer());
                enabled.get(p).add(scheme.id());
            }
        }
    }

    private void join(LoadedPack p) {
        for (Located<Overlay.Addition> a : p.additions) {
            Overlay.Addition add = a.value();
            Scheme scheme = schemes.get(add.scheme());
            if (scheme == null) {
                unknownScheme(a, add.scheme(), "add");
                continue;
            }
            if (!criteria.containsKey(add.criterion())) {
                if (!definedBy(p, add.criterion())) {
                    unknownCriterion(a, add.criterion(), "add");
                }
                continue;
            }
            if (!touch(p, a, "criterion:" + add.criterion(), "tiêu chí '" + add.criterion() + "'",
                    "criterion '" + add.criterion() + "'")) {
                continue;
            }
            List<String> list = new ArrayList<>(scheme.criteria());
            if (list.contains(add.criterion())) {
                problem(a, Code.DUPLICATE_ID, "danh hiệu '" + scheme.id() + "' đã có tiêu chí '" + add.criterion() + "'",
                        "scheme '" + scheme.id() + "' already lists criterion '" + add.criterion() + "'");
                continue;
            }
            String anchor = add.after() != null ? add.after() : add.before();
            if (anchor != null && !list.contains(anchor)) {
                problem(a, Code.UNKNOWN_CRITERION, "danh hiệu '" + scheme.id() + "' không có tiêu chí '" + anchor
                                + "' để đặt tiêu chí '" + add.criterion() + "' " + (add.after() != null ? "sau" : "trước")
                                + " nó; các tiêu chí của danh hiệu: " + list,
                        "scheme '" + scheme.id() + "' has no criterion '" + anchor + "' to put '" + add.criterion()
                                + "' " + (add.after() != null ? "after" : "before") + "; its criteria: " + list);
                continue;
            }
            int at = anchor == null ? list.size() : list.indexOf(anchor) + (add.after() != null ? 1 : 0);
            list.add(at, add.criterion());
            schemes.put(scheme.id(), withCriteria(scheme, list));
            enabled.get(p).add(scheme.id());
            CriterionDefinition c = criteria.get(add.criterion());
            notices.add(new SchemeNotice(scheme.id(), new Notice("CRITERION_ADDED", Notice.Severity.INFO,
                    "Bổ sung tiêu chí " + c.number() + " “" + c.nameVi() + "” (" + c.id() + ") theo "
                            + add.citation().formatVi() + " (" + p.layer() + ").",
                    "Criterion " + c.number() + " '" + c.nameEn() + "' (" + c.id() + ") added by "
                            + add.citation().formatEn() + " (" + p.layer() + ").")));
        }
    }

    private void switchOff(LoadedPack p) {
        for (Located<Overlay.SwitchOff> w : p.switchOffs) {
            Overlay.SwitchOff off = w.value();
            String id = off.criterion();
            if (!criteria.containsKey(id)) {
                unknownCriterion(w, id, "switchOff");
                continue;
            }
            if (!touch(p, w, "criterion:" + id, "tiêu chí '" + id + "'", "criterion '" + id + "'")) {
                continue;
            }
            List<String> targets = new ArrayList<>();
            if (off.schemes().isEmpty()) {
                schemes.values().stream().filter(s -> s.criteria().contains(id)).forEach(s -> targets.add(s.id()));
                if (targets.isEmpty()) {
                    problem(w, Code.UNKNOWN_CRITERION, "không danh hiệu nào có tiêu chí '" + id + "' để bỏ",
                            "no scheme lists criterion '" + id + "' to switch off");
                }
            }
            for (String s : off.schemes()) {
                if (!schemes.containsKey(s)) {
                    unknownScheme(w, s, "switchOff");
                } else if (!schemes.get(s).criteria().contains(id)) {
                    problem(w, Code.UNKNOWN_CRITERION, "danh hiệu '" + s + "' không có tiêu chí '" + id + "' để bỏ;"
                                    + " các tiêu chí của nó: " + schemes.get(s).criteria(),
                            "scheme '" + s + "' does not list criterion '" + id + "' to switch off; its criteria: "
                                    + schemes.get(s).criteria());
                } else {
                    targets.add(s);
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            CriterionDefinition c = criteria.get(id);
            for (String s : targets) {
                Scheme scheme = schemes.get(s);
                List<String> list = new ArrayList<>(scheme.criteria());
                list.remove(id);
                if (list.isEmpty()) {
                    problem(w, Code.EMPTY_SCHEME, "bỏ tiêu chí '" + id + "' thì danh hiệu '" + s + "' không còn tiêu chí"
                                    + " nào",
                            "switching off criterion '" + id + "' leaves scheme '" + s + "' without any criterion");
                    continue;
                }
                schemes.put(s, withCriteria(scheme, list));
                enabled.get(p).add(s);
                String reasonVi = off.reasonVi() == null ? "" : " Lý do: " + off.reasonVi();
                String reasonEn = off.reasonEn() == null ? "" : " Reason: " + off.reasonEn();
                notices.add(new SchemeNotice(s, new Notice("CRITERION_SWITCHED_OFF", Notice.Severity.INFO,
                        "Không xét tiêu chí " + c.number() + " “" + c.nameVi() + "” (" + id + ") của " + scheme.nameVi()
                                + " theo " + off.citation().formatVi() + " (" + p.layer() + ")." + reasonVi,
                        "Criterion " + c.number() + " '" + c.nameEn() + "' (" + id + ") of " + scheme.nameEn()
                                + " is not assessed, by " + off.citation().formatEn() + " (" + p.layer() + ")."
                                + reasonEn)));
            }
        }
    }

    private void rename(LoadedPack p) {
        for (Located<Overlay.Rename> n : p.renames) {
            Overlay.Rename r = n.value();
            Scheme s = schemes.get(r.scheme());
            if (s == null) {
                unknownScheme(n, r.scheme(), "rename");
            } else if (touch(p, n, "name:" + r.scheme(), "tên danh hiệu '" + r.scheme() + "'",
                    "the name of scheme '" + r.scheme() + "'")) {
                schemes.put(s.id(), new Scheme(s.id(), s.title(), s.tier(), r.nameVi(), r.nameEn(), s.document(),
                        s.effectiveFrom(), s.effectiveTo(), s.levels(), s.criteria(), s.evidenceRule(), s.procedure(),
                        s.scoring(), s.evidenceReadingVi(), s.evidenceReadingEn(), s.procedureChanges(),
                        s.successor()));
                enabled.get(p).add(s.id());
                notices.add(new SchemeNotice(s.id(), new Notice("SCHEME_RENAMED", Notice.Severity.INFO,
                        "Tên danh hiệu theo " + r.citation().formatVi() + " (" + p.layer() + "): " + r.nameVi()
                                + " (tên theo " + s.document() + ": " + s.nameVi() + ").",
                        "Title as named by " + r.citation().formatEn() + " (" + p.layer() + "): " + r.nameEn()
                                + " (named in " + s.document() + ": " + s.nameEn() + ").")));
            }
        }
    }

    /**
     * A pack's own receiving office and deciding authority for a period, put before the library's periods; a scheme
     * the library knows no procedure for (the association's titles) cannot take one this way, as its calendar has no
     * timetable to date.
     */
    private void assignProcedures(LoadedPack p) {
        for (Located<Overlay.ProcedureAssignment> n : p.procedures) {
            Overlay.ProcedureAssignment a = n.value();
            Scheme s = schemes.get(a.scheme());
            if (s == null) {
                unknownScheme(n, a.scheme(), "procedures");
            } else if (s.procedure() != null && touch(p, n, "procedure:" + a.scheme(), "thủ tục của danh hiệu '"
                    + a.scheme() + "'", "the procedure of scheme '" + a.scheme() + "'")) {
                schemes.put(s.id(), s.withProcedureChangesFirst(List.of(new ProcedurePeriod(a.from(), a.to(),
                        a.procedure(), p.metadata.illustration() ? Status.ILLUSTRATIVE : Status.VERIFIED, a.citation(), a.noteVi() + " (" + p.layer() + ")",
                        a.noteEn() + " (" + p.layer() + ")"))));
                enabled.get(p).add(s.id());
            }
        }
    }

    private void enable(LoadedPack p) {
        for (Located<String> e : p.enables) {
            if (schemes.containsKey(e.value())) {
                enabled.get(p).add(e.value());
            } else {
                unknownScheme(e, e.value(), "enable");
            }
        }
    }

    private void replacedNotices() {
        replacedBy.forEach((id, replacements) -> {
            for (Replaced r : replacements) {
                for (Scheme s : schemes.values()) {
                    if (s.criteria().contains(id)) {
                        notices.add(new SchemeNotice(s.id(), new Notice("CRITERION_REPLACED", Notice.Severity.INFO,
                                "Tiêu chí " + r.old().number() + " “" + r.old().nameVi() + "” (" + id + ") của "
                                        + s.document() + " được thay bằng quy định tại " + r.citation().formatVi()
                                        + " (" + r.layer() + ").",
                                "Criterion " + r.old().number() + " '" + r.old().nameEn() + "' (" + id + ") of "
                                        + s.document() + " is replaced by " + r.citation().formatEn() + " ("
                                        + r.layer() + ").")));
                    }
                }
            }
        });
    }

    /** A criterion replaced by a pack: the province's citation, its layer, and the definition it replaced. */
    private record Replaced(Citation citation, String layer, CriterionDefinition old) {
    }

    private static Scheme withCriteria(Scheme s, List<String> criteria) {
        return new Scheme(s.id(), s.title(), s.tier(), s.nameVi(), s.nameEn(), s.document(), s.effectiveFrom(),
                s.effectiveTo(), s.levels(), criteria, s.evidenceRule(), s.procedure(), s.scoring(),
                s.evidenceReadingVi(), s.evidenceReadingEn(), s.procedureChanges(), s.successor());
    }

    /** Claims a base criterion's ids. */
    private void claimIds(CriterionDefinition c, String layer) {
        ids.put(c.id(), layer);
        for (IndicatorDefinition i : c.indicators()) {
            ids.put(i.id(), layer);
            indicatorCriterion.put(i.id(), c.id());
        }
    }

    /** Claims a pack criterion's ids, or reports those already in use and claims none. */
    private boolean claimIds(Located<CriterionDefinition> located, String layer) {
        CriterionDefinition c = located.value();
        boolean free = true;
        for (IndicatorDefinition i : c.indicators()) {
            if (ids.containsKey(i.id())) {
                free = false;
                problem(located, Code.DUPLICATE_ID, "mã chỉ tiêu '" + i.id() + "' của tiêu chí '" + c.id() + "' đã được"
                                + " dùng ở lớp “" + ids.get(i.id()) + "”",
                        "indicator id '" + i.id() + "' of criterion '" + c.id() + "' is already used by layer '"
                                + ids.get(i.id()) + "'");
            }
        }
        if (free) {
            ids.put(c.id(), layer);
            c.indicators().forEach(i -> ids.put(i.id(), layer));
        }
        return free;
    }

    /** Records that {@code p} touches {@code key}; false (and a conflict) if another pack in force did already. */
    private boolean touch(LoadedPack p, Located<?> where, String key, String whatVi, String whatEn) {
        LoadedPack earlier = touched.putIfAbsent(key, p);
        if (earlier != null && earlier != p) {
            problem(where, Code.CONFLICT, whatVi + " đã được bộ tiêu chí “" + earlier.layer() + "” (" + earlier.packFile
                            + ") sửa đổi; hai bộ tiêu chí cùng có hiệu lực không được cùng sửa một mục",
                    whatEn + " is already changed by pack '" + earlier.layer() + "' (" + earlier.packFile
                            + "); two packs in force together must not touch the same item");
            return false;
        }
        return true;
    }

    /** Whether {@code id} is a criterion or indicator the pack defines itself (a failure already reported). */
    private static boolean definedBy(LoadedPack p, String id) {
        return p.criteria.stream().anyMatch(c -> c.value().id().equals(id)
                || c.value().indicators().stream().anyMatch(i -> i.id().equals(id)));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Parameters
    // ---------------------------------------------------------------------------------------------------------------

    private void parameters(LoadedPack p) {
        List<ParameterDefinition> definitions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LoadedPack.ParameterEntry e : p.parameters) {
            if (!seen.add(e.id())) {
                e.file().problem(Code.DUPLICATE_ID, e.path(), "tham số '" + e.id() + "' có hai mục trong bộ tiêu chí",
                        "parameter '" + e.id() + "' has two entries in the pack");
                continue;
            }
            Optional<ParameterDefinition> known = definition(e.id());
            ObjectNode node = e.node().deepCopy();
            if (known.isPresent()) {
                ParameterDefinition k = known.get();
                if (node.has("type") && !node.path("type").asText().equals(k.type().name())) {
                    e.file().problem(Code.PARAMETER_TYPE_MISMATCH, e.path() + ".type", "tham số '" + e.id() + "' có kiểu "
                                    + k.type() + " ở lớp dưới, không thể đổi thành " + node.path("type").asText(),
                            "parameter '" + e.id() + "' is a " + k.type() + " in the layer below and cannot become a "
                                    + node.path("type").asText());
                    continue;
                }
                node.put("type", k.type().name());
                if (!node.has("codes") && !k.codes().isEmpty()) {
                    ArrayNode codes = node.putArray("codes");
                    k.codes().forEach(codes::add);
                }
                if (!node.has("nameVi")) {
                    node.put("nameVi", k.nameVi());
                }
                if (!node.has("nameEn")) {
                    node.put("nameEn", k.nameEn());
                }
            } else {
                List<String> absent = new ArrayList<>();
                for (String field : List.of("type", "nameVi", "nameEn")) {
                    if (!node.has(field)) {
                        absent.add(field);
                    }
                }
                if (!absent.isEmpty()) {
                    e.file().problem(Code.UNKNOWN_PARAMETER, e.path() + ".id", "không lớp nào dưới định nghĩa tham số '"
                                    + e.id() + "'; tham số mới cần định nghĩa đủ (thiếu " + absent + ")",
                            "no layer below defines parameter '" + e.id() + "'; a new parameter needs a full"
                                    + " definition (missing " + absent + ")");
                    continue;
                }
                if (ownerOf(e.id()).isEmpty()) {
                    e.file().problem(Code.UNKNOWN_INDICATOR, e.path() + ".id", "tham số mới '" + e.id() + "' không bắt"
                                    + " đầu bằng mã của chỉ tiêu hay danh hiệu nào (quy ước: <mã chỉ tiêu hoặc danh"
                                    + " hiệu>.<TÊN>, ví dụ TT24.C2.1.MIN_PERCENT)",
                            "new parameter '" + e.id() + "' does not start with the id of any indicator or scheme"
                                    + " (convention: <indicator or scheme id>.<NAME>, e.g. TT24.C2.1.MIN_PERCENT)");
                    continue;
                }
            }
            e.file().read(node, e.path(), ParameterDefinition.class).ifPresent(d -> {
                definitions.add(d);
                if (!d.values().isEmpty()) {
                    enabled.get(p).addAll(schemesOf(ownerOf(d.id()).orElse("")));
                }
            });
        }
        ParameterSet set = new ParameterSet(p.layer(), definitions);
        addParameters(set);
        packParameters.put(p, set);
    }

    private void addParameters(ParameterSet set) {
        Map<String, ParameterDefinition> byId = new HashMap<>();
        set.parameters().forEach(d -> byId.put(d.id(), d));
        parameterSets.add(set);
        parameterIndex.add(byId);
    }

    /** The definition of {@code id} in the highest set that has one. */
    private Optional<ParameterDefinition> definition(String id) {
        for (int i = parameterIndex.size() - 1; i >= 0; i--) {
            ParameterDefinition d = parameterIndex.get(i).get(id);
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private boolean hasValue(String id) {
        return parameterIndex.stream().anyMatch(m -> m.containsKey(id) && !m.get(id).values().isEmpty());
    }

    /** The indicator or scheme a parameter belongs to: the longest id it starts with, followed by a dot. */
    private Optional<String> ownerOf(String parameterId) {
        String id = parameterId;
        for (int dot = id.lastIndexOf('.'); dot > 0; dot = id.lastIndexOf('.')) {
            id = id.substring(0, dot);
            if (indicatorCriterion.containsKey(id) || schemes.containsKey(id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** The schemes that use an indicator or scheme id. */
    private Set<String> schemesOf(String owner) {
        Set<String> result = new LinkedHashSet<>();
        if (schemes.containsKey(owner)) {
            result.add(owner);
        }
        String criterion = indicatorCriterion.get(owner);
        if (criterion != null) {
            schemes.values().stream().filter(s -> s.criteria().contains(criterion)).forEach(s -> result.add(s.id()));
        }
        return result;
    }

    /**
     * Every parameter a scheme a pack uses needs must have a value in some layer: a national pack may define a
     * parameter without a value (a number the law leaves to the province), and a province pack that uses the scheme
     * must give it.
     */
    private void checkRequiredParameters() {
        Set<String> undefined = new LinkedHashSet<>();
        Set<String> unset = new LinkedHashSet<>();
        for (ParameterSet set : parameterSets) {
            set.parameters().stream().map(ParameterDefinition::id).filter(id -> !hasValue(id)).forEach(unset::add);
        }
        for (LoadedPack p : active) {
            for (String scheme : enabled.get(p)) {
                for (String id : Composition.parametersOfEveryScheme(schemes.get(scheme))) {
                    if (definition(id).isEmpty()) {
                        undefined.add(id);
                        unsetProblem(p, id, scheme, true);
                    }
                }
            }
            for (String id : unset) {
                Set<String> using = schemesOf(ownerOf(id).orElse(""));
                using.retainAll(enabled.get(p));
                if (!using.isEmpty() && !undefined.contains(id)) {
                    unsetProblem(p, id, using.iterator().next(), false);
                }
            }
        }
    }

    private void unsetProblem(LoadedPack p, String id, String scheme, boolean undefined) {
        Optional<LoadedPack.ParameterEntry> own = p.parameters.stream().filter(e -> e.id().equals(id)).findFirst();
        String file = own.map(e -> e.file().location())
                .orElse(p.firstParameterFile != null ? p.firstParameterFile : p.packFile);
        Integer line = own.map(e -> e.file().elementLine(e.node(), e.path())).orElse(null);
        problems.add(Code.PARAMETER_UNSET, file, line, "danh hiệu '" + scheme + "' mà bộ tiêu chí dùng cần tham số '"
                        + id + "' nhưng " + (undefined ? "không lớp nào định nghĩa nó" : "chưa lớp nào cho giá trị")
                        + "; hãy thêm giá trị (kèm trích dẫn) vào tệp tham số của bộ tiêu chí",
                "scheme '" + scheme + "', which the pack uses, needs parameter '" + id + "' but "
                        + (undefined ? "no layer defines it" : "no layer gives it a value")
                        + "; add a value (with its citation) to the pack's parameter file");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rules
    // ---------------------------------------------------------------------------------------------------------------

    /** Every id the pack's rules name must exist, and belong to the pack; every indicator it owns needs a rule. */
    private void checkRules(LoadedPack p) {
        Set<String> named = new HashSet<>();
        for (DrlRules.Reference r : p.references) {
            switch (r.kind()) {
                case INDICATOR -> {
                    String criterion = indicatorCriterion.get(r.id());
                    if (criterion == null) {
                        if (!definedBy(p, r.id()) && !p.incomplete) {
                            reference(r, Code.UNKNOWN_INDICATOR, "không có chỉ tiêu mã '" + r.id() + "'",
                                    "there is no indicator '" + r.id() + "'");
                        }
                    } else if (ownedBy(p, r, criterion)) {
                        named.add(r.id());
                    }
                }
                case CRITERION -> {
                    if (!criteria.containsKey(r.id())) {
                        if (!definedBy(p, r.id()) && !p.incomplete) {
                            reference(r, Code.UNKNOWN_CRITERION, "không có tiêu chí mã '" + r.id() + "'",
                                    "there is no criterion '" + r.id() + "'");
                        }
                    } else if (ownedBy(p, r, r.id())) {
                        criteria.get(r.id()).indicators().forEach(i -> named.add(i.id()));
                    }
                }
                case SCHEME -> {
                    if (!schemes.containsKey(r.id())) {
                        reference(r, Code.UNKNOWN_SCHEME, "không có danh hiệu mã '" + r.id() + "'",
                                "there is no scheme '" + r.id() + "'");
                    }
                }
                case PARAMETER -> {
                    if (definition(r.id()).isEmpty()) {
                        if (p.incomplete) {
                            continue;
                        }
                        reference(r, Code.UNKNOWN_PARAMETER, "không lớp nào định nghĩa tham số '" + r.id()
                                        + "'; hãy định nghĩa nó trong tệp tham số của bộ tiêu chí",
                                "no layer defines parameter '" + r.id() + "'; define it in the pack's parameter file");
                    } else if (!hasValue(r.id())) {
                        reference(r, Code.PARAMETER_UNSET, "tham số '" + r.id() + "' chưa có giá trị ở lớp nào",
                                "parameter '" + r.id() + "' has no value in any layer");
                    }
                }
            }
        }
        // Rules that do not compile cannot be read reliably for what they name; their errors are reported instead.
        boolean readable = !p.hasRules() || p.kieBase != null;
        ownerPack.forEach((criterion, owner) -> {
            if (owner != p || !criteria.containsKey(criterion) || !readable) {
                return;
            }
            Located<CriterionDefinition> where = ownedDefinitions.get(criterion);
            for (IndicatorDefinition i : criteria.get(criterion).indicators()) {
                if (!named.contains(i.id())) {
                    problem(where, Code.UNJUDGED_INDICATOR, "chỉ tiêu '" + i.id() + "' (tiêu chí '" + criterion
                                    + "') không có luật nào trong các tệp DRL của bộ tiêu chí; hãy viết luật với Check("
                                    + " indicatorId == \"" + i.id() + "\" )",
                            "indicator '" + i.id() + "' (criterion '" + criterion + "') has no rule in the pack's DRL"
                                    + " files; write one matching Check( indicatorId == \"" + i.id() + "\" )");
                }
            }
        });
    }

    /** Whether the pack owns {@code criterion}; if not, reports that the rule would never fire. */
    private boolean ownedBy(LoadedPack p, DrlRules.Reference r, String criterion) {
        if (ownerPack.get(criterion) == p) {
            return true;
        }
        String layer = criterionLayers.get(criterion);
        reference(r, Code.NOT_OWNED, "'" + r.id() + "' thuộc tiêu chí '" + criterion + "' do lớp “" + layer + "” đánh"
                        + " giá, nên luật này không bao giờ chạy; muốn đổi cách đánh giá thì khai báo thay thế tiêu chí '"
                        + criterion + "' trong 'replace'",
                "'" + r.id() + "' belongs to criterion '" + criterion + "', judged by layer '" + layer + "', so this"
                        + " rule would never fire; to change how it is judged, replace criterion '" + criterion
                        + "' under 'replace'");
        return false;
    }

    private void checkUnused(LoadedPack p) {
        for (Located<CriterionDefinition> c : p.criteria) {
            String id = c.value().id();
            // A criterion the pack tried to place (a failed 'add' is reported on its own) is not unused.
            boolean placed = p.replacements.stream().anyMatch(r -> r.value().criterion().equals(id))
                    || p.additions.stream().anyMatch(a -> a.value().criterion().equals(id))
                    || p.schemes.stream().anyMatch(s -> s.value().criteria().contains(id));
            boolean used = schemes.values().stream().anyMatch(s -> s.criteria().contains(id));
            if (ownerPack.get(id) == p && !placed && !used) {
                problem(c, Code.UNUSED_CRITERION, "tiêu chí '" + id + "' được định nghĩa nhưng không danh hiệu nào dùng;"
                                + " hãy khai báo nó trong 'add' (danh hiệu, vị trí, trích dẫn) hoặc trong một danh hiệu"
                                + " riêng",
                        "criterion '" + id + "' is defined but no scheme uses it; declare it under 'add' (scheme,"
                                + " position, citation) or in a scheme of the pack's own");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Problems and notices
    // ---------------------------------------------------------------------------------------------------------------

    private void problem(Located<?> where, Code code, String vi, String en) {
        problems.add(code, where.file(), where.line(), vi + " (" + where.path() + ")", en + " (" + where.path() + ")");
    }

    private void reference(DrlRules.Reference r, Code code, String vi, String en) {
        problems.add(code, r.file(), r.line(), vi, en);
    }

    private void unknownCriterion(Located<?> where, String id, String declaration) {
        problem(where, Code.UNKNOWN_CRITERION, "'" + declaration + "': không lớp nào định nghĩa tiêu chí '" + id + "'",
                "'" + declaration + "': no layer defines criterion '" + id + "'");
    }

    private void unknownScheme(Located<?> where, String id, String declaration) {
        problem(where, Code.UNKNOWN_SCHEME, "'" + declaration + "': không có danh hiệu mã '" + id + "'; các danh hiệu: "
                        + schemes.keySet(),
                "'" + declaration + "': there is no scheme '" + id + "'; the schemes are: " + schemes.keySet());
    }

    private static Notice applied(LoadedPack p) {
        PackMetadata m = p.metadata;
        String until = m.effectiveTo() == null ? "" : " đến trước ngày " + VI.format(m.effectiveTo());
        String untilEn = m.effectiveTo() == null ? "" : " until " + m.effectiveTo();
        String illustrationVi = m.illustration() ? " Đây là bộ tiêu chí minh họa cách viết, không phải quy định của"
                + " tỉnh nào; không dùng kết quả này cho việc công nhận." : "";
        String illustrationEn = m.illustration() ? " This pack illustrates the format and is no province's law; do"
                + " not use this result for recognition." : "";
        return new Notice(m.illustration() ? "ILLUSTRATIVE_PACK" : "PROVINCE_PACK",
                m.illustration() ? Notice.Severity.WARNING : Notice.Severity.INFO,
                "Áp dụng bộ tiêu chí của " + m.province().nameVi() + " (lớp “" + m.layer() + "”) theo "
                        + m.instrument().number() + " ngày " + VI.format(m.instrument().date()) + " của "
                        + m.instrument().issuerVi() + ", hiệu lực từ " + VI.format(m.effectiveFrom()) + until + "."
                        + illustrationVi,
                "Applies the criteria of " + m.province().nameEn() + " (layer '" + m.layer() + "') set by "
                        + m.instrument().number() + " of " + m.instrument().date() + " by " + m.instrument().issuerEn()
                        + ", in force from " + m.effectiveFrom() + untilEn + "." + illustrationEn);
    }

    private static Notice notInForce(LoadedPack p) {
        PackMetadata m = p.metadata;
        String until = m.effectiveTo() == null ? "" : " đến trước ngày " + VI.format(m.effectiveTo());
        String untilEn = m.effectiveTo() == null ? "" : " until " + m.effectiveTo();
        return new Notice("PROVINCE_PACK_NOT_IN_FORCE", Notice.Severity.INFO,
                "Bộ tiêu chí của " + m.province().nameVi() + " (" + m.instrument().number() + ") chỉ có hiệu lực từ "
                        + VI.format(m.effectiveFrom()) + until + "; ngày tham chiếu của đánh giá này nằm ngoài thời gian"
                        + " đó nên bộ tiêu chí không được áp dụng.",
                "The criteria of " + m.province().nameEn() + " (" + m.instrument().number() + ") are in force from "
                        + m.effectiveFrom() + untilEn + " only; this evaluation's reference date is outside that"
                        + " period, so they were not applied.");
    }
}
