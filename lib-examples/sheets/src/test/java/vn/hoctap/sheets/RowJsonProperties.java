package vn.hoctap.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.sheets.layout.Layout;

/** A row of a sheet and the equivalent JSON are one request and get one assessment. */
class RowJsonProperties {
    private static final Evaluator EVALUATOR = Evaluator.national();
    private static final Layout CITIZENS = Sheets.layout(SheetKind.CITIZENS, null);

    /**
     * Proves that a citizen typed as a CSV row is read into the very request its JSON gives (scores with decimal
     * commas, codes by their Vietnamese label, empty cells as absent fields), and so gets the same assessment.
     */
    @Property(tries = 40)
    void rowAndJsonGiveTheSameAssessment(@ForAll("citizens") CitizenEvaluationRequest request) throws Exception {
        Path dir = Files.createTempDirectory("row-json");
        try {
            Path csv = dir.resolve("cong-dan.csv");
            Filled.csv(CITIZENS.main(), List.of(CitizenRoundTripTest.values(request, "07654")), ';', true, csv);
            List<EvaluationRequest> read = new ArrayList<>();
            List<CellError> problems = new ArrayList<>();
            WorkbookEvaluation.read(EVALUATOR, List.of(csv), null, null, s -> read.add(s.value()), problems::add);
            assertTrue(problems.isEmpty(), problems.toString());
            CitizenEvaluationRequest json = HoctapJson.read(HoctapJson.write(request), CitizenEvaluationRequest.class);
            assertEquals(json, read.get(0));
            assertEquals(EVALUATOR.evaluate(json), EVALUATOR.evaluate(read.get(0)));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<CitizenEvaluationRequest> citizens() {
        Arbitrary<BigDecimal> score = Arbitraries.integers().between(0, 100).map(t -> BigDecimal.valueOf(t, 1)
                .stripTrailingZeros()).injectNull(0.1);
        Arbitrary<List<BigDecimal>> scores = score.list().ofSize(CitizenInput.values().length);
        return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.integers().between(1930, 2010), Arbitraries.of(TargetGroup.class),
                Arbitraries.of(Qualification.class), scores).as((id, born, group, q, s) -> {
                    Map<CitizenInput, BigDecimal> m = new EnumMap<>(CitizenInput.class);
                    for (int i = 0; i < s.size(); i++) {
                        if (s.get(i) != null) {
                            m.put(CitizenInput.values()[i], s.get(i).scale() < 0 ? s.get(i).setScale(0) : s.get(i));
                        }
                    }
                    return new CitizenEvaluationRequest(2024, null, new Person("0" + id, "Nguyễn Thị Ánh", born, group,
                            null), CitizenScores.of(m), q);
                });
    }
}
