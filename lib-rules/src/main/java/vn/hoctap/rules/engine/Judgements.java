package vn.hoctap.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import vn.hoctap.model.request.Input;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.subject.Level;

/**
 * What the rules answered for a check, remembered so that a later check of the same indicator that reads the same
 * values gets the same answer without a rule session: a commune's 12,000 people score 0 to 10 on ten indicators,
 * so after the first few hundred the rules have nothing new to say.
 *
 * <p>Why this is exact: a {@link Check} records every value it reads from its subject, in order ({@link Read}). The
 * rules that judge a check see the check's indicator, criterion, level and scheme, the parameters of its period and
 * date, and what it reads; given the same of each, they read the same next value and write the same measurements. So a
 * check whose {@link Context} is a remembered one's and whose subject gives the same values for the same reads, in
 * the same order, is judged alike. Anything the engine cannot see is excluded: a check whose rules touched
 * {@link Check#getSubject()} (and so could have read anything), and subjects with profile facts (rules join them).
 * Rules must not keep state of their own between sessions (no globals, no static fields), as for any batch
 * ({@link Engine#evaluateAll}).
 *
 * <p>Bounded: at most {@value #MAX_JUDGEMENTS} answers per engine, none whose values are large (a share naming many
 * missing records); past the bound, checks are judged by the rules as before. Thread-safe.
 */
final class Judgements {
    /** Answers kept per engine: tens of indicators × the values people give them, with room for packs' periods. */
    static final int MAX_JUDGEMENTS = 100_000;
    /** A value naming more missing records than this is not kept: a large unit's answer is rarely met twice. */
    private static final int MAX_PATHS = 64;

    private final Map<Context, List<Signature>> memo = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();

    /**
     * Everything a check's rules can see besides what it reads from its subject.
     *
     * @param composition the period's rule set (compared by identity)
     */
    record Context(Composition composition, String schemeId, String indicatorId, Level level, LocalDate date,
                   int evaluationYear) {
    }

    /** What a check reads from its subject, and how to read it again from another subject. */
    enum Kind {
        STATEMENT, EVIDENCE_COUNT, SHARE, COUNTED_SHARE, LEVEL, SCORE, COUNT, YEAR_ON_YEAR, PATH;

        Object read(SubjectFacts f, Input input, AgeBand ages) {
            return switch (this) {
                case STATEMENT -> f.statement(input);
                case EVIDENCE_COUNT -> f.evidence(input).size();
                case SHARE -> f.share(input);
                case COUNTED_SHARE -> f.countedShare(input, ages);
                case LEVEL -> f.level(input);
                case SCORE -> f.score(input);
                case COUNT -> f.count(input);
                case YEAR_ON_YEAR -> f.yearOnYear(input);
                case PATH -> f.pathOf(input);
            };
        }
    }

    /**
     * One read of a check: which accessor, of which input.
     *
     * @param ages the age band of a counted share, or {@code null}
     */
    record Read(Kind kind, Input input, AgeBand ages) {
    }

    /**
     * The reads of remembered checks of one context, in the order they were made, and their answers by the values
     * read ({@link #key}).
     */
    record Signature(List<Read> reads, Map<Object, Judgement> byValues) {
    }

    /**
     * The rules' answer for a check: its measurements and missing inputs, whether it was set aside, its score, the
     * layer that judged it; and the indicator's result made from them, built once for every check it answers.
     */
    static final class Judgement {
        final List<Measurement> measurements;
        final List<MissingInput> missing;
        final boolean notApplicable;
        final BigDecimal scored;
        final String layer;
        private volatile IndicatorResult result;
        private volatile Check answered;

        Judgement(List<Measurement> measurements, List<MissingInput> missing, boolean notApplicable,
                  BigDecimal scored, String layer) {
            this.measurements = List.copyOf(measurements);
            this.missing = List.copyOf(missing);
            this.notApplicable = notApplicable;
            this.scored = scored;
            this.layer = layer;
        }

        /**
         * The check this judgement answers for every subject it is found for, once {@link #answeredBy} gave it; else
         * {@code null}. Once judged, nothing reads a check's subject: the fold reads its indicator, level, worth and
         * answer, all of which this judgement and its context fix.
         */
        Check answeredCheck() {
            return answered;
        }

        /** Makes {@code c}, a check of this judgement's context without a subject, the one {@link #answeredCheck}. */
        Check answeredBy(Check c) {
            c.answer(this);
            answered = c;
            return c;
        }

        /** The indicator's result for {@code c}, a check this judgement answers; made on first use. */
        IndicatorResult result(Check c) {
            IndicatorResult r = result;
            if (r == null) {
                r = IndicatorResults.of(c);
                result = r;
            }
            return r;
        }
    }

    /**
     * The remembered answer for a check of {@code context} about {@code facts}, if a check of that context read the
     * same values from its subject; else {@code null}.
     */
    Judgement find(Context context, SubjectFacts facts) {
        return find(known(context), facts);
    }

    /**
     * What is remembered for {@code context} so far, for a batch to look up once and {@link #find(List,
     * SubjectFacts) search} for each of its subjects: a context's key costs a hash of six fields a check. The list
     * grows as answers are remembered; {@code null} when nothing is remembered for the context yet.
     */
    List<Signature> known(Context context) {
        return memo.get(context);
    }

    /** The answer among {@code known} ({@link #known}; may be {@code null}) for a check about {@code facts}. */
    Judgement find(List<Signature> known, SubjectFacts facts) {
        List<Signature> signatures = known;
        if (signatures == null) {
            return null;
        }
        // Indexed: a copy-on-write list's iterator is an allocation per check.
        for (int i = 0; i < signatures.size(); i++) {
            Signature s = signatures.get(i);
            Judgement j = s.byValues().get(key(s.reads(), facts));
            if (j != null) {
                return j;
            }
        }
        return null;
    }

    /**
     * Remembers how the rules judged {@code c}, when it can be told apart by its reads alone and the bound allows.
     *
     * @return the answer, for the fold to share, or empty when not remembered
     */
    Optional<Judgement> remember(Check c) {
        List<Read> reads = c.reads();
        if (reads == null || size.get() >= MAX_JUDGEMENTS) {
            return Optional.empty();
        }
        List<Object> values = c.readValues();
        for (Object v : values) {
            if (large(v)) {
                return Optional.empty();
            }
        }
        List<Signature> signatures = memo.computeIfAbsent(c.context(), k -> new CopyOnWriteArrayList<>());
        Signature signature = null;
        for (Signature s : signatures) {
            if (s.reads().equals(reads)) {
                signature = s;
                break;
            }
        }
        if (signature == null) {
            synchronized (signatures) {
                for (Signature s : signatures) {
                    if (s.reads().equals(reads)) {
                        signature = s;
                    }
                }
                if (signature == null) {
                    signature = new Signature(List.copyOf(reads), new ConcurrentHashMap<>());
                    signatures.add(signature);
                }
            }
        }
        Judgement fresh = c.judgement();
        Judgement kept = signature.byValues().putIfAbsent(values.size() == 1 ? values.get(0) : List.copyOf(values),
                fresh);
        if (kept == null) {
            size.incrementAndGet();
            return Optional.of(fresh);
        }
        return Optional.of(kept);
    }

    /**
     * What {@code facts} give for {@code reads}, as the answers are keyed: the value itself for a single read (most
     * checks read one score or share), the list of values otherwise.
     */
    private static Object key(List<Read> reads, SubjectFacts facts) {
        if (reads.size() == 1) {
            Read r = reads.get(0);
            return r.kind().read(facts, r.input(), r.ages());
        }
        List<Object> values = new ArrayList<>(reads.size());
        for (Read r : reads) {
            values.add(r.kind().read(facts, r.input(), r.ages()));
        }
        return values;
    }

    private static boolean large(Object value) {
        if (value instanceof Share s) {
            return s.missing().size() > MAX_PATHS;
        }
        if (value instanceof CountedShare s) {
            return s.share().missing().size() > MAX_PATHS || s.excluded().size() > MAX_PATHS;
        }
        return false;
    }
}
