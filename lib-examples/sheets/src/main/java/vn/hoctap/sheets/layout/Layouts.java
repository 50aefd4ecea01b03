package vn.hoctap.sheets.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoctap.model.catalogue.Catalogue;
import vn.hoctap.model.catalogue.CriterionDefinition;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.catalogue.Scheme;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.DigitalMaturity;
import vn.hoctap.model.request.LearningInability;
import vn.hoctap.model.request.LiteracyLevel;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.request.UniversalEducationStandard;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.OrganisationKind;
import vn.hoctap.model.subject.Ownership;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.SchoolLevel;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.RulePack;
import vn.hoctap.sheets.SheetKind;

/**
 * The columns of every kind of workbook, in one place: the template writes them, the readers read them, and the
 * explained workbook names missing data by them. Each column says where its value goes in the request's JSON, so a
 * row is read through the same records and checks as the equivalent JSON.
 */
public final class Layouts {
    private static final String TT24 = "24/2023/TT-BGDĐT";
    private static final String TT25 = "25/2023/TT-BGDĐT";
    private static final String QD324 = "QĐ 324/QĐ-KHVN";
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal EARLIEST_YEAR = BigDecimal.valueOf(1990);
    private static final BigDecimal LATEST_YEAR = BigDecimal.valueOf(2100);

    private Layouts() {
    }

    /**
     * The layout of {@code kind}. Households take their province's own indicators from {@code catalogue} (the
     * evaluator's, with its packs); the other kinds do not read it.
     */
    public static Layout of(SheetKind kind, Catalogue catalogue) {
        return switch (kind) {
            case CITIZENS -> citizens();
            case MEMBERS -> members();
            case UNITS -> units();
            case COMMUNES -> communes();
            case HOUSEHOLDS -> households(catalogue);
            case REPORT_COUNTS -> reportCounts();
        };
    }

    // ---------------------------------------------------------------------------------------------- citizens

    private static Layout citizens() {
        List<Column> c = new ArrayList<>(yearAndDate());
        c.add(group("Mã xã", "Commune code", "mã đơn vị hành chính cấp xã nơi công dân cư trú",
                "the code of the commune the citizen lives in"));
        c.add(text(List.of("person", "id"), "Mã định danh", "Person id", QD324, QD324)
                .withNote("số định danh cá nhân hoặc mã khác, không trùng trong danh sách",
                        "personal identification number or another id, unique in the list"));
        c.add(text(List.of("person", "fullName"), "Họ và tên", "Full name", QD324, QD324));
        c.add(number(List.of("person", "birthYear"), "Năm sinh", "Year of birth", BigDecimal.valueOf(1900),
                LATEST_YEAR, QD324, QD324));
        c.add(code(List.of("person", "targetGroup"), "Nhóm đối tượng", "Target group", Code.of(TargetGroup.class),
                QD324 + " (phiếu tự đánh giá theo nhóm đối tượng)", QD324 + " (self-assessment form by target group)"));
        for (CitizenInput input : CitizenInput.values()) {
            String number = roman(input.group()) + "." + (input.ordinal() - firstOfGroup(input.group()) + 1);
            c.add(new Column(List.of("scores", input.jsonName()), number + " " + capitalise(input.descriptionVi()),
                    number + " " + capitalise(input.descriptionEn()), CellType.DECIMAL, Column.Role.REQUEST,
                    List.of(), ZERO, BigDecimal.TEN, QD324 + ", chỉ tiêu " + number, QD324 + ", indicator " + number,
                    "điểm tự đánh giá từ 0 đến 10", "self-assessed score from 0 to 10"));
        }
        c.add(code(List.of("qualification"), "Trình độ chuyên môn kỹ thuật", "Professional qualification",
                Code.of(Qualification.class), TT25 + " điểm b khoản 5 Điều 6 (tiêu chí 5.2 của xã)",
                TT25 + ", Art. 6(5)(b) (the commune's criterion 5.2)"));
        return new Layout(SheetKind.CITIZENS, new TableLayout("Công dân", "Citizens", c), null);
    }

    private static int firstOfGroup(int group) {
        for (CitizenInput i : CitizenInput.values()) {
            if (i.group() == group) {
                return i.ordinal();
            }
        }
        throw new IllegalArgumentException("group " + group);
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> throw new IllegalArgumentException("group " + n);
        };
    }

    // ---------------------------------------------------------------------------------------------- units

    private static Layout units() {
        List<Column> c = unitColumns();
        int at = indexAfter(c, "unit.administrativeUnitCode");
        List<Column> counts = new ArrayList<>();
        counts.add(number(List.of("members", "total"), "Tổng số thành viên", "Members, total", ZERO, null,
                TT24 + " khoản 7 Điều 2", TT24 + ", Art. 2(7)"));
        for (Described s : MEMBER_SHARES) {
            counts.add(number(List.of("members", s.jsonName()), "Số thành viên " + s.vi(), "Members who " + s.en(), ZERO,
                    null, TT24 + " " + s.articleVi(), TT24 + ", " + s.articleEn()));
            counts.add(evidence("members." + s.jsonName(), "số thành viên " + s.vi(), "members who " + s.en(),
                    TT24 + " khoản 3 Điều 9", TT24 + ", Art. 9(3)"));
        }
        c.addAll(at, counts);
        return new Layout(SheetKind.UNITS, new TableLayout("Đơn vị", "Units", c), null);
    }

    private static Layout members() {
        List<Column> m = new ArrayList<>();
        m.add(join("Mã đơn vị", "Unit id"));
        m.add(text(List.of("id"), "Mã thành viên", "Member id", TT24 + " khoản 7 Điều 2", TT24 + ", Art. 2(7)"));
        m.add(display("Họ và tên", "Full name"));
        for (Described s : MEMBER_SHARES) {
            m.add(yesNo(List.of(s.jsonName()), capitalise(s.vi()), capitalise(s.en()), TT24 + " " + s.articleVi(),
                    TT24 + ", " + s.articleEn()));
        }
        List<Column> units = unitColumns();
        int at = indexAfter(units, "unit.administrativeUnitCode");
        for (Described s : MEMBER_SHARES) {
            units.add(at++, evidence("members." + s.jsonName(), "số thành viên " + s.vi(), "members who " + s.en(),
                    TT24 + " khoản 3 Điều 9", TT24 + ", Art. 9(3)").withNote("số liệu đếm từ trang Thành viên cũng"
                    + " cần minh chứng (danh sách có xác nhận)", "a count made from the Members sheet needs evidence"
                    + " too (the signed list)"));
        }
        return new Layout(SheetKind.MEMBERS, new TableLayout("Đơn vị", "Units", units),
                new TableLayout("Thành viên", "Members", m));
    }

    /** The columns of a unit's row that do not count its members. */
    private static List<Column> unitColumns() {
        List<Column> c = new ArrayList<>(yearAndDate());
        c.add(text(List.of("unit", "id"), "Mã đơn vị", "Unit id", TT24, TT24)
                .withNote("mã do người lập danh sách đặt, không trùng", "an id of your choice, unique in the list"));
        c.add(text(List.of("unit", "name"), "Tên đơn vị", "Unit name", TT24, TT24));
        c.add(code(List.of("unit", "kind"), "Loại đơn vị", "Kind of unit", Code.of(OrganisationKind.class),
                TT24 + " khoản 2 Điều 1, khoản 1-4 Điều 2", TT24 + ", Art. 1(2), 2(1)-(4)"));
        c.add(code(List.of("unit", "ownership"), "Công lập / ngoài công lập", "Public or not",
                Code.of(Ownership.class), TT24 + " khoản 1-2 Điều 2 (bắt buộc với cơ sở giáo dục)",
                TT24 + ", Art. 2(1)-(2) (required for educational institutions)"));
        c.add(code(List.of("unit", "topSchoolLevel"), "Cấp học cao nhất (trường phổ thông)",
                "Top school level (general schools)", Code.of(SchoolLevel.class), TT24 + " khoản 1-2 Điều 2",
                TT24 + ", Art. 2(1)-(2)"));
        c.add(code(List.of("unit", "tier"), "Cấp đánh giá", "Tier evaluated",
                Code.of(AdministrativeTier.DISTRICT, AdministrativeTier.PROVINCE), TT24 + " khoản 3-4 Điều 2",
                TT24 + ", Art. 2(3)-(4)"));
        c.add(text(List.of("unit", "administrativeUnitCode"), "Mã đơn vị hành chính", "Administrative unit code",
                TT24, TT24).withNote("mã xã (hoặc huyện, tỉnh) nơi đơn vị đóng", "the code of the commune (or district,"
                + " province) the unit is in"));
        c.add(number(List.of("learners", "total"), "Tổng số người học", "Learners, total", ZERO, null,
                TT24 + " khoản 8 Điều 2", TT24 + ", Art. 2(8)"));
        c.add(number(List.of("learners", "learningCitizen"), "Số người học đạt “Công dân học tập”",
                "Learners holding “Learning citizen”", ZERO, null, TT24 + " điểm a khoản 3 Điều 6",
                TT24 + ", Art. 6(3)(a)"));
        c.add(evidence("learners.learningCitizen", "người học đạt “Công dân học tập”",
                "learners holding “Learning citizen”", TT24 + " khoản 3 Điều 9", TT24 + ", Art. 9(3)"));
        for (Described s : UNIT_STATEMENTS) {
            c.add(yesNo(List.of("attestations", s.jsonName()), s.vi(), s.en(), TT24 + " " + s.articleVi(),
                    TT24 + ", " + s.articleEn()));
            c.add(evidence(s.jsonName(), s.vi(), s.en(), TT24 + " khoản 3 Điều 9", TT24 + ", Art. 9(3)"));
        }
        c.add(code(List.of("digitalMaturity"), "Mức độ chuyển đổi số (QĐ 4725, 4740)",
                "Digital-transformation level (QĐ 4725, 4740)", Code.of(DigitalMaturity.class),
                TT24 + " điểm d khoản 3 Điều 6, điểm d, đ khoản 3 Điều 12", TT24 + ", Art. 6(3)(d), 12(3)(d)-(đ)"));
        c.add(evidence("digitalMaturity", "mức độ chuyển đổi số", "digital-transformation level",
                TT24 + " khoản 3 Điều 9", TT24 + ", Art. 9(3)"));
        c.addAll(recognition(List.of("recognitions", "0"), "“Đơn vị học tập”", "“Learning unit”",
                TT24 + " khoản 3 Điều 5", TT24 + ", Art. 5(3)"));
        return c;
    }

    /** A yes/no statement or a member count of the law: where it goes in the request, its name, its article. */
    private record Described(String jsonName, String vi, String en, String articleVi, String articleEn) {
    }

    /** The statements of TT 24, with the article of the district-level text (the province's repeats them). */
    private static final List<Described> UNIT_STATEMENTS = List.of(
            new Described("annualLearningPlan", "1.1 Kế hoạch học tập hằng năm", "1.1 Annual learning plan",
                    "điểm a khoản 1 Điều 6", "Art. 6(1)(a)"),
            new Described("trainingRegimes", "1.2 Chế độ đào tạo, quy định khuyến khích học tập",
                    "1.2 Training entitlements, rules encouraging learning", "điểm b khoản 1 Điều 6", "Art. 6(1)(b)"),
            new Described("privatePreschoolTeacherSupport", "1.2, 3.2 Hỗ trợ giáo viên mầm non ngoài công lập",
                    "1.2, 3.2 Support for non-public preschool teachers", "điểm b khoản 1, điểm b khoản 3 Điều 6",
                    "Art. 6(1)(b), 6(3)(b)"),
            new Described("trainingBudget", "1.3 Kinh phí đào tạo, bồi dưỡng", "1.3 Training budget",
                    "điểm c khoản 1 Điều 6", "Art. 6(1)(c)"),
            new Described("digitalTransformationAndEquipment", "1.4 Chuyển đổi số của đơn vị",
                    "1.4 The unit's digital transformation", "điểm d khoản 1 Điều 6", "Art. 6(1)(d)"),
            new Described("lifelongLearningActivities", "1.5 Hoạt động phục vụ học tập suốt đời",
                    "1.5 Activities for lifelong learning", "điểm đ khoản 1 Điều 6", "Art. 6(1)(đ)"),
            new Described("learningEnvironment", "3.2 Môi trường học tập, chia sẻ tri thức",
                    "3.2 Learning environment, knowledge sharing", "điểm b khoản 3 Điều 6, điểm b khoản 3 Điều 12",
                    "Art. 6(3)(b), 12(3)(b)"),
            new Described("advancedCollectiveTitle", "3.3 Danh hiệu “Tập thể lao động tiên tiến” trở lên",
                    "3.3 “Advanced collective” title or higher", "điểm c khoản 3 Điều 6, 7, 12",
                    "Art. 6(3)(c), 7(3)(c), 12(3)(c)"),
            new Described("vocationalAccreditation", "3.5 Kiểm định chất lượng giáo dục nghề nghiệp",
                    "3.5 Vocational quality accreditation", "điểm đ khoản 3 Điều 6, điểm e khoản 3 Điều 12",
                    "Art. 6(3)(đ), 12(3)(e)"));

    /** What TT 24 counts among a unit's members, with the article of the district-level text. */
    private static final List<Described> MEMBER_SHARES = List.of(
            new Described("labourDiscipline", "tuân thủ kỷ luật lao động", "keep labour discipline",
                    "điểm a khoản 2 Điều 6", "Art. 6(2)(a)"),
            new Described("completedTraining", "hoàn thành chương trình học tập, bồi dưỡng",
                    "completed their training", "điểm b khoản 2 Điều 6", "Art. 6(2)(b)"),
            new Described("trainedInDigitalTransformation", "tham gia chuyển đổi số", "take part in digital transformation",
                    "điểm c khoản 2 Điều 6", "Art. 6(2)(c)"),
            new Described("languageCertificate", "có chứng chỉ ngoại ngữ, tiếng dân tộc",
                    "hold a language certificate", "điểm d khoản 2 Điều 6", "Art. 6(2)(d)"),
            new Described("languageProficiency", "có trình độ ngoại ngữ, tiếng dân tộc (mức độ 2)",
                    "have the language proficiency (level 2)", "điểm d khoản 2 Điều 7", "Art. 7(2)(d)"),
            new Described("advancedWorker", "đạt “Lao động tiên tiến” trở lên", "hold “Advanced worker” or higher",
                    "điểm đ khoản 2 Điều 6", "Art. 6(2)(đ)"),
            new Described("learningCitizen", "đạt “Công dân học tập”", "hold “Learning citizen”",
                    "điểm a khoản 3 Điều 6", "Art. 6(3)(a)"));

    // ---------------------------------------------------------------------------------------------- communes

    private static Layout communes() {
        List<Column> c = new ArrayList<>(yearAndDate());
        c.add(text(List.of("commune", "unit", "code"), "Mã xã", "Commune code", TT25, TT25));
        c.add(text(List.of("commune", "unit", "name"), "Tên xã", "Commune name", TT25, TT25));
        c.add(text(List.of("commune", "unit", "parentCode"), "Mã huyện (tỉnh)", "District (province) code", TT25,
                TT25).withNote("mã đơn vị hành chính cấp trên trực tiếp", "the code of the unit directly above"));
        c.add(yesNo(List.of("commune", "disadvantaged"), "Xã thuộc vùng khó khăn", "Disadvantaged area",
                TT25 + " điểm b khoản 5 Điều 6, 7", TT25 + ", Art. 6(5)(b), 7(5)(b)"));
        c.add(yesNo(List.of("commune", "especiallyDifficult"), "Xã đặc biệt khó khăn (NĐ 20/2014)",
                "Especially difficult commune (NĐ 20/2014)", "NĐ 20/2014/NĐ-CP Điều 6, 9-11, 14-16, 20-21",
                "NĐ 20/2014/NĐ-CP, Art. 6, 9-11, 14-16, 20-21"));
        for (Described s : COMMUNE_STATEMENTS) {
            c.add(yesNo(List.of("attestations", s.jsonName()), s.vi(), s.en(), TT25 + " " + s.articleVi(),
                    TT25 + ", " + s.articleEn()));
            c.add(evidence(s.jsonName(), s.vi(), s.en(), TT25 + " điểm a khoản 2 Điều 8", TT25 + ", Art. 8(2)(a)"));
        }
        for (UniversalEducationStandard s : UniversalEducationStandard.values()) {
            List<String> at = List.of("universalEducation", "recognised", s.jsonName());
            String vi = capitalise(s.nameVi());
            c.add(code(concat(at, "status"), vi + ": mức đã được công nhận", capitalise(s.nameEn())
                    + ": recognised status", Code.of(s.scale().toArray(UniversalEducationLevel[]::new)),
                    TT25 + " khoản 4 Điều 6, 7; NĐ 20/2014/NĐ-CP", TT25 + ", Art. 6(4), 7(4); NĐ 20/2014/NĐ-CP"));
            c.add(text(concat(at, "decisionNumber"), vi + ": số quyết định công nhận", capitalise(s.nameEn())
                    + ": decision number", "NĐ 20/2014/NĐ-CP Điều 25", "NĐ 20/2014/NĐ-CP, Art. 25"));
            c.add(date(concat(at, "decisionDate"), vi + ": ngày quyết định", capitalise(s.nameEn())
                    + ": decision date", "NĐ 20/2014/NĐ-CP Điều 25", "NĐ 20/2014/NĐ-CP, Art. 25"));
        }
        for (Figure f : Figure.values()) {
            c.add(number(List.of("universalEducation", "figures", f.standard.jsonName(), f.jsonName),
                    capitalise(f.standard.nameVi()) + ": " + f.vi, capitalise(f.standard.nameEn()) + ": " + f.en,
                    ZERO, null, "NĐ 20/2014/NĐ-CP " + f.articleVi, "NĐ 20/2014/NĐ-CP, " + f.articleEn)
                    .withNote("chỉ điền khi không có quyết định công nhận (không điền cả hai)",
                            "only when there is no recognition decision (never both)"));
        }
        c.add(number(List.of("citizens", "total"), "Số công dân trong xã", "Citizens of the commune", ZERO, null,
                TT25 + " khoản 5 Điều 6", TT25 + ", Art. 6(5)"));
        c.add(number(List.of("citizens", "learningCitizen"), "Số công dân đạt “Công dân học tập”",
                "Citizens holding “Learning citizen”", ZERO, null, TT25 + " điểm a khoản 5 Điều 6, 7",
                TT25 + ", Art. 6(5)(a), 7(5)(a)"));
        c.add(number(List.of("citizens", "professionallyTrained"), "Số công dân được đào tạo chuyên môn kỹ thuật",
                "Citizens with professional training", ZERO, null, TT25 + " điểm b khoản 5 Điều 6, 7",
                TT25 + ", Art. 6(5)(b), 7(5)(b)"));
        c.add(number(List.of("citizens", "universityDegree"), "Số công dân có trình độ đại học trở lên",
                "Citizens with a university degree", ZERO, null, TT25 + " điểm b khoản 5 Điều 6, 7",
                TT25 + ", Art. 6(5)(b), 7(5)(b)"));
        for (String share : List.of("learningCitizen", "professionallyTrained", "universityDegree")) {
            c.add(evidence("citizens." + share, "citizens." + share, "citizens." + share,
                    TT25 + " điểm a khoản 2 Điều 8", TT25 + ", Art. 8(2)(a)"));
        }
        fixEvidenceHeaders(c);
        c.addAll(recognition(List.of("commune", "recognitions", "0"), "“Cộng đồng học tập” cấp xã",
                "“Learning community”, commune level", TT25 + " Điều 5", TT25 + ", Art. 5"));
        return new Layout(SheetKind.COMMUNES, new TableLayout("Xã", "Communes", c), null);
    }

    /** Evidence of the citizen counts is named after the count's own header. */
    private static void fixEvidenceHeaders(List<Column> c) {
        for (int i = 0; i < c.size(); i++) {
            Column e = c.get(i);
            if (e.type() == CellType.EVIDENCE && e.headerEn().startsWith("Evidence: citizens.")) {
                String key = e.path().get(1);
                Column count = c.stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
                c.set(i, new Column(e.path(), "Minh chứng: " + lower(count.headerVi()), "Evidence: "
                        + lower(count.headerEn()), e.type(), e.role(), e.codes(), e.min(), e.max(), e.sourceVi(),
                        e.sourceEn(), e.noteVi(), e.noteEn()));
            }
        }
    }

    private static final List<Described> COMMUNE_STATEMENTS = List.of(
            new Described("awarenessRaising", "1.1 Tuyên truyền về học tập suốt đời", "1.1 Awareness-raising",
                    "điểm a khoản 1 Điều 6", "Art. 6(1)(a)"),
            new Described("learningSocietyPlan", "1.2 Kế hoạch xây dựng xã hội học tập", "1.2 Learning-society plan",
                    "điểm b khoản 1 Điều 6", "Art. 6(1)(b)"),
            new Described("lifelongLearningWeek", "1.3 Tuần lễ hưởng ứng học tập suốt đời", "1.3 Lifelong Learning Week",
                    "điểm c khoản 1 Điều 6", "Art. 6(1)(c)"),
            new Described("stateBudget", "2.1 Kinh phí ngân sách nhà nước", "2.1 State budget", "điểm a khoản 2 Điều 6",
                    "Art. 6(2)(a)"),
            new Described("socialResources", "2.2 Huy động nguồn lực xã hội", "2.2 Social resources",
                    "điểm b khoản 2 Điều 6", "Art. 6(2)(b)"),
            new Described("coordinationMechanism", "2.3 Cơ chế phối hợp", "2.3 Coordination mechanism",
                    "điểm c khoản 2 Điều 6", "Art. 6(2)(c)"),
            new Described("communityLearningCentre", "3.1 Trung tâm học tập cộng đồng", "3.1 Community learning centre",
                    "điểm a khoản 3 Điều 6", "Art. 6(3)(a)"),
            new Described("publicLibrary", "3.2 Thư viện công cộng cấp xã", "3.2 Commune public library",
                    "điểm b khoản 3 Điều 6", "Art. 6(3)(b)"),
            new Described("cultureSportsCentre", "3.3 Trung tâm văn hóa, thể thao cấp xã", "3.3 Culture and sports centre",
                    "điểm c khoản 3 Điều 6", "Art. 6(3)(c)"));

    /** The raw figures of NĐ 20/2014 that criterion 4 can be computed from. */
    private enum Figure {
        P_CHILDREN(UniversalEducationStandard.PRESCHOOL_5, "children", "số trẻ em 5 tuổi", "5-year-olds",
                "khoản 2 Điều 6", "Art. 6(2)"),
        P_ATTENDING(UniversalEducationStandard.PRESCHOOL_5, "attending", "số trẻ 5 tuổi đến lớp",
                "5-year-olds attending", "điểm a khoản 2 Điều 6", "Art. 6(2)(a)"),
        P_COMPLETED(UniversalEducationStandard.PRESCHOOL_5, "completedProgramme",
                "số trẻ 5 tuổi hoàn thành chương trình", "5-year-olds who completed the programme",
                "điểm b khoản 2 Điều 6", "Art. 6(2)(b)"),
        PR_AGED6(UniversalEducationStandard.PRIMARY, "childrenAged6", "số trẻ 6 tuổi", "6-year-olds",
                "Điều 9-11", "Art. 9-11"),
        PR_GRADE1(UniversalEducationStandard.PRIMARY, "enteredGrade1", "số trẻ 6 tuổi vào lớp 1",
                "6-year-olds in grade 1", "điểm a khoản 2 Điều 9", "Art. 9(2)(a)"),
        PR_UPTO14(UniversalEducationStandard.PRIMARY, "childrenUpTo14", "số trẻ đến 14 tuổi", "children up to 14",
                "điểm b khoản 2 Điều 9", "Art. 9(2)(b)"),
        PR_COMPLETED14(UniversalEducationStandard.PRIMARY, "completedUpTo14",
                "số trẻ đến 14 tuổi hoàn thành tiểu học", "children up to 14 who completed primary",
                "điểm b khoản 2 Điều 9", "Art. 9(2)(b)"),
        PR_AGED11(UniversalEducationStandard.PRIMARY, "childrenAged11", "số trẻ 11 tuổi", "11-year-olds",
                "điểm c khoản 1 Điều 10", "Art. 10(1)(c)"),
        PR_COMPLETED11(UniversalEducationStandard.PRIMARY, "completedAged11", "số trẻ 11 tuổi hoàn thành tiểu học",
                "11-year-olds who completed primary", "điểm c khoản 1 Điều 10, 11", "Art. 10(1)(c), 11(1)(c)"),
        PR_INPRIMARY11(UniversalEducationStandard.PRIMARY, "inPrimaryAged11", "số trẻ 11 tuổi đang học tiểu học",
                "11-year-olds still in primary", "điểm c khoản 1 Điều 10, 11", "Art. 10(1)(c), 11(1)(c)"),
        LS_YOUTH(UniversalEducationStandard.LOWER_SECONDARY, "youthAged15To18", "số người 15-18 tuổi",
                "people aged 15-18", "Điều 14-16", "Art. 14-16"),
        LS_GRADUATED(UniversalEducationStandard.LOWER_SECONDARY, "graduated",
                "số người 15-18 tuổi tốt nghiệp THCS", "aged 15-18 with the lower-secondary diploma",
                "điểm b khoản 2 Điều 14", "Art. 14(2)(b)"),
        LS_STUDYING(UniversalEducationStandard.LOWER_SECONDARY, "studying", "số người 15-18 tuổi đang học",
                "aged 15-18 still studying", "điểm c khoản 1 Điều 16", "Art. 16(1)(c)"),
        L_AGED1525(UniversalEducationStandard.LITERACY, "peopleAged15To25", "số người 15-25 tuổi",
                "people aged 15-25", "khoản 1 Điều 20", "Art. 20(1)"),
        L_LIT1_1525(UniversalEducationStandard.LITERACY, "literateLevel1Aged15To25",
                "số người 15-25 tuổi biết chữ mức độ 1", "aged 15-25 literate at level 1", "khoản 1 Điều 20",
                "Art. 20(1)"),
        L_AGED1535(UniversalEducationStandard.LITERACY, "peopleAged15To35", "số người 15-35 tuổi",
                "people aged 15-35", "khoản 1 Điều 20", "Art. 20(1)"),
        L_LIT1_1535(UniversalEducationStandard.LITERACY, "literateLevel1Aged15To35",
                "số người 15-35 tuổi biết chữ mức độ 1", "aged 15-35 literate at level 1", "khoản 1 Điều 20",
                "Art. 20(1)"),
        L_LIT2_1535(UniversalEducationStandard.LITERACY, "literateLevel2Aged15To35",
                "số người 15-35 tuổi biết chữ mức độ 2", "aged 15-35 literate at level 2", "khoản 1 Điều 21",
                "Art. 21(1)"),
        L_AGED1560(UniversalEducationStandard.LITERACY, "peopleAged15To60", "số người 15-60 tuổi",
                "people aged 15-60", "khoản 1 Điều 21", "Art. 21(1)"),
        L_LIT2_1560(UniversalEducationStandard.LITERACY, "literateLevel2Aged15To60",
                "số người 15-60 tuổi biết chữ mức độ 2", "aged 15-60 literate at level 2", "khoản 1 Điều 21",
                "Art. 21(1)");

        final UniversalEducationStandard standard;
        final String jsonName;
        final String vi;
        final String en;
        final String articleVi;
        final String articleEn;

        Figure(UniversalEducationStandard standard, String jsonName, String vi, String en, String articleVi,
               String articleEn) {
            this.standard = standard;
            this.jsonName = jsonName;
            this.vi = vi;
            this.en = en;
            this.articleVi = articleVi;
            this.articleEn = articleEn;
        }
    }

    // ---------------------------------------------------------------------------------------------- households

    private static Layout households(Catalogue catalogue) {
        String khvn = "Hội Khuyến học Việt Nam, bộ tiêu chí của tỉnh";
        String khvnEn = "Vietnam Association for Learning Promotion, the province's set";
        List<Column> h = new ArrayList<>(yearAndDate());
        h.add(text(List.of("household", "id"), "Mã hộ", "Household id", khvn, khvnEn)
                .withNote("số hộ hoặc mã khác, không trùng", "household-register number or another id, unique"));
        h.add(text(List.of("household", "headName"), "Chủ hộ", "Head of household", khvn, khvnEn));
        h.add(text(List.of("household", "administrativeUnitCode"), "Mã xã", "Commune code", khvn, khvnEn));
        h.add(yesNo(List.of("statements", "learningConditions"), "Điều kiện học tập của gia đình",
                "The household's learning conditions", "QĐ 448/QĐ-KHVN, tiêu chí 3", "QĐ 448/QĐ-KHVN, criterion 3"));
        h.add(yesNo(List.of("statements", "learningImpact"), "Tác động của học tập đối với gia đình",
                "The effect of learning on the household", "QĐ 448/QĐ-KHVN, tiêu chí 4",
                "QĐ 448/QĐ-KHVN, criterion 4"));
        for (IndicatorDefinition i : provinceIndicators(catalogue)) {
            h.add(yesNo(List.of("attestations", i.id()), i.number() + " " + i.nameVi(), i.number() + " " + i.nameEn(),
                    i.citations().values().iterator().next().formatVi(),
                    i.citations().values().iterator().next().formatEn()));
        }
        List<Column> m = new ArrayList<>();
        m.add(join("Mã hộ", "Household id"));
        m.add(text(List.of("person", "id"), "Mã thành viên", "Member id", khvn, khvnEn));
        m.add(text(List.of("person", "fullName"), "Họ và tên", "Full name", khvn, khvnEn));
        m.add(number(List.of("person", "birthYear"), "Năm sinh", "Year of birth", BigDecimal.valueOf(1900),
                LATEST_YEAR, khvn + " (tuổi tính theo năm đánh giá)", khvnEn + " (age in the evaluation year)"));
        m.add(yesNo(List.of("learningCitizen"), "Đạt “Công dân học tập” năm đánh giá",
                "Holds “Learning citizen” for the year", QD324, QD324));
        m.add(yesNo(List.of("facts", "atSchoolAtRightAge"), "Đi học đúng độ tuổi", "At school at the right age",
                khvn, khvnEn));
        m.add(yesNo(List.of("facts", "completedUniversalEducation"), "Hoàn thành phổ cập giáo dục",
                "Completed universal education", khvn, khvnEn));
        m.add(yesNo(List.of("facts", "resultsAtLeastAverage"), "Học lực từ trung bình trở lên",
                "Results average or better", "QĐ 448/QĐ-KHVN, chỉ tiêu 1.2", "QĐ 448/QĐ-KHVN, indicator 1.2"));
        m.add(yesNo(List.of("facts", "conductAtLeastGood"), "Hạnh kiểm từ khá trở lên", "Conduct “khá” or better",
                "QĐ 448/QĐ-KHVN, chỉ tiêu 1.2", "QĐ 448/QĐ-KHVN, indicator 1.2"));
        m.add(yesNo(List.of("facts", "honestPoliteAndActive"), "Trung thực, lễ phép, tham gia hoạt động",
                "Honest, polite, takes part", "QĐ 448/QĐ-KHVN, chỉ tiêu 1.3", "QĐ 448/QĐ-KHVN, indicator 1.3"));
        m.add(code(List.of("facts", "literacy"), "Biết chữ (NĐ 20/2014)", "Literacy (NĐ 20/2014)",
                Code.of(LiteracyLevel.class), "QĐ 448/QĐ-KHVN, chỉ tiêu 2.1; NĐ 20/2014/NĐ-CP Điều 19",
                "QĐ 448/QĐ-KHVN, indicator 2.1; NĐ 20/2014/NĐ-CP, Art. 19"));
        m.add(yesNo(List.of("facts", "studiedTopicThisYear"), "Học ít nhất một chuyên đề trong năm",
                "Studied a topic this year", "QĐ 448/QĐ-KHVN, chỉ tiêu 2.2", "QĐ 448/QĐ-KHVN, indicator 2.2"));
        m.add(code(List.of("facts", "unableToLearn"), "Không thể học vì", "Unable to learn because",
                Code.of(LearningInability.class), "QĐ 448/QĐ-KHVN (không tính vào số đếm)",
                "QĐ 448/QĐ-KHVN (left out of the counts)"));
        return new Layout(SheetKind.HOUSEHOLDS, new TableLayout("Hộ gia đình", "Households", h),
                new TableLayout("Thành viên hộ", "Household members", m));
    }

    /**
     * The indicators a province pack adds to the household schemes of {@code catalogue}: those the national
     * catalogue does not define. Each is a yes/no column, carried under {@code attestations} by its id.
     */
    public static List<IndicatorDefinition> provinceIndicators(Catalogue catalogue) {
        if (catalogue == null) {
            return List.of();
        }
        Set<String> national = new HashSet<>();
        for (RulePack p : RulePack.national()) {
            p.catalogue().criteria().forEach(c -> c.indicators().forEach(i -> national.add(i.id())));
        }
        Map<String, IndicatorDefinition> own = new LinkedHashMap<>();
        for (Scheme s : catalogue.schemes()) {
            if (s.title() != Title.LEARNING_FAMILY) {
                continue;
            }
            for (CriterionDefinition c : catalogue.criteriaOf(s)) {
                for (IndicatorDefinition i : c.indicators()) {
                    if (!national.contains(i.id())) {
                        own.putIfAbsent(i.id(), i);
                    }
                }
            }
        }
        return List.copyOf(own.values());
    }

    // ---------------------------------------------------------------------------------------------- report

    private static Layout reportCounts() {
        String plan = "Kế hoạch của tỉnh, phụ lục mục III";
        String planEn = "The province's plan, appendix section III";
        List<Column> c = new ArrayList<>();
        c.add(number(List.of("year"), "Năm", "Year", EARLIEST_YEAR, LATEST_YEAR, plan, planEn));
        c.add(number(List.of("communes"), "Số xã", "Communes", ZERO, null, plan, planEn));
        c.add(number(List.of("communesWithAssociation"), "Số xã có Hội Khuyến học",
                "Communes with a learning-promotion association", ZERO, null, plan, planEn));
        c.add(number(List.of("districts"), "Số huyện", "Districts", ZERO, null, plan, planEn)
                .withNote("để trống từ năm 2025 nếu không còn cấp huyện", "leave empty once districts are gone (2025)"));
        c.add(number(List.of("districtsWithAssociation"), "Số huyện có Hội Khuyến học",
                "Districts with a learning-promotion association", ZERO, null, plan, planEn));
        return new Layout(SheetKind.REPORT_COUNTS, new TableLayout("Số liệu", "Counts", c), null);
    }

    // ---------------------------------------------------------------------------------------------- shared

    private static List<Column> yearAndDate() {
        return List.of(
                number(List.of("evaluationYear"), "Năm đánh giá", "Evaluation year", EARLIEST_YEAR, LATEST_YEAR,
                        "số liệu từ 01/01 đến 31/12 của năm đánh giá", "data from 1 January to 31 December")
                        .withNote("có thể để trống và cho năm bằng tùy chọn --year",
                                "may be left empty and given with --year"),
                date(List.of("referenceDate"), "Ngày áp dụng", "Reference date",
                        "để trống: ngày 31/12 của năm đánh giá", "empty: 31 December of the evaluation year"));
    }

    private static List<Column> recognition(List<String> at, String titleVi, String titleEn, String sourceVi,
                                            String sourceEn) {
        return List.of(
                code(concat(at, "level"), "Lần công nhận gần nhất: mức độ", "Last recognition: level",
                        Code.of(Level.class), sourceVi, sourceEn).withNote("nếu đã được công nhận " + titleVi,
                        "if already recognised " + titleEn),
                number(concat(at, "year"), "Lần công nhận gần nhất: năm", "Last recognition: year", EARLIEST_YEAR,
                        LATEST_YEAR, sourceVi, sourceEn),
                date(concat(at, "decisionDate"), "Lần công nhận gần nhất: ngày quyết định",
                        "Last recognition: decision date", sourceVi, sourceEn),
                text(concat(at, "decisionNumber"), "Lần công nhận gần nhất: số quyết định",
                        "Last recognition: decision number", sourceVi, sourceEn));
    }

    private static int indexAfter(List<Column> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static List<String> concat(List<String> prefix, String last) {
        List<String> p = new ArrayList<>(prefix);
        p.add(last);
        return p;
    }

    private static Column text(List<String> path, String vi, String en, String srcVi, String srcEn) {
        return new Column(path, vi, en, CellType.TEXT, Column.Role.REQUEST, List.of(), null, null, srcVi, srcEn,
                null, null);
    }

    private static Column number(List<String> path, String vi, String en, BigDecimal min, BigDecimal max,
                                 String srcVi, String srcEn) {
        return new Column(path, vi, en, CellType.WHOLE_NUMBER, Column.Role.REQUEST, List.of(), min, max, srcVi,
                srcEn, null, null);
    }

    private static Column yesNo(List<String> path, String vi, String en, String srcVi, String srcEn) {
        return new Column(path, vi, en, CellType.YES_NO, Column.Role.REQUEST, List.of(), null, null, srcVi, srcEn,
                null, null);
    }

    private static Column code(List<String> path, String vi, String en, List<Code> codes, String srcVi,
                               String srcEn) {
        return new Column(path, vi, en, CellType.CODE, Column.Role.REQUEST, codes, null, null, srcVi, srcEn, null,
                null);
    }

    private static Column date(List<String> path, String vi, String en, String srcVi, String srcEn) {
        return new Column(path, vi, en, CellType.DATE, Column.Role.REQUEST, List.of(), null, null, srcVi, srcEn,
                null, null);
    }

    private static Column evidence(String input, String vi, String en, String srcVi, String srcEn) {
        return new Column(List.of("evidence", input), "Minh chứng: " + lower(vi), "Evidence: " + lower(en),
                CellType.EVIDENCE, Column.Role.REQUEST, List.of(), null, null, srcVi, srcEn,
                "mỗi minh chứng một dòng hoặc cách nhau bởi dấu ;", "one reference a line, or separated by ;");
    }

    private static Column group(String vi, String en, String noteVi, String noteEn) {
        return new Column(List.of(), vi, en, CellType.TEXT, Column.Role.GROUP, List.of(), null, null,
                "dùng để tổng hợp theo xã", "used to count by commune", noteVi, noteEn);
    }

    private static Column join(String vi, String en) {
        return new Column(List.of(), vi, en, CellType.TEXT, Column.Role.JOIN, List.of(), null, null,
                "trùng với mã ở trang tính chính", "as in the main sheet", null, null);
    }

    private static Column display(String vi, String en) {
        return new Column(List.of(), vi, en, CellType.TEXT, Column.Role.DISPLAY, List.of(), null, null,
                "để đối chiếu, không dùng để đánh giá", "for reference, not read by the rules", null, null);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
