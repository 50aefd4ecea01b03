package vn.hoctap.rules.khvn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.rules.khvn.Khvn.goodPupil;
import static vn.hoctap.rules.khvn.Khvn.learningAdult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.ClanEvaluationRequest;
import vn.hoctap.model.request.ClanInput;
import vn.hoctap.model.request.GrassrootsUnitEvaluationRequest;
import vn.hoctap.model.request.HamletEvaluationRequest;
import vn.hoctap.model.request.HouseholdEvaluationRequest;
import vn.hoctap.model.request.HouseholdStanding;
import vn.hoctap.model.request.HouseholdStatements;
import vn.hoctap.model.request.TitleCounts;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Notice;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Clan;
import vn.hoctap.model.subject.GrassrootsUnit;
import vn.hoctap.model.subject.HamletCommunity;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.model.subject.Household;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.engine.AgeBand;
import vn.hoctap.rules.engine.subject.ClanFacts;
import vn.hoctap.rules.engine.CountedShare;

/**
 * The clan, hamlet and grassroots-unit titles with the example numbers: statements keyed by indicator id, shares of
 * households and citizens holding the title one level down, computed from the households' own evaluations when given.
 */
class ClanHamletGrassrootsTest {

    private static IndicatorResult indicator(Assessment a, String id) {
        return a.indicator(id, Level.LEVEL_1).orElseThrow();
    }

    private static Measurement measurement(Assessment a, String id) {
        return indicator(a, id).measurements().get(0);
    }

    /** Every scheme of the association, asked with no data: each indicator is judged and names what it lacks. */
    @Test
    void everySchemeWithoutDataIsNotDeterminedAndNamesWhatIsMissing() {
        Household nobodyKnown = new Household("HK", null, null, List.of(new Person("p1", null, null, null, List.of())),
                List.of());
        List<Assessment> empty = List.of(
                Khvn.EXAMPLE.evaluate(new HouseholdEvaluationRequest(2019, null, nobodyKnown, null,
                        HouseholdStatements.none(), null, null)),
                Khvn.EXAMPLE.evaluate(new HouseholdEvaluationRequest(2024, null, nobodyKnown, null, null, null, null)),
                Khvn.EXAMPLE.evaluate(new ClanEvaluationRequest(2024, null, Khvn.clan(7).clan(), null, List.of(), null,
                        null)),
                Khvn.EXAMPLE.evaluate(new HamletEvaluationRequest(2024, null, new HamletCommunity("T", "Thôn Đông",
                        "07654", List.of(), List.of()), null, List.of(), null, List.of(), null, null)),
                Khvn.EXAMPLE.evaluate(new GrassrootsUnitEvaluationRequest(2024, null, Khvn.grassroots(1, 1).unit(), null,
                        List.of(), null, null)));
        List<String> schemes = new ArrayList<>();
        for (Assessment a : empty) {
            schemes.add(a.schemeId());
            assertEquals(Verdict.NOT_DETERMINED, a.verdict(), a.schemeId());
            Scheme scheme = Khvn.EXAMPLE.catalogue().scheme(a.schemeId()).orElseThrow();
            List<String> expected = Khvn.EXAMPLE.catalogue().criteriaOf(scheme).stream()
                    .flatMap(c -> c.indicators().stream()).map(IndicatorDefinition::id).toList();
            List<IndicatorResult> judged = a.level(Level.LEVEL_1).orElseThrow().results().stream()
                    .flatMap(c -> c.indicators().stream()).toList();
            assertEquals(expected, judged.stream().map(IndicatorResult::indicatorId).toList());
            judged.forEach(i -> {
                assertEquals(Outcome.UNDETERMINED, i.outcome(), i.indicatorId());
                assertTrue(!i.missingInputs().isEmpty(), i.indicatorId());
            });
        }
        assertEquals(List.of("KHVN.GD.2016", "KHVN.GD", "KHVN.DH", "KHVN.CD", "KHVN.DV"), schemes);
    }

    @Test
    void aClanStatesEachFrameworkIndicatorUnderItsId() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.clan(7));
        assertEquals(Verdict.LEVEL_1, a.verdict());
        assertEquals(0, new BigDecimal(70).compareTo(a.level(Level.LEVEL_1).orElseThrow().points()));
        assertTrue(measurement(a, "KHVN.DH.C1.1").textVi().startsWith("Có: chỉ tiêu thứ 1 của khung 2022"),
                measurement(a, "KHVN.DH.C1.1").textVi());
        assertEquals("KHVN.DH.C1.1", measurement(a, "KHVN.DH.C1.1").input());
    }

    @Test
    void aClanStatementNotGivenIsNamedByItsIdAndLeavesTheVerdictOpen() {
        Map<String, Boolean> attestations = new LinkedHashMap<>(Khvn.clan(5).attestations());
        attestations.remove("KHVN.DH.C1.6");
        ClanEvaluationRequest r = new ClanEvaluationRequest(2024, null, Khvn.clan(5).clan(), null, List.of(),
                attestations, Map.of());
        Assessment a = Khvn.EXAMPLE.evaluate(r);
        assertEquals(Outcome.UNDETERMINED, indicator(a, "KHVN.DH.C1.6").outcome());
        assertEquals(List.of("$.attestations['KHVN.DH.C1.6']"),
                a.missingInputs().stream().map(MissingInput::path).toList());
        assertEquals(Verdict.NOT_DETERMINED, a.verdict(), "50 earned, 60 still possible, pass mark 60");
    }

    @Test
    void theAssociationsTitlesSayWhatTheLibraryDoesNotKnow() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.clan(7));
        List<String> codes = a.notices().stream().map(Notice::code).toList();
        assertTrue(codes.contains("UNKNOWN_CRITERIA"), codes.toString());
        assertTrue(codes.contains("PROCEDURE_UNKNOWN"), codes.toString());
        assertNull(a.calendar().dossierDueBefore());
        assertNull(a.calendar().decisionDueBefore());
        assertEquals(LocalDate.of(2025, 12, 31), a.calendar().validUntil(), "the example keeps it 1 year");
    }

    @Test
    void aClansHouseholdsAreCountedForTheProvincesRules() {
        Clan clan = new Clan("DH-1", "Họ Lê", List.of("h1", "h2", "h3"), List.of());
        ClanEvaluationRequest r = new ClanEvaluationRequest(2024, null, clan, null,
                List.of(new HouseholdStanding("h1", true), new HouseholdStanding("h2", false),
                        new HouseholdStanding("h3", true)), Map.of(), Map.of());
        CountedShare s = new ClanFacts(r).countedShare(ClanInput.HOUSEHOLDS_LEARNING_FAMILY, null);
        assertEquals(2, s.share().numerator());
        assertEquals(3, s.share().denominator());
        assertThrows(IllegalArgumentException.class, () -> new ClanFacts(r)
                .countedShare(ClanInput.HOUSEHOLDS_LEARNING_FAMILY, new AgeBand(1, 2)));
    }

    /** Households of a hamlet, each evaluated for "Gia đình học tập" in 2024. */
    private static List<HouseholdEvaluationRequest> hamletHouseholds() {
        List<HouseholdEvaluationRequest> hs = new ArrayList<>();
        hs.add(Khvn.model2024().build());
        hs.add(Khvn.model2024().build());
        hs.add(Khvn.household(2024).member(9, goodPupil()).member(38, learningAdult()).build());
        hs.add(Khvn.household(2024).member(9, null).member(38, learningAdult(), true).build());
        List<HouseholdEvaluationRequest> renamed = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            HouseholdEvaluationRequest h = hs.get(i);
            renamed.add(new HouseholdEvaluationRequest(2024, null, new Household("h" + i,
                    null, "07654", h.household().members(), List.of()), h.memberFacts(), h.statements(), Map.of(),
                    Map.of()));
        }
        return renamed;
    }

    @Test
    void aHamletCountsItsHouseholdsFromTheirOwnEvaluations() {
        List<Assessment> results = Khvn.EXAMPLE.evaluateHouseholds(hamletHouseholds().subList(0, 3));
        List<HouseholdStanding> standings = results.stream().map(a -> HouseholdStanding.of(a, 2024)).toList();
        HamletEvaluationRequest r = new HamletEvaluationRequest(2024, null, new HamletCommunity("T", "Thôn Đông",
                "07654", List.of("h0", "h1", "h2"), List.of()), null, standings, new TitleCounts(10, 10), List.of(),
                Map.of(), Map.of());
        Measurement m = measurement(Khvn.EXAMPLE.evaluate(r), "KHVN.CD.C1.1");
        assertEquals(2, m.numerator());
        assertEquals(3, m.denominator());
        assertEquals(Outcome.NOT_MET, m.outcome(), "2 of 3 is below the example's 70 %");
    }

    @Test
    void aHouseholdWhoseEvaluationCouldNotDecideLeavesTheHamletsShareOpen() {
        List<Assessment> results = Khvn.EXAMPLE.evaluateHouseholds(hamletHouseholds());
        assertEquals(Verdict.NOT_DETERMINED, results.get(3).verdict());
        List<HouseholdStanding> standings = results.stream().map(a -> HouseholdStanding.of(a, 2024)).toList();
        HamletEvaluationRequest r = new HamletEvaluationRequest(2024, null, new HamletCommunity("T", "Thôn Đông",
                "07654", List.of(), List.of()), null, standings, new TitleCounts(10, 10), List.of(), Map.of(), Map.of());
        IndicatorResult i = indicator(Khvn.EXAMPLE.evaluate(r), "KHVN.CD.C1.1");
        assertEquals(Outcome.UNDETERMINED, i.outcome());
        assertEquals(List.of("$.households[3].learningFamily"), i.missingInputs().stream().map(MissingInput::path)
                .toList());
    }

    @Test
    void citizensGivenAsPersonsOrAsCountsGiveTheSameShare() {
        List<Person> citizens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            citizens.add(new Person("c" + i, null, 1980, null, i < 6
                    ? List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, 2024, null, null))
                    : i == 6 ? List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, 2023, null, null))
                    : List.of()));
        }
        HamletEvaluationRequest persons = new HamletEvaluationRequest(2024, null, new HamletCommunity("T", "Thôn Đông",
                "07654", List.of(), List.of()), new TitleCounts(10, 10), List.of(), null, citizens, Map.of(), Map.of());
        Measurement fromPersons = measurement(Khvn.EXAMPLE.evaluate(persons), "KHVN.CD.C1.2");
        Measurement fromCounts = measurement(Khvn.EXAMPLE.evaluate(Khvn.hamlet(new TitleCounts(10, 10),
                new TitleCounts(10, 6))), "KHVN.CD.C1.2");
        assertEquals(6, fromPersons.numerator(), "an award for 2023 does not count in 2024");
        assertEquals(fromCounts.numerator(), fromPersons.numerator());
        assertEquals(fromCounts.denominator(), fromPersons.denominator());
        assertEquals(fromCounts.outcome(), fromPersons.outcome());
    }

    /**
     * Citizens of 2026 with a "Công dân học tập" award for 2025: nationally it is held for 2025 only; with the
     * illustrative tinh-giu-cdht pack (kept 2 years) they count as holders in 2026.
     */
    @Test
    void aHamletCountsCitizensWhoseEarlierAwardIsKept() throws Exception {
        List<Person> citizens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            citizens.add(new Person("c" + i, null, 1980, null, i < 3
                    ? List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, 2026, null, null))
                    : i < 7 ? List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, 2025, null, null))
                    : List.of()));
        }
        HamletEvaluationRequest r = new HamletEvaluationRequest(2026, null, new HamletCommunity("T", "Thôn Đông",
                "07654", List.of(), List.of()), new TitleCounts(10, 10), List.of(), null, citizens, Map.of(), Map.of());
        assertEquals(3, measurement(Khvn.EXAMPLE.evaluate(r), "KHVN.CD.C1.2").numerator(),
                "nationally a 2025 award is not kept in 2026");
        Evaluator kept = Evaluator.builder().add(Khvn.numbers(Khvn.EXAMPLE_NUMBERS))
                .add(vn.hoctap.rules.pack.ProvincePack.fromDirectory(java.nio.file.Path.of(
                        ClanHamletGrassrootsTest.class.getResource("/cases/province-pack/tinh-giu-cdht").toURI())))
                .build();
        assertEquals(7, measurement(kept.evaluate(r), "KHVN.CD.C1.2").numerator(), "the pack keeps it through 2027");
    }

    @Test
    void aHamletWithoutHouseholdsToCountDoesNotApplyTheHouseholdIndicator() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.hamlet(new TitleCounts(0, 0), new TitleCounts(10, 10)));
        assertEquals(Outcome.NOT_APPLICABLE, indicator(a, "KHVN.CD.C1.1").outcome());
        assertEquals(0, new BigDecimal(50).compareTo(indicator(a, "KHVN.CD.C1.1").points()));
        assertEquals(Verdict.LEVEL_1, a.verdict());
    }

    @Test
    void aHamletIsJudgedUnderItsOwnSchemeAtHamletLevel() {
        Assessment a = Khvn.EXAMPLE.evaluate(Khvn.hamlet(new TitleCounts(10, 8), new TitleCounts(10, 8)));
        assertEquals("KHVN.CD", a.schemeId());
        assertEquals(AdministrativeTier.HAMLET,
                Khvn.EXAMPLE.catalogue().scheme("KHVN.CD").orElseThrow().tier());
    }

    @Test
    void aGrassrootsUnitsMembersGivenAsRecordsOrCountsGiveTheSameShare() {
        GrassrootsUnit unit = Khvn.grassroots(1, 1).unit();
        List<UnitMember> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(new UnitMember("m" + i, null, null, null, null, null, null, i < 4));
        }
        Measurement fromRecords = measurement(Khvn.EXAMPLE.evaluate(new GrassrootsUnitEvaluationRequest(2024, null,
                unit, null, members, Map.of(), Map.of())), "KHVN.DV.C1.1");
        Measurement fromCounts = measurement(Khvn.EXAMPLE.evaluate(Khvn.grassroots(5, 4)), "KHVN.DV.C1.1");
        assertEquals(4, fromRecords.numerator());
        assertEquals(fromCounts.denominator(), fromRecords.denominator());
        assertEquals(Outcome.MET, fromRecords.outcome(), "4 of 5 reaches the example's 80 %");

        members.set(1, new UnitMember("m1", null, null, null, null, null, null, null));
        IndicatorResult open = indicator(Khvn.EXAMPLE.evaluate(new GrassrootsUnitEvaluationRequest(2024, null, unit,
                null, members, Map.of(), Map.of())), "KHVN.DV.C1.1");
        assertEquals(Outcome.UNDETERMINED, open.outcome());
        assertEquals(List.of("$.memberList[1].learningCitizen"),
                open.missingInputs().stream().map(MissingInput::path).toList());
    }
}
