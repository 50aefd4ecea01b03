package vn.hoctap.model.request;

import java.util.Optional;

/**
 * Every input a "Dòng họ học tập" rule can read besides the statements keyed by indicator id
 * ({@link IndicatorAttestation}): the share of the clan's households holding "Gia đình học tập".
 */
public enum ClanInput implements Input {
    HOUSEHOLDS_LEARNING_FAMILY("households.learningFamily");

    private final String jsonName;

    ClanInput(String jsonName) {
        this.jsonName = jsonName;
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
        return "hộ gia đình trong dòng họ đạt danh hiệu “Gia đình học tập”";
    }

    @Override
    public String descriptionEn() {
        return "households of the clan holding the title 'Learning family'";
    }

    @Override
    public String populationVi() {
        return "hộ gia đình trong dòng họ";
    }

    @Override
    public String populationEn() {
        return "households of the clan";
    }

    @Override
    public String attributeVi() {
        return "đạt danh hiệu “Gia đình học tập”";
    }

    @Override
    public String attributeEn() {
        return "hold the title 'Learning family'";
    }

    /** The input named {@code jsonName} in a request, if any. */
    public static Optional<ClanInput> fromJsonName(String jsonName) {
        for (ClanInput i : values()) {
            if (i.jsonName.equals(jsonName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
