package vn.hoctap.rules.reference;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.request.DistrictAttestations;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.ProvinceAttestations;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.result.Outcome;
import vn.hoctap.rules.reference.ReferenceResult.LevelOutcome;
import vn.hoctap.model.result.Verdict;
import vn.hoctap.model.subject.Level;

/**
 * A plain-Java reading of Thông tư 25/2023/TT-BGDĐT for districts (Art. 11-13) and provinces (Art. 16-18), written
 * from the legal text and {@code lib-rules/sources/criteria.md} without looking at the DRL rules, their catalogue or their
 * parameters. The property tests hold the Drools engine against it, so it favours being obviously right over being
 * clever: every indicator is one line, with its article next to it.
 *
 * <p>Outcomes of one requirement: missing data is {@link Outcome#UNDETERMINED}; a statement "no", a share below 90 %,
 * fewer than 4 programmes, or a figure that did not move the required way is {@link Outcome#NOT_MET}; otherwise
 * {@link Outcome#MET}. TT 25 has no clause on evidence, so evidence plays no part here. Readings where the text is
 * not explicit: a subordinate unit at level 2 also counts toward the level-1 share (the level-2 criteria contain the
 * level-1 ones); "tăng" / "giảm" are strict; a province that states it runs no university has no indicator 3.1.
 */
public final class ReferenceTt25DistrictProvinceEvaluator {

    private static final Outcome MET = Outcome.MET;
    private static final Outcome NOT_MET = Outcome.NOT_MET;
    private static final Outcome NA = Outcome.NOT_APPLICABLE;
    private static final Outcome UNDETERMINED = Outcome.UNDETERMINED;

    private ReferenceTt25DistrictProvinceEvaluator() {
    }

    /** "Cộng đồng học tập" cấp huyện: Art. 11 (level 1) and Art. 12 (level 2), granted by Art. 13.1. */
    public static ReferenceResult evaluate(DistrictEvaluationRequest r) {
        DistrictAttestations s = r.attestations();
        Map<Level, LevelOutcome> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Map<Integer, Map<String, Outcome>> c = new LinkedHashMap<>();
            // Criterion 1 (Art. 11.1; Art. 12.1 refers to it).
            c.put(1, Map.of(
                    "TT25.H.C1.1", said(s.awareness()),                // 11.1.a awareness-raising
                    "TT25.H.C1.2", said(s.programmesAndGuidance()),    // 11.1.b programmes issued, carried out
                    "TT25.H.C1.3", said(s.lifelongLearningWeek())));   // 11.1.c Lifelong Learning Week
            // Criterion 2 (Art. 11.2; Art. 12.2 refers to it).
            c.put(2, Map.of(
                    "TT25.H.C2.1", said(s.stateBudget()),              // 11.2.a annual state budget
                    "TT25.H.C2.2", said(s.socialResources()),          // 11.2.b social resources
                    "TT25.H.C2.3", said(s.policiesCarriedOut()),       // 11.2.c central and provincial policies
                    "TT25.H.C2.4", said(s.digitalServices())));        // 11.2.d digital services and tools
            // Criterion 3 (Art. 11.3; Art. 12.3 refers to it).
            c.put(3, Map.of(
                    "TT25.H.C3.1", said(s.schoolsDigital()),           // 11.3.a schools in a digital environment
                    "TT25.H.C3.2", said(s.publicLibrary()),            // 11.3.b district library
                    "TT25.H.C3.3", said(s.cultureCentre())));          // 11.3.c culture and sports centre
            // Criterion 4: Art. 11.4 at level 1, Art. 12.4 at level 2.
            c.put(4, Map.of(
                    "TT25.H.C4.1", ninetyPercent(r.communes(), level), // 11.4.a / 12.4.a communes at the level
                    "TT25.H.C4.2", higher(r.perCapitaIncome()),        // 11.4.b / 12.4.b per-capita income rises
                    "TT25.H.C4.3", higher(r.employmentRate())));       // 11.4.c / 12.4.c employment rate rises
            levels.put(level, level(c));
        }
        return result(levels);
    }

    /** "Cộng đồng học tập" cấp tỉnh: Art. 16 (level 1) and Art. 17 (level 2), granted by Art. 18.1. */
    public static ReferenceResult evaluate(ProvinceEvaluationRequest r) {
        ProvinceAttestations s = r.attestations();
        Map<Level, LevelOutcome> levels = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Map<Integer, Map<String, Outcome>> c = new LinkedHashMap<>();
            // Criterion 1 (Art. 16.1; Art. 17.1 refers to it).
            c.put(1, Map.of(
                    "TT25.T.C1.1", said(s.awareness()),                // 16.1.a awareness-raising
                    "TT25.T.C1.2", said(s.programmesAndGuidance()),    // 16.1.b programmes issued, carried out
                    "TT25.T.C1.3", said(s.emulationMovement())));      // 16.1.c emulation movement
            // Criterion 2 (Art. 16.2; Art. 17.2 refers to it).
            c.put(2, Map.of(
                    "TT25.T.C2.1", said(s.stateBudget()),              // 16.2.a annual state budget
                    "TT25.T.C2.2", said(s.centralPolicies()),          // 16.2.b central policies
                    "TT25.T.C2.3", said(s.localPolicies()),            // 16.2.c the province's own policies
                    "TT25.T.C2.4", said(s.internationalCooperation()), // 16.2.d international cooperation
                    "TT25.T.C2.5", said(s.digitalServices())));        // 16.2.đ digital services and tools
            // Criterion 3 (Art. 16.3; Art. 17.3 refers to it).
            c.put(3, Map.of(
                    // 16.3.a the university under the province; nothing to judge where the province runs none
                    "TT25.T.C3.1", Boolean.FALSE.equals(r.provincialUniversity()) ? NA : said(s.universityDigital()),
                    "TT25.T.C3.2", said(s.schoolsDigital()),           // 16.3.b schools in a digital environment
                    "TT25.T.C3.3", said(s.publicLibrary()),            // 16.3.c provincial library
                    "TT25.T.C3.4", atLeastFour(r.museumProgrammes()),  // 16.3.d museum: at least 04 programmes
                    // 16.3.đ radio and television: at least 04 programmes, and open learning materials
                    "TT25.T.C3.5", all(List.of(atLeastFour(r.radioTvProgrammes()), said(s.radioTvOpenResources())))));
            // Criterion 4: Art. 16.4 at level 1, Art. 17.4 at level 2.
            c.put(4, Map.of(
                    // 16.4.a / 17.4.a districts at the level; none exist for a year ending after 01/07/2025 (or a
                    // reference date after it): its subject is gone, undetermined whatever the figures say
                    "TT25.T.C4.1", r.evaluationYear() >= 2025 || !r.effectiveReferenceDate()
                            .isBefore(java.time.LocalDate.of(2025, 7, 1)) ? Outcome.UNDETERMINED
                            : ninetyPercent(r.districts(), level),
                    "TT25.T.C4.2", lower(r.povertyRate()),              // 16.4.b / 17.4.b poverty rate falls
                    "TT25.T.C4.3", higher(r.grdp())));                  // 16.4.c / 17.4.c GRDP rises
            levels.put(level, level(c));
        }
        return result(levels);
    }

    // ---- requirements --------------------------------------------------------------------------------------------

    static Outcome said(Boolean statement) {
        return statement == null ? UNDETERMINED : statement ? MET : NOT_MET;
    }

    /** "Có ít nhất 90% số xã (huyện) được công nhận đạt ... mức độ 1 (2)": level 1 counts level-2 units too. */
    static Outcome ninetyPercent(RecognitionCounts counts, Level level) {
        if (counts == null) {
            return UNDETERMINED;
        }
        Integer recognised;
        if (level == Level.LEVEL_2) {
            recognised = counts.level2();
        } else {
            recognised = counts.level1() == null || counts.level2() == null ? null : counts.level1() + counts.level2();
        }
        if (recognised == null) {
            return UNDETERMINED;
        }
        return (long) recognised * 100 >= 90L * counts.total() ? MET : NOT_MET;
    }

    /** "tối thiểu 04 chương trình". */
    static Outcome atLeastFour(Integer programmes) {
        return programmes == null ? UNDETERMINED : programmes >= 4 ? MET : NOT_MET;
    }

    /** "tăng so với năm trước liền kề": strictly higher. */
    static Outcome higher(YearOnYear f) {
        return compare(f, 1);
    }

    /** "giảm so với năm trước liền kề": strictly lower. */
    static Outcome lower(YearOnYear f) {
        return compare(f, -1);
    }

    private static Outcome compare(YearOnYear f, int sign) {
        if (f == null || f.previous() == null || f.current() == null) {
            return UNDETERMINED;
        }
        BigDecimal change = f.current().subtract(f.previous());
        return change.signum() == sign ? MET : NOT_MET;
    }

    // ---- folding (Art. 13.2.b, 18.2.b: a criterion is met when all its indicators are) -------------------------

    static Outcome all(Collection<Outcome> outcomes) {
        if (outcomes.contains(NOT_MET)) {
            return NOT_MET;
        }
        return outcomes.contains(UNDETERMINED) ? UNDETERMINED : MET;
    }

    private static LevelOutcome level(Map<Integer, Map<String, Outcome>> byCriterion) {
        Map<Integer, Outcome> criteria = new LinkedHashMap<>();
        Map<String, Outcome> indicators = new LinkedHashMap<>();
        byCriterion.forEach((n, inds) -> {
            criteria.put(n, all(inds.values()));
            indicators.putAll(inds);
        });
        return new LevelOutcome(all(criteria.values()), criteria, indicators);
    }

    /**
     * Art. 13.1, 18.1: the level whose criteria are all met; level 2 first, as it is the higher; not determined while
     * the missing data could still give that level.
     */
    private static ReferenceResult result(Map<Level, LevelOutcome> levels) {
        Outcome one = levels.get(Level.LEVEL_1).outcome();
        Outcome two = levels.get(Level.LEVEL_2).outcome();
        Verdict verdict = two == MET ? Verdict.LEVEL_2
                : two == UNDETERMINED ? Verdict.NOT_DETERMINED
                : one == MET ? Verdict.LEVEL_1
                : one == UNDETERMINED ? Verdict.NOT_DETERMINED
                : Verdict.NOT_RECOGNISED;
        return new ReferenceResult(verdict, levels);
    }
}
