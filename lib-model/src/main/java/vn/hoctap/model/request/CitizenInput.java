package vn.hoctap.model.request;

import java.util.Map;
import java.util.Optional;

/**
 * The ten self-assessed competencies of "Công dân học tập" (QĐ 324/QĐ-KHVN, 2023), in three groups: (I) self-learning
 * and lifelong learning, (II) using tools for learning and working, (III) building social relationships. A person
 * scores each on the self-assessment form ("phiếu tự đánh giá"); the rules read the score under
 * {@code scores.<jsonName>}.
 *
 * <p>Status PROBABLE (criteria.md §7): the three groups and their sizes come from the association's published
 * framework; the content of each competency is described here in the library's own words after the framework's
 * draft as reported in the press (2020), not quoted from QĐ 324, whose text the library does not have.
 */
public enum CitizenInput implements Input {
    /** I.1: keeps up with news and knowledge on their own, from books, the press, television, computers, phones. */
    KEEPING_INFORMED(1, "keepingInformed",
            "tự đọc, tự cập nhật thông tin và tri thức qua sách báo, truyền hình, máy tính, điện thoại",
            "keeps up with news and knowledge on their own, through books, the press, television, computers and phones"),
    /** I.2: has a personal learning plan for what their work, or the state or their organisation, asks them to learn. */
    LEARNING_PLAN(1, "learningPlan",
            "có kế hoạch học tập của bản thân theo yêu cầu công việc hoặc các chương trình được giao",
            "has a personal learning plan for what their work or assigned programmes require"),
    /** I.3: makes time for learning activities in the community: cultural houses, clubs, libraries, talks, meetings. */
    COMMUNITY_LEARNING(1, "communityLearning",
            "sắp xếp thời gian tham gia hoạt động học tập ở nhà văn hóa, câu lạc bộ, thư viện, hội thảo",
            "makes time for learning activities at cultural houses, clubs, libraries and talks"),
    /** I.4: encourages family members and colleagues to learn regularly and helps them to. */
    ENCOURAGING_OTHERS(1, "encouragingOthers",
            "động viên, tạo điều kiện cho người thân và đồng nghiệp học tập thường xuyên",
            "encourages and helps family members and colleagues to learn regularly"),
    /** II.1: uses information technology as their work needs. */
    INFORMATION_TECHNOLOGY(2, "informationTechnology",
            "sử dụng công nghệ thông tin đáp ứng yêu cầu công việc",
            "uses information technology as their work requires"),
    /** II.2: uses a foreign language as their work or position needs. */
    FOREIGN_LANGUAGE(2, "foreignLanguage",
            "sử dụng ngoại ngữ theo yêu cầu công việc, vị trí đảm nhận",
            "uses a foreign language as their work or position requires"),
    /** II.3: applies numeracy to improve their work and its productivity. */
    NUMERACY(2, "numeracy",
            "vận dụng kỹ năng tính toán để cải tiến công việc, nâng cao năng suất",
            "applies numeracy to improve their work and its productivity"),
    /** II.4: thinks critically about their work, business and social activity. */
    CRITICAL_THINKING(2, "criticalThinking",
            "tư duy phản biện trong công việc, sản xuất, kinh doanh và hoạt động xã hội",
            "thinks critically in work, production, business and social activity"),
    /** III.1: builds friendly relationships with others and defuses conflict. */
    FRIENDLY_RELATIONSHIPS(3, "friendlyRelationships",
            "xây dựng quan hệ thân thiện với mọi người, hòa giải để tránh xung đột",
            "builds friendly relationships with others and defuses conflict"),
    /** III.2: cooperates and shares with colleagues and the community, at work and in social activity. */
    COOPERATION(3, "cooperation",
            "hợp tác, chia sẻ với đồng nghiệp và cộng đồng trong lao động và hoạt động xã hội",
            "cooperates and shares with colleagues and the community at work and in social activity");

    private static final Map<String, CitizenInput> BY_JSON_NAME = Inputs.byJsonName(values());

    private final int group;
    private final String jsonName;
    private final String descriptionVi;
    private final String descriptionEn;

    CitizenInput(int group, String jsonName, String descriptionVi, String descriptionEn) {
        this.group = group;
        this.jsonName = jsonName;
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
    }

    /** The competency group, 1 to 3 (the framework numbers them I to III). */
    public int group() {
        return group;
    }

    /** The name of the score in {@code scores}, e.g. {@code keepingInformed}. */
    @Override
    public String jsonName() {
        return jsonName;
    }

    /** Always {@link Input.Measure#SCORE}: the person scores each competency. */
    @Override
    public Measure measure() {
        return Measure.SCORE;
    }

    @Override
    public String descriptionVi() {
        return descriptionVi;
    }

    @Override
    public String descriptionEn() {
        return descriptionEn;
    }

    /** The input named {@code jsonName} in {@code scores}, if any. */
    public static Optional<CitizenInput> fromJsonName(String jsonName) {
        return Optional.ofNullable(BY_JSON_NAME.get(jsonName));
    }
}
