package vn.hoctap.rules.engine;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.LevelDefinition;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.catalogue.Scoring;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Audit;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.RecognitionTimeline;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.EvaluationAbortedException;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.text.Explanations;
import vn.hoctap.rules.engine.text.IndicatorStatuses;
import vn.hoctap.rules.engine.text.Notices;

/**
 * The generic engine: picks the scheme in force for the subject's title, tier and reference date, lets each
 * layer's rules judge the indicators, then folds indicators into criteria, levels and a verdict as TT 24 Art. 8,
 * 9, 14, 15 (and TT 25 alike) say: a criterion is met when all its indicators are, a level when all its criteria
 * are. Subjects come in through {@link SubjectFacts}, so a new title needs an adapter and rules, not a new engine.
 * Internal: use {@code vn.hoctap.rules.Evaluator}.
 */
public final class Engine {
    private final List<RulePack> layers;
    /** One pool per layer: a pooled session is reset and reused instead of being built for every evaluation. */
    private final List<KieSessionsPool> pools;
    /** The rule set per period of reference dates, in date order, covering every date. */
    private final List<Composition> periods;
    /** The scheme in force for a title, tier and date: a commune's people all ask the same. */
    private final BoundedMemo<SchemeKey, Optional<Scheme>> schemes = new BoundedMemo<>(10_000);

    private record SchemeKey(vn.hoctap.model.subject.Title title, vn.hoctap.model.subject.AdministrativeTier tier,
                             LocalDate date) {
    }

    /** The rules' answers, shared by later checks that read the same values. */
    private final Judgements judgements = new Judgements();
    /** Criteria folded from remembered answers, shared by later subjects whose checks have the same answers. */
    private final CriterionFolds criterionFolds = new CriterionFolds();
    /** Points levels folded from shared criteria, shared by later subjects whose criteria came to the same. */
    private final LevelFolds levelFolds = new LevelFolds();

    public Engine(List<RulePack> layers) {
        this(layers, List.of(Composition.stack(layers)));
    }

    /**
     * An engine whose rule set depends on the reference date (province packs in force for a period).
     *
     * @param periods in date order, the first open at the start, the last open at the end, each starting where the
     *                previous ends
     */
    public Engine(List<RulePack> layers, List<Composition> periods) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("at least one rule layer");
        }
        this.layers = List.copyOf(layers);
        this.pools = new SessionPools(this.layers);
        this.periods = List.copyOf(periods);
        for (int i = 0; i < this.periods.size(); i++) {
            LocalDate start = this.periods.get(i).from();
            LocalDate previousEnd = i == 0 ? null : this.periods.get(i - 1).to();
            if (i == 0 ? start != null : previousEnd == null || !previousEnd.equals(start)) {
                throw new IllegalArgumentException("periods must cover every date, in order");
            }
        }
        if (this.periods.isEmpty() || this.periods.get(this.periods.size() - 1).to() != null) {
            throw new IllegalArgumentException("periods must cover every date, in order");
        }
    }

    /** The criteria in force from the start of the last period (for packs without an end date, the newest rules). */
    public Catalogue catalogue() {
        return periods.get(periods.size() - 1).catalogue();
    }

    /** The criteria in force on {@code date}. */
    public Catalogue catalogue(LocalDate date) {
        return composition(date).catalogue();
    }

    /** Every parameter known on {@code date}, as {@code Evaluator.parameters(LocalDate)} describes. */
    public List<vn.hoctap.model.catalogue.ParameterDefinition> parameters(LocalDate date) {
        return composition(date).parameters().inForce(date);
    }

    private Composition composition(LocalDate date) {
        for (Composition p : periods) {
            if (p.covers(date)) {
                return p;
            }
        }
        throw new IllegalStateException("periods cover every date");
    }

    /** The scheme that governs {@code facts}, or a clear refusal when no text in force covers it. */
    public Scheme schemeFor(SubjectFacts facts) {
        LocalDate date = facts.referenceDate();
        Catalogue catalogue = catalogue(date);
        return schemes.get(new SchemeKey(facts.title(), facts.tier(), date),
                        k -> catalogue.schemeFor(facts.title(), facts.tier(), date))
                .orElseThrow(() -> new NoSchemeInForceException(facts.title(), facts.tier(), date,
                        catalogue.schemes().stream()
                                .filter(s -> s.title() == facts.title() && s.tier() == facts.tier()).toList()));
    }

    /**
     * The deadlines and validity that follow from {@code recognition}, under the scheme for its title and tier in
     * force at the end of the year it recognises.
     */
    public RecognitionTimeline timeline(Recognition recognition) {
        if (recognition.tier() == null) {
            throw new IllegalArgumentException("recognition of " + recognition.title() + " for " + recognition.year()
                    + " names no tier; the scheme cannot be chosen without it");
        }
        LocalDate date = LocalDate.of(recognition.year(), 12, 31);
        Composition composition = composition(date);
        Catalogue catalogue = composition.catalogue();
        Scheme scheme = catalogue.schemeFor(recognition.title(), recognition.tier(), date)
                .orElseThrow(() -> new NoSchemeInForceException(recognition.title(), recognition.tier(), date,
                        catalogue.schemes().stream().filter(s -> s.title() == recognition.title()
                                && s.tier() == recognition.tier()).toList()));
        return Timelines.of(recognition, scheme, composition.parameters());
    }

    public Assessment evaluate(SubjectFacts facts) {
        return evaluateAll(List.of(facts)).get(0);
    }

    /**
     * Evaluates {@code facts} under the scheme {@code schemeId} rather than the one {@link #schemeFor} picks, e.g. a
     * province's own title awarded to the same subjects as a national one.
     *
     * @throws IllegalArgumentException when no such scheme is in force on the reference date for the subject's title
     *                                  and tier
     */
    public Assessment evaluate(SubjectFacts facts, String schemeId) {
        LocalDate date = facts.referenceDate();
        Scheme scheme = catalogue(date).scheme(schemeId)
                .filter(s -> s.title() == facts.title() && s.tier() == facts.tier() && s.inForceOn(date))
                .orElseThrow(() -> new IllegalArgumentException("Không có danh hiệu '" + schemeId + "' cho “"
                        + facts.title().nameVi() + "” " + facts.tier().nameVi() + " có hiệu lực ngày " + date
                        + " / No scheme '" + schemeId + "' for '" + facts.title().nameEn() + "' at "
                        + facts.tier().nameEn() + " is in force on " + date));
        return evaluateAll(List.of(facts), List.of(scheme), null).get(0);
    }

    /**
     * Evaluates many subjects with one session per layer instead of one per subject (a session costs about 10 µs
     * whatever it holds: design notes), in order. Rules that match facts other than the {@link Check} must join on
     * {@link Check#getSubject()} for this to be correct; the packs evaluated in bulk (e.g. "Công dân học tập") match
     * checks alone.
     */
    public List<Assessment> evaluateAll(List<? extends SubjectFacts> subjects) {
        return evaluateAll(subjects, schemesFor(subjects), null);
    }

    /**
     * {@link #evaluateAll(List)} with each assessment carrying the audit {@code audits} gives for its subject's index
     * in {@code subjects}: made once with it rather than copied to add it.
     */
    public List<Assessment> evaluateAll(List<? extends SubjectFacts> subjects, IntFunction<Audit> audits) {
        return evaluateAll(subjects, schemesFor(subjects), requireNonNull(audits, "audits"));
    }

    /** {@link #schemeFor} of each subject, in order; a commune's subjects mostly share the previous one's. */
    private List<Scheme> schemesFor(List<? extends SubjectFacts> subjects) {
        List<Scheme> schemes = new ArrayList<>(subjects.size());
        SubjectFacts previous = null;
        Scheme scheme = null;
        for (SubjectFacts facts : subjects) {
            if (previous == null || facts.title() != previous.title() || facts.tier() != previous.tier()
                    || !facts.referenceDate().equals(previous.referenceDate())) {
                scheme = schemeFor(facts);
                previous = facts;
            }
            schemes.add(scheme);
        }
        return schemes;
    }

    /**
     * The verdicts {@link #evaluateAll} would give, in order, without writing any sentence: for counting people whose
     * explanations nobody reads. The rules run as for {@code evaluateAll}; only the fold into criteria and levels is
     * arithmetic alone.
     */
    public List<Verdict> verdicts(List<? extends SubjectFacts> subjects) {
        List<Scheme> schemes = schemesFor(subjects);
        Judged judged = judge(subjects, schemes);
        List<Verdict> verdicts = new ArrayList<>(subjects.size());
        for (int s = 0; s < subjects.size(); s++) {
            verdicts.add(verdictOf(judged.compositions().get(s), subjects.get(s), schemes.get(s),
                    judged.checks().get(s), judged.plans().get(s)));
        }
        return verdicts;
    }

    /** The subjects' checks, judged, with the period each was judged in and the plan its checks follow. */
    private record Judged(List<Composition> compositions, List<List<Check>> checks, List<BatchPlan> plans) {
    }

    private List<Assessment> evaluateAll(List<? extends SubjectFacts> subjects, List<Scheme> schemes,
                                         IntFunction<Audit> audits) {
        Judged judged = judge(subjects, schemes);
        List<Composition> compositions = judged.compositions();
        List<List<Check>> checks = judged.checks();
        List<Assessment> assessments = new ArrayList<>(subjects.size());
        // Subjects judged alike on an indicator (the same score, the same share) get one shared result: thousands of
        // people then keep a few hundred explanations between them instead of ten each.
        Map<ResultKey, IndicatorResult> shared = subjects.size() > 1 ? new HashMap<>() : null;
        for (int s = 0; s < subjects.size(); s++) {
            assessments.add(fold(compositions.get(s), subjects.get(s), schemes.get(s), checks.get(s),
                    judged.plans().get(s), shared, audits == null ? null : audits.apply(s)));
        }
        return assessments;
    }

    /**
     * Builds every subject's checks and has them judged: by a remembered answer ({@link Judgements}) where one
     * covers the check, by the rules of the layer that owns its criterion otherwise.
     */
    private Judged judge(List<? extends SubjectFacts> subjects, List<Scheme> schemes) {
        List<Composition> compositions = new ArrayList<>(subjects.size());
        List<List<Check>> checks = new ArrayList<>(subjects.size());
        // What a subject's checks are depends only on the scheme, the period and the dates: worked out once per call,
        // not once per subject (a commune's people share one date).
        Map<PlanKey, BatchPlan> plans = new HashMap<>();
        List<BatchPlan> planOf = new ArrayList<>(subjects.size());
        PlanKey lastKey = null;
        BatchPlan lastPlan = null;
        // The checks the rules must still judge: those no remembered answer covers. Subjects with profile facts are
        // judged by rules joining those facts, which a check's reads do not show: their checks always go to the rules.
        List<List<Check>> open = new ArrayList<>(subjects.size());
        boolean[] shareable = new boolean[subjects.size()];
        for (int s = 0; s < subjects.size(); s++) {
            SubjectFacts facts = subjects.get(s);
            Composition composition = composition(facts.referenceDate());
            compositions.add(composition);
            Scheme scheme = schemes.get(s);
            BatchPlan batchPlan;
            if (lastKey != null && lastKey.composition() == composition && lastKey.schemeId().equals(scheme.id())
                    && lastKey.date().equals(facts.referenceDate()) && lastKey.evaluationYear() == facts.evaluationYear()) {
                // The previous subject's plan: a commune's people mostly share one.
                batchPlan = lastPlan;
            } else {
                lastKey = new PlanKey(composition, scheme.id(), facts.referenceDate(), facts.evaluationYear());
                batchPlan = plans.computeIfAbsent(lastKey, k -> batchPlan(k, scheme));
                lastPlan = batchPlan;
            }
            planOf.add(batchPlan);
            List<Planned> plan = batchPlan.planned();
            shareable[s] = facts.profileFacts().isEmpty();
            List<Check> all = new ArrayList<>(plan.size());
            // Made only when a check is left for the rules: a warm batch answers most subjects from memory.
            List<Check> unanswered = shareable[s] ? null : all;
            for (int k = 0; k < plan.size(); k++) {
                Planned p = plan.get(k);
                Judgements.Judgement j = shareable[s] ? judgements.find(batchPlan.known().get(k), facts) : null;
                if (j != null) {
                    // Answered from memory: the check every subject with this answer shares, not a new one.
                    Check answered = j.answeredCheck();
                    all.add(answered != null ? answered : j.answeredBy(p.check(null, scheme, composition)));
                } else {
                    Check c = p.check(facts, scheme, composition);
                    all.add(c);
                    if (unanswered == null) {
                        unanswered = new ArrayList<>();
                    }
                    if (unanswered != all) {
                        unanswered.add(c);
                    }
                }
            }
            checks.add(all);
            open.add(unanswered == null ? List.of() : unanswered);
        }
        Set<KieBase> ran = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < layers.size(); i++) {
            RulePack layer = layers.get(i);
            // Each criterion is judged by the layer that owns it (a province pack replacing a national criterion); a
            // layer that only changes numbers may reuse an earlier layer's rules, and running them twice would
            // measure every requirement twice.
            List<Object> sessionFacts = new ArrayList<>();
            List<Check> judged = new ArrayList<>();
            for (int s = 0; s < subjects.size(); s++) {
                if (open.get(s).isEmpty()) {
                    continue;
                }
                List<Check> share = compositions.get(s).share(i, layer, schemes.get(s), open.get(s));
                if (!share.isEmpty()) {
                    sessionFacts.addAll(subjects.get(s).profileFacts());
                    sessionFacts.addAll(share);
                    judged.addAll(share);
                }
            }
            if (judged.isEmpty() || !ran.add(layer.kieBase())) {
                continue;
            }
            run(i, sessionFacts);
            for (Check c : judged) {
                if (c.isJudged()) {
                    c.judgedBy(layer.name());
                }
            }
        }
        for (int s = 0; s < subjects.size(); s++) {
            SubjectFacts facts = subjects.get(s);
            // The checks the rules judged now: one answered from memory passed these checks when it was judged.
            for (Check c : open.get(s)) {
                if (!c.isJudged()) {
                    throw new IllegalStateException("No rule judged indicator " + c.getIndicatorId() + " at "
                            + c.getLevel() + " for " + facts.profileFacts() + "; the rule pack is incomplete");
                }
                if (c.isNotApplicable() && !c.measurements().isEmpty()) {
                    throw new IllegalStateException("Rules both applied and set aside indicator "
                            + c.getIndicatorId() + " at " + c.getLevel() + " for " + facts.profileFacts()
                            + "; the rule pack is inconsistent");
                }
            }
            if (shareable[s]) {
                for (Check c : open.get(s)) {
                    judgements.remember(c).ifPresent(c::answer);
                }
            }
        }
        return new Judged(compositions, checks, planOf);
    }

    /** What a subject's checks depend on besides the subject: subjects of one batch mostly share it. */
    private record PlanKey(Composition composition, String schemeId, LocalDate date, int evaluationYear) {
    }

    /**
     * A plan and, per planned check, what {@link Judgements} remembered for its context when the batch began
     * ({@code null} where nothing was): looked up once per batch, not once per subject.
     *
     * @param starts where the checks of each level and criterion start in the plan, level after level, each level's
     *               criteria in the scheme's order, followed by the plan's size: the checks of level {@code l} and
     *               criterion {@code k} are those from {@code starts[l * criteria + k]} to the next start
     */
    private record BatchPlan(List<Planned> planned, List<List<Judgements.Signature>> known, int[] starts) {
        /** Of a subject's {@code checks} made by this plan, those of level {@code l} and criterion {@code k} of {@code
         * criteria}. */
        List<Check> of(List<Check> checks, int l, int k, int criteria) {
            int i = l * criteria + k;
            return checks.subList(starts[i], starts[i + 1]);
        }

        /** Where the checks of level {@code l} and criterion {@code k} of {@code criteria} start. */
        int from(int l, int k, int criteria) {
            return starts[l * criteria + k];
        }

        /** Where they end. */
        int to(int l, int k, int criteria) {
            return starts[l * criteria + k + 1];
        }
    }

    private BatchPlan batchPlan(PlanKey key, Scheme scheme) {
        List<Planned> planned = plan(key, scheme);
        List<List<Judgements.Signature>> known = new ArrayList<>(planned.size());
        for (Planned p : planned) {
            known.add(judgements.known(p.context()));
        }
        List<CriterionDefinition> criteria = key.composition().criteriaOf(scheme);
        List<LevelDefinition> levels = scheme.levels();
        int[] starts = new int[levels.size() * criteria.size() + 1];
        int next = 0;
        for (int l = 0; l < levels.size(); l++) {
            for (int k = 0; k < criteria.size(); k++) {
                starts[l * criteria.size() + k] = next;
                while (next < planned.size() && planned.get(next).level() == levels.get(l).level()
                        && planned.get(next).criterion() == criteria.get(k)) {
                    next++;
                }
            }
        }
        starts[starts.length - 1] = next;
        if (next != planned.size()) {
            throw new IllegalStateException("a plan's checks are grouped by level and criterion, in order");
        }
        return new BatchPlan(planned, known, starts);
    }

    /** One check to make for every subject of a {@link PlanKey}: its indicator, level, worth and context. */
    private record Planned(CriterionDefinition criterion, IndicatorDefinition indicator, Level level,
                           IndicatorPoints points, Judgements.Context context) {
        /** The check of {@code facts}; {@code null} for the check a remembered answer gives every subject. */
        Check check(SubjectFacts facts, Scheme scheme, Composition composition) {
            return new Check(criterion, indicator, level, facts, scheme, composition, points, context);
        }
    }

    /** The checks of the scheme in force on the key's date, each level's indicators in the catalogue's order. */
    private static List<Planned> plan(PlanKey k, Scheme scheme) {
        LocalDate date = k.date();
        List<Planned> plan = new ArrayList<>();
        for (LevelDefinition level : scheme.levels()) {
            for (CriterionDefinition criterion : k.composition().criteriaOf(scheme)) {
                for (IndicatorDefinition indicator : criterion.indicators()) {
                    if (indicator.appliesAt(level.level()) && indicator.inForceOn(date)) {
                        IndicatorPoints points = scheme.scoring() == Scoring.POINTS
                                ? Points.of(scheme, indicator, level.level(), date, k.composition().parameters())
                                : null;
                        plan.add(new Planned(criterion, indicator, level.level(), points,
                                new Judgements.Context(k.composition(), scheme.id(), indicator.id(), level.level(),
                                        date, k.evaluationYear())));
                    }
                }
            }
        }
        return List.copyOf(plan);
    }

    /**
     * Runs one layer's rules over {@code facts}, bounded by {@link FiringLimit}: a rule that re-activates itself
     * forever ends in {@link EvaluationAbortedException}, not in an exhausted heap.
     */
    private void run(int layer, List<Object> facts) {
        int limit = FiringLimit.of(facts.size());
        FiringLimit counter = new FiringLimit();
        KieSession session = pools.get(layer).newKieSession();
        try {
            facts.forEach(session::insert);
            if (session.fireAllRules(counter, limit + 1) > limit) {
                throw new EvaluationAbortedException(layers.get(layer).name(), counter.busiest(), limit);
            }
        } catch (ConsequenceException e) {
            // Our refusals (a missing parameter, a rule misusing an input) are thrown inside rule actions; callers
            // should see them, not Drools' wrapper.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            // A pooled session is reset and handed back to the pool.
            session.dispose();
        }
    }

    /**
     * Everything an indicator's result is made of besides its definition: two checks with equal keys have equal
     * results.
     */
    private record ResultKey(String indicatorId, Level level, String layer, boolean notApplicable,
                             List<Measurement> measurements, List<MissingInput> missing, BigDecimal earned,
                             BigDecimal maxPoints) {
        static ResultKey of(Check c) {
            return new ResultKey(c.getIndicatorId(), c.getLevel(), c.layer(), c.isNotApplicable(), c.measurements(),
                    c.missing(), c.earned(), c.pointsRule() == null ? null : c.pointsRule().maxValue());
        }
    }

    private Assessment fold(Composition composition, SubjectFacts facts, Scheme scheme, List<Check> checks,
                            BatchPlan plan, Map<ResultKey, IndicatorResult> shared, Audit audit) {
        LayeredParameters parameters = composition.parameters();
        List<LevelResult> levels = new ArrayList<>(scheme.levels().size());
        // By path, first seen first: the same datum is missing at every level that needs it, and a set keeps this
        // linear (a list searched per input took 91 s for a unit of 100,000 records without learningCitizen).
        // Made only for a subject that lacks something: most lack nothing.
        Map<String, MissingInput> missing = null;
        IndicatorStatuses statuses = IndicatorStatuses.NONE;
        boolean points = scheme.scoring() == Scoring.POINTS;
        List<CriterionDefinition> schemeCriteria = composition.criteriaOf(scheme);
        List<LevelDefinition> schemeLevels = scheme.levels();
        // Indexed loops: an immutable list's iterator is an allocation, several a person.
        LevelFolds.Folded onlyLevel = null;
        for (int l = 0; l < schemeLevels.size(); l++) {
            LevelDefinition level = schemeLevels.get(l);
            List<CriterionResult> criteria = new ArrayList<>(schemeCriteria.size());
            List<CriterionDefinition> judged = points ? new ArrayList<>(schemeCriteria.size()) : null;
            List<Points.Tally> tallies = points ? new ArrayList<>(schemeCriteria.size()) : null;
            // The numbers of the indicators not met and not determined, criterion after criterion; most have none.
            List<String> notMet = List.of();
            List<String> undetermined = List.of();
            for (int k = 0; k < schemeCriteria.size(); k++) {
                CriterionDefinition criterion = schemeCriteria.get(k);
                int from = plan.from(l, k, schemeCriteria.size());
                int to = plan.to(l, k, schemeCriteria.size());
                CriterionFolds.Key key = CriterionFolds.keyOf(criterion, level.level(), checks, from, to);
                CriterionFolds.Folded f = criterionFolds.find(key);
                if (f == null) {
                    f = criterionFolds.keep(key, foldCriterion(composition, facts, criterion, level.level(),
                            checks.subList(from, to), shared, points));
                }
                criteria.add(f.result());
                List<MissingInput> lacking = f.missing();
                for (int i = 0; i < lacking.size(); i++) {
                    if (missing == null) {
                        missing = new LinkedHashMap<>();
                    }
                    missing.putIfAbsent(lacking.get(i).path(), lacking.get(i));
                }
                statuses = statuses.plus(f.statuses());
                if (points && from < to) {
                    judged.add(criterion);
                    tallies.add(f.tally());
                    notMet = Points.plus(notMet, f.notMet());
                    undetermined = Points.plus(undetermined, f.undetermined());
                }
            }
            if (points) {
                LevelFolds.Folded folded = levelFolds.level(facts, scheme, level, judged, tallies, notMet,
                        undetermined, composition);
                levels.add(folded.result(level, criteria));
                onlyLevel = schemeLevels.size() == 1 ? folded : null;
            } else {
                levels.add(new LevelResult(level.level(),
                        vacuousIsMet(Outcome.allOf(criteria.stream().map(CriterionResult::outcome).toList())),
                        level.criteria(), level.condition(), criteria, null, null, null, null, null));
            }
        }
        Verdict verdict = verdict(levels);
        List<MissingInput> missingInputs = missing == null ? List.of() : List.copyOf(missing.values());
        // A one-level points scheme's summary after the subject's name is its level's, shared.
        List<String> summaries = onlyLevel != null
                ? Explanations.named(facts.subjectName(), onlyLevel.summariesAfterName(scheme,
                        facts.evaluationYear(), verdict, missingInputs.size()))
                : Explanations.summaries(facts, scheme, verdict, levels, missingInputs);
        return new Assessment(facts.subjectId(), facts.subjectName(), scheme.id(), scheme.nameVi(),
                scheme.nameEn(), scheme.document(), facts.evaluationYear(), facts.referenceDate(), verdict,
                // Immutable already, so that the assessment need not copy it: most schemes have one level.
                levels.size() == 1 ? List.of(levels.get(0)) : levels, missingInputs, composition.notices(facts, scheme, verdict, levels, statuses),
                facts.recognitions().isEmpty()
                        ? composition.calendarWithoutRecognitions(facts, scheme, verdict)
                        : Calendars.of(facts, scheme, verdict, parameters),
                summaries.get(0), summaries.get(1), audit);
    }

    /**
     * A criterion's result at {@code level} from its checks there: its indicators' results (shared with other
     * subjects judged alike), its tally in a points scheme, what its indicators lack and which statuses they carry.
     */
    private static CriterionFolds.Fold foldCriterion(Composition composition, SubjectFacts facts,
                                                       CriterionDefinition criterion, Level level,
                                                       List<Check> checks, Map<ResultKey, IndicatorResult> shared,
                                                       boolean points) {
        List<IndicatorResult> indicators = new ArrayList<>(checks.size());
        List<MissingInput> missing = new ArrayList<>();
        for (Check c : checks) {
            IndicatorResult r = c.sharedJudgement() != null ? c.sharedJudgement().result(c)
                    : shared == null ? IndicatorResults.of(c)
                    : shared.computeIfAbsent(ResultKey.of(c), k -> IndicatorResults.of(c));
            indicators.add(r);
            missing.addAll(r.missingInputs());
        }
        String layer = composition.criterionLayer(criterion.id());
        Points.Tally tally = null;
        CriterionResult result;
        if (points) {
            tally = Points.tally(facts, criterion, level, checks, composition.parameters());
            result = Points.criterion(criterion, level, indicators, tally, layer);
        } else {
            result = new CriterionResult(criterion.id(), criterion.number(), level, criterion.nameVi(),
                    criterion.nameEn(), vacuousIsMet(Outcome.allOf(
                            indicators.stream().map(IndicatorResult::outcome).toList())),
                    indicators, null, null, layer);
        }
        return new CriterionFolds.Fold(result, tally, List.copyOf(missing),
                IndicatorStatuses.of(result, composition.parameters(), facts.referenceDate()),
                numbers(indicators, Outcome.NOT_MET), numbers(indicators, Outcome.UNDETERMINED));
    }

    /** The numbers of the {@code indicators} with {@code outcome}, in order, as a summary lists them. */
    private static List<String> numbers(List<IndicatorResult> indicators, Outcome outcome) {
        List<String> numbers = indicators.stream().filter(i -> i.outcome() == outcome).map(IndicatorResult::number)
                .toList();
        // The one empty list when there are none: a level reads these for every subject.
        return numbers.isEmpty() ? List.of() : numbers;
    }


    /** The verdict {@link #fold} reaches for {@code checks}, by the same arithmetic, with no sentence written. */
    private Verdict verdictOf(Composition composition, SubjectFacts facts, Scheme scheme, List<Check> checks,
                              BatchPlan plan) {
        List<LevelDefinition> levels = scheme.levels();
        List<CriterionDefinition> schemeCriteria = composition.criteriaOf(scheme);
        List<Outcome> outcomes = new ArrayList<>(levels.size());
        for (int l = 0; l < levels.size(); l++) {
            if (scheme.scoring() == Scoring.POINTS) {
                outcomes.add(pointsOutcome(composition, facts, scheme, levels.get(l), l, checks, plan));
                continue;
            }
            List<Outcome> criteria = new ArrayList<>(schemeCriteria.size());
            for (int k = 0; k < schemeCriteria.size(); k++) {
                List<Outcome> indicators = new ArrayList<>();
                for (Check c : plan.of(checks, l, k, schemeCriteria.size())) {
                    indicators.add(c.isNotApplicable() ? Outcome.NOT_APPLICABLE : c.outcome());
                }
                criteria.add(vacuousIsMet(Outcome.allOf(indicators)));
            }
            outcomes.add(vacuousIsMet(Outcome.allOf(criteria)));
        }
        return verdict(levels.stream().map(LevelDefinition::level).toList(), outcomes);
    }

    /**
     * A points level's outcome from its checks, each criterion's tally shared with the subjects whose checks of it got
     * the same remembered answers, as {@link #fold} adds them up.
     */
    private Outcome pointsOutcome(Composition composition, SubjectFacts facts, Scheme scheme, LevelDefinition level,
                                  int l, List<Check> checks, BatchPlan plan) {
        List<CriterionDefinition> schemeCriteria = composition.criteriaOf(scheme);
        List<CriterionDefinition> judged = new ArrayList<>(schemeCriteria.size());
        List<Points.Tally> tallies = new ArrayList<>(schemeCriteria.size());
        for (int k = 0; k < schemeCriteria.size(); k++) {
            CriterionDefinition criterion = schemeCriteria.get(k);
            int from = plan.from(l, k, schemeCriteria.size());
            int to = plan.to(l, k, schemeCriteria.size());
            if (from < to) {
                judged.add(criterion);
                CriterionFolds.Key key = CriterionFolds.keyOf(criterion, level.level(), checks, from, to);
                Points.Tally tally = criterionFolds.findTally(key);
                tallies.add(tally != null ? tally : criterionFolds.keepTally(key, Points.tally(facts, criterion,
                        level.level(), checks.subList(from, to), composition.parameters())));
            }
        }
        return levelFolds.outcome(facts, scheme, level, judged, tallies, composition.parameters());
    }

    /** A criterion or level none of whose indicators applies has nothing left to fail: it is met. */
    static Outcome vacuousIsMet(Outcome o) {
        return o == Outcome.NOT_APPLICABLE ? Outcome.MET : o;
    }

    /**
     * The highest level whose criteria are all met; "not determined" when missing data could still change that
     * answer; "not recognised" when no level can be met whatever the missing data say.
     */
    static Verdict verdict(List<LevelResult> levels) {
        // As verdict(List, List), without building the two lists for every subject.
        for (int i = levels.size() - 1; i >= 0; i--) {
            LevelResult r = levels.get(i);
            if (r.outcome() == Outcome.MET) {
                return r.level() == Level.LEVEL_2 ? Verdict.LEVEL_2 : Verdict.LEVEL_1;
            }
            if (r.outcome() == Outcome.UNDETERMINED) {
                return Verdict.NOT_DETERMINED;
            }
        }
        return Verdict.NOT_RECOGNISED;
    }

    /** {@link #verdict(List)} of levels given as their levels and outcomes, in the same order. */
    static Verdict verdict(List<Level> levels, List<Outcome> outcomes) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            Outcome o = outcomes.get(i);
            if (o == Outcome.MET) {
                return levels.get(i) == Level.LEVEL_2 ? Verdict.LEVEL_2 : Verdict.LEVEL_1;
            }
            if (o == Outcome.UNDETERMINED) {
                return Verdict.NOT_DETERMINED;
            }
        }
        return Verdict.NOT_RECOGNISED;
    }
}
