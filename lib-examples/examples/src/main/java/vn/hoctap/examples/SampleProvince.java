package vn.hoctap.examples;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.ProvinceAttestations;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.ProvinceInput;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.AdministrativeUnit;
import vn.hoctap.model.subject.District;
import vn.hoctap.model.subject.Province;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.rules.stream.Sourced;

/**
 * Provinces for the streaming example and the scale harness: the province of {@link SampleDistrict}'s district, and
 * generated provinces of any size whose people are made one at a time, never all held.
 */
public final class SampleProvince {
    /** The province's code. */
    public static final String CODE = "25";

    private SampleProvince() {
    }

    /** The province whose one district is {@link SampleDistrict#district()}, its people left out (they are streamed). */
    public static ProvinceTree sampleSkeleton() {
        return new ProvinceTree(province(List.of(SampleDistrict.DISTRICT_CODE)), List.of(withoutPeople(
                SampleDistrict.district())));
    }

    /** The same province with its people, as {@code Evaluator.rollUp} takes it. */
    public static ProvinceTree sample() {
        return new ProvinceTree(province(List.of(SampleDistrict.DISTRICT_CODE)), List.of(SampleDistrict.district()));
    }

    /** {@code district} with no people in its communes (their organisations stay). */
    public static DistrictTree withoutPeople(DistrictTree district) {
        return new DistrictTree(district.district(), district.communes().stream()
                .map(c -> new CommuneTree(c.commune(), List.of(), c.organisations())).toList());
    }

    /** A province of {@code districts} districts of {@code communes} communes each, without people. */
    public static ProvinceTree skeleton(int districts, int communes) {
        SampleDistrict.Profile p = SampleDistrict.PROFILES.get(1);
        List<DistrictTree> trees = new ArrayList<>();
        List<String> districtCodes = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            String code = String.valueOf(300 + d);
            districtCodes.add(code);
            List<CommuneTree> list = new ArrayList<>();
            for (int c = 0; c < communes; c++) {
                String commune = communeCode(d, c, communes);
                list.add(new CommuneTree(SampleDistrict.communeRequest(new SampleDistrict.Profile(commune,
                        "Xã " + commune, 0, 0, 0, 0, false, 0, 0)), List.of(), List.of()));
            }
            DistrictTree sample = SampleDistrict.district();
            DistrictEvaluationRequest r = sample.district();
            trees.add(new DistrictTree(new DistrictEvaluationRequest(r.evaluationYear(), null,
                    new District(new AdministrativeUnit(code, "Huyện " + code, AdministrativeTier.DISTRICT, CODE,
                            null, null), list.stream().map(CommuneTree::code).toList(), List.of()),
                    r.attestations(), null, r.perCapitaIncome(), r.employmentRate(), Map.of()), list));
        }
        return new ProvinceTree(province(districtCodes), trees);
    }

    /**
     * The people of {@link #skeleton}: {@code perCommune} in each commune, commune after commune, made as they are
     * read (about seven in ten self-assess at the title's level, one in a hundred leaves a score blank).
     */
    public static Iterator<Sourced> people(int districts, int communes, int perCommune, long seed) {
        Random random = new Random(seed);
        Qualification[] qualifications = Qualification.values();
        long total = (long) districts * communes * perCommune;
        // Each commune's code made once: a String.format per person cost the harness more than the evaluation.
        String[] codes = new String[districts * communes];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = communeCode(i / communes, i % communes, communes);
        }
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public Sourced next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long n = next++;
                int commune = (int) (n / perCommune);
                String code = codes[commune];
                String id = code + "-" + (n % perCommune);
                CitizenEvaluationRequest r = SampleDistrict.person(id, random.nextInt(10) < 7,
                        qualifications[random.nextInt(qualifications.length)], random);
                return Sourced.of(id, code, r);
            }
        };
    }

    private static String communeCode(int district, int commune, int communes) {
        return String.format("%05d", 10_000 + district * communes + commune);
    }

    private static ProvinceEvaluationRequest province(List<String> districtCodes) {
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        for (ProvinceInput i : ProvinceInput.values()) {
            evidence.put(i.jsonName(), List.of(Evidence.of("Báo cáo tổng kết năm, mục " + i.jsonName())));
        }
        return new ProvinceEvaluationRequest(SampleDistrict.YEAR, null,
                new Province(new AdministrativeUnit(CODE, "Tỉnh Ví Dụ", AdministrativeTier.PROVINCE, null, null, null),
                        districtCodes, List.of(), List.of()),
                true, new ProvinceAttestations(true, true, true, true, true, true, true, true, true, true, true, true),
                null, 5, 5, YearOnYear.of("4.1", "3.2"), YearOnYear.of("61.0", "65.2"), evidence);
    }
}
