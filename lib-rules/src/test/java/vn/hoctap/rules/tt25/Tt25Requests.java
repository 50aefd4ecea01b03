package vn.hoctap.rules.tt25;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hoctap.model.request.DistrictAttestations;
import vn.hoctap.model.request.DistrictEvaluationRequest;
import vn.hoctap.model.request.DistrictInput;
import vn.hoctap.model.request.Evidence;
import vn.hoctap.model.request.ProvinceAttestations;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.request.ProvinceInput;
import vn.hoctap.model.request.RecognitionCounts;
import vn.hoctap.model.request.YearOnYear;
import vn.hoctap.model.result.Assessment;
import vn.hoctap.model.result.IndicatorResult;
import vn.hoctap.model.subject.AdministrativeTier;
import vn.hoctap.model.subject.AdministrativeUnit;
import vn.hoctap.model.subject.District;
import vn.hoctap.model.subject.Level;
import vn.hoctap.model.subject.Province;
import vn.hoctap.model.subject.Recognition;
import vn.hoctap.model.subject.Title;
import vn.hoctap.rules.Evaluator;

/**
 * Test fixtures: a district and a province that meet every TT 25/2023 indicator at level 2, and builders that
 * change one thing at a time. Defaults: evaluation year 2024 (TT 25 in force since 12/02/2024, district tier still
 * existing); every statement true with one piece of evidence; every subordinate unit recognised at level 2; figures
 * that rise (income, employment, GRDP) or fall (poverty) from 2023 to 2024; 6 museum and 5 radio-TV programmes; a
 * province that runs a university. The builders are mutable; {@code build()} may be called several times.
 */
final class Tt25Requests {
    /** One evaluator for the whole test run: building it loads the rule bases (about a second). */
    static final Evaluator EVALUATOR = Evaluator.national();

    private Tt25Requests() {
    }

    static IndicatorResult indicator(Assessment a, String id, Level level) {
        return a.indicator(id, level).orElseThrow(() -> new AssertionError("no result for " + id + " at " + level));
    }

    static Recognition recognition(Level level, int year, LocalDate decided) {
        return new Recognition(Title.LEARNING_COMMUNITY, null, level, year, decided, "15/QĐ");
    }

    /** Builds district requests. */
    static final class DistrictBuilder {
        private int evaluationYear = 2024;
        private LocalDate referenceDate;
        private List<String> communeCodes = List.of();
        private final List<Recognition> recognitions = new ArrayList<>();
        private final Map<DistrictInput, Boolean> attestations = new EnumMap<>(DistrictInput.class);
        private RecognitionCounts communes = new RecognitionCounts(20, 0, 20);
        private YearOnYear income = YearOnYear.of("60.5", "65.2");
        private YearOnYear employment = YearOnYear.of("67.5", "68.1");
        private boolean evidence = true;

        DistrictBuilder() {
            for (DistrictInput i : DistrictInput.values()) {
                if (i.kind() == DistrictInput.Kind.ATTESTATION) {
                    attestations.put(i, true);
                }
            }
        }

        DistrictBuilder year(int year) {
            this.evaluationYear = year;
            return this;
        }

        DistrictBuilder referenceDate(LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        DistrictBuilder communeCodes(List<String> codes) {
            this.communeCodes = codes;
            return this;
        }

        DistrictBuilder recognition(Recognition r) {
            recognitions.add(r);
            return this;
        }

        DistrictBuilder states(DistrictInput input, Boolean value) {
            attestations.put(input, value);
            return this;
        }

        DistrictBuilder communes(RecognitionCounts counts) {
            this.communes = counts;
            return this;
        }

        DistrictBuilder communes(Integer total, Integer level1, Integer level2) {
            return communes(new RecognitionCounts(total, level1, level2));
        }

        DistrictBuilder income(YearOnYear figures) {
            this.income = figures;
            return this;
        }

        DistrictBuilder employment(YearOnYear figures) {
            this.employment = figures;
            return this;
        }

        DistrictBuilder withoutEvidence() {
            this.evidence = false;
            return this;
        }

        DistrictEvaluationRequest build() {
            District district = new District(new AdministrativeUnit("271", "Huyện Đan Phượng",
                    AdministrativeTier.DISTRICT, "01", null, null), communeCodes, recognitions);
            Map<String, List<Evidence>> ev = new LinkedHashMap<>();
            if (evidence) {
                for (DistrictInput i : DistrictInput.values()) {
                    ev.put(i.jsonName(), List.of(Evidence.of("Báo cáo số 12/BC-UBND, mục " + i.jsonName())));
                }
            }
            DistrictAttestations a = new DistrictAttestations(attestations.get(DistrictInput.AWARENESS),
                    attestations.get(DistrictInput.PROGRAMMES_AND_GUIDANCE),
                    attestations.get(DistrictInput.LIFELONG_LEARNING_WEEK), attestations.get(DistrictInput.STATE_BUDGET),
                    attestations.get(DistrictInput.SOCIAL_RESOURCES),
                    attestations.get(DistrictInput.POLICIES_CARRIED_OUT),
                    attestations.get(DistrictInput.DIGITAL_SERVICES), attestations.get(DistrictInput.SCHOOLS_DIGITAL),
                    attestations.get(DistrictInput.PUBLIC_LIBRARY), attestations.get(DistrictInput.CULTURE_CENTRE));
            return new DistrictEvaluationRequest(evaluationYear, referenceDate, district, a, communes, income,
                    employment, ev);
        }

        Assessment evaluate() {
            return EVALUATOR.evaluate(build());
        }
    }

    /** Builds province requests. */
    static final class ProvinceBuilder {
        private int evaluationYear = 2024;
        private LocalDate referenceDate;
        private List<String> districtCodes = List.of();
        private final List<Recognition> recognitions = new ArrayList<>();
        private Boolean provincialUniversity = true;
        private final Map<ProvinceInput, Boolean> attestations = new EnumMap<>(ProvinceInput.class);
        private RecognitionCounts districts = new RecognitionCounts(8, 0, 8);
        private Integer museum = 6;
        private Integer radioTv = 5;
        private YearOnYear poverty = YearOnYear.of("3.1", "2.4");
        private YearOnYear grdp = YearOnYear.of("80150.5", "86342.0");
        private boolean evidence = true;

        ProvinceBuilder() {
            for (ProvinceInput i : ProvinceInput.values()) {
                if (i.kind() == ProvinceInput.Kind.ATTESTATION) {
                    attestations.put(i, true);
                }
            }
        }

        ProvinceBuilder year(int year) {
            this.evaluationYear = year;
            return this;
        }

        ProvinceBuilder referenceDate(LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        ProvinceBuilder districtCodes(List<String> codes) {
            this.districtCodes = codes;
            return this;
        }

        ProvinceBuilder recognition(Recognition r) {
            recognitions.add(r);
            return this;
        }

        ProvinceBuilder provincialUniversity(Boolean runsOne) {
            this.provincialUniversity = runsOne;
            return this;
        }

        ProvinceBuilder states(ProvinceInput input, Boolean value) {
            attestations.put(input, value);
            return this;
        }

        ProvinceBuilder districts(RecognitionCounts counts) {
            this.districts = counts;
            return this;
        }

        ProvinceBuilder districts(Integer total, Integer level1, Integer level2) {
            return districts(new RecognitionCounts(total, level1, level2));
        }

        ProvinceBuilder museumProgrammes(Integer n) {
            this.museum = n;
            return this;
        }

        ProvinceBuilder radioTvProgrammes(Integer n) {
            this.radioTv = n;
            return this;
        }

        ProvinceBuilder poverty(YearOnYear figures) {
            this.poverty = figures;
            return this;
        }

        ProvinceBuilder grdp(YearOnYear figures) {
            this.grdp = figures;
            return this;
        }

        ProvinceBuilder withoutEvidence() {
            this.evidence = false;
            return this;
        }

        ProvinceEvaluationRequest build() {
            Province province = new Province(new AdministrativeUnit("37", "Tỉnh Ninh Bình", AdministrativeTier.PROVINCE,
                    null, null, null), districtCodes, List.of(), recognitions);
            Map<String, List<Evidence>> ev = new LinkedHashMap<>();
            if (evidence) {
                for (ProvinceInput i : ProvinceInput.values()) {
                    ev.put(i.jsonName(), List.of(Evidence.of("Báo cáo số 45/BC-UBND, mục " + i.jsonName())));
                }
            }
            ProvinceAttestations a = new ProvinceAttestations(attestations.get(ProvinceInput.AWARENESS),
                    attestations.get(ProvinceInput.PROGRAMMES_AND_GUIDANCE),
                    attestations.get(ProvinceInput.EMULATION_MOVEMENT), attestations.get(ProvinceInput.STATE_BUDGET),
                    attestations.get(ProvinceInput.CENTRAL_POLICIES), attestations.get(ProvinceInput.LOCAL_POLICIES),
                    attestations.get(ProvinceInput.INTERNATIONAL_COOPERATION),
                    attestations.get(ProvinceInput.DIGITAL_SERVICES),
                    attestations.get(ProvinceInput.UNIVERSITY_DIGITAL), attestations.get(ProvinceInput.SCHOOLS_DIGITAL),
                    attestations.get(ProvinceInput.PUBLIC_LIBRARY),
                    attestations.get(ProvinceInput.RADIO_TV_OPEN_RESOURCES));
            return new ProvinceEvaluationRequest(evaluationYear, referenceDate, province, provincialUniversity, a,
                    districts, museum, radioTv, poverty, grdp, ev);
        }

        Assessment evaluate() {
            return EVALUATOR.evaluate(build());
        }
    }

    static DistrictBuilder district() {
        return new DistrictBuilder();
    }

    static ProvinceBuilder province() {
        return new ProvinceBuilder();
    }

    static YearOnYear figures(String previous, String current) {
        return new YearOnYear(previous == null ? null : new BigDecimal(previous),
                current == null ? null : new BigDecimal(current));
    }
}
