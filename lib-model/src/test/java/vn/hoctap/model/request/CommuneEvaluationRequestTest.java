package vn.hoctap.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.HoctapJson;

/**
 * A "Cộng đồng học tập" cấp xã request is read strictly: a malformed or inconsistent document is refused with the
 * JSON path of the offending field and what is wrong; a valid one survives a round trip.
 */
class CommuneEvaluationRequestTest {
    private static final String VALID = """
            {
              "evaluationYear": 2024,
              "commune": {
                "unit": { "code": "07654", "name": "Xã Tân Lập", "tier": "COMMUNE", "parentCode": "210" },
                "disadvantaged": false,
                "especiallyDifficult": false
              },
              "citizens": { "total": 5200, "learningCitizen": 3400, "professionallyTrained": 2700, "universityDegree": 700 },
              "attestations": { "awarenessRaising": true, "stateBudget": false },
              "universalEducation": {
                "recognised": {
                  "preschool5": { "status": "MET" },
                  "primary": { "status": "LEVEL_3", "decisionNumber": "95/QĐ-UBND", "decisionDate": "2024-12-20" },
                  "lowerSecondary": { "status": "LEVEL_2" },
                  "literacy": { "status": "LEVEL_2" }
                }
              },
              "evidence": { "awarenessRaising": [ { "reference": "Kế hoạch số 12/KH-UBND ngày 10/01/2024" } ] }
            }
            """;

    private static final String FIGURES = """
            {
              "evaluationYear": 2024,
              "commune": { "unit": { "code": "07654", "name": "Xã Tân Lập", "tier": "COMMUNE", "parentCode": "210" } },
              "universalEducation": {
                "figures": {
                  "preschool5": { "children": 100, "attending": 98, "completedProgramme": 97 },
                  "primary": { "childrenAged6": 110, "enteredGrade1": 110, "childrenUpTo14": 420,
                               "completedUpTo14": 400, "childrenAged11": 105, "completedAged11": 100,
                               "inPrimaryAged11": 5 },
                  "lowerSecondary": { "youthAged15To18": 400, "graduated": 390, "studying": 350 },
                  "literacy": { "peopleAged15To25": 900, "literateLevel1Aged15To25": 899, "peopleAged15To35": 1800,
                                "literateLevel1Aged15To35": 1790, "literateLevel2Aged15To35": 1700,
                                "peopleAged15To60": 3500, "literateLevel2Aged15To60": 3300 }
                }
              }
            }
            """;

    private static String replace(String json, String from, String to) {
        if (!json.contains(from)) {
            throw new IllegalArgumentException("fixture does not contain " + from);
        }
        return json.replace(from, to);
    }

    @Test
    void validDocumentsAreReadAndSurviveARoundTrip() {
        CommuneEvaluationRequest r = HoctapJson.read(VALID, CommuneEvaluationRequest.class);
        assertEquals(5200, r.citizens().total());
        assertEquals(UniversalEducationLevel.LEVEL_3, r.recognised().orElseThrow().primary().status());
        assertEquals(LocalDate.of(2024, 12, 31), r.effectiveReferenceDate());
        assertEquals(r, HoctapJson.read(HoctapJson.write(r), CommuneEvaluationRequest.class));
        CommuneEvaluationRequest f = HoctapJson.read(FIGURES, CommuneEvaluationRequest.class);
        assertEquals(5, f.figures().orElseThrow().primary().inPrimaryAged11());
        assertEquals(f, HoctapJson.read(HoctapJson.write(f), CommuneEvaluationRequest.class));
        assertTrue(f.recognised().isEmpty());
    }

    /** NĐ 20 Art. 20.1, 21.1: a wider band may hold exactly the inner band's count plus everyone in the rest of it. */
    @Test
    void nestedLiteracyBandsAreAcceptedUpToTheirBound() {
        String atBound = replace(replace(FIGURES, "\"literateLevel2Aged15To60\": 3300", "\"literateLevel2Aged15To60\": 3400"),
                "\"literateLevel1Aged15To25\": 899", "\"literateLevel1Aged15To25\": 890");
        LiteracyFigures l = HoctapJson.read(atBound, CommuneEvaluationRequest.class).figures().orElseThrow().literacy();
        assertEquals(3400, l.literateLevel2Aged15To60());
        assertEquals(890, l.literateLevel1Aged15To25());
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                Arguments.of(replace(VALID, "\"learningCitizen\": 3400", "\"learningCitizen\": -1"),
                        "$.citizens.learningCitizen", "âm"),
                Arguments.of(replace(VALID, "\"learningCitizen\": 3400", "\"learningCitizen\": 5201"),
                        "$.citizens.learningCitizen", "exceeds total"),
                Arguments.of(replace(VALID, "\"universityDegree\": 700", "\"universityDegree\": 2701"),
                        "$.citizens.universityDegree", "professionallyTrained"),
                Arguments.of(replace(VALID, "\"total\": 5200", "\"total\": 0"), "$.citizens.total", "at least 1"),
                Arguments.of(replace(VALID, "\"total\": 5200", "\"total\": \"5200\""), "$.citizens.total",
                        "wrong type"),
                Arguments.of(replace(VALID, "\"awarenessRaising\": true", "\"awarenessRaising\": \"yes\""),
                        "$.attestations.awarenessRaising", "wrong type"),
                Arguments.of(replace(VALID, "\"literacy\": { \"status\": \"LEVEL_2\" }",
                        "\"literacy\": { \"status\": \"LEVEL_3\" }"), "$.universalEducation.recognised.literacy.status",
                        "not a step of literacy"),
                Arguments.of(replace(VALID, "\"preschool5\": { \"status\": \"MET\" }",
                        "\"preschool5\": { \"status\": \"LEVEL_1\" }"),
                        "$.universalEducation.recognised.preschool5.status", "not a step"),
                Arguments.of(replace(VALID, "\"status\": \"LEVEL_3\"", "\"status\": \"LEVEL_4\""),
                        "$.universalEducation.recognised.primary.status", "expected one of"),
                Arguments.of(replace(VALID, "\"decisionNumber\": \"95/QĐ-UBND\"", "\"decisionNumber\": \" \""),
                        "$.universalEducation.recognised.primary.decisionNumber", "blank"),
                Arguments.of(replace(VALID, "\"recognised\": {", "\"figures\": {}, \"recognised\": {"),
                        "$.universalEducation.figures", "not both"),
                Arguments.of(replace(VALID, "\"evidence\": { \"awarenessRaising\"", "\"evidence\": { \"awareness\""),
                        "$.evidence.awareness", "no input has this name"),
                Arguments.of(replace(VALID, "\"disadvantaged\": false", "\"disadvantaged\": \"sometimes\""),
                        "$.commune.disadvantaged", "wrong type"),
                Arguments.of(replace(VALID, "\"tier\": \"COMMUNE\"", "\"tier\": \"DISTRICT\""),
                        "$.commune.unit.tier", "COMMUNE"),
                Arguments.of(replace(VALID, "\"citizens\"", "\"citizen\""), "$.citizen", "unknown field 'citizen'"),
                Arguments.of(replace(VALID, "\"evaluationYear\": 2024,", ""), "$.evaluationYear", "required"),
                Arguments.of(replace(VALID, "\"evaluationYear\": 2024,", "\"evaluationYear\": 2024,"
                        + " \"referenceDate\": \"2023-12-31\","), "$.referenceDate", "evaluation year"),
                Arguments.of(replace(FIGURES, "\"inPrimaryAged11\": 5", "\"inPrimaryAged11\": 6"),
                        "$.universalEducation.figures.primary.inPrimaryAged11", "different children"),
                Arguments.of(replace(FIGURES, "\"attending\": 98", "\"attending\": 101"),
                        "$.universalEducation.figures.preschool5.attending", "exceeds children"),
                Arguments.of(replace(FIGURES, "\"children\": 100", "\"children\": 0"),
                        "$.universalEducation.figures.preschool5.children", "at least 1"),
                Arguments.of(replace(FIGURES, "\"studying\": 350", "\"studying\": 401"),
                        "$.universalEducation.figures.lowerSecondary.studying", "exceeds youthAged15To18"),
                Arguments.of(replace(FIGURES, "\"literateLevel2Aged15To35\": 1700", "\"literateLevel2Aged15To35\": 1791"),
                        "$.universalEducation.figures.literacy.literateLevel2Aged15To35", "level 1 too"),
                Arguments.of(replace(FIGURES, "\"peopleAged15To25\": 900", "\"peopleAged15To25\": 1801"),
                        "$.universalEducation.figures.literacy.peopleAged15To25", "within 15-35"),
                // NĐ 20 Art. 21.1 bands: 1700 at level 2 aged 15-35 plus all 1700 aged 36-60 is at most 3400.
                Arguments.of(replace(FIGURES, "\"literateLevel2Aged15To60\": 3300", "\"literateLevel2Aged15To60\": 3401"),
                        "$.universalEducation.figures.literacy.literateLevel2Aged15To60",
                        "exceeds literateLevel2Aged15To35 (1700) plus everyone aged 36-60 (1700) = 3400"),
                Arguments.of(replace(FIGURES, "\"literateLevel2Aged15To60\": 3300", "\"literateLevel2Aged15To60\": 1699"),
                        "$.universalEducation.figures.literacy.literateLevel2Aged15To35", "ages 15-35 are within"),
                // Art. 20.1 bands: 899 at level 1 aged 15-25 plus all 900 aged 26-35 is at most 1799.
                Arguments.of(replace(FIGURES, "\"peopleAged15To25\": 900, \"literateLevel1Aged15To25\": 899",
                        "\"peopleAged15To25\": 900, \"literateLevel1Aged15To25\": 880"),
                        "$.universalEducation.figures.literacy.literateLevel1Aged15To35",
                        "exceeds literateLevel1Aged15To25 (880) plus everyone aged 26-35 (900) = 1780"),
                Arguments.of(replace(FIGURES, "\"completedUpTo14\": 400", "\"completedUpTo14\": 400.5"),
                        "$.universalEducation.figures.primary.completedUpTo14", "invalid value '400.5'"),
                Arguments.of(replace(FIGURES, "\"graduated\": 390", "\"graduates\": 390"),
                        "$.universalEducation.figures.lowerSecondary.graduates", "unknown field 'graduates'"));
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void anInvalidDocumentIsRefusedNamingThePath(String json, String path, String problem) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HoctapJson.read(json, CommuneEvaluationRequest.class));
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.problem());
    }

    @Test
    void withCitizensReplacesOnlyTheCounts() {
        CommuneEvaluationRequest r = HoctapJson.read(VALID, CommuneEvaluationRequest.class);
        CitizenCounts counted = new CitizenCounts(4000, 3000, 2000, 500);
        CommuneEvaluationRequest copy = r.withCitizens(counted);
        assertEquals(counted, copy.citizens());
        assertEquals(new CommuneEvaluationRequest(r.evaluationYear(), r.referenceDate(), r.commune(), counted,
                r.attestations(), r.universalEducation(), r.evidence()), copy);
        assertNull(r.withCitizens(null).citizens());
    }

    /** A decision number counts as evidence of the recognised status it decides, besides the evidence map. */
    @Test
    void theRecognisingDecisionIsEvidence() {
        CommuneEvaluationRequest r = HoctapJson.read(VALID, CommuneEvaluationRequest.class);
        List<Evidence> primary = r.evidenceFor(CommuneInput.PRIMARY_RECOGNISED);
        assertEquals(1, primary.size());
        assertEquals("Quyết định số 95/QĐ-UBND ngày 20/12/2024", primary.get(0).reference());
        assertEquals(List.of(), r.evidenceFor(CommuneInput.LITERACY_RECOGNISED));
        assertEquals(1, r.evidenceFor(CommuneInput.AWARENESS_RAISING).size());
    }

    @Test
    void countsMayBeLeftOutButNeverContradictEachOther() {
        assertEquals(new CitizenCounts(null, 5, 3, 2), new CitizenCounts(null, 5, 3, 2));
        assertThrows(InvalidInputException.class, () -> new CitizenCounts(null, null, 2, 3));
        assertEquals(null, new PrimaryFigures(null, 5, null, null, 3, null, 3).completedAged11());
    }

    @Test
    void everyInputHasADistinctJsonNameAndBothLanguages() {
        for (CommuneInput i : CommuneInput.values()) {
            assertEquals(i, CommuneInput.fromJsonName(i.jsonName()).orElseThrow());
            assertTrue(!i.descriptionVi().isBlank() && !i.descriptionEn().isBlank(), i.name());
        }
        assertEquals("công dân trong xã", CommuneInput.CITIZENS_UNIVERSITY_DEGREE.populationVi());
        assertThrows(UnsupportedOperationException.class, CommuneInput.AWARENESS_RAISING::populationVi);
        assertEquals(UniversalEducationStandard.LITERACY.scale(), CommuneInput.LITERACY_FIGURES.scale());
    }
}
