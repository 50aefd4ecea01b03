package vn.hoctap.rules.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import vn.hoctap.model.request.DistrictAttestations;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.DistrictInput;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.ProvinceAttestations;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.ProvinceInput;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.AdministrativeUnit;
import vn.hoctap.model.subject.District;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Province;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;

/**
 * Generators of realistic TT 25 district and province requests for the property tests.
 *
 * <p>As for TT 24 ({@link Tt24Requests}), each request first draws a {@link Profile}: the odds that each field is
 * <em>perfect</em> (meets level 2), <em>level 1 only</em> (subordinate units recognised at level 1 or above but too
 * few at level 2), <em>bad</em> (a statement "no", a share just below 90 %, 3 programmes, an unchanged or wrong-way
 * figure) or <em>missing</em>. Shares cluster on the 90 % boundary and figures on "unchanged", where off-by-one and
 * strict-or-not errors live. Evidence is drawn independently of everything else, as TT 25 does not require it.
 */
final class Tt25Generators {
    private Tt25Generators() {
    }

    /** Relative odds of the four kinds of value for every field of one request. */
    record Profile(String name, int perfect, int level1Only, int bad, int missing) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("excellent", 100, 0, 0, 0),
            new Profile("good", 96, 3, 1, 0),
            new Profile("level 1", 55, 45, 0, 0),
            new Profile("gaps", 93, 0, 0, 7),
            new Profile("gaps, level 1", 60, 34, 0, 6),
            new Profile("poor", 88, 4, 8, 0),
            new Profile("mixed", 80, 7, 7, 6));

    private static Arbitrary<Profile> profiles() {
        return Arbitraries.frequency(Tuple.of(1, PROFILES.get(0)), Tuple.of(2, PROFILES.get(1)),
                Tuple.of(4, PROFILES.get(2)), Tuple.of(2, PROFILES.get(3)), Tuple.of(2, PROFILES.get(4)),
                Tuple.of(2, PROFILES.get(5)), Tuple.of(2, PROFILES.get(6)));
    }

    static Arbitrary<Profile> gappyProfiles() {
        return Arbitraries.of(PROFILES.stream().filter(p -> p.missing() > 0).toList());
    }

    /** One of four values, with the profile's odds. */
    private static <T> Arbitrary<T> item(Profile p, Arbitrary<T> perfect, Arbitrary<T> level1Only, Arbitrary<T> bad,
                                         Arbitrary<T> missing) {
        List<Tuple.Tuple2<Integer, Arbitrary<T>>> choices = new ArrayList<>();
        if (p.perfect() > 0) {
            choices.add(Tuple.of(p.perfect(), perfect));
        }
        if (p.level1Only() > 0) {
            choices.add(Tuple.of(p.level1Only(), level1Only));
        }
        if (p.bad() > 0) {
            choices.add(Tuple.of(p.bad(), bad));
        }
        if (p.missing() > 0) {
            choices.add(Tuple.of(p.missing(), missing));
        }
        return choices.size() == 1 ? choices.get(0).get2() : Arbitraries.frequencyOf(choices);
    }

    private static Arbitrary<Boolean> statement(Profile p) {
        Arbitrary<Boolean> yes = Arbitraries.just(true);
        return item(p, yes, yes, Arbitraries.just(false), Arbitraries.just(null));
    }

    /** The smallest count reaching 90 % of {@code total}. */
    static int ninetyPercentOf(int total) {
        return (90 * total + 99) / 100;
    }

    private static Arbitrary<Integer> between(int from, int to) {
        return from >= to ? Arbitraries.just(from) : Arbitraries.integers().between(from, to);
    }

    /** Subordinate units: small districts, typical ones, and 1000 for the 0.1-point boundary. */
    static Arbitrary<Integer> totals() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.integers().between(1, 10)),
                Tuple.of(4, Arbitraries.integers().between(11, 40)), Tuple.of(1, Arbitraries.of(10, 20, 100, 1000)));
    }

    /**
     * Counts around the 90 % boundary: perfect has at least 90 % at level 2 (often exactly); level 1 only has 90 %
     * at level 1 or above but fewer at level 2; bad has one unit too few at level 1 or above; missing leaves out the
     * whole object or one count.
     */
    static Arbitrary<RecognitionCounts> recognitionCounts(Profile p) {
        return totals().flatMap(total -> {
            int min = ninetyPercentOf(total);
            Arbitrary<RecognitionCounts> perfect = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(min)),
                    Tuple.of(1, between(min, total))).flatMap(l2 -> between(0, total - l2)
                    .map(l1 -> new RecognitionCounts(total, l1, l2)));
            Arbitrary<RecognitionCounts> level1Only = min == 0 ? perfect : Arbitraries.frequencyOf(
                    Tuple.of(2, Arbitraries.just(min - 1)), Tuple.of(1, between(0, min - 1))).flatMap(l2 ->
                    Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(min - l2)), Tuple.of(1, between(min - l2,
                            total - l2))).map(l1 -> new RecognitionCounts(total, l1, l2)));
            Arbitrary<RecognitionCounts> bad = min == 0 ? perfect : between(0, min - 1)
                    .map(l2 -> new RecognitionCounts(total, min - 1 - l2, l2));
            Arbitrary<RecognitionCounts> missing = Arbitraries.of(null, new RecognitionCounts(total, null, min),
                    new RecognitionCounts(total, min, null), new RecognitionCounts(total, null, null));
            return item(p, perfect, level1Only, bad, missing);
        });
    }

    /**
     * A figure for the year before and the evaluation year; {@code up} says which way is good; a {@code rate} stays
     * within 0-100 %. Bad figures are often unchanged (the same value written with another scale, too), else moved
     * the wrong way.
     */
    static Arbitrary<YearOnYear> figures(Profile p, boolean up, boolean rate) {
        Arbitrary<BigDecimal> base = (rate ? Arbitraries.of("0", "2.4", "3.1", "45.5", "67.5", "90")
                : Arbitraries.of("0.5", "45.5", "65.2", "80150.5")).map(BigDecimal::new);
        Arbitrary<BigDecimal> step = (rate ? Arbitraries.of("0.01", "0.1", "1", "2.5")
                : Arbitraries.of("0.01", "0.1", "1", "2.5", "1000")).map(BigDecimal::new);
        Arbitrary<YearOnYear> good = Combinators.combine(base, step).as((b, s) ->
                up ? new YearOnYear(b, b.add(s)) : new YearOnYear(b.add(s), b));
        Arbitrary<YearOnYear> unchanged = base.map(b -> new YearOnYear(b, b.setScale(b.scale() + 1)));
        Arbitrary<YearOnYear> wrongWay = Combinators.combine(base, step).as((b, s) ->
                up ? new YearOnYear(b.add(s), b) : new YearOnYear(b, b.add(s)));
        Arbitrary<YearOnYear> bad = Arbitraries.frequencyOf(Tuple.of(2, unchanged), Tuple.of(1, wrongWay));
        Arbitrary<YearOnYear> missing = base.flatMap(b -> Arbitraries.of(new YearOnYear(null, b),
                new YearOnYear(b, null), new YearOnYear(null, null))).injectNull(0.5);
        return item(p, good, good, bad, missing);
    }

    /** Programmes in the year: perfect and level 1 reach 4 (often exactly); bad stops at 3 or fewer. */
    static Arbitrary<Integer> programmes(Profile p) {
        Arbitrary<Integer> enough = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(4)),
                Tuple.of(1, Arbitraries.integers().between(5, 30)));
        Arbitrary<Integer> few = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(3)),
                Tuple.of(1, Arbitraries.integers().between(0, 2)));
        return item(p, enough, enough, few, Arbitraries.just(null));
    }

    /**
     * The evaluation year (2024 to 2026: TT 25 in force from 12/02/2024; the district tier abolished on 01/07/2025),
     * the reference date (mostly left to default to 31/12, sometimes a day of the year after 12/02) and earlier
     * recognitions.
     */
    static Arbitrary<Tuple.Tuple3<Integer, LocalDate, List<Recognition>>> when() {
        return when(Arbitraries.frequency(Tuple.of(3, 2024), Tuple.of(2, 2025), Tuple.of(1, 2026)));
    }

    /**
     * The same for provinces, 2024 only: from 2025 criterion 4.1 has no districts to count and every province is
     * not determined (criteria.md §9), which would leave too few recognised provinces for the comparison to mean
     * anything; the years after the reform are covered by the case files (tt25-tinh/22, 24) and
     * Tt25LevelsAndVerdictTest.Abolition.
     */
    static Arbitrary<Tuple.Tuple3<Integer, LocalDate, List<Recognition>>> provinceWhen() {
        return when(Arbitraries.just(2024));
    }

    private static Arbitrary<Tuple.Tuple3<Integer, LocalDate, List<Recognition>>> when(Arbitrary<Integer> years) {
        return years.flatMap(year -> {
            Arbitrary<LocalDate> reference = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just((LocalDate) null)),
                    Tuple.of(1, Arbitraries.integers().between(44, 360).map(day -> LocalDate.ofYearDay(year, day))));
            Arbitrary<List<Recognition>> earlier = Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.just(List.of())),
                    Tuple.of(1, Arbitraries.integers().between(year - 3, year - 1).map(y -> List.of(new Recognition(
                            Title.LEARNING_COMMUNITY, null, Level.LEVEL_1, y, LocalDate.of(y + 1, 5, 20), "9/QĐ")))));
            return Combinators.combine(reference, earlier).as((r, h) -> Tuple.of(year, r, h));
        });
    }

    /** Evidence for some inputs, drawn at random: it must make no difference under TT 25. */
    static Arbitrary<Map<String, List<Evidence>>> evidence(List<String> inputs) {
        return Arbitraries.of(inputs).set().ofMaxSize(inputs.size()).map(names -> {
            Map<String, List<Evidence>> m = new LinkedHashMap<>();
            names.forEach(n -> m.put(n, List.of(Evidence.of("Báo cáo " + n))));
            return m;
        });
    }

    static Arbitrary<DistrictEvaluationRequest> districtRequests() {
        return profiles().flatMap(Tt25Generators::districtRequest);
    }

    static Arbitrary<DistrictEvaluationRequest> districtRequestsWithGaps() {
        return gappyProfiles().flatMap(Tt25Generators::districtRequest);
    }

    static Arbitrary<ProvinceEvaluationRequest> provinceRequests() {
        return profiles().flatMap(Tt25Generators::provinceRequest);
    }

    static Arbitrary<ProvinceEvaluationRequest> provinceRequestsWithGaps() {
        return gappyProfiles().flatMap(Tt25Generators::provinceRequest);
    }

    static Arbitrary<DistrictEvaluationRequest> districtRequest(Profile p) {
        Arbitrary<DistrictAttestations> attestations = statement(p).list().ofSize(10).map(b ->
                new DistrictAttestations(b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5), b.get(6),
                        b.get(7), b.get(8), b.get(9)));
        List<String> inputs = java.util.Arrays.stream(DistrictInput.values()).map(DistrictInput::jsonName).toList();
        return Combinators.combine(when(), attestations, recognitionCounts(p), figures(p, true, false), figures(p, true, true),
                evidence(inputs)).as((w, a, communes, income, employment, ev) -> new DistrictEvaluationRequest(
                        w.get1(), w.get2(), new District(new AdministrativeUnit("271", "Huyện Đan Phượng",
                        AdministrativeTier.DISTRICT, "01", null, null), List.of(), w.get3()), a, communes, income,
                        employment, ev));
    }

    static Arbitrary<ProvinceEvaluationRequest> provinceRequest(Profile p) {
        Arbitrary<ProvinceAttestations> attestations = statement(p).list().ofSize(12).map(b ->
                new ProvinceAttestations(b.get(0), b.get(1), b.get(2), b.get(3), b.get(4), b.get(5), b.get(6),
                        b.get(7), b.get(8), b.get(9), b.get(10), b.get(11)));
        List<String> inputs = java.util.Arrays.stream(ProvinceInput.values()).map(ProvinceInput::jsonName).toList();
        Arbitrary<Boolean> university = Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false),
                Tuple.of(1, (Boolean) null));
        Arbitrary<Tuple.Tuple2<ProvinceAttestations, Boolean>> statements =
                Combinators.combine(attestations, university).as(Tuple::of);
        return Combinators.combine(provinceWhen(), statements, recognitionCounts(p), programmes(p), programmes(p),
                figures(p, false, true), figures(p, true, false), evidence(inputs)).as(
                        (w, st, districts, museum, radio, poverty, grdp, ev) -> new ProvinceEvaluationRequest(w.get1(),
                                w.get2(), new Province(new AdministrativeUnit("37", "Tỉnh Ninh Bình",
                                AdministrativeTier.PROVINCE, null, null, null), List.of(), List.of(), w.get3()),
                                st.get2(), st.get1(), districts, museum, radio, poverty, grdp, ev));
    }
}
