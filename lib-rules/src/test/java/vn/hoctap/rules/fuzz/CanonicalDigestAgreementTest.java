package vn.hoctap.rules.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.json.CanonicalJson;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.subject.Person;

/**
 * A request's digest is written in one pass, without a tree ({@code CanonicalJson}); these prove it equals the
 * digest of the request's tree, the canonical form as documented, on every bundled request of every kind and on
 * random people's scores (decimals with trailing zeros, exponents, zero).
 */
class CanonicalDigestAgreementTest {
    @Test
    void everyBundledRequestHasTheDigestOfItsTree() {
        int compared = 0;
        for (var entry : BundledRequests.load().byKind().entrySet()) {
            for (BundledRequests.Named n : entry.getValue()) {
                EvaluationRequest r = HoctapJson.read(n.request().toString(), entry.getKey().type());
                assertEquals(treeDigest(r), CanonicalJson.sha256(r), n.source());
                compared++;
            }
        }
        assertTrue(compared > 100, "only " + compared + " requests compared");
    }

    @Property(tries = 500, seed = "20261202")
    void randomScoresHaveTheDigestOfTheirTree(@ForAll("scores") Map<CitizenInput, BigDecimal> scores) {
        CitizenEvaluationRequest r = new CitizenEvaluationRequest(2024, null,
                new Person("P-" + scores.size(), "Nguyễn Văn “A” \\ \"B\"", 1980, null, List.of()),
                CitizenScores.of(scores), null);
        assertEquals(treeDigest(r), CanonicalJson.sha256(r));
    }

    @Provide
    Arbitrary<Map<CitizenInput, BigDecimal>> scores() {
        Arbitrary<BigDecimal> score = Arbitraries.of("0", "0.0", "7", "7.50", "1E+1", "10.000", "0.5", "9.25")
                .map(BigDecimal::new);
        return Arbitraries.maps(Arbitraries.of(CitizenInput.class), score).ofMaxSize(10)
                .map(m -> m.isEmpty() ? m : new EnumMap<>(m));
    }

    private static String treeDigest(EvaluationRequest r) {
        return CanonicalJson.sha256(HoctapJson.mapper().valueToTree(r));
    }
}
