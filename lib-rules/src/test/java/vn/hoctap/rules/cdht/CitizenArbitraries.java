package vn.hoctap.rules.cdht;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.CitizenInput;
import vn.hoctap.model.request.CitizenScores;
import vn.hoctap.model.subject.Person;
import vn.hoctap.model.subject.Qualification;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.TargetGroup;
import vn.hoctap.model.subject.Title;

/**
 * Random people for the "Công dân học tập" properties.
 *
 * <p>Scores drawn independently from 0 to 10 would almost never total 80, so each person first draws a typical score
 * (7 to 9 in halves) and every indicator varies around it by up to one point in halves: totals cluster around the pass mark
 * of 80, where off-by-one errors live. On top of that, an indicator is sometimes pushed just below or onto the floor
 * of 5, and sometimes left blank. Target group, qualification, name, birth year, earlier awards and reference date
 * vary too, though none of them should change the verdict.
 */
final class CitizenArbitraries {
    private static final List<BigDecimal> BELOW_FLOOR = decimals("0", "2", "4", "4.5", "4.9");
    private static final List<BigDecimal> AROUND = decimals("-1", "-0.5", "0", "0.5", "1");
    private static final List<BigDecimal> TYPICAL = decimals("7", "7.5", "8", "8.5", "9");

    private CitizenArbitraries() {
    }

    private static List<BigDecimal> decimals(String... values) {
        List<BigDecimal> l = new ArrayList<>();
        for (String v : values) {
            l.add(new BigDecimal(v));
        }
        return l;
    }

    /** The ten scores of one form, some blank. */
    static Arbitrary<CitizenScores> scores() {
        // Each indicator's score as a function of the person's typical score; null when left blank.
        Arbitrary<UnaryOperator<BigDecimal>> around = Arbitraries.of(AROUND)
                .map(d -> typical -> typical.add(d).min(BigDecimal.TEN));
        Arbitrary<UnaryOperator<BigDecimal>> belowFloor = Arbitraries.of(BELOW_FLOOR).map(v -> typical -> v);
        Arbitrary<UnaryOperator<BigDecimal>> onFloor = Arbitraries.just(typical -> BigDecimal.valueOf(5));
        Arbitrary<UnaryOperator<BigDecimal>> blank = Arbitraries.just(typical -> null);
        Arbitrary<UnaryOperator<BigDecimal>> one = Arbitraries.frequencyOf(Tuple.of(90, around),
                Tuple.of(4, belowFloor), Tuple.of(2, onFloor), Tuple.of(4, blank));
        return Combinators.combine(Arbitraries.of(TYPICAL), one.list().ofSize(10)).as((typical, draws) -> {
            Map<CitizenInput, BigDecimal> m = new EnumMap<>(CitizenInput.class);
            CitizenInput[] inputs = CitizenInput.values();
            for (int i = 0; i < inputs.length; i++) {
                BigDecimal score = draws.get(i).apply(typical);
                if (score != null) {
                    m.put(inputs[i], score);
                }
            }
            return CitizenScores.of(m);
        });
    }

    /** A person with their form, for evaluation year 2024 or 2025. */
    static Arbitrary<CitizenEvaluationRequest> requests() {
        Arbitrary<String> id = Arbitraries.strings().withCharRange('0', '9').ofLength(12);
        Arbitrary<String> name = Arbitraries.of("Nguyễn Thị Lan", "Trần Văn Bình", "Lê Hoàng Yến").injectNull(0.3);
        Arbitrary<Integer> birthYear = Arbitraries.integers().between(1940, 2006).injectNull(0.2);
        Arbitrary<TargetGroup> group = Arbitraries.of(TargetGroup.class).injectNull(0.2);
        Arbitrary<Qualification> qualification = Arbitraries.of(Qualification.class).injectNull(0.2);
        Arbitrary<Integer> year = Arbitraries.of(2024, 2025);
        Arbitrary<Boolean> explicitDate = Arbitraries.of(false, true);
        Arbitrary<Boolean> awardedBefore = Arbitraries.of(false, false, true);
        return Combinators.combine(id, name, birthYear, group, qualification, year, explicitDate, awardedBefore)
                .flatAs((i, n, b, g, q, y, d, before) -> scores().map(s -> {
                    List<Recognition> awards = before
                            ? List.of(new Recognition(Title.LEARNING_CITIZEN, null, null, y - 1, null, null)) : List.of();
                    return new CitizenEvaluationRequest(y, d ? LocalDate.of(y, 6, 30) : null,
                            new Person(i, n, b, g, awards), s, q);
                }));
    }
}
