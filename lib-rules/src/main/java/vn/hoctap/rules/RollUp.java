package vn.hoctap.rules;

import java.util.ArrayList;
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
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
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
        return province(evaluator, tree.province(),
                tree.districts().stream().map(d -> district(evaluator, d)).toList());
    }

    /** The province evaluated from its districts' results, as a caller would evaluate it from their counts. */
    static ProvinceResult province(Evaluator evaluator, ProvinceEvaluationRequest province,
                                   List<DistrictResult> districts) {
        RecognitionCounts counts = counts(districts.stream().map(DistrictResult::assessment).toList());
        return new ProvinceResult(evaluator.evaluate(province.withDistricts(counts)), counts, districts);
    }

    static DistrictResult district(Evaluator evaluator, DistrictTree tree) {
        return district(evaluator, tree.district(),
                tree.communes().stream().map(c -> commune(evaluator, c)).toList());
    }

    /** The district evaluated from its communes' results. */
    static DistrictResult district(Evaluator evaluator, DistrictEvaluationRequest district,
                                   List<CommuneResult> communes) {
        RecognitionCounts counts = counts(communes.stream().map(CommuneResult::assessment).toList());
        return new DistrictResult(evaluator.evaluate(district.withCommunes(counts)), counts, communes);
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
        return commune(evaluator, tree.commune(),
                tree.people().isEmpty() ? null : CitizenTally.of(tree.people(), people), people, organisations);
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
                tally.universityOrHigher(), tally.notDetermined(), tally.qualificationNotStated());
        return new CommuneResult(evaluator.evaluate(commune.withCitizens(counts)), counts, tally, people,
                organisations);
    }

    private static OrganisationResult organisation(Evaluator evaluator, OrganisationTree tree, List<Assessment> members) {
        CitizenTally tally = CitizenTally.of(tree.members(), members);
        Map<String, Verdict> verdicts = members.stream()
                .collect(Collectors.toMap(Assessment::subjectId, Assessment::verdict));
        List<UnitMember> records = tree.unit().memberList().stream().map(m -> {
            Verdict v = verdicts.get(m.id());
            if (v == null) {
                return m;
            }
            // A member whose own result is not determined leaves the unit's count open, never "not held".
            Boolean holds = v == Verdict.NOT_DETERMINED ? null : v.level().isPresent();
            return new UnitMember(m.id(), m.labourDiscipline(), m.completedTraining(),
                    m.trainedInDigitalTransformation(), m.languageCertificate(), m.languageProficiency(),
                    m.advancedWorker(), holds);
        }).toList();
        return new OrganisationResult(evaluator.evaluate(tree.unit().withMemberList(records)), tally, members);
    }

    /** Subordinate units counted by the level their own assessment reached, those not determined apart. */
    static RecognitionCounts counts(List<Assessment> assessments) {
        Map<Verdict, Long> byVerdict = assessments.stream()
                .collect(Collectors.groupingBy(Assessment::verdict, Collectors.counting()));
        Function<Verdict, Integer> n = v -> byVerdict.getOrDefault(v, 0L).intValue();
        return new RecognitionCounts(assessments.size(), n.apply(Verdict.LEVEL_1), n.apply(Verdict.LEVEL_2),
                n.apply(Verdict.NOT_DETERMINED));
    }
}
