package vn.hoctap.rules.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLongArray;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.ParameterSet;
import vn.hoctap.model.catalogue.MissingParameterException;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.request.RequestKind;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.RulePack;
import vn.hoctap.rules.engine.NoSchemeInForceException;

/**
 * Issue 8: hostile input never gets a verdict and never takes the host down. Each try mutates the bundled valid
 * requests of every kind ({@link BundledRequests}, {@link Mutator}) and holds each result to the contract: an
 * {@link Assessment}; or an {@link InvalidInputException} whose path starts with {@code $} and whose message has both
 * languages (Vietnamese, {@code " / "}, English) and none of Jackson's English; or one of the exceptions
 * {@link Evaluator#evaluate(EvaluationRequest)} documents ({@link NoSchemeInForceException},
 * {@link MissingParameterException}: a rule needs a number no layer supplies). Anything else fails
 * the try, as does a case whose read and evaluation take longer than {@link #BOUND_NANOS}, timed case by case.
 *
 * <p>In the suite: 300 tries of {@code hoctap.fuzz.perTry} (default 12) cases each, on a fixed seed. The profile
 * {@code -Pfuzz} of lib-rules raises {@code perTry} to 334, 100,200 cases, and prints the counts per kind.
 */
class RequestFuzzProperties {
    /** The most one case may take: requests of a few kilobytes evaluate in milliseconds. */
    static final long BOUND_NANOS = 2_000_000_000L;
    private static final int PER_TRY = Integer.getInteger("hoctap.fuzz.perTry", 12);
    private static final List<String> JACKSON_ENGLISH = List.of("Cannot ", "Unexpected character", "Numeric value",
            "Unrecognized field", "not marked as ignorable", "Duplicate field", "out of range of", "JSON parse error");

    private static final Evaluator EVALUATOR = withExampleNumbers();
    private static final BundledRequests BUNDLED = BundledRequests.load();
    private static final List<RequestKind> KINDS = List.of(RequestKind.values());
    /** Per kind: verdicts, input errors, documented exceptions, other, over the time bound, slowest (ns). */
    private static final Map<RequestKind, AtomicLongArray> COUNTS = new EnumMap<>(RequestKind.class);

    static {
        for (RequestKind k : KINDS) {
            COUNTS.put(k, new AtomicLongArray(6));
        }
    }

    @Property(tries = 300, seed = "20261202")
    void hostileRequestsGetAVerdictOrAClearRefusal(@ForAll long seed) {
        Random random = new Random(seed);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < PER_TRY; i++) {
            RequestKind kind = KINDS.get(random.nextInt(KINDS.size()));
            List<BundledRequests.Named> seeds = BUNDLED.byKind().get(kind);
            if (seeds == null) {
                throw new AssertionError("no bundled valid request of kind " + kind.jsonName());
            }
            BundledRequests.Named start = seeds.get(random.nextInt(seeds.size()));
            Mutator mutator = new Mutator(random);
            String text = mutator.mutate(start.request());
            AtomicLongArray c = COUNTS.get(kind);
            long t0 = System.nanoTime();
            String problem = check(kind, text, c);
            long elapsed = System.nanoTime() - t0;
            c.accumulateAndGet(5, elapsed, Math::max);
            if (elapsed > BOUND_NANOS) {
                c.incrementAndGet(4);
                problem = (problem == null ? "" : problem + "; ") + "took " + elapsed / 1_000_000 + " ms";
            }
            if (problem != null) {
                broken.add(kind.jsonName() + " from " + start.source() + " " + mutator.description() + ": " + problem
                        + "\n  " + (text.length() > 600 ? text.substring(0, 600) + "…" : text));
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionError(broken.size() + " case(s) broke the contract:\n" + String.join("\n", broken));
        }
    }

    /**
     * The national rules with the illustrative numbers of {@code khvn-example-numbers} as a layer of numbers only (as
     * the association's tests build it): without them every request of the association's titles stops at a missing
     * parameter, and the fuzz run would never reach their rules.
     */
    private static Evaluator withExampleNumbers() {
        try (InputStream in = RequestFuzzProperties.class.getResourceAsStream("/khvn-example-numbers/parameters.json")) {
            ParameterSet set = HoctapJson.read(in, ParameterSet.class);
            return Evaluator.builder().add(new RulePack(set.layer(), RulePack.khvn().kieBase(),
                    new Catalogue(List.of(), List.of()), set)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and evaluates {@code text}; counts the outcome and returns what is wrong with it, or null. */
    private static String check(RequestKind kind, String text, AtomicLongArray counts) {
        try {
            EvaluationRequest request = HoctapJson.read(text, kind.type());
            if (EVALUATOR.evaluate(request) == null) {
                counts.incrementAndGet(3);
                return "evaluate returned null";
            }
            counts.incrementAndGet(0);
            return null;
        } catch (InvalidInputException e) {
            counts.incrementAndGet(1);
            String message = e.getMessage();
            if (!e.path().startsWith("$") || !e.problem().contains(" / ")) {
                return "input error without a $-path or both languages: " + message;
            }
            for (String english : JACKSON_ENGLISH) {
                if (message.contains(english)) {
                    return "Jackson's English passed through: " + message;
                }
            }
            return null;
        } catch (NoSchemeInForceException | MissingParameterException e) {
            counts.incrementAndGet(2);
            return null;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            counts.incrementAndGet(3);
            return "unexpected " + e;
        }
    }

    /** The counts per kind, for the closing note of a run (printed in the suite and by the profile alike). */
    @AfterContainer
    static void printCounts() {
        StringBuilder b = new StringBuilder("\nRequest fuzz, " + PER_TRY + " cases per try; per kind: verdicts,"
                + " input errors, documented exceptions, other, over " + BOUND_NANOS / 1_000_000 + " ms, slowest ms\n");
        long[] total = new long[5];
        for (RequestKind k : KINDS) {
            AtomicLongArray c = COUNTS.get(k);
            b.append(String.format("  %-16s %8d %8d %8d %6d %6d %8d%n", k.jsonName(), c.get(0), c.get(1), c.get(2),
                    c.get(3), c.get(4), c.get(5) / 1_000_000));
            for (int i = 0; i < 5; i++) {
                total[i] += c.get(i);
            }
        }
        b.append(String.format("  %-16s %8d %8d %8d %6d %6d%n", "total", total[0], total[1], total[2], total[3],
                total[4]));
        System.out.println(b);
    }
}
