package vn.hoctap.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.sheets.layout.Layout;

/** Round trips of the citizens' list: template, filled, evaluated, read back. */
class CitizenRoundTripTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    @TempDir
    Path dir;

    /** Citizens generated with a fixed seed: some pass, some fail, some leave a score empty. */
    static List<CitizenEvaluationRequest> people(int n, long seed) {
        Random r = new Random(seed);
        List<CitizenEvaluationRequest> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            java.util.Map<CitizenInput, BigDecimal> scores = new java.util.EnumMap<>(CitizenInput.class);
            for (CitizenInput in : CitizenInput.values()) {
                if (r.nextInt(20) == 0) {
                    continue;
                }
                int tenths = 40 + r.nextInt(61);
                scores.put(in, r.nextBoolean() ? BigDecimal.valueOf(tenths / 10) : BigDecimal.valueOf(tenths, 1));
            }
            out.add(new CitizenEvaluationRequest(2024, null,
                    new Person(String.format("0%011d", 1000 + i), "Người " + i, 1950 + r.nextInt(50),
                            TargetGroup.values()[r.nextInt(TargetGroup.values().length)], null),
                    CitizenScores.of(scores), Qualification.values()[r.nextInt(3)]));
        }
        return out;
    }

    /** A request's cells, by column key, as an official types them. */
    static Filled.Values values(CitizenEvaluationRequest q, String commune) {
        Filled.Values v = Filled.row().set("Mã xã", commune).set("evaluationYear", q.evaluationYear())
                .set("person.id", q.person().id()).set("person.fullName", q.person().fullName())
                .set("person.birthYear", q.person().birthYear())
                .set("person.targetGroup", q.person().targetGroup().nameVi())
                .set("qualification", q.qualification().nameVi());
        for (CitizenInput in : CitizenInput.values()) {
            q.scores().get(in).ifPresent(s -> v.set("scores." + in.jsonName(), s));
        }
        return v;
    }

    private Path template(SheetKind kind) throws Exception {
        Path t = dir.resolve("mau.xlsx");
        try (OutputStream out = Files.newOutputStream(t)) {
            Sheets.template(kind, EVALUATOR.catalogue(), out);
        }
        return t;
    }

    private Path evaluate(Path input, WorkbookEvaluation.Options options) throws Exception {
        Path out = dir.resolve(input.getFileName() + "-ket-qua.xlsx");
        try (OutputStream o = Files.newOutputStream(out)) {
            WorkbookEvaluation.run(EVALUATOR, List.of(input), options, o, e -> { });
        }
        return out;
    }

    /**
     * Proves that a template filled with people's scores, evaluated and read back gives each person the verdict,
     * level and points the library gives the same requests in process, in the order of the rows.
     */
    @Test
    void filledTemplateEvaluatesAsInProcess() throws Exception {
        List<CitizenEvaluationRequest> people = people(120, 7);
        Layout layout = Sheets.layout(SheetKind.CITIZENS, null);
        Path filled = dir.resolve("cong-dan.xlsx");
        Filled.xlsx(template(SheetKind.CITIZENS), layout,
                Map.of(layout.main(), people.stream().map(q -> values(q, "07654")).toList()), filled);
        Results results = Results.read(evaluate(filled, WorkbookEvaluation.Options.defaults()));
        List<Assessment> expected = EVALUATOR.evaluateCitizens(people);
        List<Map<String, Object>> summary = results.sheet("Tổng hợp");
        assertEquals(expected.size(), summary.size());
        for (int i = 0; i < expected.size(); i++) {
            Assessment a = expected.get(i);
            Map<String, Object> row = summary.get(i);
            assertEquals(a.subjectId(), row.get("Mã"));
            assertEquals(a.verdict().name(), row.get("Mã kết luận"));
            assertEquals("07654", row.get("Mã xã"));
            assertEquals("Công dân!" + (i + 2), row.get("Dòng nguồn"));
            assertEquals(a.levels().get(0).points().doubleValue(), (Double) row.get("Điểm"), 1e-9);
        }
        assertEquals(expected.stream().mapToInt(a -> a.levels().stream().mapToInt(l -> l.results().stream()
                .mapToInt(c -> c.indicators().size()).sum()).sum()).sum(), results.sheet("Chi tiết").size());
        assertTrue(results.sheet("Lỗi").isEmpty());
    }

    /**
     * Proves that the same rows as a CSV file (UTF-8 with a byte-order mark, semicolons, decimal commas) and as a
     * workbook give the same results, and that a missing score is named by its cell in the summary.
     */
    @Test
    void csvAndWorkbookAgree() throws Exception {
        List<CitizenEvaluationRequest> people = people(40, 11);
        Layout layout = Sheets.layout(SheetKind.CITIZENS, null);
        List<Filled.Values> rows = people.stream().map(q -> values(q, "07654")).toList();
        Path xlsx = dir.resolve("a.xlsx");
        Filled.xlsx(template(SheetKind.CITIZENS), layout, Map.of(layout.main(), rows), xlsx);
        Path csv = dir.resolve("a.csv");
        Filled.csv(layout.main(), rows, ';', true, csv);
        Path csvComma = dir.resolve("b.csv");
        Filled.csv(layout.main(), rows, ',', false, csvComma);
        List<Map<String, Object>> fromXlsx = Results.read(evaluate(xlsx, WorkbookEvaluation.Options.defaults()))
                .sheet("Tổng hợp");
        for (Path p : List.of(csv, csvComma)) {
            List<Map<String, Object>> fromCsv = Results.read(evaluate(p, WorkbookEvaluation.Options.defaults()))
                    .sheet("Tổng hợp");
            assertEquals(fromXlsx.size(), fromCsv.size());
            for (int i = 0; i < fromXlsx.size(); i++) {
                assertEquals(fromXlsx.get(i).get("Mã kết luận"), fromCsv.get(i).get("Mã kết luận"));
                assertEquals(fromXlsx.get(i).get("Điểm"), fromCsv.get(i).get("Điểm"));
                assertEquals(fromXlsx.get(i).get("Tóm tắt"), fromCsv.get(i).get("Tóm tắt"));
            }
        }
        boolean named = false;
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).scores().given().size() < CitizenInput.values().length
                    && fromXlsx.get(i).get("Dữ liệu còn thiếu") != null) {
                named |= fromXlsx.get(i).get("Dữ liệu còn thiếu").toString().startsWith("Công dân!");
            }
        }
        assertTrue(named, "a missing score is named by its cell");
        assertFalse(fromXlsx.isEmpty());
    }
}
