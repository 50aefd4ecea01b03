package vn.hoctap.sheets;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;
import vn.hoctap.model.request.RequestKind;

/**
 * The kinds of workbook an official fills in, each named for the command line in English and in Vietnamese
 * ({@code hoctap template citizens}, {@code hoctap template cong-dan}).
 */
public enum SheetKind implements Bilingual {
    /** Citizens' "Công dân học tập" self-assessments, one row per person. */
    CITIZENS("citizens", "cong-dan", RequestKind.CITIZEN, "Danh sách tự đánh giá “Công dân học tập”",
            "Citizens' “Learning citizen” self-assessments"),
    /** Units with their members listed one per row (TT 24 yes/no fields for each member). */
    MEMBERS("members", "thanh-vien", RequestKind.UNIT, "Danh sách thành viên của đơn vị (“Đơn vị học tập”)",
            "A unit's member list (“Learning unit”)"),
    /** Units, one row per unit, with their members counted. */
    UNITS("units", "don-vi", RequestKind.UNIT, "Danh sách đơn vị (“Đơn vị học tập”, Thông tư 24/2023/TT-BGDĐT)",
            "List of units (“Learning unit”, Circular 24/2023/TT-BGDĐT)"),
    /** Communes, one row per commune (TT 25 statements, counts, NĐ 20 status or figures). */
    COMMUNES("communes", "xa", RequestKind.COMMUNE,
            "Danh sách xã (“Cộng đồng học tập” cấp xã, Thông tư 25/2023/TT-BGDĐT)",
            "List of communes (“Learning community”, commune level, Circular 25/2023/TT-BGDĐT)"),
    /** Households with their members, under the province's set of criteria in force. */
    HOUSEHOLDS("households", "ho-gia-dinh", RequestKind.HOUSEHOLD, "Danh sách hộ gia đình (“Gia đình học tập”)",
            "List of households (“Learning household”)"),
    /** The counts the yearly report needs that are not evaluations (communes with a Hội Khuyến học...). */
    REPORT_COUNTS("report-counts", "so-lieu-bao-cao", null, "Số liệu bổ sung cho báo cáo hằng năm",
            "Counts for the yearly report that are not evaluations");

    private final String cliName;
    private final String cliNameVi;
    private final RequestKind requestKind;
    private final Names names;

    SheetKind(String cliName, String cliNameVi, RequestKind requestKind, String nameVi, String nameEn) {
        this.cliName = cliName;
        this.cliNameVi = cliNameVi;
        this.requestKind = requestKind;
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }

    /** The English name on the command line, e.g. {@code citizens}. */
    public String cliName() {
        return cliName;
    }

    /** The Vietnamese name on the command line, without diacritics, e.g. {@code cong-dan}. */
    public String cliNameVi() {
        return cliNameVi;
    }

    /** The kind of request each row (or each subject with its members) becomes; empty for the report's counts. */
    public Optional<RequestKind> requestKind() {
        return Optional.ofNullable(requestKind);
    }

    /** The kind named {@code name} in either language. */
    public static Optional<SheetKind> fromCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name) || k.cliNameVi.equals(name)).findFirst();
    }

    /** Every name accepted on the command line. */
    public static List<String> cliNames() {
        return Arrays.stream(values()).flatMap(k -> List.of(k.cliName, k.cliNameVi).stream()).toList();
    }
}
