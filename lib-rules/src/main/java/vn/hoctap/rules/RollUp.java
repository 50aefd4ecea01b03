package vn.hoctap.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.rules.engine.NoSchemeInForceException;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.KeptLearningCitizens;
import vn.hoctap.model.rollup.KeptRecognitions;
import vn.hoctap.model.rollup.OrganisationResult;
import vn.hoctap.model.rollup.OrganisationTree;
import vn.hoctap.model.rollup.ProvinceResult;
import vn.hoctap.model.rollup.ProvinceTree;

/**
 * Bottom-up evaluation. Each level is evaluated exactly as a caller would evaluate it alone, from the counts the level
 * below produced, so every result keeps its own explanation. A commune's people, and its organisations' members, are
 * judged in one batch ({@link Evaluator#evaluateCitizens}): a commune of 12,000 people is one rule session, not
 * 12,000 (design notes: a session costs about 10 µs whatever it holds).
 */
final class RollUp {
    private RollUp() {
    }

    static ProvinceResult province(Evaluator evaluator, ProvinceTree tree) {
        if (!tree.communes().isEmpty()) {
            // No district tier (from 01/07/2025): the communes are evaluated and counted into the province's
            // commune counts, which no national rule reads (criterion 4.1 counts districts) but a pack may.
            return provinceOfCommunes(evaluator, tree,
                    tree.communes().stream().map(c -> commune(evaluator, c)).toList());
        }
        return province(evaluator, tree, tree.districts().stream().map(d -> district(evaluator, d)).toList());
    }

    /**
     * The province of {@code tree}, whose communes sit directly under it, evaluated from its communes' results as a
     * caller would evaluate it from their counts ({@code communes}, each commune at the level it holds for the year,
     * kept recognitions included as for districts).
     */
    static ProvinceResult provinceOfCommunes(Evaluator evaluator, ProvinceTree tree, List<CommuneResult> communes) {
        Held held = held(evaluator, communes.stream().map(CommuneResult::assessment).toList(),
                tree.communes().stream().map(c -> c.commune().commune().recognitions()).toList(),
                AdministrativeTier.COMMUNE);
        return new ProvinceResult(evaluator.evaluate(tree.province().withCommunes(held.counts())), null, List.of(),
                held.counts(), communes, held.kept());
    }

    /**
     * The province of {@code tree} (its request, its districts' recognitions; people are not read) evaluated from its
     * districts' results, as a caller would evaluate it from their counts.
     */
    static ProvinceResult province(Evaluator evaluator, ProvinceTree tree, List<DistrictResult> districts) {
        Held held = held(evaluator, districts.stream().map(DistrictResult::assessment).toList(),
                tree.districts().stream().map(d -> d.district().district().recognitions()).toList(),
                AdministrativeTier.DISTRICT);
        return new ProvinceResult(evaluator.evaluate(tree.province().withDistricts(held.counts())), held.counts(),
                districts, null, List.of(), held.kept());
    }

    static DistrictResult district(Evaluator evaluator, DistrictTree tree) {
        return district(evaluator, tree, tree.communes().stream().map(c -> commune(evaluator, c)).toList());
    }

    /**
     * The district of {@code tree} (its request, its communes' recognitions; people are not read) evaluated from its
     * communes' results.
     */
    static DistrictResult district(Evaluator evaluator, DistrictTree tree, List<CommuneResult> communes) {
        Held held = held(evaluator, communes.stream().map(CommuneResult::assessment).toList(),
                tree.communes().stream().map(c -> c.commune().commune().recognitions()).toList(),
                AdministrativeTier.COMMUNE);
        return new DistrictResult(evaluator.evaluate(tree.district().withCommunes(held.counts())), held.counts(),
                communes, held.kept());
    }

    /** The counts of subordinate units at the level each holds for the year, and those that hold it by a kept title. */
    private record Held(RecognitionCounts counts, List<KeptRecognitions> kept) {
    }

    /**
     * Each unit at the level it holds for the evaluation year (TT 25 Art. 11.4.a, 16.4.a count units "được công
     * nhận"): its own verdict, or a recognition for an earlier year still kept (Art. 5.4, 10.4: through the
     * {@link Evaluator#timeline timeline}'s last day, by the retention parameter), whichever is higher. A unit not
     * determined stays so unless it keeps level 2, which nothing can exceed. A decision under a text before TT 25
     * (no scheme in force for it) is not counted as kept: its retention is not known to the library.
     */
    private static Held held(Evaluator evaluator, List<Assessment> assessments, List<List<Recognition>> recognitions,
                             AdministrativeTier tier) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<List<Object>, List<String>> keptBy = new LinkedHashMap<>();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            Verdict own = a.verdict();
            Recognition best = null;
            LocalDate bestUntil = null;
            LocalDate yearEnd = LocalDate.of(a.evaluationYear(), 12, 31);
            for (Recognition r : recognitions.get(i)) {
                if (r.year() >= a.evaluationYear()) {
                    continue;
                }
                Recognition dated = r.tier() == null ? new Recognition(r.title(), tier, r.level(), r.year(),
                        r.decisionDate(), r.decisionNumber()) : r;
                LocalDate until;
                try {
                    until = evaluator.timeline(dated).validUntil();
                } catch (NoSchemeInForceException e) {
                    // A decision under an earlier text (TT 44/2014 for communes): its retention is not known here.
                    continue;
                }
                if (!until.isBefore(yearEnd) && (best == null || r.level().compareTo(best.level()) > 0)) {
                    best = r;
                    bestUntil = until;
                }
            }
            Verdict keptVerdict = best == null ? null : best.level() == Level.LEVEL_2 ? Verdict.LEVEL_2 : Verdict.LEVEL_1;
            boolean higher = keptVerdict != null && (own == Verdict.NOT_RECOGNISED
                    || own == Verdict.LEVEL_1 && keptVerdict == Verdict.LEVEL_2
                    || own == Verdict.NOT_DETERMINED && keptVerdict == Verdict.LEVEL_2);
            verdicts.add(higher ? keptVerdict : own);
            if (higher) {
                keptBy.computeIfAbsent(List.of(best.level(), best.year(), bestUntil), k -> new ArrayList<>())
                        .add(a.subjectId());
            }
        }
        List<KeptRecognitions> kept = keptBy.entrySet().stream().map(e -> new KeptRecognitions(e.getValue(),
                assessments.size(), (Level) e.getKey().get(0), (Integer) e.getKey().get(1),
                (LocalDate) e.getKey().get(2))).toList();
        return new Held(countVerdicts(verdicts), kept);
    }

    static CommuneResult commune(Evaluator evaluator, CommuneTree tree) {
        List<CitizenEvaluationRequest> everyone = new ArrayList<>(tree.people());
        tree.organisations().forEach(o -> everyone.addAll(o.members()));
        List<Assessment> judged = everyone.isEmpty() ? List.of() : evaluator.evaluateCitizens(everyone);
        int next = tree.people().size();
        List<Assessment> people = judged.subList(0, next);
        List<OrganisationResult> organisations = new ArrayList<>();
        for (OrganisationTree o : tree.organisations()) {
            List<Assessment> members = judged.subList(next, next + o.members().size());
            next += o.members().size();
            organisations.add(organisation(evaluator, o, members));
        }
        if (tree.people().isEmpty()) {
            return commune(evaluator, tree.commune(), null, people, organisations);
        }
        Citizens citizens = citizens(evaluator, tree.people(), people);
        CommuneResult result = commune(evaluator, tree.commune(), citizens.tally(), people, organisations);
        return citizens.kept() == null ? result : new CommuneResult(result.assessment(), result.citizens(),
                result.tally(), result.people(), result.organisations(), citizens.kept());
    }

    /** People counted, those holding "Công dân học tập" by a kept award among the holders, and how many those are. */
    private record Citizens(CitizenTally tally, IdentityHashMap<CitizenEvaluationRequest, KeptLearningCitizen> keptBy,
                            KeptLearningCitizens kept) {
    }

    /**
     * {@code requests} counted from their {@code assessments}, a person whose own verdict does not grant the title
     * counted as holding it when an earlier award is still kept on 31/12 of the year ({@link KeptLearningCitizen}).
     */
    private static Citizens citizens(Evaluator evaluator, List<CitizenEvaluationRequest> requests,
                                     List<Assessment> assessments) {
        IdentityHashMap<CitizenEvaluationRequest, KeptLearningCitizen> keptBy = new IdentityHashMap<>();
        KeptLearningCitizen.Count count = new KeptLearningCitizen.Count(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            CitizenEvaluationRequest r = requests.get(i);
            if (assessments.get(i).verdict().level().isEmpty()) {
                KeptLearningCitizen.of(evaluator, r.person(), r.evaluationYear()).ifPresent(k -> {
                    keptBy.put(r, k);
                    count.add(k);
                });
            }
        }
        return new Citizens(CitizenTally.of(requests, assessments, keptBy::containsKey), keptBy, count.result());
    }

    /**
     * The commune evaluated from its people's tally (its own {@code citizens} counts when nobody was evaluated,
     * {@code tally} {@code null}), keeping {@code people}'s assessments and its organisations' results.
     */
    static CommuneResult commune(Evaluator evaluator, CommuneEvaluationRequest commune, CitizenTally tally,
                                 List<Assessment> people, List<OrganisationResult> organisations) {
        if (tally == null || tally.evaluated() == 0) {
            return new CommuneResult(evaluator.evaluate(commune), commune.citizens(), null, people, organisations);
        }
        CitizenCounts counts = new CitizenCounts(tally.evaluated(), tally.holdingTitle(), tally.professionallyTrained(),
                tally.universityOrHigher(), tally.notDetermined(), tally.qualificationNotStated(),
                tally.heldByKeptAward() == 0 ? null : tally.heldByKeptAward());
        return new CommuneResult(evaluator.evaluate(commune.withCitizens(counts)), counts, tally, people,
                organisations);
    }

    private static OrganisationResult organisation(Evaluator evaluator, OrganisationTree tree, List<Assessment> members) {
        Citizens citizens = citizens(evaluator, tree.members(), members);
        Map<String, Verdict> verdicts = members.stream()
                .collect(Collectors.toMap(Assessment::subjectId, Assessment::verdict));
        Map<String, Boolean> kept = new HashMap<>();
        citizens.keptBy().keySet().forEach(r -> kept.put(r.person().id(), true));
        List<UnitMember> records = tree.unit().memberList().stream().map(m -> {
            Verdict v = verdicts.get(m.id());
            if (v == null) {
                return m;
            }
            // A member whose own result is not determined leaves the unit's count open, never "not held", unless an
            // earlier award is still kept for the year.
            Boolean holds = kept.containsKey(m.id()) ? Boolean.TRUE
                    : v == Verdict.NOT_DETERMINED ? null : v.level().isPresent();
            return new UnitMember(m.id(), m.labourDiscipline(), m.completedTraining(),
                    m.trainedInDigitalTransformation(), m.languageCertificate(), m.languageProficiency(),
                    m.advancedWorker(), holds);
        }).toList();
        // The kept awards are said in the unit's assessment too, by number only: member ids are never shown.
        List<Notice> notices = citizens.kept() == null ? List.of()
                : List.of(new Notice("KEPT_LEARNING_CITIZEN",
                        Notice.Severity.INFO,
                        citizens.kept().sentenceVi("thành viên") + " (danh hiệu “Công dân học tập” được công nhận"
                                + " năm trước, còn hiệu lực theo thời hạn của bộ quy tắc); được tính là đạt.",
                        citizens.kept().sentenceEn("members") + " (a “Công dân học tập” award of an earlier year,"
                                + " still valid by the rule set's retention); counted as holding it."));
        return new OrganisationResult(evaluator.evaluate(tree.unit().withMemberList(records), notices),
                citizens.tally(), members, citizens.kept());
    }

    /** Subordinate units counted by the level their own assessment reached, those not determined apart. */
    static RecognitionCounts counts(List<Assessment> assessments) {
        return countVerdicts(assessments.stream().map(Assessment::verdict).toList());
    }

    private static RecognitionCounts countVerdicts(List<Verdict> verdicts) {
        Map<Verdict, Long> byVerdict = verdicts.stream()
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        Function<Verdict, Integer> n = v -> byVerdict.getOrDefault(v, 0L).intValue();
        return new RecognitionCounts(verdicts.size(), n.apply(Verdict.LEVEL_1), n.apply(Verdict.LEVEL_2),
                n.apply(Verdict.NOT_DETERMINED));
    }
}
