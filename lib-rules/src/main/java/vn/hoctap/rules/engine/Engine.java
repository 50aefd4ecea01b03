package vn.hoctap.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.LevelDefinition;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CriterionResult;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.RulePack;

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
        this.pools = this.layers.stream()
                .map(l -> l.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors())).toList();
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

    private Composition composition(LocalDate date) {
        return periods.stream().filter(p -> p.covers(date)).findFirst().orElseThrow();
    }

    /** The scheme that governs {@code facts}, or a clear refusal when no text in force covers it. */
    public Scheme schemeFor(SubjectFacts facts) {
        LocalDate date = facts.referenceDate();
        Catalogue catalogue = catalogue(date);
        return catalogue.schemeFor(facts.title(), facts.tier(), date)
                .orElseThrow(() -> new NoSchemeInForceException(facts.title(), facts.tier(), date,
                        catalogue.schemes().stream()
                                .filter(s -> s.title() == facts.title() && s.tier() == facts.tier()).toList()));
    }

    public Assessment evaluate(SubjectFacts facts) {
        return evaluate(facts, schemeFor(facts));
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
        return evaluate(facts, scheme);
    }

    private Assessment evaluate(SubjectFacts facts, Scheme scheme) {
        LocalDate date = facts.referenceDate();
        Composition composition = composition(date);
        Catalogue catalogue = composition.catalogue();
        LayeredParameters parameters = composition.parameters();
        List<Check> checks = new ArrayList<>();
        for (LevelDefinition level : scheme.levels()) {
            for (CriterionDefinition criterion : catalogue.criteriaOf(scheme)) {
                for (IndicatorDefinition indicator : criterion.indicators()) {
                    if (indicator.appliesAt(level.level()) && indicator.inForceOn(date)) {
                        checks.add(new Check(criterion, indicator, level.level(), facts, scheme, parameters));
                    }
                }
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            List<Check> share = composition.share(i, layers.get(i), scheme, checks);
            if (share.isEmpty()) {
                continue;
            }
            List<Object> sessionFacts = new ArrayList<>(facts.profileFacts());
            sessionFacts.addAll(share);
            run(pools.get(i), sessionFacts);
            for (Check c : share) {
                if (c.isJudged()) {
                    c.judgedBy(layers.get(i).name());
                }
            }
        }
        for (Check c : checks) {
            if (!c.isJudged()) {
                throw new IllegalStateException("No rule judged indicator " + c.getIndicatorId() + " at "
                        + c.getLevel() + " for " + facts.profileFacts() + "; the rule pack is incomplete");
            }
            if (c.isNotApplicable() && !c.measurements().isEmpty()) {
                throw new IllegalStateException("Rules both applied and set aside indicator " + c.getIndicatorId()
                        + " at " + c.getLevel() + " for " + facts.profileFacts() + "; the rule pack is inconsistent");
            }
        }
        return fold(composition, facts, scheme, checks);
    }

    private static void run(KieSessionsPool pool, List<Object> facts) {
        StatelessKieSession session = pool.newStatelessKieSession();
        try {
            session.execute(facts);
        } catch (ConsequenceException e) {
            // Our refusals (a missing parameter, a rule misusing an input) are thrown inside rule actions; callers
            // should see them, not Drools' wrapper.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Assessment fold(Composition composition, SubjectFacts facts, Scheme scheme, List<Check> checks) {
        Catalogue catalogue = composition.catalogue();
        LayeredParameters parameters = composition.parameters();
        List<LevelResult> levels = new ArrayList<>();
        List<MissingInput> missing = new ArrayList<>();
        for (LevelDefinition level : scheme.levels()) {
            List<CriterionResult> criteria = new ArrayList<>();
            for (CriterionDefinition criterion : catalogue.criteriaOf(scheme)) {
                List<IndicatorResult> indicators = new ArrayList<>();
                for (Check c : checks) {
                    if (c.getLevel() == level.level() && c.criterion() == criterion) {
                        IndicatorResult r = Explanations.indicator(c);
                        indicators.add(r);
                        for (MissingInput m : r.missingInputs()) {
                            if (missing.stream().noneMatch(x -> x.path().equals(m.path()))) {
                                missing.add(m);
                            }
                        }
                    }
                }
                Outcome outcome = Outcome.allOf(indicators.stream().map(IndicatorResult::outcome).toList());
                criteria.add(new CriterionResult(criterion.id(), criterion.number(), level.level(),
                        criterion.nameVi(), criterion.nameEn(), vacuousIsMet(outcome), indicators,
                        composition.criterionLayer(criterion.id())));
            }
            Outcome outcome = vacuousIsMet(Outcome.allOf(criteria.stream().map(CriterionResult::outcome).toList()));
            levels.add(new LevelResult(level.level(), outcome, level.criteria(), level.condition(), criteria));
        }
        Verdict verdict = verdict(levels);
        return new Assessment(facts.subjectId(), facts.subjectName(), scheme.id(), scheme.nameVi(),
                scheme.nameEn(), scheme.document(), facts.evaluationYear(), facts.referenceDate(), verdict, levels,
                missing, notices(composition, facts, scheme, verdict, levels),
                Calendars.of(facts, scheme, verdict, parameters),
                Explanations.summary(facts, scheme, verdict, levels, missing, Explanations.Language.VI),
                Explanations.summary(facts, scheme, verdict, levels, missing, Explanations.Language.EN));
    }

    private static List<Notice> notices(Composition composition, SubjectFacts facts, Scheme scheme, Verdict verdict,
                                        List<LevelResult> levels) {
        List<Notice> notices = new ArrayList<>(Notices.of(facts, scheme, verdict, levels, composition.parameters()));
        notices.addAll(composition.notices(scheme));
        return notices;
    }

    /** A criterion or level none of whose indicators applies has nothing left to fail: it is met. */
    private static Outcome vacuousIsMet(Outcome o) {
        return o == Outcome.NOT_APPLICABLE ? Outcome.MET : o;
    }

    /**
     * The highest level whose criteria are all met; "not determined" when missing data could still change that
     * answer; "not recognised" when no level can be met whatever the missing data say.
     */
    static Verdict verdict(List<LevelResult> levels) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            Outcome o = levels.get(i).outcome();
            if (o == Outcome.MET) {
                return levels.get(i).level() == Level.LEVEL_2 ? Verdict.LEVEL_2 : Verdict.LEVEL_1;
            }
            if (o == Outcome.UNDETERMINED) {
                return Verdict.NOT_DETERMINED;
            }
        }
        return Verdict.NOT_RECOGNISED;
    }
}
