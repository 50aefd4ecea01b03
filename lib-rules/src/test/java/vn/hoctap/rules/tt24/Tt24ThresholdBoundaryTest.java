package vn.hoctap.rules.tt24;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.hoctap.model.subject.AdministrativeTier.DISTRICT;
import static vn.hoctap.model.subject.AdministrativeTier.PROVINCE;
import static vn.hoctap.model.subject.Level.LEVEL_1;
import static vn.hoctap.model.subject.Level.LEVEL_2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.catalogue.Citation;
import vn.hoctap.model.request.DigitalMaturity;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.OrganisationKind;

/**
 * Every numeric threshold of TT 24/2023 at its boundary: one unit below fails, exactly at passes. Shares are
 * counted out of 1000 so that one person is 0.1 percentage point, and compared exactly (no floating point).
 */
class Tt24ThresholdBoundaryTest {
    private static final String TT24 = "24/2023/TT-BGDĐT";

    /**
     * One percentage threshold: "at least {@code percent} % of the population counted by {@code input}", for one
     * indicator, tier and level, as stated in {@code article}.{@code clause}.{@code point}.
     */
    record ShareThreshold(String indicatorId, AdministrativeTier tier, OrganisationKind kind, Level level,
                          UnitInput input, int percent, String parameterId, Citation article) {
        int atThreshold() {
            return percent * 10;
        }

        int justBelow() {
            return atThreshold() - 1;
        }

        @Override
        public String toString() {
            return indicatorId + " " + level + " " + tier + " (" + kind + "): " + input.jsonName() + " ≥ " + percent
                    + " % [Art. " + article.article() + "." + article.clause() + "." + article.point() + "]: "
                    + justBelow() + "/1000 fails, " + atThreshold() + "/1000 passes";
        }
    }

    private static ShareThreshold row(String id, AdministrativeTier tier, OrganisationKind kind, Level level,
                                      UnitInput input, int percent, String parameterId, int article, int clause,
                                      String point) {
        return new ShareThreshold(id, tier, kind, level, input, percent, parameterId,
                Citation.of(TT24, article, clause, point));
    }

    /** Criterion 2 is the same text for both tiers (Art. 12.2 and 13.2 refer to Art. 6.2 and 7.2). */
    static Stream<ShareThreshold> shareThresholds() {
        List<ShareThreshold> rows = new ArrayList<>();
        for (AdministrativeTier tier : List.of(DISTRICT, PROVINCE)) {
            OrganisationKind agency = OrganisationKind.STATE_AGENCY;
            rows.add(row("TT24.C2.1", tier, agency, LEVEL_1, UnitInput.MEMBERS_LABOUR_DISCIPLINE, 90,
                    "TT24.C2.1.MIN_PERCENT", 6, 2, "a"));
            rows.add(row("TT24.C2.1", tier, agency, LEVEL_2, UnitInput.MEMBERS_LABOUR_DISCIPLINE, 95,
                    "TT24.C2.1.MIN_PERCENT", 7, 2, "a"));
            rows.add(row("TT24.C2.2", tier, agency, LEVEL_1, UnitInput.MEMBERS_COMPLETED_TRAINING, 90,
                    "TT24.C2.2.MIN_PERCENT", 6, 2, "b"));
            rows.add(row("TT24.C2.2", tier, agency, LEVEL_2, UnitInput.MEMBERS_COMPLETED_TRAINING, 95,
                    "TT24.C2.2.MIN_PERCENT", 7, 2, "b"));
            rows.add(row("TT24.C2.3", tier, agency, LEVEL_1, UnitInput.MEMBERS_TRAINED_IN_DIGITAL_TRANSFORMATION, 90,
                    "TT24.C2.3.MIN_PERCENT", 6, 2, "c"));
            rows.add(row("TT24.C2.3", tier, agency, LEVEL_2, UnitInput.MEMBERS_TRAINED_IN_DIGITAL_TRANSFORMATION, 95,
                    "TT24.C2.3.MIN_PERCENT", 7, 2, "c"));
            rows.add(row("TT24.C2.4", tier, agency, LEVEL_1, UnitInput.MEMBERS_LANGUAGE_CERTIFICATE, 50,
                    "TT24.C2.4.MIN_PERCENT", 6, 2, "d"));
            rows.add(row("TT24.C2.4", tier, agency, LEVEL_2, UnitInput.MEMBERS_LANGUAGE_PROFICIENCY, 70,
                    "TT24.C2.4.MIN_PERCENT", 7, 2, "d"));
            rows.add(row("TT24.C2.5", tier, agency, LEVEL_1, UnitInput.MEMBERS_ADVANCED_WORKER, 90,
                    "TT24.C2.5.MIN_PERCENT", 6, 2, "đ"));
            rows.add(row("TT24.C2.5", tier, agency, LEVEL_2, UnitInput.MEMBERS_ADVANCED_WORKER, 95,
                    "TT24.C2.5.MIN_PERCENT", 7, 2, "đ"));
        }
        // Criterion 3.1, district (Art. 6.3.a, 7.3.a). Learners: a district vocational centre has "Người học".
        rows.add(row("TT24.H.C3.1", DISTRICT, OrganisationKind.STATE_AGENCY, LEVEL_1,
                UnitInput.MEMBERS_LEARNING_CITIZEN, 90, "TT24.H.C3.1.MEMBERS_MIN_PERCENT", 6, 3, "a"));
        rows.add(row("TT24.H.C3.1", DISTRICT, OrganisationKind.STATE_AGENCY, LEVEL_2,
                UnitInput.MEMBERS_LEARNING_CITIZEN, 95, "TT24.H.C3.1.MEMBERS_MIN_PERCENT", 7, 3, "a"));
        rows.add(row("TT24.H.C3.1", DISTRICT, OrganisationKind.VOCATIONAL_INSTITUTION, LEVEL_1,
                UnitInput.LEARNERS_LEARNING_CITIZEN, 95, "TT24.H.C3.1.LEARNERS_MIN_PERCENT", 6, 3, "a"));
        rows.add(row("TT24.H.C3.1", DISTRICT, OrganisationKind.VOCATIONAL_INSTITUTION, LEVEL_2,
                UnitInput.LEARNERS_LEARNING_CITIZEN, 97, "TT24.H.C3.1.LEARNERS_MIN_PERCENT", 7, 3, "a"));
        // Criterion 3.1, province (Art. 12.3.a, 13.3.a). Learners: an upper-secondary school.
        rows.add(row("TT24.T.C3.1", PROVINCE, OrganisationKind.STATE_AGENCY, LEVEL_1,
                UnitInput.MEMBERS_LEARNING_CITIZEN, 90, "TT24.T.C3.1.MEMBERS_MIN_PERCENT", 12, 3, "a"));
        rows.add(row("TT24.T.C3.1", PROVINCE, OrganisationKind.STATE_AGENCY, LEVEL_2,
                UnitInput.MEMBERS_LEARNING_CITIZEN, 95, "TT24.T.C3.1.MEMBERS_MIN_PERCENT", 13, 3, "a"));
        rows.add(row("TT24.T.C3.1", PROVINCE, OrganisationKind.GENERAL_SCHOOL, LEVEL_1,
                UnitInput.LEARNERS_LEARNING_CITIZEN, 95, "TT24.T.C3.1.LEARNERS_MIN_PERCENT", 12, 3, "a"));
        rows.add(row("TT24.T.C3.1", PROVINCE, OrganisationKind.GENERAL_SCHOOL, LEVEL_2,
                UnitInput.LEARNERS_LEARNING_CITIZEN, 97, "TT24.T.C3.1.LEARNERS_MIN_PERCENT", 13, 3, "a"));
        return rows.stream();
    }

    private static Assessment evaluateShare(ShareThreshold t, int count) {
        return evaluateShare(t.kind(), t.tier(), t.input(), count, 1000);
    }

    private static Assessment evaluateShare(OrganisationKind kind, AdministrativeTier tier, UnitInput input,
                                            int count, int total) {
        Tt24Requests r = Tt24Requests.fullyMet(kind, tier);
        if (input.kind() == UnitInput.Kind.LEARNER_SHARE) {
            r.learners(total, count);
        } else {
            r.membersShare(input.attribute().orElseThrow(), count, total);
        }
        return r.evaluate();
    }

    static IndicatorResult indicator(Assessment a, String id, Level level) {
        return a.indicator(id, level).orElseThrow(() -> new AssertionError("no result for " + id + " at " + level));
    }

    static Measurement measurement(IndicatorResult r, UnitInput input) {
        return r.measurements().stream().filter(m -> m.input().equals(input.jsonName())).findFirst()
                .orElseThrow(() -> new AssertionError(r.indicatorId() + " has no measurement of " + input.jsonName()
                        + ": " + r.measurements()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shareThresholds")
    @DisplayName("one member or learner below a percentage threshold is NOT_MET, reason BELOW_THRESHOLD")
    void oneBelowThePercentageThresholdIsNotMetBelowThreshold(ShareThreshold t) {
        Assessment a = evaluateShare(t, t.justBelow());
        IndicatorResult r = indicator(a, t.indicatorId(), t.level());
        assertEquals(Outcome.NOT_MET, r.outcome(), r.explanationEn());
        assertEquals(Reason.BELOW_THRESHOLD, r.reason(), r.explanationEn());
        Measurement m = measurement(r, t.input());
        assertEquals(Outcome.NOT_MET, m.outcome());
        assertEquals(Reason.BELOW_THRESHOLD, m.reason());
        assertEquals(t.justBelow(), m.numerator());
        assertEquals(1000, m.denominator());
        assertEquals("≥ " + t.percent() + " %", m.threshold());
        assertEquals(t.parameterId(), m.parameterId());
        assertEquals(t.article(), r.citation());
        assertEquals(Outcome.NOT_MET, a.level(t.level()).orElseThrow().outcome(),
                "a level with one indicator below its threshold is not met (Art. 8, 14)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shareThresholds")
    @DisplayName("exactly the threshold percentage is MET (\"tối thiểu\" includes the minimum)")
    void exactlyAtThePercentageThresholdIsMet(ShareThreshold t) {
        Assessment a = evaluateShare(t, t.atThreshold());
        IndicatorResult r = indicator(a, t.indicatorId(), t.level());
        assertEquals(Outcome.MET, r.outcome(), r.explanationEn());
        assertEquals(Reason.REQUIREMENT_MET, r.reason());
        Measurement m = measurement(r, t.input());
        assertEquals(Outcome.MET, m.outcome());
        assertEquals(t.atThreshold(), m.numerator());
        assertEquals(1000, m.denominator());
        assertEquals(0, new BigDecimal(t.percent()).compareTo(m.percent()), "shown percent " + m.percent());
        assertEquals(t.parameterId(), m.parameterId());
        assertEquals("national", m.parameterLayer());
        assertEquals(t.article(), r.citation());
        assertEquals(Outcome.MET, a.level(t.level()).orElseThrow().outcome());
    }

    /** Small and awkward populations where rounding or floating point would give the wrong answer. */
    record ExactCase(String what, String indicatorId, AdministrativeTier tier, OrganisationKind kind, Level level,
                     UnitInput input, int count, int total, Outcome expected) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<ExactCase> exactArithmetic() {
        OrganisationKind agency = OrganisationKind.STATE_AGENCY;
        return Stream.of(
                new ExactCase("89 999/100 000 (89.999 %, shown rounded as 90 %) is below 90 %", "TT24.C2.1",
                        DISTRICT, agency, LEVEL_1, UnitInput.MEMBERS_LABOUR_DISCIPLINE, 89_999, 100_000,
                        Outcome.NOT_MET),
                new ExactCase("9/10 is exactly 90 %", "TT24.C2.1", DISTRICT, agency, LEVEL_1,
                        UnitInput.MEMBERS_LABOUR_DISCIPLINE, 9, 10, Outcome.MET),
                new ExactCase("8/9 (88.9 %) is below 90 %", "TT24.C2.2", DISTRICT, agency, LEVEL_1,
                        UnitInput.MEMBERS_COMPLETED_TRAINING, 8, 9, Outcome.NOT_MET),
                new ExactCase("19/20 is exactly 95 %", "TT24.C2.3", PROVINCE, agency, LEVEL_2,
                        UnitInput.MEMBERS_TRAINED_IN_DIGITAL_TRANSFORMATION, 19, 20, Outcome.MET),
                new ExactCase("18/19 (94.74 %) is below 95 %", "TT24.C2.5", PROVINCE, agency, LEVEL_2,
                        UnitInput.MEMBERS_ADVANCED_WORKER, 18, 19, Outcome.NOT_MET),
                new ExactCase("1/2 is exactly 50 %", "TT24.C2.4", DISTRICT, agency, LEVEL_1,
                        UnitInput.MEMBERS_LANGUAGE_CERTIFICATE, 1, 2, Outcome.MET),
                new ExactCase("7/10 is exactly 70 %", "TT24.C2.4", DISTRICT, agency, LEVEL_2,
                        UnitInput.MEMBERS_LANGUAGE_PROFICIENCY, 7, 10, Outcome.MET),
                new ExactCase("2/3 (66.67 %) is below 70 %", "TT24.C2.4", DISTRICT, agency, LEVEL_2,
                        UnitInput.MEMBERS_LANGUAGE_PROFICIENCY, 2, 3, Outcome.NOT_MET),
                new ExactCase("33/34 learners (97.06 %) reach 97 %", "TT24.T.C3.1", PROVINCE,
                        OrganisationKind.GENERAL_SCHOOL, LEVEL_2, UnitInput.LEARNERS_LEARNING_CITIZEN, 33, 34,
                        Outcome.MET),
                new ExactCase("32/33 learners (96.97 %) are below 97 %", "TT24.T.C3.1", PROVINCE,
                        OrganisationKind.GENERAL_SCHOOL, LEVEL_2, UnitInput.LEARNERS_LEARNING_CITIZEN, 32, 33,
                        Outcome.NOT_MET),
                new ExactCase("20/21 learners (95.24 %) reach 95 %", "TT24.H.C3.1", DISTRICT,
                        OrganisationKind.VOCATIONAL_INSTITUTION, LEVEL_1, UnitInput.LEARNERS_LEARNING_CITIZEN, 20, 21,
                        Outcome.MET),
                new ExactCase("18/19 learners (94.74 %) are below 95 %", "TT24.H.C3.1", DISTRICT,
                        OrganisationKind.VOCATIONAL_INSTITUTION, LEVEL_1, UnitInput.LEARNERS_LEARNING_CITIZEN, 18, 19,
                        Outcome.NOT_MET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactArithmetic")
    @DisplayName("shares are compared exactly, not after rounding")
    void sharesAreComparedExactlyNotAfterRounding(ExactCase c) {
        Assessment a = evaluateShare(c.kind(), c.tier(), c.input(), c.count(), c.total());
        IndicatorResult r = indicator(a, c.indicatorId(), c.level());
        Measurement m = measurement(r, c.input());
        assertEquals(c.expected(), m.outcome(), m.textEn());
        assertEquals(c.count(), m.numerator());
        assertEquals(c.total(), m.denominator());
        assertEquals(c.expected(), r.outcome());
    }

    @Test
    void languageLevel1CountsCertificatesAndLevel2CountsProficiencyNotTheOther() {
        Assessment a = Tt24Requests.districtAgency()
                .members(MemberAttribute.LANGUAGE_CERTIFICATE, 0)
                .evaluate();
        assertEquals(Outcome.NOT_MET, indicator(a, "TT24.C2.4", LEVEL_1).outcome());
        assertEquals(Outcome.MET, indicator(a, "TT24.C2.4", LEVEL_2).outcome(),
                "Art. 7.2.d asks for proficiency, not certificates");

        Assessment b = Tt24Requests.districtAgency()
                .members(MemberAttribute.LANGUAGE_PROFICIENCY, 0)
                .evaluate();
        assertEquals(Outcome.MET, indicator(b, "TT24.C2.4", LEVEL_1).outcome(),
                "Art. 6.2.d asks for certificates, not proficiency");
        assertEquals(Outcome.NOT_MET, indicator(b, "TT24.C2.4", LEVEL_2).outcome());
    }

    /** A digital-transformation level (QĐ 4725 / QĐ 4740) threshold. */
    record MaturityThreshold(String indicatorId, AdministrativeTier tier, OrganisationKind kind, Level level,
                             DigitalMaturity below, DigitalMaturity required, String parameterId, Citation article) {
        @Override
        public String toString() {
            return indicatorId + " " + level + " " + tier + " (" + kind + ") [Art. " + article.article() + "."
                    + article.clause() + "." + article.point() + "]: " + below + " fails, " + required + " passes";
        }
    }

    static Stream<MaturityThreshold> maturityThresholds() {
        OrganisationKind school = OrganisationKind.GENERAL_SCHOOL;
        OrganisationKind university = OrganisationKind.HIGHER_EDUCATION_INSTITUTION;
        return Stream.of(
                new MaturityThreshold("TT24.H.C3.4", DISTRICT, school, LEVEL_1, DigitalMaturity.BELOW_BASIC,
                        DigitalMaturity.BASIC, "TT24.H.C3.4.MIN_DIGITAL_MATURITY", Citation.of(TT24, 6, 3, "d")),
                new MaturityThreshold("TT24.H.C3.4", DISTRICT, school, LEVEL_2, DigitalMaturity.BASIC,
                        DigitalMaturity.GOOD, "TT24.H.C3.4.MIN_DIGITAL_MATURITY", Citation.of(TT24, 7, 3, "d")),
                new MaturityThreshold("TT24.T.C3.4", PROVINCE, school, LEVEL_1, DigitalMaturity.BELOW_BASIC,
                        DigitalMaturity.BASIC, "TT24.T.C3.4.MIN_DIGITAL_MATURITY", Citation.of(TT24, 12, 3, "d")),
                new MaturityThreshold("TT24.T.C3.4", PROVINCE, school, LEVEL_2, DigitalMaturity.BASIC,
                        DigitalMaturity.GOOD, "TT24.T.C3.4.MIN_DIGITAL_MATURITY", Citation.of(TT24, 13, 3, "d")),
                new MaturityThreshold("TT24.T.C3.5", PROVINCE, university, LEVEL_1, DigitalMaturity.BELOW_BASIC,
                        DigitalMaturity.BASIC, "TT24.T.C3.5.MIN_DIGITAL_MATURITY", Citation.of(TT24, 12, 3, "đ")),
                new MaturityThreshold("TT24.T.C3.5", PROVINCE, university, LEVEL_2, DigitalMaturity.BASIC,
                        DigitalMaturity.GOOD, "TT24.T.C3.5.MIN_DIGITAL_MATURITY", Citation.of(TT24, 13, 3, "đ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maturityThresholds")
    @DisplayName("the digital-transformation level just below the required one is NOT_MET, reason BELOW_THRESHOLD")
    void theDigitalLevelJustBelowTheRequiredOneIsNotMet(MaturityThreshold t) {
        Assessment a = Tt24Requests.fullyMet(t.kind(), t.tier()).digitalMaturity(t.below()).evaluate();
        IndicatorResult r = indicator(a, t.indicatorId(), t.level());
        assertEquals(Outcome.NOT_MET, r.outcome(), r.explanationEn());
        assertEquals(Reason.BELOW_THRESHOLD, r.reason());
        Measurement m = measurement(r, UnitInput.DIGITAL_MATURITY);
        assertEquals(t.below().name(), m.observed());
        assertEquals(t.required().name(), m.threshold());
        assertEquals(t.parameterId(), m.parameterId());
        assertEquals(t.article(), r.citation());
        assertEquals(Outcome.NOT_MET, a.level(t.level()).orElseThrow().outcome());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maturityThresholds")
    @DisplayName("exactly the required digital-transformation level is MET")
    void exactlyTheRequiredDigitalLevelIsMet(MaturityThreshold t) {
        Assessment a = Tt24Requests.fullyMet(t.kind(), t.tier()).digitalMaturity(t.required()).evaluate();
        IndicatorResult r = indicator(a, t.indicatorId(), t.level());
        assertEquals(Outcome.MET, r.outcome(), r.explanationEn());
        assertEquals(Reason.REQUIREMENT_MET, r.reason());
        Measurement m = measurement(r, UnitInput.DIGITAL_MATURITY);
        assertEquals(t.required().name(), m.observed());
        assertEquals(t.parameterId(), m.parameterId());
        assertNotNull(r.explanationVi());
        assertEquals(t.article(), r.citation());
        assertEquals(Outcome.MET, a.level(t.level()).orElseThrow().outcome());
    }
}
