package vn.hoctap.rules.tt25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.Level.LEVEL_1;
import static vn.hoctap.model.subject.Level.LEVEL_2;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CommuneInput;
import vn.hoctap.model.request.RecognisedStandard;
import vn.hoctap.model.request.RecognisedUniversalEducation;
import vn.hoctap.model.request.UniversalEducation;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.request.UniversalEducationStandard;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.result.Measurement;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.model.result.Reason;
import vn.hoctap.model.subject.Level;

/**
 * Every threshold of TT 25/2023/TT-BGDĐT for "Cộng đồng học tập" cấp xã at its boundary, both levels: a share one
 * citizen below the minimum fails and exactly at it passes (counted out of 1000, compared exactly), for ordinary
 * communes and those in a disadvantaged area; a recognised NĐ 20 step one below the requirement fails and the step
 * required passes.
 */
class Tt25CommuneThresholdBoundaryTest {

    /**
     * "At least {@code percent} % of the commune's citizens" counted by {@code input}, for one level and one kind of
     * commune, from {@code parameterId} (Art. {@code article}.5.{@code point}).
     */
    record ShareThreshold(String indicatorId, Level level, boolean disadvantaged, CommuneInput input, int percent,
                          String parameterId, int article, String point) {
        @Override
        public String toString() {
            return indicatorId + " " + level + (disadvantaged ? " disadvantaged" : " ordinary") + ": "
                    + input.jsonName() + " ≥ " + percent + " % [Art. " + article + ".5." + point + "]: "
                    + (percent * 10 - 1) + "/1000 fails, " + percent * 10 + "/1000 passes";
        }
    }

    static Stream<ShareThreshold> shareThresholds() {
        List<ShareThreshold> rows = new ArrayList<>();
        for (boolean poor : new boolean[] {false, true}) {
            // Art. 6.5.a / 7.5.a: the same for every commune.
            rows.add(new ShareThreshold("TT25.X.C5.1", LEVEL_1, poor, CommuneInput.CITIZENS_LEARNING_CITIZEN, 60,
                    "TT25.X.C5.1.MIN_PERCENT", 6, "a"));
            rows.add(new ShareThreshold("TT25.X.C5.1", LEVEL_2, poor, CommuneInput.CITIZENS_LEARNING_CITIZEN, 80,
                    "TT25.X.C5.1.MIN_PERCENT", 7, "a"));
            // Art. 6.5.b / 7.5.b, first sentence (ordinary) and second sentence (disadvantaged area).
            String suffix = poor ? "_DISADVANTAGED" : "";
            rows.add(new ShareThreshold("TT25.X.C5.2", LEVEL_1, poor, CommuneInput.CITIZENS_PROFESSIONALLY_TRAINED,
                    poor ? 40 : 50, "TT25.X.C5.2.TRAINED_MIN_PERCENT" + suffix, 6, "b"));
            rows.add(new ShareThreshold("TT25.X.C5.2", LEVEL_2, poor, CommuneInput.CITIZENS_PROFESSIONALLY_TRAINED,
                    poor ? 50 : 60, "TT25.X.C5.2.TRAINED_MIN_PERCENT" + suffix, 7, "b"));
            rows.add(new ShareThreshold("TT25.X.C5.2", LEVEL_1, poor, CommuneInput.CITIZENS_UNIVERSITY_DEGREE,
                    poor ? 10 : 12, "TT25.X.C5.2.DEGREE_MIN_PERCENT" + suffix, 6, "b"));
            rows.add(new ShareThreshold("TT25.X.C5.2", LEVEL_2, poor, CommuneInput.CITIZENS_UNIVERSITY_DEGREE,
                    poor ? 12 : 15, "TT25.X.C5.2.DEGREE_MIN_PERCENT" + suffix, 7, "b"));
        }
        return rows.stream();
    }

    /** 1000 citizens, every other count comfortably passing both levels, the tested one set to {@code count}. */
    private static Assessment withCount(ShareThreshold t, int count) {
        CommuneRequests r = new CommuneRequests();
        r.disadvantaged = t.disadvantaged();
        r.citizens = switch (t.input()) {
            case CITIZENS_LEARNING_CITIZEN -> new CitizenCounts(1000, count, 1000, 200);
            case CITIZENS_PROFESSIONALLY_TRAINED -> new CitizenCounts(1000, 1000, count, 150);
            case CITIZENS_UNIVERSITY_DEGREE -> new CitizenCounts(1000, 1000, 1000, count);
            default -> throw new IllegalArgumentException(t.input().name());
        };
        return r.evaluate();
    }

    private static Measurement measurement(IndicatorResult i, CommuneInput input) {
        return i.measurements().stream().filter(m -> m.input().equals(input.jsonName())).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("shareThresholds")
    void oneCitizenBelowTheMinimumFails(ShareThreshold t) {
        IndicatorResult i = CommuneRequests.indicator(withCount(t, t.percent() * 10 - 1), t.indicatorId(), t.level());
        assertEquals(Outcome.NOT_MET, i.outcome(), i.explanationVi());
        Measurement m = measurement(i, t.input());
        assertEquals(Reason.BELOW_THRESHOLD, m.reason());
        assertEquals(t.parameterId(), m.parameterId());
        assertEquals(1000, m.denominator());
        assertEquals(t.article(), i.citation().article());
        assertTrue(m.textVi().contains("công dân trong xã"), "the denominator is named: " + m.textVi());
    }

    @ParameterizedTest
    @MethodSource("shareThresholds")
    void exactlyTheMinimumPasses(ShareThreshold t) {
        IndicatorResult i = CommuneRequests.indicator(withCount(t, t.percent() * 10), t.indicatorId(), t.level());
        assertEquals(Outcome.MET, i.outcome(), i.explanationVi());
        Measurement m = measurement(i, t.input());
        assertEquals("≥ " + t.percent() + " %", m.threshold());
        assertEquals(t.parameterId(), m.parameterId());
    }

    /** "12 % công dân trong xã": degree holders are counted over all citizens, not over the trained. */
    @Test
    void degreeHoldersAreAShareOfAllCitizensNotOfTheTrained() {
        CommuneRequests r = new CommuneRequests();
        r.citizens = new CitizenCounts(1000, 1000, 500, 120);
        IndicatorResult i = CommuneRequests.indicator(r.evaluate(), "TT25.X.C5.2", LEVEL_1);
        assertEquals(Outcome.MET, i.outcome(), i.explanationVi());
        assertEquals(1000, measurement(i, CommuneInput.CITIZENS_UNIVERSITY_DEGREE).denominator());
        // 119 of 1000 citizens is 23.8 % of the 500 trained, yet below 12 % of the citizens.
        r.citizens = new CitizenCounts(1000, 1000, 500, 119);
        assertEquals(Outcome.NOT_MET, CommuneRequests.indicator(r.evaluate(), "TT25.X.C5.2", LEVEL_1).outcome());
    }

    /** Unknown area: C5.2 is undetermined at both levels, naming the flag, even when the shares fail every threshold. */
    @Test
    void anUnstatedDisadvantagedAreaLeavesC52UndeterminedNeverTheOrdinaryThreshold() {
        CommuneRequests r = new CommuneRequests();
        r.disadvantaged = null;
        for (CitizenCounts c : List.of(new CitizenCounts(1000, 1000, 1000, 1000), new CitizenCounts(1000, 1000, 0, 0))) {
            r.citizens = c;
            Assessment a = r.evaluate();
            for (Level level : Level.values()) {
                IndicatorResult i = CommuneRequests.indicator(a, "TT25.X.C5.2", level);
                assertEquals(Outcome.UNDETERMINED, i.outcome(), i.explanationVi());
                assertEquals(List.of("$.commune.disadvantaged"), i.missingInputs().stream().map(m -> m.path()).toList());
                assertEquals(Outcome.MET, CommuneRequests.indicator(a, "TT25.X.C5.1", level).outcome());
            }
            assertEquals(vn.hoctap.model.result.Verdict.NOT_DETERMINED, a.verdict());
        }
    }

    /** A recognised NĐ 20 step against the step TT 25 requires at one level. */
    record StepThreshold(String indicatorId, UniversalEducationStandard standard, Level level,
                         UniversalEducationLevel below, UniversalEducationLevel required, String point) {
        @Override
        public String toString() {
            return indicatorId + " " + level + ": " + standard + " " + below + " fails, " + required + " passes [Art. "
                    + (level == LEVEL_1 ? 6 : 7) + ".4." + point + "]";
        }
    }

    static Stream<StepThreshold> stepThresholds() {
        UniversalEducationLevel n = UniversalEducationLevel.NOT_MET;
        UniversalEducationLevel l1 = UniversalEducationLevel.LEVEL_1;
        UniversalEducationLevel l2 = UniversalEducationLevel.LEVEL_2;
        UniversalEducationLevel l3 = UniversalEducationLevel.LEVEL_3;
        return Stream.of(
                new StepThreshold("TT25.X.C4.1", UniversalEducationStandard.PRESCHOOL_5, LEVEL_1, n,
                        UniversalEducationLevel.MET, "a"),
                new StepThreshold("TT25.X.C4.1", UniversalEducationStandard.PRESCHOOL_5, LEVEL_2, n,
                        UniversalEducationLevel.MET, "a"),
                new StepThreshold("TT25.X.C4.2", UniversalEducationStandard.PRIMARY, LEVEL_1, l1, l2, "b"),
                new StepThreshold("TT25.X.C4.2", UniversalEducationStandard.PRIMARY, LEVEL_2, l2, l3, "b"),
                new StepThreshold("TT25.X.C4.3", UniversalEducationStandard.LOWER_SECONDARY, LEVEL_1, l1, l2, "c"),
                new StepThreshold("TT25.X.C4.3", UniversalEducationStandard.LOWER_SECONDARY, LEVEL_2, l2, l3, "c"),
                new StepThreshold("TT25.X.C4.4", UniversalEducationStandard.LITERACY, LEVEL_1, n, l1, "d"),
                new StepThreshold("TT25.X.C4.4", UniversalEducationStandard.LITERACY, LEVEL_2, l1, l2, "d"));
    }

    private static IndicatorResult withStatus(StepThreshold t, UniversalEducationLevel status) {
        CommuneRequests r = new CommuneRequests();
        RecognisedUniversalEducation top = CommuneRequests.topRecognised();
        RecognisedStandard s = RecognisedStandard.of(status);
        r.universalEducation = UniversalEducation.recognised(new RecognisedUniversalEducation(
                t.standard() == UniversalEducationStandard.PRESCHOOL_5 ? s : top.preschool5(),
                t.standard() == UniversalEducationStandard.PRIMARY ? s : top.primary(),
                t.standard() == UniversalEducationStandard.LOWER_SECONDARY ? s : top.lowerSecondary(),
                t.standard() == UniversalEducationStandard.LITERACY ? s : top.literacy()));
        return CommuneRequests.indicator(r.evaluate(), t.indicatorId(), t.level());
    }

    @ParameterizedTest
    @MethodSource("stepThresholds")
    void aRecognisedStepBelowTheRequiredOneFails(StepThreshold t) {
        IndicatorResult i = withStatus(t, t.below());
        assertEquals(Outcome.NOT_MET, i.outcome(), i.explanationVi());
        assertEquals(Reason.BELOW_THRESHOLD, i.reason());
        assertEquals(t.required().name(), i.measurements().get(0).threshold());
        assertEquals(t.point(), i.citation().point());
    }

    @ParameterizedTest
    @MethodSource("stepThresholds")
    void theRequiredStepPasses(StepThreshold t) {
        IndicatorResult i = withStatus(t, t.required());
        assertEquals(Outcome.MET, i.outcome(), i.explanationVi());
        assertEquals(t.required().name(), i.measurements().get(0).observed());
    }

    /**
     * The recognising decision's number is recorded as evidence of the status; without it and without other evidence
     * the status still counts (TT 25 Art. 8.2.a: results achieved; no evidence clause), and the explanation says so.
     */
    @Test
    void aRecognisingDecisionIsRecordedAsEvidenceButNotRequired() {
        CommuneRequests r = new CommuneRequests().withoutEvidence(CommuneInput.PRIMARY_RECOGNISED);
        IndicatorResult without = CommuneRequests.indicator(r.evaluate(), "TT25.X.C4.2", LEVEL_1);
        assertEquals(Outcome.MET, without.outcome(), without.explanationVi());
        assertEquals(Reason.REQUIREMENT_MET, without.reason());
        assertEquals(0, without.measurements().get(0).evidenceCount());
        RecognisedUniversalEducation top = CommuneRequests.topRecognised();
        r.universalEducation = UniversalEducation.recognised(new RecognisedUniversalEducation(top.preschool5(),
                new RecognisedStandard(UniversalEducationLevel.LEVEL_3, "95/QĐ-UBND", java.time.LocalDate.of(2024,
                        12, 20)), top.lowerSecondary(), top.literacy()));
        IndicatorResult with = CommuneRequests.indicator(r.evaluate(), "TT25.X.C4.2", LEVEL_1);
        assertEquals(Outcome.MET, with.outcome(), with.explanationVi());
        assertEquals(1, with.measurements().get(0).evidenceCount(), "the decision is counted as evidence");
    }

    /**
     * A statement without evidence is met, for every statement of criteria 1-3, and its explanation says that no
     * evidence was given and none is required; with evidence the count is shown instead.
     */
    @Test
    void aStatementWithoutEvidenceIsMetAndSaysSo() {
        for (CommuneInput input : CommuneInput.values()) {
            if (input.kind() != CommuneInput.Kind.ATTESTATION) {
                continue;
            }
            Assessment a = new CommuneRequests().withoutEvidence(input).evaluate();
            List<Measurement> about = a.levels().stream()
                    .flatMap(l -> l.results().stream()).flatMap(c -> c.indicators().stream())
                    .flatMap(i -> i.measurements().stream()).filter(m -> m.input().equals(input.jsonName()))
                    .toList();
            assertEquals(2, about.size(), input + ": one indicator at each level");
            about.forEach(m -> {
                assertEquals(Reason.REQUIREMENT_MET, m.reason(), m.textVi());
                assertEquals(0, m.evidenceCount());
                assertTrue(m.textVi().contains("không có minh chứng, không bắt buộc"), m.textVi());
                assertTrue(m.textEn().contains("no evidence given, none required"), m.textEn());
            });
            assertEquals(vn.hoctap.model.result.Verdict.LEVEL_2, a.verdict(), input + ": " + a.summaryEn());
        }
        Assessment given = new CommuneRequests().evaluate();
        Measurement m = CommuneRequests.indicator(given, "TT25.X.C1.1", LEVEL_1)
                .measurements().get(0);
        assertEquals(1, m.evidenceCount(), "evidence given is counted in the measurement");
        assertTrue(m.textVi().contains("(1 minh chứng)"), m.textVi());
    }
}
