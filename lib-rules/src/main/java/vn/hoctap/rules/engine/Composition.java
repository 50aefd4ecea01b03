package vn.hoctap.rules.engine;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.hoctap.model.result.RecognitionCalendar;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.result.LevelResult;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.text.IndicatorStatuses;
import vn.hoctap.rules.engine.text.Notices;

/**
 * How the engine's rule layers make one rule set over one period of reference dates: the criteria and schemes in
 * force, the parameters by layer, which layer alone judges each criterion, and what every assessment under a scheme
 * must say about the layers (a criterion switched off, a scheme renamed, a province pack applied).
 *
 * <p>Two layers never both judge a criterion that a province pack added or replaced: the engine inserts its checks
 * only into the session of the layer that owns it, so the national rules cannot judge a replaced criterion (Drools
 * cannot override a rule by name, and the override is keyed by criterion id here instead). Internal: built by
 * {@link #stack} or by the province-pack loader.
 */
public final class Composition {
    private final LocalDate from;
    private final LocalDate to;
    private final Catalogue catalogue;
    private final BoundedMemo<String, List<CriterionDefinition>> criteriaBySchemeId = new BoundedMemo<>(10_000);
    /** The calendars of subjects without earlier recognitions: they depend on the verdict and the dates alone. */
    private final BoundedMemo<CalendarKey, RecognitionCalendar> calendars = new BoundedMemo<>(10_000);
    /** The first notices of every assessment under a scheme, a date and a year: see {@link #noticeHead}. */
    private final BoundedMemo<HeadKey, List<Notice>> noticeHeads = new BoundedMemo<>(10_000);

    private record HeadKey(String schemeId, int evaluationYear, LocalDate referenceDate) {
    }

    /** Every notice of an assessment below level 2, by what {@link Notices#of} reads for one ({@link #notices}). */
    private final BoundedMemo<NoticesKey, List<Notice>> assessmentNotices = new BoundedMemo<>(10_000);

    private record NoticesKey(String schemeId, int evaluationYear, LocalDate referenceDate, Verdict verdict,
                              IndicatorStatuses statuses, List<Notice> subjectNotices) {
    }

    private record CalendarKey(String schemeId, Verdict verdict, int evaluationYear, LocalDate referenceDate) {
    }

    private final LayeredParameters parameters;
    private final Map<String, Integer> owners;
    private final Set<Integer> exclusive;
    private final Map<String, String> criterionLayers;
    private final List<SchemeNotice> notices;
    /** {@link #notices(Scheme)} per scheme id: every assessment asks, and a period has a few schemes. */
    private final Map<String, List<Notice>> noticesByScheme = new ConcurrentHashMap<>();

    /**
     * @param from            first reference date of the period, or {@code null} for no lower bound
     * @param to              first reference date after it, or {@code null} for no upper bound
     * @param catalogue       the criteria and schemes in force over the period
     * @param parameters      every layer's parameters, lowest first; a later layer's value wins
     * @param owners          criterion id to the index (in the engine's layers) of the only layer that judges it
     * @param exclusive       indexes of layers that judge only the criteria they own
     * @param criterionLayers criterion id to the name of the layer whose definition applies, for the results
     * @param notices         what an assessment under a scheme must say about the layers
     */
    public Composition(LocalDate from, LocalDate to, Catalogue catalogue, List<ParameterSet> parameters,
                       Map<String, Integer> owners, Set<Integer> exclusive, Map<String, String> criterionLayers,
                       List<SchemeNotice> notices) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " → " + to);
        }
        this.from = from;
        this.to = to;
        this.catalogue = requireNonNull(catalogue, "catalogue");
        this.parameters = new LayeredParameters(parameters);
        this.owners = Map.copyOf(owners);
        this.exclusive = Set.copyOf(exclusive);
        this.criterionLayers = Map.copyOf(criterionLayers);
        this.notices = List.copyOf(notices);
    }

    /**
     * The layers stacked as they are, for every date: the union of their catalogues, every layer that judges a scheme
     * sees all of its checks and the first to answer one wins.
     */
    public static Composition stack(List<RulePack> layers) {
        Map<String, String> names = new HashMap<>();
        for (RulePack layer : layers) {
            for (CriterionDefinition c : layer.catalogue().criteria()) {
                names.putIfAbsent(c.id(), layer.name());
            }
        }
        return new Composition(null, null, Catalogue.union(layers.stream().map(RulePack::catalogue).toList()),
                layers.stream().map(RulePack::parameters).toList(), Map.of(), Set.of(), names, List.of());
    }

    /**
     * The parameters the engine itself reads for every scheme (the retention, and the level-2 waiting period when the
     * scheme has a level 2), so that a loader can refuse a scheme that lacks them before any evaluation. A one-level
     * scheme (e.g. the association's "Gia đình học tập") has no upgrade, so it cannot need a waiting period.
     */
    public static List<String> parametersOfEveryScheme(Scheme scheme) {
        return scheme.level(Level.LEVEL_2).isPresent()
                ? List.of(Calendars.upgradeWaitParameter(scheme), Calendars.retentionParameter(scheme))
                : List.of(Calendars.retentionParameter(scheme));
    }

    /** Whether {@code date} falls in this period. */
    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    LayeredParameters parameters() {
        return parameters;
    }

    /**
     * The criteria of {@code scheme}, one of this period's catalogue, in the scheme's order: resolved once per scheme,
     * as every subject's fold walks them.
     */
    List<CriterionDefinition> criteriaOf(Scheme scheme) {
        // Found without a function object: every subject's fold asks.
        List<CriterionDefinition> criteria = criteriaBySchemeId.find(scheme.id());
        return criteria != null ? criteria : criteriaBySchemeId.keep(scheme.id(), catalogue.criteriaOf(scheme));
    }

    /**
     * The calendar of {@code facts}, a subject without earlier recognitions, judged {@code verdict} under {@code
     * scheme}: made once per verdict and dates ({@link Calendars#of}), since it depends on nothing else.
     */
    RecognitionCalendar calendarWithoutRecognitions(SubjectFacts facts, Scheme scheme, Verdict verdict) {
        CalendarKey key = new CalendarKey(scheme.id(), verdict, facts.evaluationYear(), facts.referenceDate());
        RecognitionCalendar calendar = calendars.find(key);
        return calendar != null ? calendar : calendars.keep(key, Calendars.of(facts, scheme, verdict, parameters));
    }

    /**
     * The notices every assessment under {@code scheme} on {@code date} for {@code evaluationYear} begins with
     * ({@link Notices#head}), made once.
     */
    List<Notice> noticeHead(Scheme scheme, LocalDate date, int evaluationYear) {
        HeadKey key = new HeadKey(scheme.id(), evaluationYear, date);
        List<Notice> head = noticeHeads.find(key);
        return head != null ? head : noticeHeads.keep(key, Notices.head(scheme, date, evaluationYear));
    }

    /** The checks layer {@code index} must judge under {@code scheme}. */
    List<Check> share(int index, RulePack layer, Scheme scheme, List<Check> checks) {
        List<Check> share = new ArrayList<>();
        boolean exclusiveLayer = exclusive.contains(index);
        boolean judges = !exclusiveLayer && layer.judges(scheme);
        for (Check c : checks) {
            Integer owner = owners.get(c.getCriterionId());
            if (owner != null ? owner == index : judges) {
                share.add(c);
            }
        }
        return share;
    }

    /** The name of the layer whose definition of {@code criterionId} applies, or {@code null}. */
    String criterionLayer(String criterionId) {
        return criterionLayers.get(criterionId);
    }

    /** What an assessment under {@code scheme} must say about the layers. */
    List<Notice> notices(Scheme scheme) {
        return noticesByScheme.computeIfAbsent(scheme.id(), id -> notices.stream()
                .filter(n -> n.schemeId() == null || n.schemeId().equals(id)).map(SchemeNotice::notice).toList());
    }

    /**
     * Every notice of the assessment of {@code facts} under {@code scheme} with {@code verdict}, its {@code levels}
     * and its indicators' {@code statuses}: the scheme's first notices ({@link #noticeHead}), those {@link Notices#of}
     * adds, then those about the layers. Below level 2 they read the scheme, the dates, the verdict, the statuses and
     * the subject's own notices alone, and everybody alike shares one list; level 2 reads the subject's recognitions.
     */
    List<Notice> notices(SubjectFacts facts, Scheme scheme, Verdict verdict, List<LevelResult> levels,
                         IndicatorStatuses statuses) {
        if (verdict == Verdict.LEVEL_2) {
            return noticesNow(facts, scheme, verdict, levels, statuses);
        }
        NoticesKey key = new NoticesKey(scheme.id(), facts.evaluationYear(), facts.referenceDate(), verdict, statuses,
                facts.notices(scheme, levels));
        List<Notice> notices = assessmentNotices.find(key);
        return notices != null ? notices
                : assessmentNotices.keep(key, List.copyOf(noticesNow(facts, scheme, verdict, levels, statuses)));
    }

    private List<Notice> noticesNow(SubjectFacts facts, Scheme scheme, Verdict verdict, List<LevelResult> levels,
                                    IndicatorStatuses statuses) {
        List<Notice> head = noticeHead(scheme, facts.referenceDate(), facts.evaluationYear());
        List<Notice> notices = Notices.of(facts, scheme, verdict, levels, parameters, statuses, head);
        notices.addAll(notices(scheme));
        return notices;
    }

    /**
     * A notice for the assessments under one scheme, or under every scheme.
     *
     * @param schemeId the scheme, or {@code null} for every scheme
     * @param notice   the notice
     */
    public record SchemeNotice(String schemeId, Notice notice) {
        public SchemeNotice {
            requireNonNull(notice, "notice");
        }
    }
}
