package vn.hoctap.rules.stream;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.CitizenTally;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.KeptLearningCitizens;
import vn.hoctap.model.rollup.OrganisationResult;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.engine.NoSchemeInForceException;

/**
 * Evaluates a province whose people come from a source, in memory bounded by the number of communes rather than of
 * people.
 *
 * <pre>{@code
 * StreamResult r = ProvinceStream.of(evaluator).threads(4).keep(Keep.FAILED_OR_UNDETERMINED)
 *         .run(skeleton, Sources.jsonLines(reader, "people.jsonl"), JsonLinesSink.to(writer));
 * }</pre>
 *
 * <p>The skeleton is a {@link ProvinceTree} whose communes list no people (their organisations, with their members,
 * are evaluated as {@code rollUp} does). People are read on the calling thread, {@link #batch} at a time, evaluated on
 * a pool of {@link #threads} threads, and delivered to the sink on the calling thread in source order, whatever the
 * number of threads. At most two batches per thread are in flight: a slow sink holds the reading back, so memory does
 * not grow. Each commune is then evaluated from its people's tally, each district from its communes, the province
 * from its districts (or, with no district tier, from its communes' counts), by the same code as
 * {@code Evaluator.rollUp}: with every person of a tree streamed, the commune, district and province assessments
 * equal {@code rollUp}'s.
 *
 * <p>A person whose input is wrong (unreadable, of a commune not in the skeleton, of another year, named twice in a
 * commune, a score above its maximum) is reported to {@link StreamSink#refused} with its position and is not
 * counted; the rest go on. Immutable: each setter returns a copy.
 */
public final class ProvinceStream {
    /** People per batch: as many as {@code Evaluator.evaluateCitizens} puts in one rule session. */
    private static final int DEFAULT_BATCH = 500;

    private final Evaluator evaluator;
    private final int threads;
    private final int batch;
    private final Keep keep;
    private final Cancellation cancellation;
    private final boolean distinctIds;

    private ProvinceStream(Evaluator evaluator, int threads, int batch, Keep keep, Cancellation cancellation,
                           boolean distinctIds) {
        this.evaluator = evaluator;
        this.threads = threads;
        this.batch = batch;
        this.keep = keep;
        this.cancellation = cancellation;
        this.distinctIds = distinctIds;
    }

    /** A stream on {@code evaluator} with one thread per core, batches of 500, every assessment kept. */
    public static ProvinceStream of(Evaluator evaluator) {
        return new ProvinceStream(requireNonNull(evaluator, "evaluator"), Runtime.getRuntime().availableProcessors(),
                DEFAULT_BATCH, Keep.ALL, new Cancellation(), true);
    }

    /** Evaluating threads (at least 1). */
    public ProvinceStream threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + n);
        }
        return new ProvinceStream(evaluator, n, batch, keep, cancellation, distinctIds);
    }

    /** People per batch (at least 1); a batch is one rule session per layer. */
    public ProvinceStream batch(int people) {
        if (people < 1) {
            throw new IllegalArgumentException("batch must be at least 1: " + people);
        }
        return new ProvinceStream(evaluator, threads, people, keep, cancellation, distinctIds);
    }

    /** Which assessments reach the sink; refusals always do. */
    public ProvinceStream keep(Keep policy) {
        return new ProvinceStream(evaluator, threads, batch, requireNonNull(policy, "policy"), cancellation,
                distinctIds);
    }

    /** The flag that stops this stream when set. */
    public ProvinceStream cancellation(Cancellation flag) {
        return new ProvinceStream(evaluator, threads, batch, keep, requireNonNull(flag, "flag"), distinctIds);
    }

    /**
     * Whether a person named twice in a commune is refused (the default, as {@code rollUp} refuses it). Checking keeps
     * every id seen, about 100 bytes a person; a host whose ids are already unique (a database key) can turn it off
     * to keep memory bounded by communes alone.
     */
    public ProvinceStream distinctIds(boolean check) {
        return new ProvinceStream(evaluator, threads, batch, keep, cancellation, check);
    }

    /**
     * Streams {@code source} through the evaluator into {@code sink} and evaluates the communes, districts and
     * province of {@code skeleton} from the tallies.
     *
     * @throws IllegalArgumentException when a commune of the skeleton lists people (they come from the source)
     * @throws CancellationException    when the {@link Cancellation} was set; the sink received a prefix of the
     *                                  results
     */
    public StreamResult run(ProvinceTree skeleton, Iterator<Sourced> source, StreamSink sink) {
        requireNonNull(skeleton, "skeleton");
        requireNonNull(source, "source");
        requireNonNull(sink, "sink");
        Map<String, Commune> communes = new HashMap<>();
        for (CommuneTree c : everyCommune(skeleton)) {
            if (!c.people().isEmpty()) {
                throw new IllegalArgumentException("commune " + c.code() + " of the skeleton lists people; "
                        + "a stream reads them from its source");
            }
            communes.put(c.code(), new Commune(c.commune(), distinctIds ? new HashSet<>() : null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        long[] counted = new long[2];
        try {
            ArrayDeque<Future<List<Judged>>> inFlight = new ArrayDeque<>();
            while (source.hasNext()) {
                if (cancellation.isCancelled()) {
                    throw new CancellationException("stream cancelled");
                }
                List<Judged> next = new ArrayList<>(batch);
                while (next.size() < batch && source.hasNext()) {
                    next.add(admit(source.next(), communes));
                }
                inFlight.add(pool.submit(() -> judge(next)));
                if (inFlight.size() >= 2 * threads) {
                    deliver(await(inFlight.poll()), communes, sink, counted);
                }
            }
            while (!inFlight.isEmpty()) {
                if (cancellation.isCancelled()) {
                    throw new CancellationException("stream cancelled");
                }
                deliver(await(inFlight.poll()), communes, sink, counted);
            }
        } finally {
            pool.shutdownNow();
        }
        if (!skeleton.communes().isEmpty()) {
            // No district tier (from 01/07/2025): the province counts its communes directly.
            return new StreamResult(evaluator.rollUpCommunes(skeleton, communeResults(skeleton.communes(), communes)),
                    counted[0], counted[1]);
        }
        List<DistrictResult> districts = new ArrayList<>();
        for (DistrictTree d : skeleton.districts()) {
            districts.add(evaluator.rollUp(d, communeResults(d.communes(), communes)));
        }
        return new StreamResult(evaluator.rollUp(skeleton, districts), counted[0], counted[1]);
    }

    private List<CommuneResult> communeResults(List<CommuneTree> trees, Map<String, Commune> communes) {
        List<CommuneResult> results = new ArrayList<>();
        for (CommuneTree c : trees) {
            // A commune's organisations and their members are few and held in the skeleton: rollUp judges them
            // (and the commune from its own counts, which is discarded) exactly as it does for a whole tree.
            List<OrganisationResult> organisations = c.organisations().isEmpty() ? List.of()
                    : evaluator.rollUp(c).organisations();
            Commune counted = communes.get(c.code());
            CommuneResult r = evaluator.rollUp(c.commune(), counted.tally, organisations);
            // As Evaluator.rollUp does: the commune's people counted by a kept award, among all it counted.
            results.add(counted.kept == null ? r : new CommuneResult(r.assessment(), r.citizens(), r.tally(),
                    r.people(), r.organisations(), counted.kept.among(counted.tally.evaluated())));
        }
        return results;
    }

    /** The skeleton's communes: those of its districts, or those directly under the province after the reform. */
    private static List<CommuneTree> everyCommune(ProvinceTree skeleton) {
        List<CommuneTree> all = new ArrayList<>(skeleton.communes());
        skeleton.districts().forEach(d -> all.addAll(d.communes()));
        return all;
    }

    /** A person with, once judged, their verdict and, when kept, their assessment; or why they were refused. */
    private static final class Judged {
        final Sourced subject;
        Verdict verdict;
        Assessment assessment;
        InvalidInputException error;

        void judged(Assessment a) {
            assessment = a;
            verdict = a.verdict();
        }

        Judged(Sourced subject, InvalidInputException error) {
            this.subject = subject;
            this.error = error;
        }
    }

    /** What the stream keeps of a commune: its request, its tally so far and, when checked, the ids seen. */
    private static final class Commune {
        final CommuneEvaluationRequest request;
        final Set<String> ids;
        CitizenTally tally;
        /** Its people counted by an earlier award still kept, or {@code null}. */
        KeptLearningCitizens kept;

        Commune(CommuneEvaluationRequest request, Set<String> ids) {
            this.request = request;
            this.ids = ids;
        }
    }

    /** Checks what can be checked in source order, before evaluation: the commune, the year, a repeated person. */
    private static Judged admit(Sourced s, Map<String, Commune> communes) {
        if (s.error() != null) {
            return new Judged(s, s.error());
        }
        Commune c = communes.get(s.communeCode());
        CitizenEvaluationRequest r = s.request();
        if (c == null) {
            return new Judged(s, new InvalidInputException("$.in.id", "xã '" + s.communeCode()
                    + "' không có trong tỉnh / commune '" + s.communeCode() + "' is not in the province"));
        }
        if (!Objects.equals(r.evaluationYear(), c.request.evaluationYear())) {
            return new Judged(s, new InvalidInputException("$.evaluationYear", "khác năm đánh giá của xã ("
                    + c.request.evaluationYear() + ") / differs from the commune's evaluation year ("
                    + c.request.evaluationYear() + ")"));
        }
        if (c.ids != null && !c.ids.add(r.person().id())) {
            return new Judged(s, new InvalidInputException("$.person.id", "trùng người '" + r.person().id()
                    + "' trong xã / person '" + r.person().id() + "' appears twice in the commune"));
        }
        return new Judged(s, null);
    }

    /** Evaluates a batch in one session; when one person is refused, each alone, so only they are. */
    private List<Judged> judge(List<Judged> items) {
        List<Judged> open = items.stream().filter(j -> j.error == null).toList();
        List<CitizenEvaluationRequest> requests = open.stream().map(j -> j.subject.request()).toList();
        try {
            if (keep == Keep.ALL) {
                List<Assessment> judged = requests.isEmpty() ? List.of() : evaluator.evaluateCitizens(requests);
                for (int i = 0; i < open.size(); i++) {
                    open.get(i).judged(judged.get(i));
                }
            } else {
                // Everybody is counted from their verdict; only those the sink keeps are explained.
                List<Verdict> verdicts = requests.isEmpty() ? List.of() : evaluator.verdictsOfCitizens(requests);
                List<Judged> kept = new ArrayList<>();
                for (int i = 0; i < open.size(); i++) {
                    open.get(i).verdict = verdicts.get(i);
                    if (keep.keeps(verdicts.get(i))) {
                        kept.add(open.get(i));
                    }
                }
                List<Assessment> explained = kept.isEmpty() ? List.of()
                        : evaluator.evaluateCitizens(kept.stream().map(j -> j.subject.request()).toList());
                for (int i = 0; i < kept.size(); i++) {
                    kept.get(i).judged(explained.get(i));
                }
            }
        } catch (InvalidInputException | NoSchemeInForceException batchRefused) {
            for (Judged j : open) {
                try {
                    j.judged(evaluator.evaluate(j.subject.request()));
                } catch (InvalidInputException e) {
                    j.error = e;
                } catch (NoSchemeInForceException e) {
                    j.error = new InvalidInputException("$.evaluationYear", e.getMessage());
                }
            }
        }
        return items;
    }

    private void deliver(List<Judged> items, Map<String, Commune> communes, StreamSink sink, long[] counted) {
        for (Judged j : items) {
            if (j.error != null) {
                counted[1]++;
                sink.refused(j.subject, j.error);
                continue;
            }
            counted[0]++;
            Commune c = communes.get(j.subject.communeCode());
            // An earlier award still kept counts (as in Evaluator.rollUp); asked only of a person who has one.
            CitizenEvaluationRequest request = j.subject.request();
            KeptLearningCitizens kept = j.verdict.level().isEmpty() && !request.person().recognitions().isEmpty()
                    ? evaluator.keptLearningCitizen(request).orElse(null) : null;
            CitizenTally one = CitizenTally.one(request, j.verdict, kept != null);
            c.tally = c.tally == null ? one : c.tally.plus(one);
            if (kept != null) {
                c.kept = c.kept == null ? kept : c.kept.plus(kept);
            }
            if (j.assessment != null && keep.keeps(j.verdict)) {
                sink.assessed(j.subject, j.assessment);
            }
        }
    }

    private static List<Judged> await(Future<List<Judged>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemons() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "hoctap-stream-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
