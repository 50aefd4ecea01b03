package vn.hoctap.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.request.CommuneAttestations;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.DistrictAttestations;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.RecognisedStandard;
import vn.hoctap.model.request.RecognisedUniversalEducation;
import vn.hoctap.model.request.UnitAttestations;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.request.UniversalEducation;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.OrganisationTree;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.AdministrativeUnit;
import vn.hoctap.model.subject.Commune;
import vn.hoctap.model.subject.District;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;

/**
 * A generated district for the roll-up example, its test and its benchmark: four communes of 300 to 900 people, each
 * with its People's Committee, for evaluation year {@value #YEAR}. The people are random but the seed is fixed, so
 * every run builds the same district; each commune's profile is chosen so that the four communes show four different
 * stories:
 *
 * <ul>
 *   <li>{@code 07651} Tân Lập: 88 % of people self-assess for "Công dân học tập", 70 % trained, 18 % graduates — level 2;</li>
 *   <li>{@code 07652} Phú Mỹ: 70 % hold the title, 56 % trained, 14 % graduates — level 1;</li>
 *   <li>{@code 07653} Hòa Bình: only 52 % hold the title (criterion 5.1 needs 60 %) — not recognised, although
 *       its training shares would pass;</li>
 *   <li>{@code 07654} Nà Hang, a disadvantaged commune: 68 % hold the title, 46 % trained (graduates, drawn among the
 *       trained, come out near 12 %) — level 1 only because TT 25 Art. 6.5.b lowers the trained share from 50 % to
 *       40 % for disadvantaged communes.</li>
 * </ul>
 *
 * <p>The committees come out at level 2 (Tân Lập), level 1 (Phú Mỹ), not recognised (Hòa Bình: 22 of 26 staff hold
 * the title, TT 24 indicator 3.1 needs 90 %) and not determined (Nà Hang: one member's blank score leaves level 2's
 * 95 % open).
 *
 * <p>One person in a hundred leaves a score blank, so every commune has a few people not determined. The shares are the generator's targets; the outcomes come from the engine and are pinned by the example's test.
 */
public final class SampleDistrict {
    /** The evaluation year of every request. */
    public static final int YEAR = 2024;
    /** The generator's seed, fixed so that every run builds the same district. */
    public static final long SEED = 20_250_115L;
    /** The district's code. */
    public static final String DISTRICT_CODE = "210";

    /**
     * What the generator aims at for one commune.
     *
     * @param code          the commune's code
     * @param name          its name
     * @param people        how many citizens
     * @param holds         share of people who self-assess at the title's level
     * @param trained       share of people with professional training (graduates included)
     * @param graduates     share of people with a university degree (close to it: drawn among the trained)
     * @param disadvantaged whether the commune is disadvantaged (TT 25 Art. 6.5.b)
     * @param staff         how many members its People's Committee has
     * @param staffHolds    share of committee members who self-assess at the title's level
     */
    record Profile(String code, String name, int people, double holds, double trained, double graduates,
                   boolean disadvantaged, int staff, double staffHolds) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("07651", "Xã Tân Lập", 860, 0.88, 0.70, 0.18, false, 38, 1.00),
            new Profile("07652", "Xã Phú Mỹ", 610, 0.70, 0.56, 0.14, false, 31, 0.94),
            new Profile("07653", "Xã Hòa Bình", 480, 0.52, 0.58, 0.14, false, 26, 0.85),
            new Profile("07654", "Xã Nà Hang", 340, 0.68, 0.46, 0.115, true, 22, 0.96));

    private SampleDistrict() {
    }

    /** The district of the example, always the same. */
    public static DistrictTree district() {
        Random random = new Random(SEED);
        List<CommuneTree> communes = new ArrayList<>();
        for (Profile p : PROFILES) {
            communes.add(commune(p, random));
        }
        DistrictEvaluationRequest request = new DistrictEvaluationRequest(YEAR, null,
                new District(new AdministrativeUnit(DISTRICT_CODE, "Huyện Ví Dụ", AdministrativeTier.DISTRICT, "25",
                        null, null), PROFILES.stream().map(Profile::code).toList(), List.of()),
                new DistrictAttestations(true, true, true, true, true, true, true, true, true, true), null,
                YearOnYear.of("52.4", "56.1"), YearOnYear.of("93.1", "94.0"), Map.of());
        return new DistrictTree(request, communes);
    }

    /**
     * One commune of {@code people} citizens from {@code seed}, with the profile of the level-1 commune and no
     * organisation: the benchmark's commune of 12,000.
     */
    public static CommuneTree commune(int people, long seed) {
        Profile p = PROFILES.get(1);
        Random random = new Random(seed);
        return commune(new Profile(p.code(), p.name(), people, p.holds(), p.trained(), p.graduates(), false, 0, 0),
                random);
    }

    private static CommuneTree commune(Profile p, Random random) {
        // Exact shares, in random order: who self-assesses high, and who has which qualification, are drawn apart.
        List<Boolean> high = quota(p.people(), p.holds(), random);
        List<Boolean> trained = quota(p.people(), p.trained(), random);
        List<Boolean> graduate = quota(p.people(), p.graduates() / p.trained(), random);
        List<CitizenEvaluationRequest> people = new ArrayList<>(p.people());
        for (int i = 0; i < p.people(); i++) {
            Qualification q = !trained.get(i) ? Qualification.NONE
                    : graduate.get(i) ? Qualification.UNIVERSITY_OR_HIGHER : Qualification.VOCATIONAL_OR_PROFESSIONAL;
            people.add(person(p.code() + "-" + i, high.get(i), q, random));
        }
        List<OrganisationTree> organisations = p.staff() == 0 ? List.of() : List.of(committee(p, random));
        return new CommuneTree(communeRequest(p), people, organisations);
    }

    static CommuneEvaluationRequest communeRequest(Profile p) {
        RecognisedUniversalEducation education = new RecognisedUniversalEducation(
                RecognisedStandard.of(UniversalEducationLevel.MET), RecognisedStandard.of(UniversalEducationLevel.LEVEL_3),
                RecognisedStandard.of(UniversalEducationLevel.LEVEL_3), RecognisedStandard.of(UniversalEducationLevel.LEVEL_2));
        // Recognised at level 1 for 2022, so that a level 2 is not held back by the wait after a first recognition.
        List<Recognition> recognitions = List.of(new Recognition(Title.LEARNING_COMMUNITY, AdministrativeTier.COMMUNE,
                Level.LEVEL_1, 2022, LocalDate.of(2023, 3, 20), "118/QĐ-PGDĐT"));
        return new CommuneEvaluationRequest(YEAR, null,
                new Commune(new AdministrativeUnit(p.code(), p.name(), AdministrativeTier.COMMUNE, DISTRICT_CODE, null,
                        null), p.disadvantaged(), false, recognitions),
                null, CommuneAttestations.all(true), UniversalEducation.recognised(education), Map.of());
    }

    /**
     * {@code n} flags, {@code share} of them (rounded) true, shuffled. Used for the graduates among the trained, so
     * the graduates' share of everyone is only close to the profile's.
     */
    private static List<Boolean> quota(int n, double share, Random random) {
        long yes = Math.round(n * share);
        List<Boolean> flags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            flags.add(i < yes);
        }
        Collections.shuffle(flags, random);
        return flags;
    }

    /**
     * A person who, when {@code high}, scores 8 to 10 on every indicator (80 points or more: the title) and otherwise
     * 5 to 8; one person in a hundred leaves a score blank, and one in a hundred states no qualification.
     */
    static CitizenEvaluationRequest person(String id, boolean high, Qualification qualification,
                                                   Random random) {
        int blank = random.nextInt(100) == 0 ? random.nextInt(CitizenInput.values().length) : -1;
        Map<CitizenInput, BigDecimal> scores = new EnumMap<>(CitizenInput.class);
        for (CitizenInput input : CitizenInput.values()) {
            if (input.ordinal() != blank) {
                scores.put(input, BigDecimal.valueOf(high ? 8 + random.nextInt(3) : 5 + random.nextInt(4)));
            }
        }
        return new CitizenEvaluationRequest(YEAR, null, new Person(id, null, 1950 + random.nextInt(56), null, List.of()),
                CitizenScores.of(scores), random.nextInt(100) == 0 ? null : qualification);
    }

    /** The commune's People's Committee: its staff's records, and their own self-assessments for TT 24 indicator 3.1. */
    private static OrganisationTree committee(Profile p, Random random) {
        Organisation unit = new Organisation("UBND-" + p.code(), "Ủy ban nhân dân x" + p.name().substring(1),
                OrganisationKind.COMMUNE_PEOPLES_COMMITTEE, Ownership.PUBLIC, null,
                AdministrativeTier.DISTRICT, p.code());
        List<UnitMember> records = new ArrayList<>();
        List<CitizenEvaluationRequest> members = new ArrayList<>();
        List<Boolean> high = quota(p.staff(), p.staffHolds(), random);
        List<Boolean> language = quota(p.staff(), 0.75, random);
        for (int i = 0; i < p.staff(); i++) {
            String id = "UBND-" + p.code() + "-" + i;
            records.add(new UnitMember(id, true, true, true, language.get(i), language.get(i), true, null));
            members.add(person(id, high.get(i), Qualification.UNIVERSITY_OR_HIGHER, random));
        }
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (String input : List.of("annualLearningPlan", "trainingRegimes", "trainingBudget",
                "digitalTransformationAndEquipment",
                "lifelongLearningActivities", "learningEnvironment", "advancedCollectiveTitle",
                "members.labourDiscipline", "members.completedTraining", "members.trainedInDigitalTransformation",
                "members.languageCertificate", "members.languageProficiency", "members.advancedWorker",
                "members.learningCitizen")) {
            evidence.put(input, List.of(Evidence.of("Hồ sơ " + input + " năm " + YEAR + " của UBND " + p.name())));
        }
        UnitEvaluationRequest request = new UnitEvaluationRequest(YEAR, null, unit, null, records, null,
                new UnitAttestations(true, true, null, true, true, true, true, true, null), null, evidence, List.of());
        return new OrganisationTree(request, members);
    }
}
