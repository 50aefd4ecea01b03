package vn.hoctap.model.result;

import static vn.hoctap.model.Checks.list;
import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.requiredText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * How an assessment was made, so that a stored result can be re-checked years later: which version of the library
 * made it, from which rule layers (each with a digest of its files), for which reference date, answering which
 * request. Re-evaluating the same request with the same library version and layers gives the same assessment; a
 * different digest says which of them changed.
 *
 * @see #deferred the audit whose request digest is computed when first read, as the evaluator stamps them
 */
public final class Audit {
    private final String libraryVersion;
    private final LocalDate referenceDate;
    /** The digest of an eager audit; null for a deferred one, whose {@link #pending} computes it. */
    private final String requestDigest;
    /** Computes and keeps a deferred digest; null for an eager audit. Final fields, as a record's, so that an audit
     * shared without synchronisation is still seen whole. */
    private final PendingDigest pending;
    private final List<Layer> layers;

    /**
     * An audit whose request digest is known.
     *
     * @param libraryVersion the version of hoctap that evaluated, e.g. {@code 0.1.0}
     * @param referenceDate  the date whose rules were applied
     * @param requestDigest  {@code sha256:} and the SHA-256 of the request's canonical JSON
     *                       ({@code vn.hoctap.model.json.CanonicalJson}), of the request as evaluated: in a roll-up,
     *                       with the counts computed from the level below
     * @param layers         the rule layers in force on the reference date, lowest first: the national packs, packs a
     *                       tool added, then the province packs in force on that date
     */
    @JsonCreator
    public Audit(@JsonProperty("libraryVersion") String libraryVersion,
                 @JsonProperty("referenceDate") LocalDate referenceDate,
                 @JsonProperty("requestDigest") String requestDigest,
                 @JsonProperty("layers") List<Layer> layers) {
        this(requiredText(libraryVersion, "libraryVersion"), required(referenceDate, "referenceDate"),
                requiredText(requestDigest, "requestDigest"), null, layers);
    }

    /**
     * The one place the fields are set; the callers check the values, in the order of the components, so that the
     * first wrong one is the one refused. Exactly one of {@code requestDigest} and {@code pending} is given.
     */
    private Audit(String libraryVersion, LocalDate referenceDate, String requestDigest, PendingDigest pending,
                  List<Layer> layers) {
        this.libraryVersion = libraryVersion;
        this.referenceDate = referenceDate;
        this.requestDigest = requestDigest;
        this.pending = pending;
        this.layers = list(layers);
    }

    /**
     * An audit whose request digest is computed when it is first needed, by {@code requestDigest}, which is called at
     * most once per audit, whichever threads read it, and then released. The evaluator stamps every assessment, but a
     * host that keeps only tallies, or reads only verdicts and sentences, never needs the SHA-256 of the request's
     * canonical JSON, which costs a good part of a citizen's evaluation. The digest is first needed by
     * {@link #requestDigest()}, by writing the audit as JSON, and by {@link #equals}, {@link #hashCode} and
     * {@link #toString}; it is then the text an eager audit of the same request holds, and the audit is equal to
     * that eager one. An audit, deferred or not, is an immutable value (the accessors, equality, hash code and text
     * of a record of its four values) that is safe to share between threads.
     *
     * <p>Until its digest is computed the audit holds {@code requestDigest} and whatever it captures (for the
     * evaluator, the request): an assessment kept without its digest ever being read keeps its request alive, as the
     * caller's list of requests usually does anyway. Once the digest is computed the audit holds its text, as an
     * eager audit does, and a small holder without the supplier.
     *
     * <p>The other values are checked now, as the constructor checks them. The digest is checked when it is computed:
     * a null or blank text is refused then, with the constructor's message, and the supplier's own exception reaches
     * the reader as it is; either way nothing is kept, and the next read calls {@code requestDigest} again.
     *
     * @param requestDigest gives {@code sha256:} and the SHA-256 of the request's canonical JSON, as the constructor's
     *                      parameter of that name; it must give the same text each time, as a digest does
     */
    public static Audit deferred(String libraryVersion, LocalDate referenceDate, Supplier<String> requestDigest,
                                 List<Layer> layers) {
        return new Audit(requiredText(libraryVersion, "libraryVersion"), required(referenceDate, "referenceDate"), null,
                new PendingDigest(required(requestDigest, "requestDigest")), layers);
    }

    /** The version of hoctap that evaluated, e.g. {@code 0.1.0}. */
    @JsonProperty("libraryVersion")
    public String libraryVersion() {
        return libraryVersion;
    }

    /** The date whose rules were applied. */
    @JsonProperty("referenceDate")
    public LocalDate referenceDate() {
        return referenceDate;
    }

    /**
     * {@code sha256:} and the SHA-256 of the request's canonical JSON ({@code vn.hoctap.model.json.CanonicalJson}), of
     * the request as evaluated: in a roll-up, with the counts computed from the level below. A deferred digest is
     * computed by the first call.
     */
    @JsonProperty("requestDigest")
    public String requestDigest() {
        return requestDigest != null ? requestDigest : pending.get();
    }

    /** The rule layers in force on the reference date, lowest first: the national packs, packs a tool added, then
     * the province packs in force on that date. */
    @JsonProperty("layers")
    public List<Layer> layers() {
        return layers;
    }

    /** Equal when the four values are, as for a record; a deferred digest is computed to compare it. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Audit a && libraryVersion.equals(a.libraryVersion)
                && referenceDate.equals(a.referenceDate) && layers.equals(a.layers)
                && requestDigest().equals(a.requestDigest());
    }

    /** Combines the four values' hash codes as a record does; a deferred digest is computed. */
    @Override
    public int hashCode() {
        int h = libraryVersion.hashCode();
        h = 31 * h + referenceDate.hashCode();
        h = 31 * h + requestDigest().hashCode();
        return 31 * h + layers.hashCode();
    }

    /** As a record writes itself: {@code Audit[libraryVersion=…, referenceDate=…, requestDigest=…, layers=[…]]}. */
    @Override
    public String toString() {
        return "Audit[libraryVersion=" + libraryVersion + ", referenceDate=" + referenceDate + ", requestDigest="
                + requestDigest() + ", layers=" + layers + "]";
    }

    /**
     * Calls the supplier once, under its own lock (not the audit's, which callers may hold), remembers what it gave and
     * lets it go. After the first read, a read is one volatile load.
     */
    private static final class PendingDigest {
        private Supplier<String> supplier;
        private volatile String digest;

        PendingDigest(Supplier<String> supplier) {
            this.supplier = supplier;
        }

        String get() {
            String d = digest;
            if (d == null) {
                synchronized (this) {
                    d = digest;
                    if (d == null) {
                        d = requiredText(supplier.get(), "requestDigest");
                        digest = d;
                        supplier = null;
                    }
                }
            }
            return d;
        }
    }

    /**
     * One rule layer and the digest of what it is made of.
     *
     * @param name   the layer's name as explanations give it ("national", "Tỉnh Ví Dụ")
     * @param source which pack: a national pack's directory in the library ({@code national/tt24}), or a province
     *               pack's province code and instrument ({@code province/00 01/2024/QĐ-UBND})
     * @param digest {@code sha256:} and the SHA-256 of the pack's files: of the lines {@code "<sha256 of the file>
     *               <name>"} (as {@code sha256sum} prints them), one per file sorted by name: for a national pack every
     *               {@code .json} and {@code .drl} file of its directory, for a province pack {@code pack.json} and
     *               every file it lists
     */
    public record Layer(String name, String source, String digest) {
        public Layer {
            requiredText(name, "name");
            requiredText(source, "source");
            requiredText(digest, "digest");
        }
    }
}
