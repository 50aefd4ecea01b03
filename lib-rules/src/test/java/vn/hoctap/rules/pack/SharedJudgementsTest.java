package vn.hoctap.rules.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.subject.Person;
import vn.hoctap.rules.Evaluator;

/**
 * The engine remembers the rules' answer for a check and gives it to later checks that read the same values
 * ({@code engine/Judgements}). These prove it never does so for a rule that reads the subject itself: a pack whose rule
 * for indicator I.1 scores a different input depending on the person's name gets each person's own answer, whatever
 * order the people come in and whether they share a session.
 */
class SharedJudgementsTest {
    private static final String RULES = """
            package vn.hoctap.packs.kiemthu;

            import vn.hoctap.rules.engine.Check;
            import vn.hoctap.model.request.CitizenInput;

            rule "KT I.1 scores keeping informed for the person named Opaque"
            when
                $c : Check( indicatorId == "CDHT.I.1", $s : subject )
                eval( $s.subjectName().equals("Opaque") )
            then
                $c.score(CitizenInput.KEEPING_INFORMED);
            end

            rule "KT I.1 scores the learning plan for everybody else"
            when
                $c : Check( indicatorId == "CDHT.I.1", $s : subject )
                eval( !$s.subjectName().equals("Opaque") )
            then
                $c.score(CitizenInput.LEARNING_PLAN);
            end

            rule "KT I.2"
            when $c : Check( indicatorId == "CDHT.I.2" ) then $c.score(CitizenInput.LEARNING_PLAN); end
            rule "KT I.3"
            when $c : Check( indicatorId == "CDHT.I.3" ) then $c.score(CitizenInput.COMMUNITY_LEARNING); end
            rule "KT I.4"
            when $c : Check( indicatorId == "CDHT.I.4" ) then $c.score(CitizenInput.ENCOURAGING_OTHERS); end
            """;

    @TempDir
    Path dir;

    @Test
    void aRuleThatReadsTheSubjectIsJudgedForEachSubject() {
        CitizenEvaluationRequest opaque = person("Opaque");
        CitizenEvaluationRequest other = person("Other");

        Evaluator first = evaluator(dir.resolve("a"));
        assertEquals(new BigDecimal("10"), pointsOfI1(first.evaluate(opaque)));
        assertEquals(new BigDecimal("3"), pointsOfI1(first.evaluate(other)));

        Evaluator reversed = evaluator(dir.resolve("b"));
        assertEquals(new BigDecimal("3"), pointsOfI1(reversed.evaluate(other)));
        assertEquals(new BigDecimal("10"), pointsOfI1(reversed.evaluate(opaque)));

        List<Assessment> together = evaluator(dir.resolve("c")).evaluateCitizens(List.of(opaque, other, opaque));
        assertEquals(List.of(new BigDecimal("10"), new BigDecimal("3"), new BigDecimal("10")),
                together.stream().map(SharedJudgementsTest::pointsOfI1).toList());
    }

    private static Evaluator evaluator(Path at) {
        TestPack pack = TestPack.parametersOnly("Tỉnh Kiểm Thử").withOverlay()
                .edit("pack.json", "\"overlays\": [\"overlay.json\"]",
                        "\"overlays\": [\"overlay.json\"], \"rules\": [\"rules/kt.drl\"]")
                .file("rules/kt.drl", RULES)
                .overlay("replace", "{ \"criterion\": \"CDHT.I\", \"citation\": { \"document\": \"" + TestPack.DOC
                        + "\", \"article\": 5 } }")
                .overlay("criteria", criterionI());
        return Evaluator.builder().add(pack.writeTo(at)).build();
    }

    /** Group I of "Công dân học tập" redefined by the pack with the national indicator ids. */
    private static String criterionI() {
        StringBuilder indicators = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            indicators.append(i == 1 ? "" : ", ").append("""
                    { "id": "CDHT.I.%d", "number": "I.%d", "nameVi": "Chỉ tiêu I.%d (kiểm thử)",
                      "nameEn": "Indicator I.%d (test)",
                      "citations": { "LEVEL_1": { "document": "%s", "article": 5, "clause": %d } },
                      "status": "VERIFIED", "effectiveFrom": "2024-03-01" }""".formatted(i, i, i, i, TestPack.DOC, i));
        }
        return """
                { "id": "CDHT.I", "number": 1, "nameVi": "Nhóm I (kiểm thử)", "nameEn": "Group I (test)",
                  "indicators": [ %s ] }""".formatted(indicators);
    }

    /** Ten of ten on keeping informed, 3 on the learning plan, 8 elsewhere. */
    private static CitizenEvaluationRequest person(String name) {
        Map<CitizenInput, BigDecimal> scores = new EnumMap<>(CitizenInput.class);
        for (CitizenInput input : CitizenInput.values()) {
            scores.put(input, new BigDecimal("8"));
        }
        scores.put(CitizenInput.KEEPING_INFORMED, new BigDecimal("10"));
        scores.put(CitizenInput.LEARNING_PLAN, new BigDecimal("3"));
        return new CitizenEvaluationRequest(2024, null, new Person("ID-" + name, name, 1980, null, List.of()),
                CitizenScores.of(scores), null);
    }

    private static BigDecimal pointsOfI1(Assessment a) {
        return a.levels().get(0).results().stream().flatMap(c -> c.indicators().stream())
                .filter(i -> i.indicatorId().equals("CDHT.I.1")).map(IndicatorResult::points).findFirst()
                .orElseThrow();
    }
}
