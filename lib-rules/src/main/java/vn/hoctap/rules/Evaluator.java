package vn.hoctap.rules;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.ParameterDefinition;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.ClanEvaluationRequest;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.request.GrassrootsUnitEvaluationRequest;
import vn.hoctap.model.request.HamletEvaluationRequest;
import vn.hoctap.model.request.HouseholdEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.rollup.KeptLearningCitizens;
import vn.hoctap.model.result.CitizenTally;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.result.RecognitionTimeline;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.rules.engine.subject.CitizenFacts;
import vn.hoctap.rules.engine.subject.ClanFacts;
import vn.hoctap.rules.engine.subject.CommuneFacts;
import vn.hoctap.rules.engine.subject.DistrictFacts;
import vn.hoctap.rules.engine.Engine;
import vn.hoctap.rules.engine.subject.GrassrootsUnitFacts;
import vn.hoctap.rules.engine.subject.HamletFacts;
import vn.hoctap.rules.engine.subject.HouseholdFacts;
import vn.hoctap.rules.engine.subject.ProvinceFacts;
import vn.hoctap.rules.engine.subject.UnitFacts;
import vn.hoctap.rules.pack.PackComposer;
import vn.hoctap.rules.pack.PackValidationException;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * Evaluates subjects against the learning-society criteria in force on a date and explains the result indicator
 * by indicator.
 *
 * <p>Build one evaluator and share it: it is immutable and thread-safe, and evaluating never compiles or rebuilds
 * anything.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.national();
 * Assessment a = evaluator.evaluate(HoctapJson.read(json, UnitEvaluationRequest.class));
 * System.out.println(a.verdict() + ": " + a.summaryVi());
 * }</pre>
 *
 * <p>A province adapts the national rules with a {@link ProvincePack} added through {@link #builder()}; the pack is
 * read, compiled and checked once, when the evaluator is built.
 */
public final class Evaluator {
    /** People per rule session in {@link #evaluateCitizens} and {@link #tallyCitizens}. */
    private static final int PEOPLE_PER_SESSION = 500;

    private final List<RulePack> packs;
    private final Engine engine;
    private final Audits audits;

    private Evaluator(List<RulePack> packs, Audits audits) {
        this.packs = List.copyOf(packs);
        this.engine = new Engine(this.packs);
        this.audits = audits;
    }

    private Evaluator(PackComposer.Result composed, Audits audits) {
        this.packs = composed.layers();
        this.engine = new Engine(composed.layers(), composed.periods());
        this.audits = audits;
    }

    private Evaluator(Evaluator evaluator, Audits audits) {
        this.packs = evaluator.packs;
        this.engine = evaluator.engine;
        this.audits = audits;
    }

    /**
     * This evaluator, sharing its rules, with request digests made by {@code requestDigest} rather than
     * {@code CanonicalJson.sha256}: for tests that count when the deferred digests of the audits are computed.
     */
    Evaluator digestingWith(Function<? super EvaluationRequest, String> requestDigest) {
        return new Evaluator(this, audits.digestingWith(requestDigest));
    }

    /**
     * An evaluator with the national rules shipped in this jar: TT 24/2023 for "Đơn vị học tập", TT 25/2023 for
     * "Cộng đồng học tập", QĐ 324/QĐ-KHVN for "Công dân học tập", and the association's frameworks for households,
     * clans, hamlets and grassroots units (whose numbers a province pack must add).
     */
    public static Evaluator national() {
        return builder().build();
    }

    /**
     * An evaluator with exactly these packs, lowest layer first, without the national ones: for tools and tests that
     * assemble their own layers.
     */
    public static Evaluator of(List<RulePack> packs) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("at least one rule pack");
        }
        return new Evaluator(packs, new Audits(false, packs, List.of()));
    }

    /** The version of hoctap this jar holds (e.g. {@code 0.1.0}), as every assessment's audit envelope records it. */
    public static String version() {
        return Audits.version();
    }

    /**
     * The national rule packs shipped in this jar as every assessment's audit envelope names them, each with the digest
     * of its files.
     */
    public static List<vn.hoctap.model.result.Audit.Layer> nationalLayers() {
        return Audits.nationalLayers();
    }

    /** A builder starting from the national rules, to which packs can be added. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates a request of any kind, as the method for its own type does: for tools that read requests of mixed
     * kinds ({@link vn.hoctap.model.request.RequestKind}).
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover the subject on its date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(EvaluationRequest request) {
        requireNonNull(request, "request");
        return switch (request.kind()) {
            case UNIT -> evaluate((UnitEvaluationRequest) request);
            case COMMUNE -> evaluate((CommuneEvaluationRequest) request);
            case DISTRICT -> evaluate((DistrictEvaluationRequest) request);
            case PROVINCE -> evaluate((ProvinceEvaluationRequest) request);
            case CITIZEN -> evaluate((CitizenEvaluationRequest) request);
            case HOUSEHOLD -> evaluate((HouseholdEvaluationRequest) request);
            case CLAN -> evaluate((ClanEvaluationRequest) request);
            case HAMLET -> evaluate((HamletEvaluationRequest) request);
            case GRASSROOTS_UNIT -> evaluate((GrassrootsUnitEvaluationRequest) request);
        };
    }

    /**
     * Evaluates an organisation for "Đơn vị học tập" under the scheme of its tier in force on the request's
     * reference date.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover that tier and date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(UnitEvaluationRequest request) {
        return audits.stamp(request, engine.evaluate(new UnitFacts(requireNonNull(request, "request"))));
    }

    /** {@link #evaluate(UnitEvaluationRequest)}, the assessment also carrying {@code extra} (a roll-up's notices). */
    Assessment evaluate(UnitEvaluationRequest request, List<Notice> extra) {
        return audits.stamp(request, engine.evaluate(new UnitFacts(requireNonNull(request, "request"), extra)));
    }

    /**
     * For a recognition already decided: when its dossier and decision were due, when level 2 may be asked for,
     * until when it is kept and when re-recognition is due, with a notice when a tier involved no longer exists.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover its title and tier then
     * @throws IllegalArgumentException when the recognition names no tier
     */
    public RecognitionTimeline timeline(Recognition recognition) {
        return engine.timeline(requireNonNull(recognition, "recognition"));
    }

    /**
     * Evaluates a commune for "Cộng đồng học tập" cấp xã (TT 25/2023/TT-BGDĐT Art. 6-9) under the scheme in force on
     * the request's reference date. Criterion 4 is read from the commune's recognised NĐ 20/2014 status or computed
     * from its raw figures, whichever the request gives.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover communes on that date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(CommuneEvaluationRequest request) {
        return audits.stamp(request, engine.evaluate(new CommuneFacts(requireNonNull(request, "request"))));
    }

    /**
     * Evaluates a district for "Cộng đồng học tập" cấp huyện (TT 25/2023 Art. 11-12) under the scheme in force on the
     * request's reference date. After 01/07/2025 the assessment carries the {@code TIER_ABOLISHED} notice.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover that date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(DistrictEvaluationRequest request) {
        return audits.stamp(request, engine.evaluate(new DistrictFacts(requireNonNull(request, "request"))));
    }

    /**
     * Evaluates a province for "Cộng đồng học tập" cấp tỉnh (TT 25/2023 Art. 16-17) under the scheme in force on the
     * request's reference date. When criterion 4.1 counts districts for a year or on a date after the district tier
     * was abolished, the assessment carries the {@code COUNTED_TIER_ABOLISHED} notice.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover that date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(ProvinceEvaluationRequest request) {
        return audits.stamp(request, engine.evaluate(new ProvinceFacts(requireNonNull(request, "request"))));
    }

    /**
     * Evaluates a household for "Gia đình học tập" under the association's framework in force on the request's
     * reference date. The national layer knows the framework's structure but few of its numbers: without a province
     * pack that supplies them, this refuses, naming the first number missing.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover the date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(HouseholdEvaluationRequest request) {
        return audits.stamp(request, engine.evaluate(new HouseholdFacts(requireNonNull(request, "request"))));
    }

    /**
     * Evaluates many households, in order, in one rule session per layer: the same assessments as one
     * {@link #evaluate(HouseholdEvaluationRequest)} each, for a commune's year-end table at a fraction of the cost.
     *
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public List<Assessment> evaluateHouseholds(List<HouseholdEvaluationRequest> requests) {
        return audits.stamp(requests, engine.evaluateAll(requests.stream()
                .map(r -> new HouseholdFacts(requireNonNull(r, "request"))).toList()));
    }

    /**
     * Evaluates a clan for "Dòng họ học tập" under the association's framework in force on the reference date.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover the date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(ClanEvaluationRequest request) {
        return audits.stamp(request, engine.evaluate(new ClanFacts(requireNonNull(request, "request"))));
    }

    /**
     * Evaluates a hamlet, village or residential group for "Cộng đồng học tập" cấp thôn under the association's
     * framework in force on the reference date.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover the date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(HamletEvaluationRequest request) {
        requireNonNull(request, "request");
        // Citizens holding an earlier "Công dân học tập" award still kept for the year count as holders.
        return audits.stamp(request, engine.evaluate(new HamletFacts(request,
                p -> KeptLearningCitizen.of(this, p, request.evaluationYear()).isPresent())));
    }

    /**
     * Evaluates a grassroots unit for the association's "Đơn vị học tập" cấp cơ sở under its framework in force on
     * the reference date.
     *
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover the date
     * @throws vn.hoctap.model.catalogue.MissingParameterException when a rule needs a number no pack supplies
     */
    public Assessment evaluate(GrassrootsUnitEvaluationRequest request) {
        return audits.stamp(request, engine.evaluate(new GrassrootsUnitFacts(requireNonNull(request, "request"))));
    }

    /**
     * Evaluates a commune bottom-up: its people's "Công dân học tập" self-assessments (in one batch), its
     * organisations with their members' results, then the commune from the counts its people produced.
     */
    public CommuneResult rollUp(CommuneTree tree) {
        return RollUp.commune(this, requireNonNull(tree, "tree"));
    }

    /**
     * Evaluates a district bottom-up: every commune as {@link #rollUp(CommuneTree)} does, then the district from the
     * communes' results (criterion 4.1 counts the communes by the level their assessment reached; communes not
     * determined leave the share open unless they cannot change it).
     */
    public DistrictResult rollUp(DistrictTree tree) {
        return RollUp.district(this, requireNonNull(tree, "tree"));
    }

    /**
     * Evaluates a province bottom-up: every district as {@link #rollUp(DistrictTree)} does, then the province from
     * their counts; or, for a tree of communes directly under the province (from 01/07/2025), every commune, then the
     * province from the commune counts.
     */
    public ProvinceResult rollUp(ProvinceTree tree) {
        return RollUp.province(this, requireNonNull(tree, "tree"));
    }

    /**
     * Evaluates a commune from the tally of its people's "Công dân học tập" assessments, as
     * {@link #rollUp(CommuneTree)} does once it has counted them: for hosts that count people elsewhere, e.g. with
     * {@link vn.hoctap.rules.stream.ProvinceStream}. The result keeps no person's assessment.
     *
     * @param tally         the people counted, or {@code null} when none were: the commune is then evaluated from its
     *                      own {@code citizens} counts
     * @param organisations the commune's organisations, already evaluated
     */
    public CommuneResult rollUp(CommuneEvaluationRequest commune, CitizenTally tally,
                                List<vn.hoctap.model.rollup.OrganisationResult> organisations) {
        return RollUp.commune(this, requireNonNull(commune, "commune"), tally, List.of(),
                requireNonNull(organisations, "organisations"));
    }

    /**
     * Evaluates the district of {@code skeleton} from its communes' results, as {@link #rollUp(DistrictTree)} does
     * once it has evaluated them: criterion 4.1 counts each commune at the level it holds for the year, its own
     * verdict or a recognition of an earlier year still kept (read from the skeleton's commune requests). The
     * skeleton's people are not read: for hosts that evaluate the communes elsewhere, e.g. with
     * {@link vn.hoctap.rules.stream.ProvinceStream}.
     *
     * @param communes the results of the skeleton's communes, in its order
     * @throws IllegalArgumentException when there are not as many results as the skeleton has communes
     */
    public DistrictResult rollUp(DistrictTree skeleton, List<CommuneResult> communes) {
        requireNonNull(skeleton, "skeleton");
        sameSize(skeleton.communes().size(), communes, "communes");
        return RollUp.district(this, skeleton, List.copyOf(communes));
    }

    /**
     * Evaluates the province of {@code skeleton} from its districts' results, as {@link #rollUp(ProvinceTree)} does
     * once it has them, counting each district at the level it holds for the year (kept recognitions read from the
     * skeleton's district requests).
     *
     * @param districts the results of the skeleton's districts, in its order
     * @throws IllegalArgumentException when there are not as many results as the skeleton has districts
     */
    public ProvinceResult rollUp(ProvinceTree skeleton, List<DistrictResult> districts) {
        requireNonNull(skeleton, "skeleton");
        sameSize(skeleton.districts().size(), districts, "districts");
        return RollUp.province(this, skeleton, List.copyOf(districts));
    }

    /**
     * Evaluates the province of {@code skeleton}, whose communes sit directly under it (no district tier, from
     * 01/07/2025), from its communes' results, as {@link #rollUp(ProvinceTree)} does once it has them: the province
     * request's {@code communes} counts each commune at the level it holds for the year (kept recognitions read from
     * the skeleton's commune requests); no national rule reads them, a province pack may.
     *
     * @param communes the results of the skeleton's communes, in its order
     * @throws IllegalArgumentException when there are not as many results as the skeleton has communes
     */
    public ProvinceResult rollUpCommunes(ProvinceTree skeleton, List<CommuneResult> communes) {
        requireNonNull(skeleton, "skeleton");
        sameSize(skeleton.communes().size(), communes, "communes");
        return RollUp.provinceOfCommunes(this, skeleton, List.copyOf(communes));
    }

    private static void sameSize(int expected, List<?> results, String name) {
        if (requireNonNull(results, name).size() != expected) {
            throw new IllegalArgumentException(results.size() + " " + name + " results for a skeleton of " + expected);
        }
    }

    /**
     * Evaluates a person for "Công dân học tập" from their self-assessed scores, under the scheme in force on the
     * request's reference date.
     *
     * @throws vn.hoctap.model.InvalidInputException naming {@code $.scores.<name>} when a score is above the
     *                                               indicator's maximum
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover the reference date
     */
    public Assessment evaluate(CitizenEvaluationRequest request) {
        return audits.stamp(request, engine.evaluate(new CitizenFacts(requireNonNull(request, "request"))));
    }

    /**
     * Evaluates many people for "Công dân học tập" (a commune's, a unit's) a few hundred to a rule session rather than
     * one session each; the result is the same as evaluating each alone, in the same order.
     *
     * <p>Each assessment keeps its full explanation (about 16 KB); to count a whole commune without keeping them, use
     * {@link #tallyCitizens}.
     *
     * @throws vn.hoctap.model.InvalidInputException naming {@code $[i].scores.<name>} (the index in {@code requests})
     *                                               when a score is above the indicator's maximum; nobody is
     *                                               evaluated then
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException when no loaded rules cover a request's reference date
     */
    public List<Assessment> evaluateCitizens(List<CitizenEvaluationRequest> requests) {
        checkedRequests(requests);
        List<Assessment> assessments = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += PEOPLE_PER_SESSION) {
            assessments.addAll(evaluateSlice(requests.subList(from, Math.min(requests.size(),
                    from + PEOPLE_PER_SESSION)), from));
        }
        return assessments;
    }

    /**
     * Counts how many of {@code requests} earn "Công dân học tập", how many cannot be decided yet, and how many are
     * trained at a professional-technical level or hold a degree (TT 25/2023 Art. 6.5, 7.5), evaluating them as
     * {@link #evaluateCitizens} does but keeping only the counts, so memory does not grow with the number of people.
     *
     * @throws vn.hoctap.model.InvalidInputException naming {@code $[i].person.id} when a person appears twice for the
     *                                               same year, or {@code $[i].scores.<name>} as
     *                                               {@link #evaluateCitizens}
     */
    public CitizenTally tallyCitizens(List<CitizenEvaluationRequest> requests) {
        CitizenTally.requireDistinct(checkedRequests(requests));
        CitizenTally tally = CitizenTally.none();
        List<Verdict> verdicts = verdictsOfCitizens(requests);
        for (int i = 0; i < requests.size(); i++) {
            CitizenEvaluationRequest r = requests.get(i);
            Verdict v = verdicts.get(i);
            tally = tally.plus(CitizenTally.one(r, v, v.level().isEmpty() && keepsLearningCitizen(r)));
        }
        return tally;
    }

    /**
     * Whether {@code request}'s person holds "Công dân học tập" for the request's year from an earlier year's award
     * (in {@code person.recognitions}) still kept on 31/12 of that year, by its {@link #timeline timeline}: by the
     * {@code CDHT.RETENTION_YEARS} in force, 0 nationally (nothing is kept), longer where a province pack says so.
     * Roll-ups and tallies count such a person as holding the title. Cheap for a person with no recognitions.
     *
     * @param request the person and year
     * @return whether an earlier award is still kept
     */
    public boolean keepsLearningCitizen(CitizenEvaluationRequest request) {
        return KeptLearningCitizen.keeps(this, requireNonNull(request, "request"));
    }

    /**
     * The earlier award {@code request}'s person holds "Công dân học tập" by, as {@link #keepsLearningCitizen} finds
     * it, counted as one person of one ({@link KeptLearningCitizens#plus} adds such counts up, e.g. a stream's
     * commune; {@link KeptLearningCitizens#among} sets the total); empty when none is kept.
     */
    public Optional<KeptLearningCitizens> keptLearningCitizen(CitizenEvaluationRequest request) {
        requireNonNull(request, "request");
        return KeptLearningCitizen.of(this, request.person(), request.evaluationYear())
                .map(k -> new KeptLearningCitizens(1, 1, List.of(k.year()), k.validUntil()));
    }

    /**
     * The verdict of each of {@code requests} for "Công dân học tập", in order: what {@link #evaluateCitizens} would
     * conclude, judged by the same rules, but with no explanation written, for callers that only count (a tally, a
     * stream that keeps only those who failed). Memory does not grow with the number of people beyond the list.
     *
     * @throws vn.hoctap.model.InvalidInputException as {@link #evaluateCitizens}
     * @throws vn.hoctap.rules.engine.NoSchemeInForceException as {@link #evaluateCitizens}
     */
    public List<Verdict> verdictsOfCitizens(List<CitizenEvaluationRequest> requests) {
        checkedRequests(requests);
        List<Verdict> verdicts = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += PEOPLE_PER_SESSION) {
            List<CitizenEvaluationRequest> slice = requests.subList(from,
                    Math.min(requests.size(), from + PEOPLE_PER_SESSION));
            List<CitizenFacts> facts = slice.stream().map(CitizenFacts::new).toList();
            try {
                verdicts.addAll(engine.verdicts(facts));
            } catch (InvalidInputException e) {
                throw whose(e, facts, from);
            }
        }
        return verdicts;
    }

    /**
     * Evaluates {@code slice}, at most {@value #PEOPLE_PER_SESSION} people, in one session, each assessment stamped
     * with its audit; {@code from} is the slice's index in the caller's list, for naming a refused person. A session
     * for a whole commune works but is slower, not faster: its 120,000 checks outlive the young generation and its
     * fact index keeps resizing (CitizenBenchmark); past a few hundred people the cost of a session is spread thin.
     */
    private List<Assessment> evaluateSlice(List<CitizenEvaluationRequest> slice, int from) {
        List<CitizenFacts> facts = slice.stream().map(CitizenFacts::new).toList();
        try {
            return engine.evaluateAll(facts, i -> audits.of(slice.get(i), facts.get(i).referenceDate()));
        } catch (InvalidInputException e) {
            throw whose(e, facts, from);
        }
    }

    private static List<CitizenEvaluationRequest> checkedRequests(List<CitizenEvaluationRequest> requests) {
        requireNonNull(requests, "requests");
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) == null) {
                // The message is made only for a refusal: a province's people would otherwise pay for one each.
                throw new NullPointerException("requests[" + i + "]");
            }
        }
        return requests;
    }

    /**
     * The people of a slice share one session, so a refusal does not say whose score it is: find the first person
     * refused alone and name them by their index in the whole list. Refusals are rare; evaluations that succeed pay
     * nothing for this.
     */
    private InvalidInputException whose(InvalidInputException e, List<CitizenFacts> slice, int offset) {
        for (int i = 0; i < slice.size(); i++) {
            try {
                engine.evaluate(slice.get(i));
            } catch (InvalidInputException alone) {
                return new InvalidInputException("$[" + (offset + i) + "]" + alone.path().substring(1),
                        alone.problem());
            }
        }
        return e;
    }

    /**
     * Evaluates an organisation under the scheme {@code schemeId}, e.g. a province's own title ("tiêu biểu") awarded
     * to the same units as the national one that {@link #evaluate(UnitEvaluationRequest)} picks.
     *
     * @throws IllegalArgumentException when no such scheme for the unit's tier is in force on the reference date
     */
    public Assessment evaluate(UnitEvaluationRequest request, String schemeId) {
        return audits.stamp(request, engine.evaluate(new UnitFacts(requireNonNull(request, "request")),
                requireNonNull(schemeId, "schemeId")));
    }

    /**
     * The criteria this evaluator knows. With province packs in force for limited periods, the criteria as composed
     * from the last change of any pack onwards; {@link #catalogue(LocalDate)} gives those of any date.
     */
    public Catalogue catalogue() {
        return engine.catalogue();
    }

    /** The criteria in force on {@code date}, province packs in force on that date applied. */
    public Catalogue catalogue(LocalDate date) {
        return engine.catalogue(requireNonNull(date, "date"));
    }

    /**
     * Every parameter known on {@code date}, as the layers in force then compose them: for each id, its definition
     * from the lowest layer that defines it, holding only the values that apply on {@code date}, each from the highest
     * layer that gives one for its level (one value for every level when the same value applies to all). A parameter
     * no layer gives a value for on that date has no values: a number a province pack must supply.
     */
    public List<ParameterDefinition> parameters(LocalDate date) {
        return engine.parameters(requireNonNull(date, "date"));
    }

    /**
     * The rule layers an assessment with reference date {@code date} lists in its audit envelope: the national packs,
     * packs a tool added, and the province packs in force on that date, each with the digest of its files.
     */
    public List<vn.hoctap.model.result.Audit.Layer> layers(LocalDate date) {
        return audits.layers(requireNonNull(date, "date"));
    }

    /** The compiled rule layers, national first, then the province packs that have rules of their own. */
    public List<RulePack> packs() {
        return packs;
    }

    /** Assembles an evaluator; the national packs come first, then added rule packs, then province packs. */
    public static final class Builder {
        private final List<RulePack> packs = new ArrayList<>(RulePack.national());
        private final int national = packs.size();
        private final List<ProvincePack> provincePacks = new ArrayList<>();

        private Builder() {
        }

        /** Adds a pack above those already added; its parameters override theirs. */
        public Builder add(RulePack pack) {
            packs.add(requireNonNull(pack, "pack"));
            return this;
        }

        /**
         * Adds a province pack above the rule packs and the province packs already added: its parameter values win over
         * theirs, and the criteria it adds or replaces are judged by its rules alone. Nothing is read until
         * {@link #build()}.
         *
         * <p>A pack's DRL runs inside this process with its full rights: add only packs from a trusted source.
         */
        public Builder add(ProvincePack pack) {
            provincePacks.add(requireNonNull(pack, "pack"));
            return this;
        }

        /**
         * Builds the evaluator. Province packs are read, their rules compiled and everything checked against the
         * national catalogue now, so that no evaluation ever meets a broken pack.
         *
         * @throws PackValidationException listing every problem of every pack (file, line, code, message); nothing is
         *                                 half-loaded, and evaluators built earlier are untouched
         */
        public Evaluator build() {
            List<RulePack> added = packs.subList(national, packs.size());
            if (provincePacks.isEmpty()) {
                return new Evaluator(packs, new Audits(true, added, List.of()));
            }
            PackComposer.Result composed = PackComposer.compose(packs, provincePacks);
            return new Evaluator(composed, new Audits(true, added, composed.audit()));
        }
    }
}
