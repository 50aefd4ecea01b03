package vn.hoctap.rules;

/**
 * An evaluation was stopped because one layer's rules fired more often in one rule session than any correct rule set
 * can: a rule that re-activates itself forever ({@code modify} or {@code update} of the fact it matches without a
 * condition that stops it, an {@code insert} that matches its own pattern). Without the bound such a rule fills the
 * heap and takes the host down; with it the caller gets this, and no result.
 *
 * <p>The bound counts rule firings, so it stops loops through the rule engine only: a pure Java loop inside a pack's
 * code (a {@code while (true)} in a function or an action) never returns to the engine and cannot be stopped from
 * inside the library. Packs are trusted code (see the README's trust section).
 */
public class EvaluationAbortedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String layer;
    private final String rule;
    private final long limit;

    /**
     * @param layer the layer whose rules ran away, as explanations name it
     * @param rule  the rule that fired most often in the session, or {@code null} when not known
     * @param limit the number of firings the session was allowed
     */
    public EvaluationAbortedException(String layer, String rule, long limit) {
        super("Đánh giá bị dừng: các luật của lớp “" + layer + "” đã chạy quá " + limit + " lần trong một phiên"
                + (rule == null ? "" : ", nhiều nhất là luật “" + rule + "”")
                + "; có lẽ một luật tự kích hoạt lại mãi (modify/update/insert không có điều kiện dừng). Không có kết"
                + " quả nào được trả về. / Evaluation aborted: the rules of layer '" + layer + "' fired more than "
                + limit + " times in one session" + (rule == null ? "" : ", rule '" + rule + "' most often")
                + "; a rule probably re-activates itself forever (modify/update/insert without a condition that"
                + " stops it). No result is returned.");
        this.layer = layer;
        this.rule = rule;
        this.limit = limit;
    }

    /** The layer whose rules ran away. */
    public String layer() {
        return layer;
    }

    /** The rule that fired most often, or {@code null} when not known. */
    public String rule() {
        return rule;
    }

    /** How many firings the session was allowed. */
    public long limit() {
        return limit;
    }
}
