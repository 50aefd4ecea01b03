package vn.hoctap.rules.tt24;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hoctap.model.subject.AdministrativeTier.DISTRICT;
import static vn.hoctap.model.subject.AdministrativeTier.PROVINCE;
import static vn.hoctap.model.subject.Level.LEVEL_1;
import static vn.hoctap.model.subject.Level.LEVEL_2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hoctap.model.catalogue.IndicatorDefinition;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.MemberAttribute;
import vn.hoctap.model.request.UnitEvaluationRequest;
import vn.hoctap.model.request.UnitInput;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.subject.OrganisationKind;

/** The sentences of TT 24 results read as Vietnamese and English are written, numbers included. */
class Tt24SentencesTest {

    private static IndicatorResult indicator(Assessment a, String id, vn.hoctap.model.subject.Level level) {
        return a.indicator(id, level).orElseThrow();
    }

    /** Proves that counts group thousands the way each language does: 1.212/1.240 and 1,212 of 1,240. */
    @Test
    void countsInSharesAreGroupedPerLanguage() {
        IndicatorResult r = indicator(Tt24Requests.fullyMet(OrganisationKind.GENERAL_SCHOOL, PROVINCE)
                .learners(1240, 1212).evaluate(), "TT24.T.C3.1", LEVEL_1);
        assertTrue(r.explanationVi().contains("1.212/1.240 người học (97,74 %)"), r.explanationVi());
        assertTrue(r.explanationEn().contains("1,212 of 1,240 learners (97.74 %)"), r.explanationEn());
    }

    /** Proves that the members' digital-transformation share reads as English: "members (...) are trained in". */
    @Test
    void theDigitalTransformationShareIsGrammatical() {
        Assessment a = Tt24Requests.districtAgency()
                .membersShare(MemberAttribute.TRAINED_IN_DIGITAL_TRANSFORMATION, 48, 52).evaluate();
        String en = indicator(a, "TT24.C2.3", LEVEL_2).explanationEn();
        assertTrue(en.contains("48 of 52 members (92.31 %) are trained in and take part in the unit's digital"
                + " transformation; below the required 95 %."), en);
        assertEquals("members who are trained in and take part in the unit's digital transformation",
                UnitInput.MEMBERS_TRAINED_IN_DIGITAL_TRANSFORMATION.descriptionEn());
    }

    /**
     * Proves that an indicator set aside at level 2 only (C3.3 for an enterprise) says whom it applies to there,
     * not "applies only to every unit".
     */
    @Test
    void anIndicatorSetAsideAtOneLevelSaysWhomItAppliesTo() {
        Assessment a = Tt24Requests.fullyMet(OrganisationKind.ECONOMIC_ORGANISATION, DISTRICT).evaluate();
        IndicatorResult r = indicator(a, "TT24.H.C3.3", LEVEL_2);
        assertTrue(r.explanationEn().contains("NOT APPLICABLE. Applies only to state agencies and public service"
                + " units at level 2 (at level 1: every unit)."), r.explanationEn());
        assertTrue(r.explanationVi().contains("Chỉ áp dụng cho cơ quan nhà nước và đơn vị sự nghiệp công lập ở mức"
                + " độ 2 (ở mức độ 1: mọi đơn vị)."), r.explanationVi());
    }

    /**
     * Proves that every national indicator's applicability reads after "Applies only to" / "Chỉ áp dụng cho": a
     * phrase naming subjects, neither a universal ("every", "mọi") nor a list of clauses.
     */
    @Test
    void everyApplicabilityIsAPhraseNamingSubjects() {
        List<IndicatorDefinition> limited = Tt24Requests.EVALUATOR.catalogue().criteria().stream()
                .flatMap(c -> c.indicators().stream()).filter(i -> i.applicabilityEn() != null).toList();
        assertFalse(limited.isEmpty());
        for (IndicatorDefinition i : limited) {
            for (String text : List.of(i.applicabilityVi(), i.applicabilityEn())) {
                String lower = text.toLowerCase(Locale.ROOT);
                for (String universal : List.of("every ", "all ", "mọi ", "tất cả ", "chỉ ", "only ")) {
                    assertFalse(lower.startsWith(universal), i.id() + ": " + text);
                }
                assertFalse(text.contains(";"), i.id() + ": " + text);
            }
        }
    }

    /** Proves that a level on a scale reads as a minimum: "good level; at least basic level (...) required". */
    @Test
    void aRequiredLevelReadsAsAMinimum() {
        IndicatorResult r = indicator(Tt24Requests.fullyMet(OrganisationKind.GENERAL_SCHOOL, PROVINCE).evaluate(),
                "TT24.T.C3.4", LEVEL_1);
        assertTrue(r.explanationEn().contains("The unit's digital-transformation level: good level; at least basic"
                + " level (digital-transformation level under QĐ 4725/QĐ-BGDĐT) required."), r.explanationEn());
    }

    /** Proves that evidence is counted in words that agree with the number, and a denial reads as a statement. */
    @Test
    void evidenceAndStatementsReadNaturally() {
        Tt24Requests unit = Tt24Requests.districtAgency();
        UnitEvaluationRequest request = unit.build();
        Map<String, List<Evidence>> evidence = new LinkedHashMap<>(request.evidence());
        evidence.put("annualLearningPlan", List.of(Evidence.of("Kế hoạch số 08/KH"), Evidence.of("Báo cáo số 2/BC")));
        Assessment a = Tt24Requests.EVALUATOR.evaluate(request.withEvidence(evidence));
        assertTrue(indicator(a, "TT24.C1.1", LEVEL_1).explanationEn().contains("(2 pieces of evidence)"));
        assertTrue(indicator(a, "TT24.C1.2", LEVEL_1).explanationEn().contains("(1 piece of evidence)"));
        assertFalse(indicator(a, "TT24.C1.2", LEVEL_1).explanationEn().contains("piece(s)"));
        IndicatorResult denied = indicator(unit.attestation(UnitInput.ADVANCED_COLLECTIVE_TITLE, false).evaluate(),
                "TT24.H.C3.3", LEVEL_1);
        assertTrue(denied.explanationVi().contains("KHÔNG ĐẠT. Tự xác nhận chưa đạt: đơn vị đạt danh hiệu"),
                denied.explanationVi());
        assertTrue(denied.explanationEn().contains("NOT MET. Stated as not done: the unit holds"),
                denied.explanationEn());
    }

    /**
     * Proves that a level's summary lists unmet and undetermined indicators in one parenthesis and counts missing
     * inputs in agreeing words.
     */
    @Test
    void summariesListOpenIndicatorsOnceAndCountMissingInputsInWords() {
        Assessment a = Tt24Requests.districtAgency()
                .membersShare(MemberAttribute.ADVANCED_WORKER, 94, 100)
                .attestation(UnitInput.LEARNING_ENVIRONMENT, null).evaluate();
        assertTrue(a.summaryEn().contains("Level 2: not met (indicators not met: 2.5; not determined: 3.2)."),
                a.summaryEn());
        assertTrue(a.summaryVi().contains("Mức độ 2: không đạt (chỉ tiêu không đạt: 2.5; chưa xác định: 3.2)."),
                a.summaryVi());
        assertTrue(a.summaryEn().endsWith(" 1 input missing."), a.summaryEn());
        assertTrue(a.summaryVi().endsWith(" Cần bổ sung 1 dữ liệu."), a.summaryVi());
    }

    /**
     * Proves that the verb of a share agrees with its count: one member "is trained in and takes part in", none and
     * two "are ... take part in".
     */
    @Test
    void aSharesVerbAgreesWithItsCount() {
        Map<Integer, String> expected = Map.of(
                0, "0 of 52 members (0 %) are trained in and take part in the unit's digital transformation;",
                1, "1 of 52 members (1.92 %) is trained in and takes part in the unit's digital transformation;",
                2, "2 of 52 members (3.85 %) are trained in and take part in the unit's digital transformation;");
        expected.forEach((n, sentence) -> {
            String en = indicator(Tt24Requests.districtAgency()
                    .membersShare(MemberAttribute.TRAINED_IN_DIGITAL_TRANSFORMATION, n, 52).evaluate(), "TT24.C2.3",
                    LEVEL_1).explanationEn();
            assertTrue(en.contains(sentence), en);
        });
        for (int n = 0; n <= 2; n++) {
            String en = indicator(Tt24Requests.districtAgency().membersShare(MemberAttribute.LABOUR_DISCIPLINE, n, 3)
                    .evaluate(), "TT24.C2.1", LEVEL_1).explanationEn();
            assertTrue(en.contains(n + " of 3 members (") && en.contains(n == 1
                    ? ") keeps labour discipline and cooperates;" : ") keep labour discipline and cooperate;"), en);
        }
    }

    /** Proves that the learners of the warning are counted in agreeing words: "1 learner", "2 learners". */
    @Test
    void theLearnersLeftOutAreCountedInAgreeingWords() {
        for (int n = 1; n <= 2; n++) {
            Assessment a = Tt24Requests.districtAgency().learners(n, 0).evaluate();
            String en = a.notices().stream().filter(x -> x.code().equals("LEARNERS_NOT_COUNTED")).findFirst()
                    .orElseThrow(() -> new AssertionError(a.notices().toString())).textEn();
            assertTrue(en.contains("($.learners: " + (n == 1 ? "1 learner)" : "2 learners)")), en);
        }
    }
}
