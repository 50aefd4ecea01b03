package vn.hoctap.rules.tt25;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.request.CitizenCounts;
import vn.hoctap.model.request.CommuneAttestations;
import vn.hoctap.model.request.CommuneEvaluationRequest;
import vn.hoctap.model.request.CommuneInput;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.LiteracyFigures;
import vn.hoctap.model.request.LowerSecondaryFigures;
import vn.hoctap.model.request.PreschoolFigures;
import vn.hoctap.model.request.PrimaryFigures;
import vn.hoctap.model.request.RecognisedStandard;
import vn.hoctap.model.request.RecognisedUniversalEducation;
import vn.hoctap.model.request.UniversalEducation;
import vn.hoctap.model.request.UniversalEducationFigures;
import vn.hoctap.model.request.UniversalEducationLevel;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.AdministrativeUnit;
import vn.hoctap.model.subject.Commune;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.rules.Evaluator;

/**
 * A commune request for the TT 25 tests, built from one that meets every indicator at both levels (with evidence for
 * everything) and changed one field at a time.
 */
final class CommuneRequests {
    static final Evaluator EVALUATOR = Evaluator.national();

    int year = 2024;
    LocalDate referenceDate;
    Boolean disadvantaged = false;
    Boolean especiallyDifficult = false;
    List<Recognition> recognitions = new ArrayList<>();
    CitizenCounts citizens = new CitizenCounts(1000, 800, 600, 150);
    CommuneAttestations attestations = CommuneAttestations.all(true);
    UniversalEducation universalEducation = UniversalEducation.recognised(topRecognised());
    Map<String, List<Evidence>> evidence = allEvidence();

    /** Met at both levels: NĐ 20 primary and lower secondary at level 3, literacy at level 2, preschool met. */
    static RecognisedUniversalEducation topRecognised() {
        return new RecognisedUniversalEducation(RecognisedStandard.of(UniversalEducationLevel.MET),
                RecognisedStandard.of(UniversalEducationLevel.LEVEL_3),
                RecognisedStandard.of(UniversalEducationLevel.LEVEL_3),
                RecognisedStandard.of(UniversalEducationLevel.LEVEL_2));
    }

    /** Figures meeting every condition of every level, ordinary or especially difficult commune alike. */
    static UniversalEducationFigures topFigures() {
        return new UniversalEducationFigures(new PreschoolFigures(100, 100, 100),
                new PrimaryFigures(100, 100, 400, 400, 100, 100, 0),
                new LowerSecondaryFigures(400, 400, 400),
                new LiteracyFigures(1000, 1000, 2000, 2000, 2000, 4000, 4000));
    }

    /** Evidence for every input a rule reads (not for the two flags). */
    static Map<String, List<Evidence>> allEvidence() {
        Map<String, List<Evidence>> m = new LinkedHashMap<>();
        for (CommuneInput i : CommuneInput.values()) {
            if (i.kind() != CommuneInput.Kind.COMMUNE_FLAG) {
                m.put(i.jsonName(), List.of(Evidence.of("Hồ sơ " + i.jsonName())));
            }
        }
        return m;
    }

    CommuneRequests figures(UniversalEducationFigures figures) {
        universalEducation = UniversalEducation.fromFigures(figures);
        return this;
    }

    CommuneRequests withoutEvidence(CommuneInput input) {
        evidence = new LinkedHashMap<>(evidence);
        evidence.remove(input.jsonName());
        return this;
    }

    static Commune commune(Boolean disadvantaged, Boolean especiallyDifficult, List<Recognition> recognitions) {
        return new Commune(new AdministrativeUnit("07654", "Xã Tân Lập", AdministrativeTier.COMMUNE, "210", null, null),
                disadvantaged, especiallyDifficult, recognitions);
    }

    CommuneEvaluationRequest build() {
        return new CommuneEvaluationRequest(year, referenceDate, commune(disadvantaged, especiallyDifficult,
                recognitions), citizens, attestations, universalEducation, evidence);
    }

    Assessment evaluate() {
        return EVALUATOR.evaluate(build());
    }

    static IndicatorResult indicator(Assessment a, String id, Level level) {
        return a.indicator(id, level).orElseThrow(() -> new AssertionError(id + " at " + level + " not judged"));
    }
}
