package vn.hoctap.model.request;

import java.util.Optional;

/**
 * Every input a "Cộng đồng học tập" cấp thôn rule can read besides the statements keyed by indicator id
 * ({@link IndicatorAttestation}): the shares of its households holding "Gia đình học tập" and of its citizens holding
 * "Công dân học tập".
 */
public enum HamletInput implements Input {
    HOUSEHOLDS_LEARNING_FAMILY("households.learningFamily", "hộ gia đình trong thôn", "households of the hamlet",
            "đạt danh hiệu “Gia đình học tập”", "hold the title 'Learning family'"),
    CITIZENS_LEARNING_CITIZEN("citizens.learningCitizen", "công dân trong thôn", "citizens of the hamlet",
            "đạt danh hiệu “Công dân học tập”", "hold the title 'Learning citizen'");

    private final String jsonName;
    private final String populationVi;
    private final String populationEn;
    private final String attributeVi;
    private final String attributeEn;

    HamletInput(String jsonName, String populationVi, String populationEn, String attributeVi, String attributeEn) {
        this.jsonName = jsonName;
        this.populationVi = populationVi;
        this.populationEn = populationEn;
        this.attributeVi = attributeVi;
        this.attributeEn = attributeEn;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    @Override
    public Measure measure() {
        return Measure.SHARE;
    }

    @Override
    public String descriptionVi() {
        return populationVi + " " + attributeVi;
    }

    @Override
    public String descriptionEn() {
        return populationEn + " who " + attributeEn;
    }

    @Override
    public String populationVi() {
        return populationVi;
    }

    @Override
    public String populationEn() {
        return populationEn;
    }

    @Override
    public String attributeVi() {
        return attributeVi;
    }

    @Override
    public String attributeEn() {
        return attributeEn;
    }

    /** The input named {@code jsonName} in a request, if any. */
    public static Optional<HamletInput> fromJsonName(String jsonName) {
        for (HamletInput i : values()) {
            if (i.jsonName.equals(jsonName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
