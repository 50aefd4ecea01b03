package vn.hoctap.rules.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Verdict;

/**
 * A plain-Java reading of "Công dân học tập" (QĐ 324/QĐ-KHVN) as {@code lib-rules/sources/criteria.md} §7 states it, written
 * without looking at the DRL rules, their catalogue or their parameters: ten indicators in three groups (4, 4, 2),
 * each scored out of 10; the title needs a total of at least 80 and no indicator below 5.
 *
 * <p>With the library's reading of missing data (§2, "Library consequences"): a score not given is undetermined; the
 * title is refused as soon as the known scores make it impossible (one below 5, or a total that cannot reach 80 even
 * if every missing score were 10), and is otherwise undetermined while a score is missing.
 */
public final class ReferenceCdhtEvaluator {
    /** Each indicator is scored out of 10 (criteria.md §7). */
    static final BigDecimal MAX = BigDecimal.TEN;
    /** The title needs a total of at least 80 (§7). */
    static final BigDecimal PASS_MARK = BigDecimal.valueOf(80);
    /** No indicator may be below 5 (§7). */
    static final BigDecimal FLOOR = BigDecimal.valueOf(5);

    /** One competency of the form: the id the library gives it and the score that answers it. */
    record Competency(String id, CitizenInput input) {
    }

    /** The three competency groups of §7, in order: (I) 4, (II) 4, (III) 2. */
    static final List<List<Competency>> GROUPS = List.of(
            List.of(new Competency("CDHT.I.1", CitizenInput.KEEPING_INFORMED),
                    new Competency("CDHT.I.2", CitizenInput.LEARNING_PLAN),
                    new Competency("CDHT.I.3", CitizenInput.COMMUNITY_LEARNING),
                    new Competency("CDHT.I.4", CitizenInput.ENCOURAGING_OTHERS)),
            List.of(new Competency("CDHT.II.1", CitizenInput.INFORMATION_TECHNOLOGY),
                    new Competency("CDHT.II.2", CitizenInput.FOREIGN_LANGUAGE),
                    new Competency("CDHT.II.3", CitizenInput.NUMERACY),
                    new Competency("CDHT.II.4", CitizenInput.CRITICAL_THINKING)),
            List.of(new Competency("CDHT.III.1", CitizenInput.FRIENDLY_RELATIONSHIPS),
                    new Competency("CDHT.III.2", CitizenInput.COOPERATION)));

    /**
     * The result.
     *
     * @param verdict    the title, not recognised, or not determined
     * @param outcome    the title's (single level's) outcome
     * @param groups     each group's outcome by number: not met when one of its indicators is below the floor
     * @param indicators each indicator's outcome by id
     * @param points     the total of the scores given
     * @param missing    JSON paths of the scores not given, in the form's order
     */
    public record Result(Verdict verdict, Outcome outcome, Map<Integer, Outcome> groups,
                         Map<String, Outcome> indicators, BigDecimal points, List<String> missing) {
    }

    private ReferenceCdhtEvaluator() {
    }

    /**
     * Evaluates {@code request}.
     *
     * @throws IllegalArgumentException when a score is above 10, which no form allows
     */
    public static Result evaluate(CitizenEvaluationRequest request) {
        Map<String, Outcome> indicators = new LinkedHashMap<>();
        Map<Integer, Outcome> groups = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int open = 0;
        boolean belowFloor = false;
        for (int g = 0; g < GROUPS.size(); g++) {
            boolean groupFailed = false;
            boolean groupOpen = false;
            for (Competency c : GROUPS.get(g)) {
                String id = c.id();
                CitizenInput input = c.input();
                BigDecimal score = request.scores().get(input).orElse(null);
                Outcome o;
                if (score == null) {
                    o = Outcome.UNDETERMINED;
                    missing.add("$.scores." + input.jsonName());
                    open++;
                    groupOpen = true;
                } else {
                    if (score.compareTo(MAX) > 0) {
                        throw new IllegalArgumentException(id + " scored " + score + " out of 10");
                    }
                    total = total.add(score);
                    o = score.compareTo(FLOOR) < 0 ? Outcome.NOT_MET : Outcome.MET;
                    belowFloor |= o == Outcome.NOT_MET;
                    groupFailed |= o == Outcome.NOT_MET;
                }
                indicators.put(id, o);
            }
            groups.put(g + 1, groupFailed ? Outcome.NOT_MET : groupOpen ? Outcome.UNDETERMINED : Outcome.MET);
        }
        BigDecimal best = total.add(MAX.multiply(BigDecimal.valueOf(open)));
        Outcome outcome;
        if (belowFloor || best.compareTo(PASS_MARK) < 0) {
            outcome = Outcome.NOT_MET;
        } else if (open > 0) {
            outcome = Outcome.UNDETERMINED;
        } else {
            outcome = Outcome.MET;
        }
        Verdict verdict = switch (outcome) {
            case MET -> Verdict.LEVEL_1;
            case UNDETERMINED -> Verdict.NOT_DETERMINED;
            default -> Verdict.NOT_RECOGNISED;
        };
        return new Result(verdict, outcome, groups, indicators, total, missing);
    }
}
