package vn.hoctap.rules.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.DigitalMaturity;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.LearnerCounts;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.MemberCounts;
import vn.hoctap.model.request.UnitAttestations;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.request.UnitMember;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Organisation;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.SchoolLevel;
import vn.hoctap.model.subject.Title;

/**
 * Generators of realistic TT 24 requests for the property tests.
 *
 * <p>Drawing each field independently would almost never give a unit meeting level 2 (about twenty requirements
 * must all hold) and would make most verdicts "not recognised". So each request first draws a {@link Profile}: the
 * odds that each field is <em>perfect</em> (meets level 2: statement true, evidence given, share at or just above
 * the level-2 minimum, maturity GOOD), <em>level 1 only</em> (a share between the two minima, maturity BASIC),
 * <em>bad</em> (statement false, no evidence, a share just below the level-1 minimum, maturity BELOW_BASIC) or
 * <em>missing</em> (null). The profiles are mixed so that every verdict is common, and shares cluster on the exact
 * threshold boundaries where off-by-one errors live.
 */
final class Tt24Requests {
    private Tt24Requests() {
    }

    /** Relative odds of the four kinds of value for every field of one request. */
    record Profile(String name, int perfect, int level1Only, int bad, int missing) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("excellent", 100, 0, 0, 0),
            new Profile("good", 97, 2, 1, 0),
            new Profile("level 1", 88, 12, 0, 0),
            new Profile("gaps", 94, 0, 0, 6),
            new Profile("gaps, level 1", 85, 10, 0, 5),
            new Profile("poor", 88, 4, 8, 0),
            new Profile("mixed", 80, 7, 7, 6));

    private static Arbitrary<Profile> profiles() {
        return Arbitraries.frequency(Tuple.of(1, PROFILES.get(0)), Tuple.of(2, PROFILES.get(1)),
                Tuple.of(3, PROFILES.get(2)), Tuple.of(2, PROFILES.get(3)), Tuple.of(1, PROFILES.get(4)),
                Tuple.of(2, PROFILES.get(5)), Tuple.of(2, PROFILES.get(6)));
    }

    /**
     * Every organisation the {@link Organisation} constructor accepts, at either tier, kinds drawn evenly; about one
     * in three educational institutions is of two or three kinds (a "Trung tâm GDNN-GDTX" and the like).
     */
    static Arbitrary<Organisation> organisations() {
        Arbitrary<Ownership> ownership = Arbitraries.of(Ownership.PUBLIC, Ownership.PRIVATE, null);
        Arbitrary<String> code = Arbitraries.of(null, "01", "001", "00004");
        return Combinators.combine(Arbitraries.of(AdministrativeTier.DISTRICT, AdministrativeTier.PROVINCE),
                        Arbitraries.of(OrganisationKind.class), additionalKinds(), ownership,
                        Arbitraries.of(SchoolLevel.class), code)
                .as(Tt24Requests::organisationOrNull)
                .filter(o -> o != null);
    }

    /** None (most often), one or two educational kinds; the constructor refuses those a unit cannot have. */
    private static Arbitrary<List<OrganisationKind>> additionalKinds() {
        Arbitrary<OrganisationKind> educational = Arbitraries.of(java.util.Arrays.stream(OrganisationKind.values())
                .filter(OrganisationKind::isEducationInstitution).toList());
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.of())),
                Tuple.of(2, educational.list().ofSize(1)), Tuple.of(1, educational.list().ofSize(2)));
    }

    private static Organisation organisationOrNull(AdministrativeTier tier, OrganisationKind kind,
                                                   List<OrganisationKind> more, Ownership ownership,
                                                   SchoolLevel top, String code) {
        try {
            boolean school = kind == OrganisationKind.GENERAL_SCHOOL || more.contains(OrganisationKind.GENERAL_SCHOOL);
            return new Organisation("unit-1", "Đơn vị thử nghiệm", kind, more, ownership, school ? top : null, tier,
                    code);
        } catch (InvalidInputException rejected) {
            return null;
        }
    }

    /** Requests on either path: member counts (about 3 in 4) or member records. */
    static Arbitrary<UnitEvaluationRequest> requests() {
        return requests(Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)));
    }

    /** Requests that give their members as records (when they give members at all). */
    static Arbitrary<UnitEvaluationRequest> memberListRequests() {
        return requests(Arbitraries.just(true));
    }

    /** Requests from the profiles that leave data out, on either path. */
    static Arbitrary<UnitEvaluationRequest> requestsWithGaps() {
        Arbitrary<Profile> gappy = Arbitraries.of(PROFILES.stream().filter(p -> p.missing() > 0).toList());
        return requests(Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)), gappy);
    }

    private static Arbitrary<UnitEvaluationRequest> requests(Arbitrary<Boolean> useList) {
        return requests(useList, profiles());
    }

    /** Requests for units of two or three kinds only, on either path. */
    static Arbitrary<UnitEvaluationRequest> severalKindRequests() {
        return requests(organisations().filter(o -> o.kinds().size() > 1),
                Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)), profiles());
    }

    private static Arbitrary<UnitEvaluationRequest> requests(Arbitrary<Boolean> useList, Arbitrary<Profile> profiles) {
        return requests(organisations(), useList, profiles);
    }

    private static Arbitrary<UnitEvaluationRequest> requests(Arbitrary<Organisation> organisations,
                                                             Arbitrary<Boolean> useList, Arbitrary<Profile> profiles) {
        return Combinators.combine(organisations, totals(), profiles)
                .flatAs((unit, total, profile) -> body(unit, total, profile, useList));
    }

    /** Member totals from 1 to 500, small units and round numbers included. */
    static Arbitrary<Integer> totals() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 10)),
                Tuple.of(4, Arbitraries.integers().between(11, 100)),
                Tuple.of(2, Arbitraries.integers().between(101, 500)),
                Tuple.of(1, Arbitraries.of(20, 40, 50, 100, 200, 500)));
    }

    private static Arbitrary<UnitEvaluationRequest> body(Organisation unit, int total, Profile profile,
                                                         Arbitrary<Boolean> useList) {
        return Combinators.combine(attestations(profile), evidence(profile), memberCounts(total, profile),
                        learners(profile), maturity(profile), useList, Arbitraries.randoms(), when(unit))
                .as((attest, evidence, counts, learners, maturity, list, random, when) -> {
                    List<UnitMember> records = list && counts != null ? records(counts, random) : List.of();
                    return new UnitEvaluationRequest(when.get1(), when.get2(), unit,
                            records.isEmpty() ? counts : null, records, learners, attest, maturity, evidence,
                            when.get3());
                });
    }

    /**
     * The evaluation year (2024 to 2026, all under TT 24), the reference date (mostly left to default to 31/12;
     * sometimes a day of that year after TT 24 came into force, either side of the district tier's abolition on
     * 01/07/2025) and earlier recognitions.
     */
    static Arbitrary<Tuple.Tuple3<Integer, LocalDate, List<Recognition>>> when(Organisation unit) {
        return Arbitraries.frequency(Tuple.of(4, 2024), Tuple.of(2, 2025), Tuple.of(1, 2026)).flatMap(year -> {
            Arbitrary<LocalDate> reference = Arbitraries.frequencyOf(
                    Tuple.of(4, Arbitraries.just((LocalDate) null)),
                    Tuple.of(1, Arbitraries.integers().between(30, 360)
                            .map(day -> LocalDate.ofYearDay(year, day))));
            return Combinators.combine(reference, recognitions(unit, year)).as((r, h) -> Tuple.of(year, r, h));
        });
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

    static Arbitrary<UnitAttestations> attestations(Profile p) {
        Arbitrary<Boolean> yes = Arbitraries.just(true);
        Arbitrary<Boolean> statement = item(p, yes, yes, Arbitraries.just(false), Arbitraries.just(null));
        List<Arbitrary<Boolean>> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(statement);
        }
        return Combinators.combine(nine).as(b -> new UnitAttestations(b.get(0), b.get(1), b.get(2), b.get(3),
                b.get(4), b.get(5), b.get(6), b.get(7), b.get(8)));
    }

    /**
     * Evidence for each input unless the field is "bad"; missing evidence is either absent from the map or an empty
     * list, which must count the same.
     */
    static Arbitrary<Map<String, List<Evidence>>> evidence(Profile p) {
        Arbitrary<Integer> present = Arbitraries.just(1);
        Arbitrary<Integer> flag = item(p, present, present, Arbitraries.of(0, 2), present);
        List<Arbitrary<Integer>> presence = new ArrayList<>();
        for (int i = 0; i < UnitInput.values().length; i++) {
            presence.add(flag);
        }
        return Combinators.combine(presence).as(flags -> {
            Map<String, List<Evidence>> map = new LinkedHashMap<>();
            UnitInput[] inputs = UnitInput.values();
            for (int i = 0; i < inputs.length; i++) {
                if (flags.get(i) == 1) {
                    map.put(inputs[i].jsonName(), List.of(Evidence.of("MC-" + (i + 1) + "/2024")));
                } else if (flags.get(i) == 2) {
                    map.put(inputs[i].jsonName(), List.of());
                }
            }
            return map;
        });
    }

    /** The smallest count reaching {@code percent} % of {@code total}. */
    static int minimum(int percent, int total) {
        return (percent * total + 99) / 100;
    }

    private static Arbitrary<Integer> range(int from, int to) {
        return from > to ? Arbitraries.just(Math.max(0, to)) : Arbitraries.integers().between(from, to);
    }

    /** At least {@code min} out of {@code total}, often exactly {@code min}. */
    private static Arbitrary<Integer> atLeast(int min, int total) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(min)), Tuple.of(2, Arbitraries.just(total)),
                Tuple.of(2, range(min, total)));
    }

    /** Fewer than {@code min}, often just one fewer. */
    private static Arbitrary<Integer> below(int min) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(min - 1)), Tuple.of(1, range(0, min - 1)));
    }

    /**
     * A count out of {@code total} for a share whose minimum is {@code level1} % at level 1 and {@code level2} % at
     * level 2, either being null when the share is not asked at that level.
     */
    static Arbitrary<Integer> count(int total, Integer level1, Integer level2, Profile p) {
        Arbitrary<Integer> missing = Arbitraries.just(null);
        if (level2 == null) { // only asked at level 1 (language certificate)
            int min1 = minimum(level1, total);
            Arbitrary<Integer> ok = atLeast(min1, total);
            return item(p, ok, ok, below(min1), missing);
        }
        int min2 = minimum(level2, total);
        if (level1 == null) { // only asked at level 2 (language proficiency)
            return item(p, atLeast(min2, total), below(min2), below(min2), missing);
        }
        int min1 = minimum(level1, total);
        Arbitrary<Integer> level1Only = min1 < min2 ? Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(min2 - 1)),
                Tuple.of(1, Arbitraries.just(min1)), Tuple.of(1, range(min1, min2 - 1))) : atLeast(min2, total);
        return item(p, atLeast(min2, total), level1Only, below(min1), missing);
    }

    static Arbitrary<MemberCounts> memberCounts(int total, Profile p) {
        List<Arbitrary<Integer>> counts = new ArrayList<>();
        for (MemberAttribute a : MemberAttribute.values()) {
            counts.add(switch (a) {
                case LANGUAGE_CERTIFICATE -> count(total, 50, null, p);
                case LANGUAGE_PROFICIENCY -> count(total, null, 70, p);
                default -> count(total, 90, 95, p);
            });
        }
        Arbitrary<MemberCounts> given = Combinators.combine(counts).as(c -> {
            Map<MemberAttribute, Integer> byAttribute = new EnumMap<>(MemberAttribute.class);
            for (MemberAttribute a : MemberAttribute.values()) {
                if (c.get(a.ordinal()) != null) {
                    byAttribute.put(a, c.get(a.ordinal()));
                }
            }
            return MemberCounts.of(total, byAttribute);
        });
        // Now and then no member data at all.
        return p.missing() == 0 ? given
                : Arbitraries.frequencyOf(Tuple.of(29, given), Tuple.of(1, Arbitraries.<MemberCounts>just(null)));
    }

    /** Learners, given for any unit (the evaluators must ignore them where the unit has none). */
    static Arbitrary<LearnerCounts> learners(Profile p) {
        Arbitrary<Integer> totals = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(1, 40)),
                Tuple.of(2, Arbitraries.integers().between(41, 3000)), Tuple.of(1, Arbitraries.of(100, 1000)));
        Arbitrary<LearnerCounts> counts = totals.flatMap(t -> count(t, 95, 97, p).map(c -> new LearnerCounts(t, c)));
        return p.missing() == 0 ? counts
                : Arbitraries.frequencyOf(Tuple.of(9, counts), Tuple.of(1, Arbitraries.<LearnerCounts>just(null)));
    }

    static Arbitrary<DigitalMaturity> maturity(Profile p) {
        return item(p, Arbitraries.just(DigitalMaturity.GOOD), Arbitraries.just(DigitalMaturity.BASIC),
                Arbitraries.just(DigitalMaturity.BELOW_BASIC), Arbitraries.just(null));
    }

    /** Mostly none; sometimes a level-1 recognition of earlier years (which must not change the criteria). */
    static Arbitrary<List<Recognition>> recognitions(Organisation unit, int evaluationYear) {
        Arbitrary<List<Recognition>> one = Arbitraries.integers().between(evaluationYear - 3, evaluationYear - 1)
                .map(year -> List.of(new Recognition(Title.LEARNING_UNIT, unit.tier(), Level.LEVEL_1, year,
                        LocalDate.of(year + 1, 2, 10), "12/QĐ-UBND")));
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(List.of())), Tuple.of(1, one));
    }

    /**
     * Member records with exactly the given counts, the members holding each attribute chosen at random; for an
     * unknown count, some records leave the attribute unstated (at least one) and the others say yes or no.
     */
    static List<UnitMember> records(MemberCounts counts, Random random) {
        int n = counts.total();
        Boolean[][] values = new Boolean[MemberAttribute.values().length][n];
        for (MemberAttribute a : MemberAttribute.values()) {
            Boolean[] column = values[a.ordinal()];
            Integer c = counts.count(a).orElse(null);
            if (c != null) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, random);
                for (int i = 0; i < n; i++) {
                    column[order.get(i)] = i < c;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    int r = random.nextInt(3);
                    column[i] = r == 0 ? null : r == 1;
                }
                column[random.nextInt(n)] = null;
            }
        }
        List<UnitMember> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            records.add(new UnitMember("m" + (i + 1),
                    values[MemberAttribute.LABOUR_DISCIPLINE.ordinal()][i],
                    values[MemberAttribute.COMPLETED_TRAINING.ordinal()][i],
                    values[MemberAttribute.TRAINED_IN_DIGITAL_TRANSFORMATION.ordinal()][i],
                    values[MemberAttribute.LANGUAGE_CERTIFICATE.ordinal()][i],
                    values[MemberAttribute.LANGUAGE_PROFICIENCY.ordinal()][i],
                    values[MemberAttribute.ADVANCED_WORKER.ordinal()][i],
                    values[MemberAttribute.LEARNING_CITIZEN.ordinal()][i]));
        }
        return records;
    }
}
