package vn.hoctap.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.sheets.cli.DossierCommand;
import vn.hoctap.sheets.cli.ReportCommand;
import vn.hoctap.sheets.cli.TemplateCommand;
import vn.hoctap.sheets.cli.WorkbookCommand;
import vn.hoctap.sheets.layout.Layout;

/** The four commands, run as a user runs them, on units, a unit's members and communes. */
class CommandsTest {
    private static final Evaluator EVALUATOR = Evaluator.national();

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return cl.execute(args);
    }

    private Path template(String kind) {
        Path t = dir.resolve("mau-" + kind + ".xlsx");
        assertEquals(0, run(new TemplateCommand(), kind, "-o", t.toString()), out.toString());
        return t;
    }

    private static final String UNIT_JSON = """
            { "evaluationYear": 2024,
              "unit": { "id": "UBND-TL", "name": "Ủy ban nhân dân xã Tân Lập", "kind": "COMMUNE_PEOPLES_COMMITTEE",
                        "tier": "DISTRICT", "administrativeUnitCode": "07654" },
              "members": { "total": 52, "labourDiscipline": 52, "completedTraining": 50, "trainedInDigitalTransformation": 49,
                           "languageCertificate": 30, "advancedWorker": 48, "learningCitizen": 47 },
              "attestations": { "annualLearningPlan": true, "trainingRegimes": true, "trainingBudget": true,
                                "digitalTransformationAndEquipment": true, "lifelongLearningActivities": true,
                                "learningEnvironment": true, "advancedCollectiveTitle": false },
              "evidence": { "annualLearningPlan": [ { "reference": "Kế hoạch số 08/KH-UBND ngày 12/01/2024" } ],
                            "members.learningCitizen": [ { "reference": "Danh sách CDHT 2024" },
                                                          { "reference": "Quyết định 15/QĐ-UBND" } ] },
              "recognitions": [ { "title": "LEARNING_UNIT", "tier": "DISTRICT", "level": "LEVEL_1", "year": 2023,
                                  "decisionDate": "2024-02-08" } ] }
            """;

    private static Filled.Values unitRow() {
        return Filled.row().set("evaluationYear", 2024).set("unit.id", "UBND-TL")
                .set("unit.name", "Ủy ban nhân dân xã Tân Lập").set("unit.kind", "Ủy ban nhân dân cấp xã")
                .set("unit.tier", "cấp huyện").set("unit.administrativeUnitCode", "07654")
                .set("members.total", 52).set("members.labourDiscipline", 52).set("members.completedTraining", 50)
                .set("members.trainedInDigitalTransformation", 49).set("members.languageCertificate", 30)
                .set("members.advancedWorker", 48).set("members.learningCitizen", 47)
                .set("attestations.annualLearningPlan", true).set("attestations.trainingRegimes", true)
                .set("attestations.trainingBudget", true).set("attestations.digitalTransformationAndEquipment", true)
                .set("attestations.lifelongLearningActivities", true).set("attestations.learningEnvironment", true)
                .set("attestations.advancedCollectiveTitle", false)
                .set("evidence.annualLearningPlan", "Kế hoạch số 08/KH-UBND ngày 12/01/2024")
                .set("evidence.members.learningCitizen", "Danh sách CDHT 2024\nQuyết định 15/QĐ-UBND")
                .set("recognitions.0.level", "mức độ 1").set("recognitions.0.year", 2023)
                .set("recognitions.0.decisionDate", LocalDate.of(2024, 2, 8));
    }

    /**
     * Proves that a unit typed into the units template gives, through the workbook command, the assessment the
     * equivalent JSON request gives: the same verdict and summary sentence.
     */
    @Test
    void unitRowEqualsItsJson() throws Exception {
        Layout layout = Sheets.layout(SheetKind.UNITS, null);
        Path filled = dir.resolve("don-vi.xlsx");
        Filled.xlsx(template("don-vi"), layout, Map.of(layout.main(), List.of(unitRow())), filled);
        Path result = dir.resolve("kq.xlsx");
        assertEquals(0, run(new WorkbookCommand(), filled.toString(), "-o", result.toString()), out.toString());
        Assessment expected = EVALUATOR.evaluate(HoctapJson.read(UNIT_JSON, UnitEvaluationRequest.class));
        Map<String, Object> row = Results.read(result).sheet("Tổng hợp").get(0);
        assertEquals(expected.verdict().name(), row.get("Mã kết luận"));
        assertEquals(expected.summaryVi(), row.get("Tóm tắt"));
        assertEquals("07654", row.get("Mã xã"));
    }

    /**
     * Proves that members listed one per row are counted as the JSON's {@code memberList}, and that a member row
     * naming no unit of the units sheet is reported.
     */
    @Test
    void memberListEqualsItsJson() throws Exception {
        Layout layout = Sheets.layout(SheetKind.MEMBERS, null);
        Filled.Values unit = Filled.row().set("evaluationYear", 2024).set("unit.id", "THPT-ND")
                .set("unit.name", "Trường THPT Nguyễn Du").set("unit.kind", "cơ sở giáo dục phổ thông")
                .set("unit.ownership", "công lập").set("unit.topSchoolLevel", "trung học phổ thông")
                .set("unit.tier", "cấp tỉnh").set("attestations.annualLearningPlan", true)
                .set("evidence.annualLearningPlan", "KH 01/KH-THPT");
        List<Filled.Values> members = new java.util.ArrayList<>();
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            boolean yes = i != 3;
            members.add(Filled.row().set("Mã đơn vị", "THPT-ND").set("id", "GV" + i).set("Họ và tên", "Giáo viên " + i)
                    .set("labourDiscipline", true).set("learningCitizen", yes));
            json.append(i == 0 ? "" : ",").append("{\"id\":\"GV").append(i)
                    .append("\",\"labourDiscipline\":true,\"learningCitizen\":").append(yes).append('}');
        }
        Path filled = dir.resolve("thanh-vien.xlsx");
        Filled.xlsx(template("thanh-vien"), layout, Map.of(layout.main(), List.of(unit), layout.members(), members),
                filled);
        Path result = dir.resolve("kq.xlsx");
        assertEquals(0, run(new WorkbookCommand(), filled.toString(), "-o", result.toString()), out.toString());
        UnitEvaluationRequest request = HoctapJson.read("""
                { "evaluationYear": 2024, "unit": { "id": "THPT-ND", "name": "Trường THPT Nguyễn Du",
                  "kind": "GENERAL_SCHOOL", "ownership": "PUBLIC", "topSchoolLevel": "UPPER_SECONDARY",
                  "tier": "PROVINCE" }, "attestations": { "annualLearningPlan": true },
                  "evidence": { "annualLearningPlan": [ { "reference": "KH 01/KH-THPT" } ] },
                  "memberList": [""" + json + "] }", UnitEvaluationRequest.class);
        Assessment expected = EVALUATOR.evaluate(request);
        Results r = Results.read(result);
        assertEquals(expected.summaryVi(), r.sheet("Tổng hợp").get(0).get("Tóm tắt"));
        assertTrue(r.sheet("Tổng hợp").get(0).get("Dữ liệu còn thiếu").toString().contains("Thành viên!"),
                "a member's missing yes/no is named by its cell on the members sheet");

        members.add(Filled.row().set("Mã đơn vị", "KHONG-CO").set("id", "X1"));
        Filled.xlsx(template("thanh-vien"), layout, Map.of(layout.main(), List.of(unit), layout.members(), members),
                filled);
        out.getBuffer().setLength(0);
        assertEquals(1, run(new WorkbookCommand(), filled.toString(), "-o", result.toString()));
        assertTrue(out.toString().contains("Thành viên!A8"), out.toString());
    }

    private static final String COMMUNE_JSON = """
            { "evaluationYear": 2024,
              "commune": { "unit": { "code": "07654", "name": "Xã Tân Lập", "tier": "COMMUNE", "parentCode": "210" },
                           "disadvantaged": false, "especiallyDifficult": false },
              "citizens": { "total": 5200, "learningCitizen": 4200, "professionallyTrained": 3200,
                            "universityDegree": 800 },
              "attestations": { "awarenessRaising": true, "learningSocietyPlan": true, "lifelongLearningWeek": true,
                                "stateBudget": true, "socialResources": true, "coordinationMechanism": true,
                                "communityLearningCentre": true, "publicLibrary": true, "cultureSportsCentre": true },
              "universalEducation": { "recognised": {
                  "preschool5": { "status": "MET", "decisionNumber": "88/QĐ-UBND" },
                  "primary": { "status": "LEVEL_3", "decisionNumber": "89/QĐ-UBND", "decisionDate": "2024-11-20" },
                  "lowerSecondary": { "status": "LEVEL_2" }, "literacy": { "status": "LEVEL_2" } } },
              "evidence": { "awarenessRaising": [ { "reference": "Kế hoạch số 05/KH-UBND ngày 08/01/2024" } ] } }
            """;

    static Filled.Values communeRow(String code, int learning) {
        Filled.Values v = Filled.row().set("evaluationYear", 2024).set("commune.unit.code", code)
                .set("commune.unit.name", code.equals("07654") ? "Xã Tân Lập" : "Xã " + code).set("commune.unit.parentCode", "210")
                .set("commune.disadvantaged", false).set("commune.especiallyDifficult", false)
                .set("citizens.total", 5200).set("citizens.learningCitizen", learning)
                .set("citizens.professionallyTrained", 3200).set("citizens.universityDegree", 800)
                .set("universalEducation.recognised.preschool5.status", "đạt chuẩn")
                .set("universalEducation.recognised.preschool5.decisionNumber", "88/QĐ-UBND")
                .set("universalEducation.recognised.primary.status", "mức độ 3")
                .set("universalEducation.recognised.primary.decisionNumber", "89/QĐ-UBND")
                .set("universalEducation.recognised.primary.decisionDate", LocalDate.of(2024, 11, 20))
                .set("universalEducation.recognised.lowerSecondary.status", "LEVEL_2")
                .set("universalEducation.recognised.literacy.status", "mức độ 2")
                .set("evidence.awarenessRaising", "Kế hoạch số 05/KH-UBND ngày 08/01/2024");
        for (String a : List.of("awarenessRaising", "learningSocietyPlan", "lifelongLearningWeek", "stateBudget",
                "socialResources", "coordinationMechanism", "communityLearningCentre", "publicLibrary",
                "cultureSportsCentre")) {
            v.set("attestations." + a, true);
        }
        return v;
    }

    /**
     * Proves that a commune's row gives the assessment of its JSON; that the dossier command writes the summary
     * table, in the law's order, with the evidence and the note that no official template exists; and that the
     * report command counts the year's results with the supplied counts into the appendix table.
     */
    @Test
    void communeDossierAndReport() throws Exception {
        Layout layout = Sheets.layout(SheetKind.COMMUNES, null);
        Path filled = dir.resolve("xa.xlsx");
        Filled.xlsx(template("xa"), layout, Map.of(layout.main(), List.of(communeRow("07654", 4200),
                communeRow("07655", 2000))), filled);
        Path result = dir.resolve("xa-kq.xlsx");
        assertEquals(0, run(new WorkbookCommand(), filled.toString(), "-o", result.toString()), out.toString());
        Assessment expected = EVALUATOR.evaluate(HoctapJson.read(COMMUNE_JSON, CommuneEvaluationRequest.class));
        assertEquals(expected.summaryVi(), Results.read(result).sheet("Tổng hợp").get(0).get("Tóm tắt"));

        String base = dir.resolve("ban-tong-hop").toString();
        assertEquals(0, run(new DossierCommand(), filled.toString(), "--id", "07654", "-o", base), out.toString());
        String html = Files.readString(Path.of(base + ".html"));
        assertTrue(html.contains("BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU"));
        assertTrue(html.contains("Không có mẫu chính thức"));
        assertTrue(html.contains("Quyết định số 89/QĐ-UBND ngày 20/11/2024"), "a decision number is evidence");
        assertTrue(html.indexOf(">1.1<") < html.indexOf(">4.2<") && html.indexOf(">4.2<") < html.indexOf(">5.1<"));
        List<Map<String, Object>> table = Results.read(Path.of(base + ".xlsx")).sheet("Bản tổng hợp");
        assertTrue(table.size() > 15);

        Path citizens = dir.resolve("cd.csv");
        Layout c = Sheets.layout(SheetKind.CITIZENS, null);
        Filled.csv(c.main(), CitizenRoundTripTest.people(30, 5).stream()
                .map(q -> CitizenRoundTripTest.values(q, "07654")).toList(), ',', false, citizens);
        Path citizenResult = dir.resolve("cd-kq.xlsx");
        assertEquals(0, run(new WorkbookCommand(), citizens.toString(), "-o", citizenResult.toString()), out.toString());
        long holding = Results.read(citizenResult).sheet("Tổng hợp").stream()
                .filter(m -> "LEVEL_1".equals(m.get("Mã kết luận"))).count();

        Path counts = dir.resolve("so-lieu.xlsx");
        Layout k = Sheets.layout(SheetKind.REPORT_COUNTS, null);
        Filled.xlsx(template("so-lieu-bao-cao"), k, Map.of(k.main(), List.of(Filled.row().set("year", 2024)
                .set("communes", 12).set("communesWithAssociation", 11))), counts);
        String report = dir.resolve("bao-cao").toString();
        assertEquals(0, run(new ReportCommand(), result.toString(), citizenResult.toString(), "--counts",
                counts.toString(), "-o", report), out.toString());
        try (var in = Files.newInputStream(Path.of(report + ".xlsx"));
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Row year = wb.getSheet("Phụ lục III").getRow(3);
            assertEquals(2024, year.getCell(0).getNumericCellValue());
            assertEquals(12, year.getCell(1).getNumericCellValue());
            assertEquals(11, year.getCell(2).getNumericCellValue());
            assertEquals(holding, year.getCell(3).getNumericCellValue());
            assertEquals(expected.verdict().level().isPresent() ? 1 : 0, year.getCell(4).getNumericCellValue());
            assertTrue(wb.getSheet("Biểu đồ").getDrawingPatriarch().getCharts().size() == 1);
        }
        assertTrue(Files.readString(Path.of(report + ".html")).contains("<svg"));
        assertTrue(out.toString().contains("2024: " + holding + " “Công dân học tập”, "
                + (expected.verdict().level().isPresent() ? 1 : 0) + " xã"), out.toString());
    }
}
