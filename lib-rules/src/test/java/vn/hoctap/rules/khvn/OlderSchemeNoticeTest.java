package vn.hoctap.rules.khvn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.Notice;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.pack.ProvincePack;

/**
 * An assessment of a family dated in 2022 before 14/04/2022, the probable first day of the association's 2022
 * framework, is judged under the 2016-2020 framework and says so: which scheme, from which day the newer one applies,
 * how sure that day is, and the catalogue's words on it. The household is the one of case file
 * {@code khvn/06-gia-dinh-truoc-ngay-khung-2022.json}.
 */
class OlderSchemeNoticeTest {
    private static final Evaluator WITH_2016_NUMBERS = Evaluator.builder().add(ProvincePack.fromClasspath(
            "cases/khvn/tinh-khung-2016", OlderSchemeNoticeTest.class.getClassLoader())).build();

    @Test
    void theNoticeNamesTheSchemeTheDayAndItsStatus() throws IOException {
        for (LocalDate date : new LocalDate[] {LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 13)}) {
            Assessment a = evaluate(date);
            assertEquals("KHVN.GD.2016", a.schemeId());
            Notice n = a.notices().stream().filter(x -> x.code().equals("OLDER_SCHEME_CHOSEN")).findFirst()
                    .orElseThrow(() -> new AssertionError(date + ": " + a.notices()));
            assertEquals(Notice.Severity.WARNING, n.severity());
            String dd = String.format("%02d/%02d/2022", date.getDayOfMonth(), date.getMonthValue());
            assertTrue(n.textVi().startsWith("Đánh giá theo “Gia đình học tập” (khung 2016-2020) (448/QĐ-KHVN) vì ngày"
                    + " tham chiếu " + dd + " trước ngày 14/04/2022, ngày KHVN.GD bắt đầu áp dụng [123/KH-KHVN"),
                    n.textVi());
            assertTrue(n.textVi().contains("ngày này chưa kiểm chứng đầy đủ (PROBABLE). Ngày 14/04/2022 là ngày của"
                    + " Kế hoạch 123/KH-KHVN"), n.textVi());
            assertTrue(n.textEn().startsWith("Evaluated under Learning family (2016-2020 framework) (448/QĐ-KHVN)"
                    + " because the reference date " + date + " is before 2022-04-14, the day KHVN.GD applies from"),
                    n.textEn());
            assertTrue(n.textEn().contains("(PROBABLE). 14/04/2022 is the date of Kế hoạch 123/KH-KHVN"), n.textEn());
        }
    }

    @Test
    void noNoticeBeforeTheYearOfTheNewerScheme() throws IOException {
        Assessment a = evaluate(LocalDate.of(2021, 12, 31));
        assertEquals("KHVN.GD.2016", a.schemeId());
        assertTrue(a.notices().stream().noneMatch(n -> n.code().equals("OLDER_SCHEME_CHOSEN")), a.notices()
                .toString());
    }

    private static Assessment evaluate(LocalDate referenceDate) throws IOException {
        JsonNode request;
        try (InputStream in = OlderSchemeNoticeTest.class.getResourceAsStream(
                "/cases/khvn/06-gia-dinh-truoc-ngay-khung-2022.json")) {
            request = HoctapJson.mapper().readTree(in).get("request");
        }
        ((ObjectNode) request).put("referenceDate", referenceDate.toString());
        return WITH_2016_NUMBERS.evaluate(RequestEnvelopes.request("household", request));
    }
}
