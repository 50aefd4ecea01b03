package vn.hoctap.rules.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import vn.hoctap.model.request.CommuneInput;
import vn.hoctap.model.request.DistrictAttestations;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.ProvinceAttestations;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.ProvinceInput;
import vn.hoctap.model.request.RecognisedStandard;
import vn.hoctap.model.request.RecognisedUniversalEducation;
import vn.hoctap.model.request.UniversalEducation;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.AdministrativeUnit;
import vn.hoctap.model.subject.Commune;
import vn.hoctap.model.subject.District;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Province;
import vn.hoctap.model.subject.Qualification;

/** Trees of people, communes and a district for the roll-up tests, from a seed. */
final class RollUpFixtures {
    static final int YEAR = 2024;

    private RollUpFixtures() {
    }

    /** A person whose ten scores are each 0-10 or, with {@code missingChance}, not given. */
    static CitizenEvaluationRequest person(String id, Random random, double missingChance) {
        Map<CitizenInput, BigDecimal> scores = new EnumMap<>(CitizenInput.class);
        for (CitizenInput i : CitizenInput.values()) {
            if (random.nextDouble() >= missingChance) {
                // Mostly high scores, so that the title is often reached and the 60 % / 80 % shares are close calls.
                scores.put(i, BigDecimal.valueOf(random.nextDouble() < 0.85 ? 7 + random.nextInt(4) : random.nextInt(7)));
            }
        }
        Qualification[] q = Qualification.values();
        Qualification qualification = random.nextDouble() < 0.05 ? null : q[random.nextInt(q.length)];
        return new CitizenEvaluationRequest(YEAR, null, new Person(id, null, 1960 + random.nextInt(45), null, List.of()),
                CitizenScores.of(scores), qualification);
    }

    static CommuneEvaluationRequest commune(String code, boolean disadvantaged) {
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (CommuneInput i : CommuneInput.values()) {
            if (i.kind() != CommuneInput.Kind.COMMUNE_FLAG) {
                evidence.put(i.jsonName(), List.of(Evidence.of("Hồ sơ " + i.jsonName())));
            }
        }
        RecognisedUniversalEducation recognised = new RecognisedUniversalEducation(
                RecognisedStandard.of(UniversalEducationLevel.MET), RecognisedStandard.of(UniversalEducationLevel.LEVEL_3),
                RecognisedStandard.of(UniversalEducationLevel.LEVEL_3), RecognisedStandard.of(UniversalEducationLevel.LEVEL_2));
        return new CommuneEvaluationRequest(YEAR, null,
                new Commune(new AdministrativeUnit(code, "Xã " + code, AdministrativeTier.COMMUNE, "210", null, null),
                        disadvantaged, false, List.of()),
                null, CommuneAttestations.all(true), UniversalEducation.recognised(recognised), evidence);
    }

    static DistrictEvaluationRequest district(List<String> communeCodes) {
        return district("210", communeCodes);
    }

    static DistrictEvaluationRequest district(String code, List<String> communeCodes) {
        return new DistrictEvaluationRequest(YEAR, null,
                new District(new AdministrativeUnit(code, "Huyện " + code, AdministrativeTier.DISTRICT, "25", null, null),
                        communeCodes, List.of()),
                allDistrictAttestations(), null, YearOnYear.of("52.4", "56.1"), YearOnYear.of("93.1", "94.0"), Map.of());
    }

    private static DistrictAttestations allDistrictAttestations() {
        return new DistrictAttestations(true, true, true, true, true, true, true, true, true, true);
    }

    /** A district of {@code communes} communes of up to {@code maxPeople} people each. */
    static DistrictTree districtTree(long seed, int communes, int maxPeople, double missingChance) {
        return districtTree("210", 7650, new Random(seed), communes, maxPeople, missingChance);
    }

    /**
     * A province of {@code districts} districts of 1 to {@code maxCommunes} communes of 1 to {@code maxPeople}
     * people each, every subject with all its statements, the province's figures rising.
     */
    static ProvinceTree provinceTree(long seed, int districts, int maxCommunes, int maxPeople, double missingChance) {
        Random random = new Random(seed);
        List<DistrictTree> trees = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            String code = String.valueOf(210 + d);
            codes.add(code);
            trees.add(districtTree(code, 7650 + 100 * d, random, 1 + random.nextInt(maxCommunes), maxPeople,
                    missingChance));
        }
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (ProvinceInput i : ProvinceInput.values()) {
            evidence.put(i.jsonName(), List.of(Evidence.of("Báo cáo mục " + i.jsonName())));
        }
        ProvinceEvaluationRequest province = new ProvinceEvaluationRequest(YEAR, null,
                new Province(new AdministrativeUnit("25", "Tỉnh Ví Dụ", AdministrativeTier.PROVINCE, null, null, null),
                        codes, List.of(), List.of()),
                true, new ProvinceAttestations(true, true, true, true, true, true, true, true, true, true, true, true),
                null, 5, 5, YearOnYear.of("4.1", "3.2"), YearOnYear.of("61.0", "65.2"), evidence);
        return new ProvinceTree(province, trees);
    }

    private static DistrictTree districtTree(String district, int firstCommune, Random random, int communes,
                                             int maxPeople, double missingChance) {
        List<CommuneTree> trees = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int c = 0; c < communes; c++) {
            String code = String.valueOf(firstCommune + c);
            codes.add(code);
            int n = 1 + random.nextInt(maxPeople);
            List<CitizenEvaluationRequest> people = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                people.add(person(code + "-" + p, random, missingChance));
            }
            trees.add(new CommuneTree(commune(code, random.nextBoolean()), people, List.of()));
        }
        return new DistrictTree(district(district, codes), trees);
    }
}
