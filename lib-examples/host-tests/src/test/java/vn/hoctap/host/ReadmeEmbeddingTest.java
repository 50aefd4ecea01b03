package vn.hoctap.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
// sample:begin embedding-imports
import java.util.List;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.MissingInput;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;
import vn.hoctap.rules.Evaluator;
// sample:end embedding-imports
import org.junit.jupiter.api.Test;

/** The top README's embedding sample, run on the commune People's Committee of the examples, with what it shows. */
class ReadmeEmbeddingTest {
    @Test
    void theEmbeddingSampleGivesWhatTheReadmeShows() throws Exception {
        String json = Files.readString(Path.of(System.getProperty("repository.root"),
                "lib-examples/examples/src/main/resources/vn/hoctap/examples/units/01-ubnd-xa-tan-lap.json"));
        // sample:begin embedding
        // Tạo một lần, dùng chung cho mọi luồng / build once, share across threads
        Evaluator evaluator = Evaluator.national();

        UnitEvaluationRequest request = HoctapJson.read(json, UnitEvaluationRequest.class); // lỗi nêu rõ đường dẫn JSON
        Assessment a = evaluator.evaluate(request);

        Verdict verdict = a.verdict();             // LEVEL_1 (or LEVEL_2, NOT_RECOGNISED, NOT_DETERMINED)
        String summary = a.summaryVi();            // "Ủy ban nhân dân xã Tân Lập — …, năm 2024: đạt mức độ 1. …"
        List<MissingInput> missing = a.missingInputs(); // what is missing, as JSON paths: none here
        String why = a.indicator("TT24.C2.1", Level.LEVEL_2).orElseThrow().explanationVi();
        // "Chỉ tiêu 2.1 (…): ĐẠT. 52/52 thành viên (100 %) …; yêu cầu tối thiểu 95 %. [điểm a khoản 2 Điều 7, …]"
        String out = HoctapJson.write(a);          // kết quả dạng JSON / the result as JSON
        // sample:end embedding
        assertEquals(Verdict.LEVEL_1, verdict);
        assertEquals("Ủy ban nhân dân xã Tân Lập — “Đơn vị học tập” cấp huyện, năm 2024: đạt mức độ 1. Mức độ 1: đạt."
                + " Mức độ 2: không đạt (chỉ tiêu không đạt: 2.3, 2.4, 2.5, 3.1).", summary);
        assertEquals(List.of(), missing);
        assertEquals("Chỉ tiêu 2.1 (Thành viên tuân thủ kỷ luật lao động, đoàn kết, hợp tác, chia sẻ): ĐẠT. 52/52 thành"
                + " viên (100 %) tuân thủ kỷ luật lao động, nội quy, đoàn kết, hợp tác, chia sẻ; yêu cầu tối thiểu 95 %."
                + " [điểm a khoản 2 Điều 7, 24/2023/TT-BGDĐT]", why);
        assertEquals(a, HoctapJson.read(out, Assessment.class));
    }
}
