package vn.hoctap.model.request;

import java.util.Optional;

/**
 * Every input a grassroots "Đơn vị học tập" rule can read besides the statements keyed by indicator id
 * ({@link IndicatorAttestation}): the share of its members holding "Công dân học tập".
 */
public enum GrassrootsUnitInput implements Input {
    MEMBERS_LEARNING_CITIZEN("members.learningCitizen");

    private final String jsonName;

    GrassrootsUnitInput(String jsonName) {
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
        return "thành viên " + MemberAttribute.LEARNING_CITIZEN.descriptionVi();
    }

    @Override
    public String descriptionEn() {
        return "members who " + MemberAttribute.LEARNING_CITIZEN.descriptionEn();
    }

    @Override
    public String populationVi() {
        return "thành viên";
    }

    @Override
    public String populationEn() {
        return "members";
    }

    @Override
    public String attributeVi() {
        return MemberAttribute.LEARNING_CITIZEN.descriptionVi();
    }

    @Override
    public String attributeEn() {
        return MemberAttribute.LEARNING_CITIZEN.descriptionEn();
    }

    /** The input named {@code jsonName} in a request, if any. */
    public static Optional<GrassrootsUnitInput> fromJsonName(String jsonName) {
        for (GrassrootsUnitInput i : values()) {
            if (i.jsonName.equals(jsonName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
