package vn.hoctap.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.json.CanonicalJson;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Audit;
import vn.hoctap.model.subject.Person;

/** The evaluator stamps every assessment with an audit whose request digest is computed only when read. */
class DeferredDigestTest {
    private static final Evaluator NATIONAL = Evaluator.national();

    /** Five people, one without scores, so that verdicts differ. */
    private static List<CitizenEvaluationRequest> people() {
        List<CitizenEvaluationRequest> people = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            Map<CitizenInput, BigDecimal> scores = new EnumMap<>(CitizenInput.class);
            for (CitizenInput i : CitizenInput.values()) {
                if (p != 4) {
                    scores.put(i, BigDecimal.valueOf(5 + p));
                }
            }
            people.add(new CitizenEvaluationRequest(2024, null, new Person("p-" + p, null, 1970 + p, null, List.of()),
                    CitizenScores.of(scores), null));
        }
        return people;
    }

    /**
     * Proves that evaluating people, one by one and as a batch, and reading their verdicts, levels and sentences
     * computes no request digest; that reading each digest computes it once; and that it is then the eager
     * {@code CanonicalJson.sha256} of that person's request, in the accessor and in the JSON.
     */
    @Test
    void evaluatingAndReadingVerdictsComputesNoDigest() {
        AtomicInteger digests = new AtomicInteger();
        Evaluator counting = NATIONAL.digestingWith((EvaluationRequest r) -> {
            digests.incrementAndGet();
            return CanonicalJson.sha256(r);
        });
        List<CitizenEvaluationRequest> people = people();
        List<Assessment> batch = counting.evaluateCitizens(people);
        List<Assessment> alone = people.stream().map(counting::evaluate).toList();
        for (Assessment a : batch) {
            a.verdict();
            a.levels().size();
            a.summaryVi();
            a.audit().layers();
            a.audit().referenceDate();
        }
        assertEquals(0, digests.get(), "no digest before one is read");

        for (int i = 0; i < people.size(); i++) {
            String eager = CanonicalJson.sha256(people.get(i));
            assertEquals(eager, batch.get(i).audit().requestDigest());
            assertEquals(eager, batch.get(i).audit().requestDigest());
            assertEquals(eager, HoctapJson.mapper().valueToTree(alone.get(i)).get("audit").get("requestDigest")
                    .asText());
        }
        assertEquals(2 * people.size(), digests.get(), "one digest per audit read, however often");
    }

    /**
     * Proves that an assessment stamped by the evaluator (its digest deferred) equals the same assessment read back
     * from its JSON (its digest eager), both ways and in hash code, and that an eager audit of the evaluator's values
     * equals it.
     */
    @Test
    void aDeferredAssessmentEqualsItsJsonReadBack() {
        CitizenEvaluationRequest person = people().get(2);
        Assessment stamped = NATIONAL.evaluate(person);
        Assessment read = HoctapJson.read(HoctapJson.write(NATIONAL.evaluate(person)), Assessment.class);
        assertEquals(read, stamped);
        assertEquals(stamped, read);
        assertEquals(read.hashCode(), stamped.hashCode());
        Audit audit = NATIONAL.evaluate(person).audit();
        assertEquals(new Audit(Evaluator.version(), audit.referenceDate(), CanonicalJson.sha256(person),
                NATIONAL.layers(audit.referenceDate())), audit);
    }
}
