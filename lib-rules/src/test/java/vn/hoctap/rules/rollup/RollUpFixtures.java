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
import vn.hoctap.model.request.RecognisedStandard;
import vn.hoctap.model.request.RecognisedUniversalEducation;
import vn.hoctap.model.request.UniversalEducation;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.AdministrativeUnit;
import vn.hoctap.model.subject.Commune;
import vn.hoctap.model.subject.District;
import vn.hoctap.model.subject.Person;
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
        return new DistrictEvaluationRequest(YEAR, null,
                new District(new AdministrativeUnit("210", "Huyện Ví Dụ", AdministrativeTier.DISTRICT, "25", null, null),
                        communeCodes, List.of()),
                allDistrictAttestations(), null, YearOnYear.of("52.4", "56.1"), YearOnYear.of("93.1", "94.0"), Map.of());
    }

    private static DistrictAttestations allDistrictAttestations() {
        return new DistrictAttestations(true, true, true, true, true, true, true, true, true, true);
    }

    /** A district of {@code communes} communes of up to {@code maxPeople} people each. */
    static DistrictTree districtTree(long seed, int communes, int maxPeople, double missingChance) {
        Random random = new Random(seed);
        List<CommuneTree> trees = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int c = 0; c < communes; c++) {
            String code = String.valueOf(7650 + c);
            codes.add(code);
            int n = 1 + random.nextInt(maxPeople);
            List<CitizenEvaluationRequest> people = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                people.add(person(code + "-" + p, random, missingChance));
            }
            trees.add(new CommuneTree(commune(code, random.nextBoolean()), people, List.of()));
        }
        return new DistrictTree(district(codes), trees);
    }
}
