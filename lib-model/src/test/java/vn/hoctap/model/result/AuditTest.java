package vn.hoctap.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.CanonicalJson;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.subject.Person;

/** The audit envelope as a value: its JSON, and a deferred digest that is the eager one, computed once when read. */
class AuditTest {
    private static final LocalDate DATE = LocalDate.of(2024, 12, 31);
    private static final List<Audit.Layer> LAYERS = List.of(new Audit.Layer("national", "national/tt24", "sha256:def"));
    private static final CitizenEvaluationRequest REQUEST = new CitizenEvaluationRequest(2024, null,
            new Person("p-1", null, 1980, null, List.of()),
            CitizenScores.of(Map.of(CitizenInput.values()[0], new BigDecimal("8.50"))), null);

    /** An audit whose digest supplier counts its calls. */
    private static final class Counted implements Supplier<String> {
        final AtomicInteger calls = new AtomicInteger();
        private final Supplier<String> digest;

        Counted(Supplier<String> digest) {
            this.digest = digest;
        }

        @Override
        public String get() {
            calls.incrementAndGet();
            return digest.get();
        }
    }

    private static Audit eager(String digest) {
        return new Audit("0.1.0", DATE, digest, LAYERS);
    }

    /**
     * Proves that the JSON of an audit is what the record wrote before the digest could be deferred (these property
     * names in this order, the layers as records), that it reads back equal, and that its text is a record's.
     */
    @Test
    void jsonAndTextAreThoseOfTheRecordItWas() throws Exception {
        Audit audit = eager("sha256:abc");
        String json = HoctapJson.mapper().writer()
                .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(audit);
        assertEquals("{\"libraryVersion\":\"0.1.0\",\"referenceDate\":\"2024-12-31\",\"requestDigest\":\"sha256:abc\","
                + "\"layers\":[{\"name\":\"national\",\"source\":\"national/tt24\",\"digest\":\"sha256:def\"}]}", json);
        assertEquals(audit, HoctapJson.read(json, Audit.class));
        assertEquals("Audit[libraryVersion=0.1.0, referenceDate=2024-12-31, requestDigest=sha256:abc, "
                + "layers=[Layer[name=national, source=national/tt24, digest=sha256:def]]]", audit.toString());
    }

    /**
     * Proves that a deferred digest is not computed when the audit is built, that it is the eager
     * {@code CanonicalJson.sha256(request)}, and that the audit is then, in JSON, equality, hash code and text, the
     * eager audit of that digest, with the supplier called once for all of these reads.
     */
    @Test
    void aDeferredAuditIsTheEagerOneAndDigestsOnce() {
        Counted supplier = new Counted(() -> CanonicalJson.sha256(REQUEST));
        Audit deferred = Audit.deferred("0.1.0", DATE, supplier, LAYERS);
        assertEquals("0.1.0", deferred.libraryVersion());
        assertEquals(LAYERS, deferred.layers());
        assertEquals(0, supplier.calls.get(), "building and reading the other values computes no digest");

        Audit eager = eager(CanonicalJson.sha256(REQUEST));
        assertEquals(eager.requestDigest(), deferred.requestDigest());
        assertEquals(HoctapJson.write(eager), HoctapJson.write(deferred));
        assertEquals(eager, deferred);
        assertEquals(deferred, eager);
        assertEquals(eager.hashCode(), deferred.hashCode());
        assertEquals(eager.toString(), deferred.toString());
        assertEquals(1, supplier.calls.get());
    }

    /** Proves that writing a deferred audit as JSON computes its digest, as equality and hash code do, once. */
    @Test
    void eachFirstUseComputesTheDigest() {
        List<java.util.function.Function<Audit, Object>> uses = List.of(HoctapJson::write, Audit::hashCode,
                Audit::toString, a -> a.equals(eager("sha256:abc")), a -> eager("sha256:abc").equals(a));
        for (var use : uses) {
            Counted supplier = new Counted(() -> "sha256:abc");
            Audit deferred = Audit.deferred("0.1.0", DATE, supplier, LAYERS);
            use.apply(deferred);
            use.apply(deferred);
            assertEquals(1, supplier.calls.get());
        }
    }

    /**
     * Proves that audits differing in any of their values, the digest included, are not equal, deferred or not, so
     * that deferring cannot make equality lenient.
     */
    @Test
    void differentValuesAreDifferentAudits() {
        Audit audit = Audit.deferred("0.1.0", DATE, () -> "sha256:abc", LAYERS);
        assertNotEquals(audit, Audit.deferred("0.1.0", DATE, () -> "sha256:abd", LAYERS));
        assertNotEquals(audit, new Audit("0.1.1", DATE, "sha256:abc", LAYERS));
        assertNotEquals(audit, new Audit("0.1.0", DATE.plusDays(1), "sha256:abc", LAYERS));
        assertNotEquals(audit, new Audit("0.1.0", DATE, "sha256:abc", List.of()));
    }

    /**
     * Proves that eight threads reading one deferred digest at once, released together by a latch, all get the same
     * text and the supplier runs once: for each of 300 audits, whose supplier digests a request so that the threads
     * overlap while it runs.
     */
    @Test
    void threadsReadingAtOnceComputeTheDigestOnce() throws Exception {
        int threads = 8;
        String expected = CanonicalJson.sha256(REQUEST);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 300; round++) {
                Counted supplier = new Counted(() -> CanonicalJson.sha256(REQUEST));
                Audit audit = Audit.deferred("0.1.0", DATE, supplier, LAYERS);
                CountDownLatch ready = new CountDownLatch(threads);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> reads = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    reads.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return audit.requestDigest();
                    }));
                }
                ready.await();
                go.countDown();
                for (Future<String> read : reads) {
                    assertEquals(expected, read.get());
                }
                assertEquals(1, supplier.calls.get(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Proves that a supplier giving no digest is refused at the first read with the message the constructor gives
     * for the same value, and that nothing is remembered: the next read asks again.
     */
    @Test
    void aMissingDeferredDigestIsRefusedAsTheConstructorRefusesIt() {
        for (String given : new String[] {null, " "}) {
            InvalidInputException eager = assertThrows(InvalidInputException.class, () -> eager(given));
            Counted supplier = new Counted(() -> given);
            Audit deferred = Audit.deferred("0.1.0", DATE, supplier, LAYERS);
            InvalidInputException first = assertThrows(InvalidInputException.class, deferred::requestDigest);
            assertEquals(eager.getMessage(), first.getMessage());
            assertThrows(IllegalStateException.class, () -> HoctapJson.write(deferred));
            assertEquals(2, supplier.calls.get());
        }
    }

    /** Proves that the deferred factory checks the other values at once, as the constructor does. */
    @Test
    void theDeferredFactoryChecksTheOtherValuesAtOnce() {
        assertEquals(assertThrows(InvalidInputException.class, () -> new Audit(" ", DATE, "sha256:abc", LAYERS))
                        .getMessage(),
                assertThrows(InvalidInputException.class, () -> Audit.deferred(" ", DATE, () -> "sha256:abc", LAYERS))
                        .getMessage());
        assertEquals(assertThrows(InvalidInputException.class, () -> new Audit("0.1.0", null, "sha256:abc", LAYERS))
                        .getMessage(),
                assertThrows(InvalidInputException.class, () -> Audit.deferred("0.1.0", null, () -> "x", LAYERS))
                        .getMessage());
        assertThrows(InvalidInputException.class, () -> Audit.deferred("0.1.0", DATE, null, LAYERS));
    }

    /**
     * Proves that a stored assessment whose audit is not a JSON object is refused as it was when the audit was a
     * record: naming the path, and saying that an object (Audit) is expected.
     */
    @Test
    void anAuditThatIsNotAnObjectIsRefusedAsARecordWas() {
        String assessment = "{\"subjectId\":\"s\",\"schemeId\":\"x\",\"referenceDate\":\"2024-12-31\","
                + "\"verdict\":\"NOT_RECOGNISED\",\"audit\":[]}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HoctapJson.read(assessment, Assessment.class));
        assertEquals("$.audit: sai kiểu dữ liệu, cần đối tượng {…} (Audit) / wrong type, expected an object {…} "
                + "(Audit)", e.getMessage());
        assertEquals("$: cần một đối tượng JSON {…}, không phải số / expected a JSON object {…}, not a number",
                assertThrows(InvalidInputException.class, () -> HoctapJson.read("5", Audit.class)).getMessage());
    }
}
