package vn.hoctap.model.subject;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * The kinds of organisation that TT 24/2023/TT-BGDĐT (Art. 1.2, 2.1-2.4) tells apart when it decides which
 * indicators apply. Units are evaluated at district or province level ({@link Organisation#tier()}).
 */
public enum OrganisationKind implements Bilingual {
    /**
     * Cơ quan nhà nước: a body of the State (e.g. a department of the People's Committee). Not a body advising a
     * Party committee (cơ quan tham mưu, giúp việc cấp ủy): TT 24 Art. 6.1.c and 7.3.c apply to "cơ quan, đơn vị sự
     * nghiệp công lập của nhà nước", bodies of the State, and a Party committee's bodies are not; type those
     * {@link #PARTY_OR_MASS_ORGANISATION}.
     */
    STATE_AGENCY("cơ quan nhà nước", "state agency", false),
    /** Đơn vị sự nghiệp công lập that is not an educational institution. */
    PUBLIC_SERVICE_UNIT("đơn vị sự nghiệp công lập", "public service unit", false),
    /** Ủy ban nhân dân cấp xã (Art. 2.3): always evaluated at district level. */
    COMMUNE_PEOPLES_COMMITTEE("Ủy ban nhân dân cấp xã", "commune People's Committee", false),
    /** Nhà trẻ, trường mẫu giáo, trường mầm non; public or not according to {@link Ownership}. */
    PRESCHOOL("nhà trẻ, trường mẫu giáo, trường mầm non", "crèche or kindergarten", true),
    /** Trường phổ thông, including multi-level and ethnic boarding schools; see {@link SchoolLevel}. */
    GENERAL_SCHOOL("cơ sở giáo dục phổ thông", "general-education school", true),
    /** Trung tâm giáo dục thường xuyên. */
    CONTINUING_EDUCATION_CENTRE("trung tâm giáo dục thường xuyên", "continuing-education centre", true),
    /** Cơ sở giáo dục nghề nghiệp: district vocational centres, trường trung cấp, trường cao đẳng. */
    VOCATIONAL_INSTITUTION("cơ sở giáo dục nghề nghiệp", "vocational institution", true),
    /** Cơ sở giáo dục đại học. */
    HIGHER_EDUCATION_INSTITUTION("cơ sở giáo dục đại học", "higher-education institution", true),
    /** Another educational institution managed by the district or province (Art. 2.1-2.2, last items). */
    OTHER_EDUCATION_INSTITUTION("cơ sở giáo dục khác", "other educational institution", true),
    /** Doanh nghiệp, hợp tác xã and other business organisations (tổ chức kinh tế). */
    ECONOMIC_ORGANISATION("tổ chức kinh tế", "economic organisation", false),
    /** Ban chỉ huy quân sự, Công an, Bộ Tư lệnh and other units of the people's armed forces. */
    ARMED_FORCES_UNIT("đơn vị lực lượng vũ trang", "armed-forces unit", false),
    /**
     * The bodies advising and assisting Party committees (cơ quan tham mưu, giúp việc tỉnh ủy, huyện ủy, Art. 2.3-2.4),
     * Mặt trận Tổ quốc, Liên đoàn Lao động, Đoàn Thanh niên, Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh: not bodies of
     * the State in the sense of Art. 6.1.c.
     */
    PARTY_OR_MASS_ORGANISATION("tổ chức chính trị - xã hội", "party or mass organisation", false),
    /** Hội Khuyến học and other social or socio-professional organisations. */
    OTHER("tổ chức khác", "other organisation", false);

    private final Names names;
    private final boolean educationInstitution;

    OrganisationKind(String nameVi, String nameEn, boolean educationInstitution) {
        this.names = new Names(nameVi, nameEn);
        this.educationInstitution = educationInstitution;
    }

    @Override
    public Names names() {
        return names;
    }

    /** Whether this is a "cơ sở giáo dục" in the sense of TT 24 Art. 2.1-2.2. */
    public boolean isEducationInstitution() {
        return educationInstitution;
    }
}
