package vn.hoctap.rules.engine;

/**
 * Categories of organisation that TT 24/2023 names when it limits an indicator to some units. Rules derive them
 * from the {@link UnitProfile} (the derivation is law, so it lives in DRL next to the article it reads) and insert
 * a {@link Classification}; indicator rules then match on the category, or on its absence with {@code not}.
 */
public enum UnitCategory {
    /** "Cơ quan, đơn vị sự nghiệp công lập của nhà nước" (Art. 6.1.c, 7.3.c). */
    STATE_BODY,
    /** "Nhà trẻ, trường mẫu giáo, trường mầm non công lập" (Art. 6.1.b, 6.3.b). */
    PUBLIC_PRESCHOOL,
    /** An educational institution that has "Người học" in the sense of Art. 2.8. */
    HAS_LEARNERS,
    /** "Cơ sở giáo dục phổ thông" (Art. 6.3.d). */
    GENERAL_SCHOOL,
    /** Upper-secondary schools, multi-level schools topping at upper secondary, GDTX centres (Art. 12.3.d). */
    UPPER_SECONDARY_OR_CONTINUING_EDUCATION,
    /** "Cơ sở giáo dục đại học" (Art. 12.3.đ). */
    HIGHER_EDUCATION,
    /** "Cơ sở giáo dục nghề nghiệp" (Art. 6.3.đ, 12.3.e). */
    VOCATIONAL,
    /** "Tổ chức kinh tế" (Art. 6.2.d). */
    ECONOMIC_ORGANISATION
}
