package vn.hoctap.model.subject;

import vn.hoctap.model.Bilingual;
import vn.hoctap.model.Names;

/**
 * The target group ("nhóm đối tượng") whose self-assessment form ("phiếu tự đánh giá") a person fills in for
 * "Công dân học tập" under QĐ 324/QĐ-KHVN (2023). The forms differ by group, so the group is kept as data even
 * though the library does not yet know how the forms' indicators differ (status PROBABLE).
 */
public enum TargetGroup implements Bilingual {
    /** Farmers and other people working in rural areas. */
    FARMERS_AND_RURAL_WORKERS("nông dân, lao động nông thôn", "farmers and rural workers"),
    /** Workers in industry and in crafts ("tiểu thủ công nghiệp"). */
    INDUSTRIAL_AND_CRAFT_WORKERS("công nhân, lao động công nghiệp và thủ công nghiệp",
            "industrial and craft workers"),
    /** Intellectual workers, officials and civil servants ("cán bộ, công chức, viên chức") and managers. */
    INTELLECTUALS_OFFICIALS_AND_MANAGERS("trí thức, cán bộ, công chức, viên chức, người quản lý",
            "intellectual workers, officials and managers"),
    /**
     * The fourth form. Its existence is reported but whom it covers and what it contains are UNKNOWN
     * (criteria.md §7), so nothing may be inferred from this value beyond "none of the three known groups".
     */
    OTHER("nhóm đối tượng khác", "other target group");

    private final Names names;

    TargetGroup(String nameVi, String nameEn) {
        this.names = new Names(nameVi, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
