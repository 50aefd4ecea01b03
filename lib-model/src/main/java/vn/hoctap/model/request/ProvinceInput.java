package vn.hoctap.model.request;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;

/**
 * Every input a "Cộng đồng học tập" cấp tỉnh rule can read (TT 25/2023/TT-BGDĐT Art. 16-17), with the name under
 * which the request carries it and its evidence. Rules name inputs by these constants, so a misspelt input is a
 * compile error in the rule pack, not a silent "undetermined".
 */
public enum ProvinceInput implements Input {
    AWARENESS(Kind.ATTESTATION, "awareness", null,
            "thực hiện tốt tuyên truyền nâng cao nhận thức của cộng đồng về học tập suốt đời, xây dựng xã hội học tập",
            "awareness-raising on lifelong learning and the learning society, done well"),
    PROGRAMMES_AND_GUIDANCE(Kind.ATTESTATION, "programmesAndGuidance", null,
            "chương trình, kế hoạch, văn bản chỉ đạo, hướng dẫn xây dựng xã hội học tập được ban hành và thực hiện"
                    + " đầy đủ, kịp thời",
            "learning-society programmes, plans and guidance issued and carried out fully and on time"),
    EMULATION_MOVEMENT(Kind.ATTESTATION, "emulationMovement", null,
            "tổ chức phong trào thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời",
            "an emulation movement for the learning society and lifelong learning organised"),
    STATE_BUDGET(Kind.ATTESTATION, "stateBudget", null,
            "bố trí đủ kinh phí ngân sách nhà nước hằng năm cho xây dựng xã hội học tập",
            "enough annual state budget for building the learning society"),
    CENTRAL_POLICIES(Kind.ATTESTATION, "centralPolicies", null,
            "thực hiện đầy đủ chính sách thúc đẩy học tập suốt đời, xây dựng xã hội học tập của trung ương",
            "central policies for lifelong learning and the learning society carried out fully"),
    LOCAL_POLICIES(Kind.ATTESTATION, "localPolicies", null,
            "ban hành chính sách phù hợp điều kiện địa phương để thúc đẩy học tập suốt đời, xây dựng xã hội học tập",
            "the province's own policies for lifelong learning and the learning society issued"),
    INTERNATIONAL_COOPERATION(Kind.ATTESTATION, "internationalCooperation", null,
            "hoạt động, mô hình hợp tác quốc tế về giáo dục người lớn, học tập suốt đời, xây dựng xã hội học tập",
            "activities and models of international cooperation on adult education, lifelong learning and the"
                    + " learning society"),
    DIGITAL_SERVICES(Kind.ATTESTATION, "digitalServices", null,
            "đơn vị cấp tỉnh được trang bị dịch vụ, công cụ số cho chuyển đổi số trong công việc và học tập",
            "provincial units equipped with digital services and tools for work and learning"),
    UNIVERSITY_DIGITAL(Kind.ATTESTATION, "universityDigital", null,
            "trường đại học trực thuộc tỉnh thực hiện chuyển đổi số và xây dựng học liệu số",
            "the university under the province carries out digital transformation and builds digital learning"
                    + " materials"),
    SCHOOLS_DIGITAL(Kind.ATTESTATION, "schoolsDigital", null,
            "cơ sở giáo dục đánh giá ở cấp tỉnh quản lý, giảng dạy và học tập trên môi trường số",
            "schools evaluated at province level manage, teach and learn in a digital environment"),
    PUBLIC_LIBRARY(Kind.ATTESTATION, "publicLibrary", null,
            "thư viện công cộng cấp tỉnh phục vụ học tập suốt đời, ứng dụng công nghệ thông tin và chuyển đổi số",
            "the provincial public library serves lifelong learning, using IT and digital transformation"),
    MUSEUM_PROGRAMMES(Kind.COUNT, "museumProgrammes", null,
            "chương trình giáo dục lịch sử, văn hóa, khoa học, nghệ thuật cho người dân do bảo tàng tỉnh xây dựng"
                    + " và triển khai trong năm",
            "education programmes in history, culture, science or art for the public built and run by the"
                    + " provincial museum in the year",
            "chương trình", "programmes"),
    RADIO_TV_PROGRAMMES(Kind.COUNT, "radioTvProgrammes", null,
            "chương trình giáo dục đài phát thanh, truyền hình tỉnh triển khai trong năm trên kênh phát thanh,"
                    + " truyền hình, ứng dụng truyền hình",
            "education programmes the provincial radio and television station ran in the year on its channels and"
                    + " apps",
            "chương trình", "programmes"),
    RADIO_TV_OPEN_RESOURCES(Kind.ATTESTATION, "radioTvOpenResources", null,
            "đài phát thanh, truyền hình tỉnh xây dựng chủ đề, nội dung học liệu và tham gia xây dựng tài nguyên số"
                    + " dùng chung, học liệu mở trên mạng",
            "the provincial radio and television station builds learning topics and content and contributes to"
                    + " shared digital resources and open learning materials online"),
    DISTRICTS_LEVEL_1(Kind.RECOGNISED_SHARE, "districts.level1", Level.LEVEL_1,
            RecognisedShareText.descriptionVi(AdministrativeTier.DISTRICT, Level.LEVEL_1),
            RecognisedShareText.descriptionEn(AdministrativeTier.DISTRICT, Level.LEVEL_1)),
    DISTRICTS_LEVEL_2(Kind.RECOGNISED_SHARE, "districts.level2", Level.LEVEL_2,
            RecognisedShareText.descriptionVi(AdministrativeTier.DISTRICT, Level.LEVEL_2),
            RecognisedShareText.descriptionEn(AdministrativeTier.DISTRICT, Level.LEVEL_2)),
    /**
     * The province's communes at level 1 or above. No national rule reads it (criterion 4.1 counts districts); a
     * province pack that replaces criterion 4 after the district tier was abolished may.
     */
    COMMUNES_LEVEL_1(Kind.RECOGNISED_SHARE, "communes.level1", Level.LEVEL_1,
            RecognisedShareText.descriptionVi(AdministrativeTier.COMMUNE, Level.LEVEL_1),
            RecognisedShareText.descriptionEn(AdministrativeTier.COMMUNE, Level.LEVEL_1)),
    /** The province's communes at level 2; as {@link #COMMUNES_LEVEL_1}, for province packs only. */
    COMMUNES_LEVEL_2(Kind.RECOGNISED_SHARE, "communes.level2", Level.LEVEL_2,
            RecognisedShareText.descriptionVi(AdministrativeTier.COMMUNE, Level.LEVEL_2),
            RecognisedShareText.descriptionEn(AdministrativeTier.COMMUNE, Level.LEVEL_2)),
    POVERTY_RATE(Kind.YEAR_ON_YEAR, "povertyRate", null,
            "tỉ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh",
            "the province's share of poor households by the multidimensional poverty line", "%", "%"),
    GRDP(Kind.YEAR_ON_YEAR, "grdp", null,
            "tổng sản phẩm trên địa bàn tỉnh (GRDP)", "the province's gross regional domestic product (GRDP)",
            "tỷ đồng", "billion VND");

    /** How an input is carried and judged. */
    public enum Kind {
        /** A yes/no statement by the province, in {@code attestations}. */
        ATTESTATION,
        /** A number of programmes run in the evaluation year. */
        COUNT,
        /**
         * The share of the province's districts holding the district title at a level, from {@code districts}, or of
         * its communes holding the commune title, from {@code communes} ({@link #counted()}).
         */
        RECOGNISED_SHARE,
        /** A figure for the evaluation year against the year before. */
        YEAR_ON_YEAR
    }

    private static final Map<String, ProvinceInput> BY_JSON_NAME = Inputs.byJsonName(values());

    private final Kind kind;
    private final String jsonName;
    private final Level level;
    private final String descriptionVi;
    private final String descriptionEn;
    private final String unitVi;
    private final String unitEn;

    ProvinceInput(Kind kind, String jsonName, Level level, String descriptionVi, String descriptionEn, String unitVi,
                  String unitEn) {
        this.kind = kind;
        this.jsonName = jsonName;
        this.level = level;
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
        this.unitVi = unitVi;
        this.unitEn = unitEn;
    }

    ProvinceInput(Kind kind, String jsonName, Level level, String descriptionVi, String descriptionEn) {
        this(kind, jsonName, level, descriptionVi, descriptionEn, null, null);
    }

    /** How this input is carried in the request and judged. */
    public Kind kind() {
        return kind;
    }

    /** For a recognised share, the level counted (level 1 counts units at level 1 or 2). */
    public Optional<Level> level() {
        return Optional.ofNullable(level);
    }

    /**
     * For a recognised share, the tier of the units counted: {@link AdministrativeTier#DISTRICT} for
     * {@code districts.*}, {@link AdministrativeTier#COMMUNE} for {@code communes.*}.
     *
     * @throws UnsupportedOperationException when this input is not a share
     */
    public AdministrativeTier counted() {
        share();
        return this == COMMUNES_LEVEL_1 || this == COMMUNES_LEVEL_2 ? AdministrativeTier.COMMUNE
                : AdministrativeTier.DISTRICT;
    }

    @Override
    public Measure measure() {
        return switch (kind) {
            case ATTESTATION -> Measure.STATEMENT;
            case COUNT -> Measure.COUNT;
            case RECOGNISED_SHARE -> Measure.SHARE;
            case YEAR_ON_YEAR -> Measure.YEAR_ON_YEAR;
        };
    }

    /** The name of this input in requests and in the {@code evidence} map, e.g. {@code districts.level1}. */
    @Override
    public String jsonName() {
        return jsonName;
    }

    @Override
    public String descriptionVi() {
        return descriptionVi;
    }

    @Override
    public String descriptionEn() {
        return descriptionEn;
    }

    @Override
    public String populationVi() {
        return RecognisedShareText.populationVi(counted());
    }

    @Override
    public String populationEn() {
        return RecognisedShareText.populationEn(counted());
    }

    @Override
    public String attributeVi() {
        return RecognisedShareText.attributeVi(counted(), level);
    }

    @Override
    public String attributeEn() {
        share();
        return RecognisedShareText.attributeEn(level);
    }

    @Override
    public String unitVi() {
        return unitVi == null ? Input.super.unitVi() : unitVi;
    }

    @Override
    public String unitEn() {
        return unitEn == null ? Input.super.unitEn() : unitEn;
    }

    private void share() {
        if (kind != Kind.RECOGNISED_SHARE) {
            throw new UnsupportedOperationException(jsonName + " is not a share");
        }
    }

    /** The input named {@code jsonName} in a request, if any. */
    public static Optional<ProvinceInput> fromJsonName(String jsonName) {
        return Optional.ofNullable(BY_JSON_NAME.get(jsonName));
    }

    /** Every input name, for error messages. */
    static List<String> jsonNames() {
        return Arrays.stream(values()).map(ProvinceInput::jsonName).toList();
    }
}
