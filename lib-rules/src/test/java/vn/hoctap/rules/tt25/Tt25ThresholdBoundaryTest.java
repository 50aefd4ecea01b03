package vn.hoctap.rules.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.Level.LEVEL_1;
import static vn.hoctap.model.subject.Level.LEVEL_2;
import static vn.hoctap.rules.tt25.Tt25Requests.district;
import static vn.hoctap.rules.tt25.Tt25Requests.figures;
import static vn.hoctap.rules.tt25.Tt25Requests.indicator;
import static vn.hoctap.rules.tt25.Tt25Requests.province;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.request.ProvinceInput;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.subject.Level;

/**
 * Every threshold of TT 25/2023 for districts and provinces at its boundary: 899 of 1000 subordinate units
 * recognised fails the 90 % share and 900 passes; 3 programmes fail the minimum of 4 and 4 pass; an unchanged
 * figure fails "higher (lower) than the year before" and the smallest move the right way passes. Figures are
 * compared exactly: no rounding, no floating point.
 */
class Tt25ThresholdBoundaryTest {
    private static final String TT25 = "25/2023/TT-BGDĐT";

    private static Measurement only(IndicatorResult r) {
        assertEquals(1, r.measurements().size(), r.explanationEn());
        return r.measurements().get(0);
    }

    /**
     * One case of criterion 4.1: the subordinate units recognised at level 1 and at level 2 out of 1000, and the
     * outcome the text gives at one level.
     */
    record ShareCase(boolean ofProvince, Level level, int atLevel1, int atLevel2, Outcome expected, int counted,
                     int article) {
        String indicatorId() {
            return ofProvince ? "TT25.T.C4.1" : "TT25.H.C4.1";
        }

        @Override
        public String toString() {
            return (ofProvince ? "province: districts" : "district: communes") + " " + atLevel1 + " at level 1 + "
                    + atLevel2 + " at level 2 of 1000 → " + expected + " at " + level + " [Art. " + article + ".4.a]";
        }
    }

    static Stream<ShareCase> shares() {
        return Stream.of(true, false).flatMap(p -> {
            int l1 = p ? 16 : 11;
            int l2 = p ? 17 : 12;
            return Stream.of(
                    new ShareCase(p, LEVEL_1, 899, 0, Outcome.NOT_MET, 899, l1),
                    new ShareCase(p, LEVEL_1, 900, 0, Outcome.MET, 900, l1),
                    new ShareCase(p, LEVEL_1, 0, 899, Outcome.NOT_MET, 899, l1),
                    new ShareCase(p, LEVEL_1, 0, 900, Outcome.MET, 900, l1),
                    // a level-2 unit also counts toward the level-1 share (reading on TT25.H.C4.1 / TT25.T.C4.1)
                    new ShareCase(p, LEVEL_1, 450, 450, Outcome.MET, 900, l1),
                    new ShareCase(p, LEVEL_1, 450, 449, Outcome.NOT_MET, 899, l1),
                    new ShareCase(p, LEVEL_2, 101, 899, Outcome.NOT_MET, 899, l2),
                    new ShareCase(p, LEVEL_2, 100, 900, Outcome.MET, 900, l2),
                    // a level-1 unit does not count toward the level-2 share
                    new ShareCase(p, LEVEL_2, 1000, 0, Outcome.NOT_MET, 0, l2));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shares")
    @DisplayName("criterion 4.1: 90 % of subordinate units at the matching level, counted exactly")
    void recognisedShareBoundary(ShareCase c) {
        Assessment a = c.ofProvince() ? province().districts(1000, c.atLevel1(), c.atLevel2()).evaluate()
                : district().communes(1000, c.atLevel1(), c.atLevel2()).evaluate();
        IndicatorResult r = indicator(a, c.indicatorId(), c.level());
        assertEquals(c.expected(), r.outcome(), r.explanationEn());
        Measurement m = only(r);
        assertEquals(c.expected() == Outcome.MET ? Reason.REQUIREMENT_MET : Reason.BELOW_THRESHOLD, m.reason());
        assertEquals(c.counted(), m.numerator());
        assertEquals(1000, m.denominator());
        assertEquals("≥ 90 %", m.threshold());
        assertEquals(c.indicatorId() + ".MIN_PERCENT", m.parameterId());
        assertEquals("national", m.parameterLayer());
        assertEquals(Citation.of(TT25, c.article(), 4, "a"), r.citation());
        assertEquals(c.expected(), a.level(c.level()).orElseThrow().outcome(),
                "every other indicator is met, so the level follows criterion 4.1 (Art. 13.1, 18.1)");
    }

    @Test
    @DisplayName("small districts: 9 of 10 communes is exactly 90 %, 17 of 19 (89.47 %) is below")
    void smallDistrictsAreComparedExactly() {
        assertEquals(Outcome.MET, indicator(district().communes(10, 0, 9).evaluate(), "TT25.H.C4.1", LEVEL_2)
                .outcome());
        assertEquals(Outcome.NOT_MET, indicator(district().communes(19, 0, 17).evaluate(), "TT25.H.C4.1", LEVEL_2)
                .outcome());
        assertEquals(Outcome.NOT_MET, indicator(province().districts(10, 8, 0).evaluate(), "TT25.T.C4.1", LEVEL_1)
                .outcome());
    }

    /** A programme count at both levels: the minimum of 4 is the same for both (Art. 17.3 refers to Art. 16.3). */
    record CountCase(ProvinceInput input, int programmes, Outcome expected) {
        String indicatorId() {
            return input == ProvinceInput.MUSEUM_PROGRAMMES ? "TT25.T.C3.4" : "TT25.T.C3.5";
        }

        @Override
        public String toString() {
            return input.jsonName() + " = " + programmes + " → " + expected;
        }
    }

    static Stream<CountCase> counts() {
        return Stream.of(ProvinceInput.MUSEUM_PROGRAMMES, ProvinceInput.RADIO_TV_PROGRAMMES).flatMap(i -> Stream.of(
                new CountCase(i, 0, Outcome.NOT_MET), new CountCase(i, 3, Outcome.NOT_MET),
                new CountCase(i, 4, Outcome.MET), new CountCase(i, 12, Outcome.MET)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    @DisplayName("criteria 3.4 and 3.5: at least 4 education programmes in the year (\"tối thiểu 04\")")
    void programmeCountBoundary(CountCase c) {
        Tt25Requests.ProvinceBuilder b = province();
        if (c.input() == ProvinceInput.MUSEUM_PROGRAMMES) {
            b.museumProgrammes(c.programmes());
        } else {
            b.radioTvProgrammes(c.programmes());
        }
        Assessment a = b.evaluate();
        for (Level level : Level.values()) {
            IndicatorResult r = indicator(a, c.indicatorId(), level);
            assertEquals(c.expected(), r.outcome(), r.explanationEn());
            Measurement m = r.measurements().stream().filter(x -> x.input().equals(c.input().jsonName()))
                    .findFirst().orElseThrow();
            assertEquals(c.expected() == Outcome.MET ? Reason.REQUIREMENT_MET : Reason.BELOW_THRESHOLD, m.reason());
            assertEquals(String.valueOf(c.programmes()), m.observed());
            assertEquals("≥ 4", m.threshold());
            assertEquals(c.indicatorId() + ".MIN_PROGRAMMES", m.parameterId());
            assertEquals(Citation.of(TT25, 16, 3, c.input() == ProvinceInput.MUSEUM_PROGRAMMES ? "d" : "đ"),
                    r.citation());
            assertTrue(m.textVi().contains(c.programmes() + " chương trình"), m.textVi());
            assertTrue(m.textVi().contains("tối thiểu 4 chương trình"), m.textVi());
        }
        assertEquals(c.expected() == Outcome.MET ? vn.hoctap.model.result.Verdict.LEVEL_2
                : vn.hoctap.model.result.Verdict.NOT_RECOGNISED, a.verdict());
    }

    @Test
    @DisplayName("criterion 3.5 needs the open-materials contribution too: 4 programmes without it is not met")
    void radioTelevisionNeedsBothRequirements() {
        IndicatorResult r = indicator(province().radioTvProgrammes(4)
                .states(ProvinceInput.RADIO_TV_OPEN_RESOURCES, false).evaluate(), "TT25.T.C3.5", LEVEL_1);
        assertEquals(Outcome.NOT_MET, r.outcome());
        assertEquals(Reason.STATED_NOT_DONE, r.reason());
        assertEquals(List.of(Outcome.MET, Outcome.NOT_MET), r.measurements().stream().map(Measurement::outcome)
                .toList());
    }

    /** A year-on-year figure: which indicator, the two figures, and the outcome the text gives. */
    record ChangeCase(String indicatorId, YearOnYear figures, Outcome expected, String why) {
        @Override
        public String toString() {
            return indicatorId + " " + figures.previous() + " → " + figures.current() + ": " + expected + " (" + why
                    + ")";
        }
    }

    static Stream<ChangeCase> changes() {
        return Stream.of(
                new ChangeCase("TT25.H.C4.2", figures("65.2", "65.2"), Outcome.NOT_MET, "equal is not higher"),
                new ChangeCase("TT25.H.C4.2", figures("65.2", "65.20"), Outcome.NOT_MET, "same value, other scale"),
                new ChangeCase("TT25.H.C4.2", figures("65.2", "65.21"), Outcome.MET, "the smallest rise"),
                new ChangeCase("TT25.H.C4.2", figures("65.2", "64.9"), Outcome.NOT_MET, "a fall"),
                new ChangeCase("TT25.H.C4.3", figures("67.5", "67.5"), Outcome.NOT_MET, "equal is not higher"),
                new ChangeCase("TT25.H.C4.3", figures("67.5", "67.500001"), Outcome.MET, "no rounding"),
                new ChangeCase("TT25.H.C4.3", figures("67.5", "66"), Outcome.NOT_MET, "a fall"),
                new ChangeCase("TT25.T.C4.2", figures("3.1", "3.1"), Outcome.NOT_MET, "equal is not lower"),
                new ChangeCase("TT25.T.C4.2", figures("3.1", "3.09"), Outcome.MET, "the smallest fall"),
                new ChangeCase("TT25.T.C4.2", figures("3.1", "3.4"), Outcome.NOT_MET, "a rise"),
                new ChangeCase("TT25.T.C4.2", figures("0.4", "0"), Outcome.MET, "down to none"),
                new ChangeCase("TT25.T.C4.3", figures("80150.5", "80150.5"), Outcome.NOT_MET, "equal is not higher"),
                new ChangeCase("TT25.T.C4.3", figures("80150.5", "80150.6"), Outcome.MET, "the smallest rise"),
                new ChangeCase("TT25.T.C4.3", figures("80150.5", "79000"), Outcome.NOT_MET, "a fall"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    @DisplayName("criteria 4.2 and 4.3: strictly higher (income, employment, GRDP) or strictly lower (poverty)")
    void yearOnYearBoundary(ChangeCase c) {
        boolean ofProvince = c.indicatorId().startsWith("TT25.T");
        Assessment a = switch (c.indicatorId()) {
            case "TT25.H.C4.2" -> district().income(c.figures()).evaluate();
            case "TT25.H.C4.3" -> district().employment(c.figures()).evaluate();
            case "TT25.T.C4.2" -> province().poverty(c.figures()).evaluate();
            default -> province().grdp(c.figures()).evaluate();
        };
        for (Level level : Level.values()) {
            IndicatorResult r = indicator(a, c.indicatorId(), level);
            assertEquals(c.expected(), r.outcome(), r.explanationEn());
            Measurement m = only(r);
            assertEquals(c.expected() == Outcome.MET ? Reason.REQUIREMENT_MET : Reason.NOT_IMPROVED, m.reason());
            assertEquals(c.figures().previous().toPlainString() + " → " + c.figures().current().toPlainString(),
                    m.observed());
            boolean down = c.indicatorId().equals("TT25.T.C4.2");
            assertEquals((down ? "< " : "> ") + c.figures().previous().toPlainString(), m.threshold());
            assertNull(m.parameterId(), "the text gives no number for a year-on-year change");
            assertTrue(m.textVi().contains("năm 2023") && m.textVi().contains("năm 2024"), m.textVi());
            assertTrue(m.textEn().contains("in 2023") && m.textEn().contains("in 2024"), m.textEn());
            int article = (ofProvince ? 16 : 11) + (level == LEVEL_2 ? 1 : 0);
            assertEquals(Citation.of(TT25, article, 4, c.indicatorId().endsWith("2") ? "b" : "c"), r.citation());
        }
    }

    @Test
    @DisplayName("the sentence gives both years' figures with their unit, in Vietnamese number style")
    void yearOnYearSentences() {
        Measurement m = only(indicator(district().income(figures("60.5", "65.25")).evaluate(), "TT25.H.C4.2",
                LEVEL_1));
        assertEquals("Thu nhập bình quân đầu người của huyện: năm 2023 là 60,5 triệu đồng/người/năm, năm 2024 là"
                + " 65,25 triệu đồng/người/năm; tăng như yêu cầu (tăng so với năm trước liền kề).", m.textVi());
        assertEquals("The district's per-capita income: 60.5 million VND per person per year in 2023, 65.25 million"
                + " VND per person per year in 2024: a rise, as required (higher than the year before).", m.textEn());
        Measurement p = only(indicator(province().poverty(figures("3.1", "3.1")).evaluate(), "TT25.T.C4.2",
                LEVEL_2));
        assertEquals("Tỉ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh: năm 2023 là 3,1 %, năm 2024 là 3,1 %;"
                + " không đổi, trong khi yêu cầu giảm so với năm trước liền kề.", p.textVi());
    }
}
