package vn.hoctap.model.request;

import vn.hoctap.model.Names;

/**
 * An educational institution's digital-transformation level under QĐ 4725/QĐ-BGDĐT (schools, continuing-education
 * centres) or QĐ 4740/QĐ-BGDĐT (higher education), both of 30/12/2022. Ordered from lowest to highest.
 */
public enum DigitalMaturity implements ScaleLevel {
    BELOW_BASIC("chưa đạt mức đáp ứng cơ bản", "below the basic level"),
    BASIC("mức đáp ứng cơ bản", "basic level"),
    GOOD("mức đáp ứng tốt", "good level");

    private final Names names;

    DigitalMaturity(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }

    /** Whether this level is {@code required} or higher. */
    public boolean atLeast(DigitalMaturity required) {
        return compareTo(required) >= 0;
    }
}
