package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.request.HouseholdEvaluationRequestTest.failsAt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Clan;
import vn.hoctap.model.subject.GrassrootsUnit;
import vn.hoctap.model.subject.HamletCommunity;
import vn.hoctap.model.subject.Household;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;

/**
 * The clan, hamlet and grassroots-unit requests: households as counts or standings, citizens as counts or persons,
 * members as counts or records, never both, and what each way tells of the share holding the title one level down.
 */
class CommunityRequestsTest {
    private static final Clan CLAN = new Clan("DH", "Họ Lê", List.of("h1", "h2", "h3"), List.of());
    private static final Clan UNLISTED = new Clan("DH", "Họ Lê", List.of(), List.of());

    private static ClanEvaluationRequest clan(Clan clan, TitleCounts counts, List<HouseholdStanding> standings) {
        return new ClanEvaluationRequest(2024, null, clan, counts, standings, null, null);
    }

    private static List<HouseholdStanding> standings(Boolean... learningFamily) {
        return IntStream.range(0, learningFamily.length)
                .mapToObj(i -> new HouseholdStanding("h" + (i + 1), learningFamily[i])).toList();
    }

    @Test
    void householdsComeAsCountsOrAsStandingsNeverBoth() {
        failsAt("households", () -> clan(UNLISTED, new TitleCounts(3, 2), standings(true, true, false)));
        failsAt("households[1].householdId", () -> clan(UNLISTED, null,
                List.of(new HouseholdStanding("h1", true), new HouseholdStanding("h1", false))));
    }

    @Test
    void theStandingsAreExactlyTheClansHouseholds() {
        failsAt("households[1].householdId", () -> clan(CLAN, null, List.of(new HouseholdStanding("h1", true),
                new HouseholdStanding("h9", true), new HouseholdStanding("h3", true))));
        InvalidInputException e = failsAt("households", () -> clan(CLAN, null, standings(true, true)));
        assertTrue(e.problem().contains("h3"), e.problem());
        failsAt("householdCounts.total", () -> clan(CLAN, new TitleCounts(4, 2), List.of()));
        clan(CLAN, new TitleCounts(3, 2), List.of());
    }

    @Test
    void theHouseholdTallyComesFromWhicheverWayWasUsed() {
        assertEquals(Optional.of(new TitleCounts(3, 2)), clan(CLAN, null, standings(true, false, true))
                .householdTally());
        assertEquals(List.of(), clan(CLAN, null, standings(true, false, true)).householdsMissing());
        assertEquals(List.of("$.households[1].learningFamily"), clan(CLAN, null, standings(true, null, true))
                .householdsMissing());
        assertEquals(Optional.of(new TitleCounts(3, null)), clan(CLAN, null, standings(true, null, true))
                .householdTally());
        assertEquals(List.of("$.householdCounts.holding"), clan(CLAN, new TitleCounts(3, null), List.of())
                .householdsMissing());
        assertEquals(Optional.empty(), clan(CLAN, null, List.of()).householdTally());
        assertEquals(List.of("$.households"), clan(CLAN, null, List.of()).householdsMissing());
    }

    @Test
    void aStandingComesFromTheHouseholdsOwnEvaluationOfTheSameYear() {
        for (Verdict v : Verdict.values()) {
            Assessment a = new Assessment("h1", "Hộ A", "KHVN.GD", "", "", "", 2024, LocalDate.of(2024, 12, 31), v,
                    List.of(), List.of(), List.of(), null, "", "");
            Boolean expected = switch (v) {
                case LEVEL_1, LEVEL_2 -> true;
                case NOT_RECOGNISED -> false;
                case NOT_DETERMINED -> null;
            };
            assertEquals(new HouseholdStanding("h1", expected), HouseholdStanding.of(a, 2024), v.name());
        }
        Assessment lastYear = new Assessment("h1", "Hộ A", "KHVN.GD", "", "", "", 2023, LocalDate.of(2023, 12, 31),
                Verdict.LEVEL_1, List.of(), List.of(), List.of(), null, "", "");
        failsAt("evaluationYear", () -> HouseholdStanding.of(lastYear, 2024));
    }

    @Test
    void aStandingComesFromTheHouseholdsRecognitionForTheYear() {
        Household h = new Household("h1", null, null, List.of(new Person("p", null, null, null, List.of())),
                List.of(new Recognition(Title.LEARNING_FAMILY, null, null, 2023, null, null)));
        assertEquals(new HouseholdStanding("h1", true), HouseholdStanding.of(h, 2023));
        assertEquals(new HouseholdStanding("h1", false), HouseholdStanding.of(h, 2024));
    }

    @Test
    void countsCannotExceedTheirTotal() {
        failsAt("holding", () -> new TitleCounts(3, 4));
        failsAt("total", () -> new TitleCounts(-1, null));
        failsAt("total", () -> new TitleCounts(null, 0));
        assertEquals(0, new TitleCounts(0, 0).total());
    }

    private static HamletEvaluationRequest hamlet(TitleCounts citizenCounts, List<Person> citizens) {
        return new HamletEvaluationRequest(2024, null, new HamletCommunity("T", "Thôn Đông", "07654", List.of(),
                List.of()), null, List.of(), citizenCounts, citizens, null, null);
    }

    @Test
    void citizensComeAsCountsOrAsPersonsNeverBoth() {
        Person holder = new Person("c1", null, 1990, null,
                List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, 2024, null, null)));
        Person other = new Person("c2", null, 1990, null, List.of());
        failsAt("citizens", () -> hamlet(new TitleCounts(2, 1), List.of(holder, other)));
        failsAt("citizens[1].id", () -> hamlet(null, List.of(holder, holder)));
        assertEquals(Optional.of(new TitleCounts(2, 1)), hamlet(null, List.of(holder, other)).citizenTally());
        assertEquals(List.of("$.citizens"), hamlet(null, List.of()).citizensMissing());
        assertEquals(List.of("$.citizenCounts.holding"), hamlet(new TitleCounts(2, null), List.of())
                .citizensMissing());
    }

    @Test
    void aGrassrootsUnitsMembersComeAsCountsOrAsRecordsNeverBoth() {
        GrassrootsUnit unit = new GrassrootsUnit("MN", "Trường Mầm non xã Tân Lập", "07654", null, List.of());
        List<UnitMember> records = List.of(new UnitMember("m1", null, null, null, null, null, null, true),
                new UnitMember("m2", null, null, null, null, null, null, null));
        failsAt("memberList", () -> new GrassrootsUnitEvaluationRequest(2024, null, unit,
                new MemberCounts(2, null, null, null, null, null, null, 1), records, null, null));
        GrassrootsUnitEvaluationRequest r = new GrassrootsUnitEvaluationRequest(2024, null, unit, null, records, null,
                null);
        assertEquals(Optional.of(new TitleCounts(2, null)), r.memberTally(MemberAttribute.LEARNING_CITIZEN));
        assertEquals(List.of("$.memberList[1].learningCitizen"), r.membersMissing(MemberAttribute.LEARNING_CITIZEN));
        assertEquals(List.of("$.members"), new GrassrootsUnitEvaluationRequest(2024, null, unit, null, List.of(), null,
                null).membersMissing(MemberAttribute.LEARNING_CITIZEN));
    }

    @Test
    void jsonRoundTrips() {
        ClanEvaluationRequest c = new ClanEvaluationRequest(2024, null, CLAN, null, standings(true, false, null),
                Map.of("KHVN.DH.C1.1", true), Map.of("KHVN.DH.C1.1", List.of(Evidence.of("Biên bản họp họ"))));
        assertEquals(c, HoctapJson.read(HoctapJson.write(c), ClanEvaluationRequest.class));
        HamletEvaluationRequest h = hamlet(new TitleCounts(640, 410), List.of());
        assertEquals(h, HoctapJson.read(HoctapJson.write(h), HamletEvaluationRequest.class));
        failsAt("$.evidence['households.learningFamilies']", () -> HoctapJson.read("""
                {"evaluationYear": 2024, "clan": {"id": "DH", "name": "Họ Lê"},
                 "evidence": {"households.learningFamilies": [{"reference": "x"}]}}""", ClanEvaluationRequest.class));
    }
}
