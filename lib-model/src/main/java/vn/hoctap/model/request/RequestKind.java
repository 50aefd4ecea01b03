package vn.hoctap.model.request;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * The kinds of request, each with the name that tells them apart wherever requests of several kinds travel together:
 * the {@code "kind"} field of a JSON Lines record, of a batch over HTTP and of a case file. The names are stable.
 */
public enum RequestKind implements Bilingual {
    UNIT("unit", UnitEvaluationRequest.class, "“Đơn vị học tập” (Thông tư 24/2023/TT-BGDĐT)",
            "learning unit (Circular 24/2023/TT-BGDĐT)"),
    COMMUNE("commune", CommuneEvaluationRequest.class, "“Cộng đồng học tập” cấp xã (Thông tư 25/2023/TT-BGDĐT)",
            "learning community, commune (Circular 25/2023/TT-BGDĐT)"),
    DISTRICT("district", DistrictEvaluationRequest.class, "“Cộng đồng học tập” cấp huyện (Thông tư 25/2023/TT-BGDĐT)",
            "learning community, district (Circular 25/2023/TT-BGDĐT)"),
    PROVINCE("province", ProvinceEvaluationRequest.class, "“Cộng đồng học tập” cấp tỉnh (Thông tư 25/2023/TT-BGDĐT)",
            "learning community, province (Circular 25/2023/TT-BGDĐT)"),
    CITIZEN("citizen", CitizenEvaluationRequest.class, "“Công dân học tập” (QĐ 324/QĐ-KHVN)",
            "learning citizen (QĐ 324/QĐ-KHVN)"),
    HOUSEHOLD("household", HouseholdEvaluationRequest.class, "“Gia đình học tập” (Hội Khuyến học Việt Nam)",
            "learning household (Vietnam Association for Learning Promotion)"),
    CLAN("clan", ClanEvaluationRequest.class, "“Dòng họ học tập” (Hội Khuyến học Việt Nam)",
            "learning clan (Vietnam Association for Learning Promotion)"),
    HAMLET("hamlet", HamletEvaluationRequest.class, "“Cộng đồng học tập” cấp thôn (Hội Khuyến học Việt Nam)",
            "learning community, hamlet (Vietnam Association for Learning Promotion)"),
    GRASSROOTS_UNIT("grassroots-unit", GrassrootsUnitEvaluationRequest.class,
            "“Đơn vị học tập” cấp cơ sở (Hội Khuyến học Việt Nam)",
            "learning unit, grassroots (Vietnam Association for Learning Promotion)");

    private final String jsonName;
    private final Class<? extends EvaluationRequest> type;
    private final Names names;

    RequestKind(String jsonName, Class<? extends EvaluationRequest> type, String nameVi, String nameEn) {
        this.jsonName = jsonName;
        this.type = type;
        this.names = new Names(nameVi, nameEn);
    }

    /** The name in a {@code "kind"} field, e.g. {@code "commune"}. */
    public String jsonName() {
        return jsonName;
    }

    /** The record a request of this kind is read into. */
    public Class<? extends EvaluationRequest> type() {
        return type;
    }

    @Override
    public Names names() {
        return names;
    }

    /** The kind named {@code jsonName}, if there is one. */
    public static Optional<RequestKind> fromJsonName(String jsonName) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(jsonName)).findFirst();
    }

    /** Every kind's name, in declaration order, for messages that list what is accepted. */
    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(RequestKind::jsonName).toList();
    }

    /** The kind of {@code request}. */
    public static RequestKind of(EvaluationRequest request) {
        for (RequestKind k : values()) {
            if (k.type.isInstance(request)) {
                return k;
            }
        }
        throw new IllegalStateException("no kind for " + request.getClass().getName());
    }
}
