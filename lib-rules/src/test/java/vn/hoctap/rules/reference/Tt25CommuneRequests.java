package vn.hoctap.rules.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CommuneAttestations;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.LiteracyFigures;
import vn.hoctap.model.request.LowerSecondaryFigures;
import vn.hoctap.model.request.PreschoolFigures;
import vn.hoctap.model.request.PrimaryFigures;
import vn.hoctap.model.request.RecognisedStandard;
import vn.hoctap.model.request.RecognisedUniversalEducation;
import vn.hoctap.model.request.UniversalEducation;
import vn.hoctap.model.request.UniversalEducationFigures;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.request.UniversalEducationStandard;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.AdministrativeUnit;
import vn.hoctap.model.subject.Commune;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;

/**
 * Generators of realistic "Cộng đồng học tập" cấp xã requests for the property tests.
 *
 * <p>As for TT 24 ({@link Tt24Requests}), each request first draws a profile: the odds that each field is
 * <em>perfect</em> (meets level 2), <em>level 1 only</em>, <em>bad</em> (just below level 1, "no", no evidence) or
 * <em>missing</em>. Rates cluster on the thresholds of TT 25 and NĐ 20/2014 (one person either side), so boundary
 * errors show up. Criterion 4 comes as a recognised status, as raw figures, or (in gappy profiles) not at all.
 * A request is built from a seed with {@link Random}, so a failure prints the request itself as JSON.
 */
final class Tt25CommuneRequests {
    private Tt25CommuneRequests() {
    }

    enum Quality {
        PERFECT, LEVEL_1, BAD, MISSING
    }

    /** Relative odds of each quality for every field of one request. */
    record Profile(String name, int perfect, int level1Only, int bad, int missing) {
        Quality draw(Random random) {
            int n = random.nextInt(perfect + level1Only + bad + missing);
            if (n < perfect) {
                return Quality.PERFECT;
            }
            n -= perfect;
            if (n < level1Only) {
                return Quality.LEVEL_1;
            }
            n -= level1Only;
            return n < bad ? Quality.BAD : Quality.MISSING;
        }
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("excellent", 100, 0, 0, 0),
            new Profile("good", 97, 2, 1, 0),
            new Profile("level 1", 86, 14, 0, 0),
            new Profile("gaps", 95, 0, 0, 5),
            new Profile("gaps, level 1", 85, 10, 0, 5),
            new Profile("poor", 88, 4, 8, 0),
            new Profile("mixed", 80, 7, 7, 6));

    private static Arbitrary<Profile> profiles(List<Profile> from) {
        return Arbitraries.of(from);
    }

    /** Requests from every profile, weighted so that every verdict is common. */
    static Arbitrary<CommuneEvaluationRequest> requests() {
        Arbitrary<Profile> p = Arbitraries.frequency(Tuple.of(2, PROFILES.get(0)), Tuple.of(2, PROFILES.get(1)),
                Tuple.of(3, PROFILES.get(2)), Tuple.of(2, PROFILES.get(3)), Tuple.of(1, PROFILES.get(4)),
                Tuple.of(2, PROFILES.get(5)), Tuple.of(2, PROFILES.get(6)));
        return Combinators.combine(p, Arbitraries.longs()).as((profile, seed) -> request(profile, new Random(seed)));
    }

    /** Requests from the profiles that leave data out. */
    static Arbitrary<CommuneEvaluationRequest> requestsWithGaps() {
        return Combinators.combine(profiles(PROFILES.stream().filter(p -> p.missing() > 0).toList()),
                Arbitraries.longs()).as((profile, seed) -> request(profile, new Random(seed)));
    }

    static CommuneEvaluationRequest request(Profile profile, Random random) {
        return new Builder(profile, random).build();
    }

    /** Draws one request. */
    private static final class Builder {
        private final Profile profile;
        private final Random random;
        private final Map<String, List<Evidence>> evidence = new LinkedHashMap<>();

        Builder(Profile profile, Random random) {
            this.profile = profile;
            this.random = random;
        }

        Quality q() {
            return profile.draw(random);
        }

        CommuneEvaluationRequest build() {
            int year = 2024 + random.nextInt(3);
            LocalDate reference = random.nextInt(6) == 0 ? LocalDate.of(year + 1, 1 + random.nextInt(12), 1) : null;
            Boolean disadvantaged = flag();
            Boolean difficult = flag();
            CommuneAttestations attestations = new CommuneAttestations(stated("awarenessRaising"),
                    stated("learningSocietyPlan"), stated("lifelongLearningWeek"), stated("stateBudget"),
                    stated("socialResources"), stated("coordinationMechanism"), stated("communityLearningCentre"),
                    stated("publicLibrary"), stated("cultureSportsCentre"));
            CitizenCounts citizens = citizens(Boolean.TRUE.equals(disadvantaged));
            int mode = random.nextInt(20);
            UniversalEducation ue;
            if (mode == 0 && profile.missing() > 0) {
                ue = null;
            } else if (mode % 2 == 0) {
                ue = UniversalEducation.recognised(recognised());
            } else {
                ue = UniversalEducation.fromFigures(figures());
            }
            List<Recognition> recognitions = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                recognitions.add(new Recognition(Title.LEARNING_COMMUNITY, AdministrativeTier.COMMUNE, Level.LEVEL_1,
                        year - 1, LocalDate.of(year, 1 + random.nextInt(3), 1 + random.nextInt(28)), "12/QĐ-PGDĐT"));
            }
            Commune commune = new Commune(new AdministrativeUnit("07654", "Xã Tân Lập", AdministrativeTier.COMMUNE,
                    "210", null, null), disadvantaged, difficult, recognitions);
            return new CommuneEvaluationRequest(year, reference, commune, citizens, attestations, ue, evidence);
        }

        private Boolean flag() {
            if (q() == Quality.MISSING) {
                return null;
            }
            return random.nextInt(3) == 0;
        }

        /** A statement, with evidence unless bad. */
        private Boolean stated(String name) {
            Quality q = q();
            return switch (q) {
                case MISSING -> null;
                case BAD -> {
                    if (random.nextBoolean()) {
                        yield false;
                    }
                    yield true;
                }
                default -> {
                    evidence(name);
                    yield true;
                }
            };
        }

        private void evidence(String name) {
            evidence.put(name, List.of(Evidence.of("Hồ sơ " + name)));
        }

        /** Evidence for a count or figures, except sometimes for a bad one. */
        private void evidenceUnlessBad(String name, Quality q) {
            if (q != Quality.BAD || random.nextBoolean()) {
                evidence(name);
            }
        }

        private CitizenCounts citizens(boolean disadvantaged) {
            if (q() == Quality.MISSING && random.nextBoolean()) {
                return null;
            }
            int total = total();
            Integer learning = share(total, 60, 80, "citizens.learningCitizen");
            Integer trained = share(total, disadvantaged ? 40 : 50, disadvantaged ? 50 : 60,
                    "citizens.professionallyTrained");
            Integer degree = share(total, disadvantaged ? 10 : 12, disadvantaged ? 12 : 15, "citizens.universityDegree");
            if (degree != null && trained != null && degree > trained) {
                degree = trained;
            }
            return new CitizenCounts(q() == Quality.MISSING ? null : total, learning, trained, degree);
        }

        private int total() {
            return switch (random.nextInt(4)) {
                case 0 -> 1 + random.nextInt(20);
                case 1 -> 20 + random.nextInt(500);
                case 2 -> 500 + random.nextInt(10000);
                default -> 100 * (1 + random.nextInt(50));
            };
        }

        /** A count of {@code total}: at or just above the level-2 minimum, between, just below level 1, or null. */
        private Integer share(int total, int level1, int level2, String name) {
            Quality q = q();
            Integer n = switch (q) {
                case MISSING -> null;
                case PERFECT -> Math.min(total, atLeast(level2, total) + (random.nextInt(4) == 0 ? random.nextInt(3) : 0));
                case LEVEL_1 -> atLeast(level1, total) + (atLeast(level2, total) - 1 > atLeast(level1, total)
                        ? random.nextInt(atLeast(level2, total) - atLeast(level1, total)) : 0);
                case BAD -> Math.max(0, atLeast(level1, total) - 1);
            };
            evidenceUnlessBad(name, q);
            return n;
        }

        /** The smallest count of {@code total} that is at least {@code percent} %. */
        static int atLeast(int percent, int total) {
            return (int) ((percent * (long) total + 99) / 100);
        }

        private RecognisedUniversalEducation recognised() {
            return new RecognisedUniversalEducation(status(UniversalEducationStandard.PRESCHOOL_5, 1, 1),
                    status(UniversalEducationStandard.PRIMARY, 3, 2), status(UniversalEducationStandard.LOWER_SECONDARY,
                    3, 2), status(UniversalEducationStandard.LITERACY, 2, 1));
        }

        /** A status: the level-2 requirement, the level-1 one, one step below it, or null. */
        private RecognisedStandard status(UniversalEducationStandard s, int perfect, int level1) {
            Quality q = q();
            String name = "universalEducation.recognised." + s.jsonName();
            int step = switch (q) {
                case MISSING -> -1;
                case PERFECT -> perfect;
                case LEVEL_1 -> level1;
                case BAD -> level1 - 1 - (level1 > 1 && random.nextBoolean() ? 1 : 0);
            };
            if (step < 0) {
                return null;
            }
            boolean decision = random.nextBoolean();
            if (!decision) {
                evidenceUnlessBad(name, q);
            }
            return new RecognisedStandard(s.scale().get(step), decision ? random.nextInt(300) + "/QĐ-UBND" : null,
                    decision && random.nextBoolean() ? LocalDate.of(2024, 11, 1 + random.nextInt(30)) : null);
        }

        // ---- NĐ 20/2014 figures ------------------------------------------------------------------------------

        /** The thresholds a figure meets in turn; "perfect" clears all of them, "bad" misses the lowest. */
        private Integer rate(int of, Quality q, int... thresholds) {
            return switch (q) {
                case MISSING -> null;
                case PERFECT -> random.nextInt(3) == 0 ? of : Math.min(of, atLeast(thresholds[thresholds.length - 1], of));
                case LEVEL_1 -> {
                    int t = thresholds[random.nextInt(thresholds.length)];
                    yield Math.max(0, atLeast(t, of) - (random.nextBoolean() ? 1 : 0));
                }
                case BAD -> Math.max(0, atLeast(thresholds[0], of) - 1);
            };
        }

        private Integer population() {
            return q() == Quality.MISSING ? null : total();
        }

        private UniversalEducationFigures figures() {
            return new UniversalEducationFigures(
                    groupMissing() ? null : preschool(),
                    groupMissing() ? null : primary(),
                    groupMissing() ? null : lowerSecondary(),
                    groupMissing() ? null : literacy());
        }

        private boolean groupMissing() {
            return q() == Quality.MISSING && random.nextInt(3) == 0;
        }

        private PreschoolFigures preschool() {
            Quality q = q();
            Integer children = population();
            int of = children == null ? 1000 : children;
            evidenceUnlessBad("universalEducation.figures.preschool5", q);
            return new PreschoolFigures(children, rate(of, pick(q), 90, 95), rate(of, pick(q), 80, 85));
        }

        private PrimaryFigures primary() {
            Quality q = q();
            Integer six = population();
            Integer upTo14 = population();
            Integer eleven = population();
            int el = eleven == null ? 1000 : eleven;
            Integer done11 = rate(el, pick(q), 70, 80, 90);
            Integer inPrimary = null;
            if (done11 != null && pick(q) != Quality.MISSING) {
                int rest = el - done11;
                inPrimary = rest > 0 && (q == Quality.BAD || random.nextInt(8) == 0) ? rest - 1 : rest;
            }
            evidenceUnlessBad("universalEducation.figures.primary", q);
            return new PrimaryFigures(six, rate(six == null ? 1000 : six, pick(q), 90, 95, 98), upTo14,
                    rate(upTo14 == null ? 1000 : upTo14, pick(q), 70, 80), eleven, done11, inPrimary);
        }

        private LowerSecondaryFigures lowerSecondary() {
            Quality q = q();
            Integer youth = population();
            int of = youth == null ? 1000 : youth;
            evidenceUnlessBad("universalEducation.figures.lowerSecondary", q);
            return new LowerSecondaryFigures(youth, rate(of, pick(q), 70, 80, 90, 95), rate(of, pick(q), 70, 80));
        }

        private LiteracyFigures literacy() {
            Quality q = q();
            int p60 = total() + 2;
            int p35 = 1 + random.nextInt(p60);
            int p25 = 1 + random.nextInt(p35);
            Integer l1of25 = rate(p25, pick(q), 90);
            Integer l1of35 = rate(p35, pick(q), 90);
            Integer l2of35 = rate(p35, pick(q), 90);
            if (l2of35 != null && l1of35 != null && l2of35 > l1of35) {
                l2of35 = l1of35;
            }
            // The bands are nested (NĐ 20 Art. 20.1, 21.1; LiteracyFigures refuses figures that break it): a wider
            // band's count lies between the inner band's and that plus everyone in the rest of the wider band.
            if (l1of25 != null && l1of35 != null) {
                l1of35 = Math.max(l1of25, Math.min(l1of35, l1of25 + (p35 - p25)));
                if (l2of35 != null && l2of35 > l1of35) {
                    l2of35 = l1of35;
                }
            }
            if (l1of25 != null && l2of35 != null) {
                l2of35 = Math.min(l2of35, l1of25 + (p35 - p25));
            }
            Integer l2of60 = rate(p60, pick(q), 90);
            if (l2of60 != null) {
                // Level 2 includes level 1 (Art. 19): the level-1 counts of the inner bands bound it too.
                int most = p60;
                most = Math.min(most, l2of35 != null ? l2of35 + (p60 - p35) : most);
                most = Math.min(most, l1of35 != null ? l1of35 + (p60 - p35) : most);
                most = Math.min(most, l1of25 != null ? l1of25 + (p60 - p25) : most);
                l2of60 = Math.max(l2of35 != null ? l2of35 : 0, Math.min(l2of60, most));
            }
            evidenceUnlessBad("universalEducation.figures.literacy", q);
            return new LiteracyFigures(q() == Quality.MISSING ? null : p25, l1of25, p35, l1of35, l2of35,
                    q() == Quality.MISSING ? null : p60, l2of60);
        }

        /** Mostly the group's quality, sometimes another draw, so that one figure can miss while others pass. */
        private Quality pick(Quality group) {
            return random.nextInt(4) == 0 ? q() : group;
        }
    }

    /** The step of {@code s} above {@code status}, if any. */
    static UniversalEducationLevel stepUp(UniversalEducationStandard s, UniversalEducationLevel status) {
        int i = s.scale().indexOf(status);
        return i + 1 < s.scale().size() ? s.scale().get(i + 1) : status;
    }
}
