package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.validatedList;

import java.time.LocalDate;
import java.util.List;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.ProvinceEvaluationRequest;
import vn.hoctap.model.subject.AdministrativeTier;

/**
 * A province with its districts, or from the two-tier reform with its communes directly: the roll-up evaluates every
 * district and counts them into the province's criterion 4.1 (TT 25/2023 Art. 16.4.a, 17.4.a); communes directly
 * under the province (no district tier, from 01/07/2025) are evaluated and counted into the province request's
 * {@code communes}, which no national rule reads: criterion 4.1, which counts districts, is left to the rules
 * (undetermined after the reform, unless a pack replaces it, e.g. by a share of communes).
 *
 * @param province  the province's request; its {@code districts} counts must be left out, since the roll-up computes
 *                  them, and so must its {@code communes} counts when the tree gives the communes; in a tree of
 *                  districts, commune counts the request gives are read as given
 * @param districts every district of the province, once each; when the province lists its district codes, exactly
 *                  those; empty when {@code communes} is given
 * @param communes  every commune directly under the province, once each, for an evaluation year that ends after the
 *                  district tier was abolished; when the province lists its commune codes, exactly those; empty when
 *                  {@code districts} is given
 */
public record ProvinceTree(ProvinceEvaluationRequest province, List<DistrictTree> districts,
                           List<CommuneTree> communes) {
    public ProvinceTree {
        required(province, "province");
        districts = validatedList(districts, "districts", d -> d);
        communes = communes == null ? List.of() : validatedList(communes, "communes", c -> c);
        if (province.districts() != null) {
            throw new InvalidInputException("province.districts", "bỏ trống: số huyện được công nhận được tính từ kết"
                    + " quả của các huyện / leave out: the counts come from the districts' results");
        }
        if (districts.isEmpty() == communes.isEmpty()) {
            throw new InvalidInputException("districts", "cần các huyện hoặc (sau khi bỏ cấp huyện) các xã trực thuộc"
                    + " tỉnh, không cả hai / give the districts, or (after the district tier) the communes directly"
                    + " under the province, not both");
        }
        if (!communes.isEmpty()) {
            if (province.communes() != null) {
                throw new InvalidInputException("province.communes", "bỏ trống: số xã được công nhận được tính từ kết"
                        + " quả của các xã / leave out: the counts come from the communes' results");
            }
            LocalDate yearEnd = LocalDate.of(province.evaluationYear(), 12, 31);
            if (AdministrativeTier.DISTRICT.existsOn(yearEnd)) {
                throw new InvalidInputException("communes", "năm " + province.evaluationYear() + " còn cấp huyện:"
                        + " xã thuộc huyện, hãy khai các huyện / in " + province.evaluationYear() + " the district"
                        + " tier still exists: communes belong to districts, give the districts");
            }
            RollUpChecks.sameYear(communes.stream().map(c -> c.commune().evaluationYear()).toList(),
                    province.evaluationYear(), "communes", "commune.evaluationYear");
            RollUpChecks.exactly(communes.stream().map(CommuneTree::code).toList(),
                    province.province().communeCodes(), "communes", "commune.commune.unit.code",
                    "province.communeCodes");
        } else {
            RollUpChecks.sameYear(districts.stream().map(d -> d.district().evaluationYear()).toList(),
                    province.evaluationYear(), "districts", "district.evaluationYear");
            RollUpChecks.exactly(districts.stream().map(DistrictTree::code).toList(),
                    province.province().districtCodes(), "districts", "district.district.unit.code",
                    "province.districtCodes");
        }
    }

    /** A province with its districts. */
    public ProvinceTree(ProvinceEvaluationRequest province, List<DistrictTree> districts) {
        this(province, districts, List.of());
    }
}
