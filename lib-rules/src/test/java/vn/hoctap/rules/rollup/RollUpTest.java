package vn.hoctap.rules.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.OrganisationTree;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.AdministrativeUnit;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.rules.Evaluator;

/** What the roll-up refuses, and how lower-level results it cannot settle reach the level above. */
class RollUpTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    private static CitizenEvaluationRequest scored(String id, int each) {
        Map<CitizenInput, BigDecimal> scores = new EnumMap<>(CitizenInput.class);
        for (CitizenInput i : CitizenInput.values()) {
            scores.put(i, BigDecimal.valueOf(each));
        }
        return new CitizenEvaluationRequest(RollUpFixtures.YEAR, null, new Person(id, null, 1980, null, List.of()),
                CitizenScores.of(scores), Qualification.UNIVERSITY_OR_HIGHER);
    }

    private static CitizenEvaluationRequest unscored(String id) {
        return new CitizenEvaluationRequest(RollUpFixtures.YEAR, null, new Person(id, null, 1980, null, List.of()),
                null, null);
    }

    @Test
    void aCommuneCountsItsPeoplesOwnResultsAndSaysHowManyAreOpen() {
        List<CitizenEvaluationRequest> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(scored("p" + i, 9));   // 90 points: holds the title
        }
        people.add(scored("p8", 5));          // 50 points: does not
        people.add(unscored("p9"));           // not determined
        CommuneResult r = EVALUATOR.rollUp(new CommuneTree(RollUpFixtures.commune("07654", false), people, List.of()));
        CitizenCounts c = r.citizens();
        assertEquals(10, c.total());
        assertEquals(8, c.learningCitizen());
        assertEquals(1, c.learningCitizenNotDetermined());
        // 8 or 9 of 10 hold the title: level 1 (60 %) met whatever p9 says, level 2 (80 %) met too.
        assertEquals(Outcome.MET, r.assessment().indicator("TT25.X.C5.1", Level.LEVEL_2).orElseThrow().outcome());
        assertEquals(10, r.people().size());
        assertEquals(Verdict.NOT_DETERMINED, r.people().get(9).verdict());
    }

    @Test
    void countsAndPeopleTogetherAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CommuneTree(
                RollUpFixtures.commune("07654", false).withCitizens(new CitizenCounts(10, 8, 5, 1)),
                List.of(scored("p0", 9)), List.of()));
        assertEquals("commune.citizens", e.path());
    }

    @Test
    void aPersonOfAnotherYearIsRefusedByPath() {
        CitizenEvaluationRequest other = new CitizenEvaluationRequest(2023, null,
                new Person("p1", null, 1980, null, List.of()), null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CommuneTree(
                RollUpFixtures.commune("07654", false), List.of(scored("p0", 9), other), List.of()));
        assertEquals("people[1].evaluationYear", e.path());
    }

    @Test
    void aDistrictMustBringExactlyItsCommunes() {
        DistrictTree good = RollUpFixtures.districtTree(1, 2, 5, 0);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new DistrictTree(
                RollUpFixtures.district(List.of("7650", "7651", "7652")), good.communes()));
        assertEquals("communes", e.path());
        assertTrue(e.problem().contains("7652"), e.problem());
    }

    @Test
    void aCommuneNotDeterminedLeavesTheDistrictShareOpenOnlyWhenItCouldTipIt() {
        // Two communes: one recognised at level 2, one whose people gave no scores (not determined).
        CommuneTree full = new CommuneTree(RollUpFixtures.commune("7650", false),
                List.of(scored("a", 9), scored("b", 9)), List.of());
        CommuneTree open = new CommuneTree(RollUpFixtures.commune("7651", false), List.of(unscored("c")), List.of());
        DistrictResult r = EVALUATOR.rollUp(new DistrictTree(RollUpFixtures.district(List.of("7650", "7651")),
                List.of(full, open)));
        assertEquals(Verdict.NOT_DETERMINED, r.results().get(1).assessment().verdict());
        assertEquals(1, r.communes().notDetermined());
        // 1 or 2 of 2 communes: 50 % or 100 % against 90 % — not determined, naming why.
        var c41 = r.assessment().indicator("TT25.H.C4.1", Level.LEVEL_1).orElseThrow();
        assertEquals(Outcome.UNDETERMINED, c41.outcome(), c41.explanationVi());
        assertEquals("$.communes.notDetermined", c41.missingInputs().get(0).path());
    }

    @Test
    void anOrganisationTakesItsMembersOwnResults() {
        Organisation unit = new Organisation("UBND-07654", "Ủy ban nhân dân xã Tân Lập",
                OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, Ownership.PUBLIC, null, AdministrativeTier.DISTRICT,
                "07654");
        List<UnitMember> records = new ArrayList<>();
        List<CitizenEvaluationRequest> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(new UnitMember("m" + i, true, true, true, true, true, true, null));
            members.add(scored("m" + i, i < 9 ? 9 : 4)); // 9 of 10 hold the title
        }
        UnitEvaluationRequest request = new UnitEvaluationRequest(RollUpFixtures.YEAR, null, unit, null, records,
                null, null, null, Map.of(), List.of());
        CommuneResult r = EVALUATOR.rollUp(new CommuneTree(RollUpFixtures.commune("07654", false), List.of(),
                List.of(new OrganisationTree(request, members))));
        var c31 = r.organisations().get(0).assessment().indicator("TT24.H.C3.1", Level.LEVEL_1).orElseThrow();
        assertTrue(c31.explanationVi().contains("9/10"), c31.explanationVi());
        assertEquals(9, r.organisations().get(0).members().holdingTitle());
    }

    /** The bottom-up sample of lib-rules/README.md, which shows this region: each line gives what its comment says. */
    @Test
    void theReadmeBottomUpSampleGivesWhatItsCommentsSay() {
        Evaluator evaluator = EVALUATOR;
        DistrictEvaluationRequest districtRequest = RollUpFixtures.district(List.of("07654"));
        CommuneEvaluationRequest communeRequest = RollUpFixtures.commune("07654", false);
        List<CitizenEvaluationRequest> people = List.of(scored("a", 9), scored("b", 9), unscored("c"));
        Organisation unit = new Organisation("UBND-07654", "Ủy ban nhân dân xã Tân Lập",
                OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, Ownership.PUBLIC, null, AdministrativeTier.DISTRICT,
                "07654");
        List<UnitMember> records = List.of(new UnitMember("m0", true, true, true, true, true, true, null));
        UnitEvaluationRequest peoplesCommittee = new UnitEvaluationRequest(RollUpFixtures.YEAR, null, unit, null,
                records, null, null, null, Map.of(), List.of());
        List<CitizenEvaluationRequest> members = List.of(scored("m0", 9));
        // sample:begin bottom-up
        DistrictTree tree = new DistrictTree(districtRequest, List.of(
                new CommuneTree(communeRequest, people, List.of(new OrganisationTree(peoplesCommittee, members)))));
        DistrictResult r = evaluator.rollUp(tree);
        r.assessment().verdict();                 // the district
        r.communes();                             // communes by the level their assessment reached, not determined apart
        r.results().get(0).citizens();            // the counts commune 0's criterion 5 read, computed from its people
        r.results().get(0).organisations().get(0).assessment(); // TT 24, with its members' own "Công dân học tập" results
        // sample:end bottom-up
        assertEquals("210", r.assessment().subjectId());
        assertEquals(1, r.communes().total());
        assertEquals(r.results().get(0).assessment().verdict() == Verdict.NOT_DETERMINED ? 1 : 0,
                r.communes().notDetermined());
        assertEquals(3, r.results().get(0).citizens().total());
        assertEquals(2, r.results().get(0).citizens().learningCitizen());
        assertEquals("UBND-07654", r.results().get(0).organisations().get(0).assessment().subjectId());
        assertEquals(1, r.results().get(0).organisations().get(0).members().holdingTitle());
    }

    @Test
    void aMemberRecordThatAlreadyStatesTheTitleCannotAlsoBeSelfAssessed() {
        Organisation unit = new Organisation("UBND-07654", "Ủy ban nhân dân xã Tân Lập",
                OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, Ownership.PUBLIC, null, AdministrativeTier.DISTRICT,
                "07654");
        UnitEvaluationRequest request = new UnitEvaluationRequest(RollUpFixtures.YEAR, null, unit, null,
                List.of(new UnitMember("m0", true, true, true, true, true, true, true)), null, null, null, Map.of(),
                List.of());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new OrganisationTree(request, List.of(scored("m0", 9))));
        assertEquals("members[0]", e.path());
    }

    @Test
    void fixturesAreDeterministic() {
        assertEquals(RollUpFixtures.districtTree(7, 3, 20, 0.02), RollUpFixtures.districtTree(7, 3, 20, 0.02));
    }
}
