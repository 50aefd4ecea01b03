package vn.hoctap.rules.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import vn.hoctap.model.request.DistrictAttestations;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceAttestations;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.result.Verdict;

/**
 * Changes to TT 25 district and province requests for the invariant properties: improvements that can only help
 * (a "no" becoming "yes", one more unit recognised or recognised higher, a figure moving the good way, one more
 * programme, a province stating it runs no university), and completions that fill every missing value at random.
 * Improvements are aimed at what the request lacks, so that a short chain often raises the level; each one leaves a
 * request unchanged where it no longer applies (a chain may already have used up the unrecognised units).
 */
final class Tt25Changes {
    private Tt25Changes() {
    }

    /** One named change. */
    record Change<T>(String name, UnaryOperator<T> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** NOT_RECOGNISED &lt; LEVEL_1 &lt; LEVEL_2. */
    static int rank(Verdict v) {
        return switch (v) {
            case NOT_RECOGNISED -> 0;
            case LEVEL_1 -> 1;
            case LEVEL_2 -> 2;
            case NOT_DETERMINED -> throw new IllegalArgumentException("no rank");
        };
    }

    // ---- districts ------------------------------------------------------------------------------------------------

    static DistrictEvaluationRequest with(DistrictEvaluationRequest r, DistrictAttestations a) {
        return new DistrictEvaluationRequest(r.evaluationYear(), r.referenceDate(), r.district(), a, r.communes(),
                r.perCapitaIncome(), r.employmentRate(), r.evidence());
    }

    static DistrictEvaluationRequest withFigures(DistrictEvaluationRequest r, YearOnYear income,
                                                 YearOnYear employment) {
        return new DistrictEvaluationRequest(r.evaluationYear(), r.referenceDate(), r.district(), r.attestations(),
                r.communes(), income, employment, r.evidence());
    }

    private static List<Boolean> statements(DistrictAttestations a) {
        return java.util.Arrays.asList(a.awareness(), a.programmesAndGuidance(), a.lifelongLearningWeek(),
                a.stateBudget(), a.socialResources(), a.policiesCarriedOut(), a.digitalServices(), a.schoolsDigital(),
                a.publicLibrary(), a.cultureCentre());
    }

    private static DistrictAttestations districtAttestations(List<Boolean> b) {
        return new DistrictAttestations(b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5), b.get(6),
                b.get(7), b.get(8), b.get(9));
    }

    static List<Change<DistrictEvaluationRequest>> improvements(DistrictEvaluationRequest request) {
        List<Change<DistrictEvaluationRequest>> changes = new ArrayList<>();
        List<Boolean> said = statements(request.attestations());
        for (int i = 0; i < said.size(); i++) {
            if (Boolean.FALSE.equals(said.get(i))) {
                int at = i;
                changes.add(new Change<>("statement " + i + " no → yes", r -> {
                    List<Boolean> b = new ArrayList<>(statements(r.attestations()));
                    b.set(at, true);
                    return with(r, districtAttestations(b));
                }));
            }
        }
        countImprovements(request.communes()).forEach(c -> changes.add(new Change<>("communes: " + c.name(),
                r -> r.withCommunes(c.apply().apply(r.communes())))));
        if (notRising(request.perCapitaIncome())) {
            changes.add(new Change<>("income rises", r -> withFigures(r, up(r.perCapitaIncome(), null),
                    r.employmentRate())));
        }
        if (notRising(request.employmentRate())) {
            changes.add(new Change<>("employment rises", r -> withFigures(r, r.perCapitaIncome(),
                    up(r.employmentRate(), BigDecimal.valueOf(100)))));
        }
        return changes;
    }

    static DistrictEvaluationRequest complete(DistrictEvaluationRequest r, Random random) {
        List<Boolean> b = new ArrayList<>(statements(r.attestations()));
        b.replaceAll(x -> x == null ? random.nextBoolean() : x);
        return withFigures(with(r, districtAttestations(b)).withCommunes(complete(r.communes(), random)),
                complete(r.perCapitaIncome(), random, null), complete(r.employmentRate(), random,
                        BigDecimal.valueOf(100)));
    }

    // ---- provinces ------------------------------------------------------------------------------------------------

    static ProvinceEvaluationRequest with(ProvinceEvaluationRequest r, Boolean university, ProvinceAttestations a,
                                          Integer museum, Integer radio, YearOnYear poverty, YearOnYear grdp) {
        return new ProvinceEvaluationRequest(r.evaluationYear(), r.referenceDate(), r.province(), university, a,
                r.districts(), museum, radio, poverty, grdp, r.evidence());
    }

    private static List<Boolean> statements(ProvinceAttestations a) {
        return java.util.Arrays.asList(a.awareness(), a.programmesAndGuidance(), a.emulationMovement(),
                a.stateBudget(), a.centralPolicies(), a.localPolicies(), a.internationalCooperation(),
                a.digitalServices(), a.universityDigital(), a.schoolsDigital(), a.publicLibrary(),
                a.radioTvOpenResources());
    }

    private static ProvinceAttestations provinceAttestations(List<Boolean> b) {
        return new ProvinceAttestations(b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5), b.get(6),
                b.get(7), b.get(8), b.get(9), b.get(10), b.get(11));
    }

    static List<Change<ProvinceEvaluationRequest>> improvements(ProvinceEvaluationRequest request) {
        List<Change<ProvinceEvaluationRequest>> changes = new ArrayList<>();
        List<Boolean> said = statements(request.attestations());
        for (int i = 0; i < said.size(); i++) {
            if (Boolean.FALSE.equals(said.get(i))) {
                int at = i;
                changes.add(new Change<>("statement " + i + " no → yes", r -> {
                    List<Boolean> b = new ArrayList<>(statements(r.attestations()));
                    b.set(at, true);
                    return with(r, r.provincialUniversity(), provinceAttestations(b), r.museumProgrammes(),
                            r.radioTvProgrammes(), r.povertyRate(), r.grdp());
                }));
            }
        }
        if (!Boolean.FALSE.equals(request.provincialUniversity())
                && Boolean.FALSE.equals(request.attestations().universityDigital())) {
            changes.add(new Change<>("runs no university", r -> with(r, false, r.attestations(),
                    r.museumProgrammes(), r.radioTvProgrammes(), r.povertyRate(), r.grdp())));
        }
        countImprovements(request.districts()).forEach(c -> changes.add(new Change<>("districts: " + c.name(),
                r -> r.withDistricts(c.apply().apply(r.districts())))));
        if (request.museumProgrammes() != null && request.museumProgrammes() < 4) {
            changes.add(new Change<>("one more museum programme", r -> with(r, r.provincialUniversity(),
                    r.attestations(), r.museumProgrammes() + 1, r.radioTvProgrammes(), r.povertyRate(), r.grdp())));
        }
        if (request.radioTvProgrammes() != null && request.radioTvProgrammes() < 4) {
            changes.add(new Change<>("one more radio-TV programme", r -> with(r, r.provincialUniversity(),
                    r.attestations(), r.museumProgrammes(), r.radioTvProgrammes() + 1, r.povertyRate(), r.grdp())));
        }
        if (notFalling(request.povertyRate()) && request.povertyRate().current().signum() > 0) {
            changes.add(new Change<>("poverty falls", r -> with(r, r.provincialUniversity(), r.attestations(),
                    r.museumProgrammes(), r.radioTvProgrammes(), down(r.povertyRate()), r.grdp())));
        }
        if (notRising(request.grdp())) {
            changes.add(new Change<>("GRDP rises", r -> with(r, r.provincialUniversity(), r.attestations(),
                    r.museumProgrammes(), r.radioTvProgrammes(), r.povertyRate(), up(r.grdp(), null))));
        }
        return changes;
    }

    static ProvinceEvaluationRequest complete(ProvinceEvaluationRequest r, Random random) {
        List<Boolean> b = new ArrayList<>(statements(r.attestations()));
        b.replaceAll(x -> x == null ? random.nextBoolean() : x);
        // An unstated provincialUniversity is not missing data: the pack then judges criterion 3.1 as written, so a
        // completion keeps it (declaring "no university" could turn a determined "no" into "does not apply").
        return with(r.withDistricts(complete(r.districts(), random)), r.provincialUniversity(), provinceAttestations(b),
                r.museumProgrammes() == null ? random.nextInt(8) : r.museumProgrammes(),
                r.radioTvProgrammes() == null ? random.nextInt(8) : r.radioTvProgrammes(),
                complete(r.povertyRate(), random, BigDecimal.valueOf(100)), complete(r.grdp(), random, null));
    }

    // ---- shared ---------------------------------------------------------------------------------------------------

    private static boolean notRising(YearOnYear f) {
        return f != null && f.previous() != null && f.current() != null && f.current().compareTo(f.previous()) <= 0;
    }

    private static boolean notFalling(YearOnYear f) {
        return f != null && f.previous() != null && f.current() != null && f.current().compareTo(f.previous()) >= 0;
    }

    /**
     * Ways to recognise one more unit, or one at a higher level, when fewer than 90 % are at level 2; each leaves
     * counts that no longer allow it unchanged.
     */
    private static List<Change<RecognitionCounts>> countImprovements(RecognitionCounts c) {
        List<Change<RecognitionCounts>> changes = new ArrayList<>();
        if (c == null || c.level1() == null || c.level2() == null || c.level2() * 100L >= 90L * c.total()) {
            return changes;
        }
        changes.add(new Change<>("one more at level 1", x -> x.level1() + x.level2() < x.total()
                ? new RecognitionCounts(x.total(), x.level1() + 1, x.level2()) : x));
        changes.add(new Change<>("one more at level 2", x -> x.level1() + x.level2() < x.total()
                ? new RecognitionCounts(x.total(), x.level1(), x.level2() + 1) : x));
        changes.add(new Change<>("one from level 1 to level 2", x -> x.level1() > 0
                ? new RecognitionCounts(x.total(), x.level1() - 1, x.level2() + 1) : x));
        return changes;
    }

    private static YearOnYear up(YearOnYear f, BigDecimal cap) {
        BigDecimal raised = f.current().add(BigDecimal.ONE);
        return new YearOnYear(f.previous(), cap != null && raised.compareTo(cap) > 0 ? cap : raised);
    }

    private static YearOnYear down(YearOnYear f) {
        return new YearOnYear(f.previous(), f.current().subtract(f.current().min(BigDecimal.ONE)));
    }

    private static RecognitionCounts complete(RecognitionCounts c, Random random) {
        int total = c == null ? 1 + random.nextInt(30) : c.total();
        Integer level2 = c == null || c.level2() == null
                ? random.nextInt(total - (c == null || c.level1() == null ? 0 : c.level1()) + 1) : c.level2();
        Integer level1 = c == null || c.level1() == null ? random.nextInt(total - level2 + 1) : c.level1();
        return new RecognitionCounts(total, level1, level2);
    }

    private static YearOnYear complete(YearOnYear f, Random random, BigDecimal cap) {
        BigDecimal previous = f == null || f.previous() == null ? figure(random, cap) : f.previous();
        BigDecimal current = f == null || f.current() == null ? figure(random, cap) : f.current();
        return new YearOnYear(previous, current);
    }

    private static BigDecimal figure(Random random, BigDecimal cap) {
        BigDecimal v = BigDecimal.valueOf(random.nextInt(10_000), 2);
        return cap == null ? v : v.min(cap);
    }
}
