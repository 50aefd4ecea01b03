package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.validatedList;

import java.util.List;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.ProvinceEvaluationRequest;

/**
 * A province with its districts: the roll-up evaluates every district and counts them into the province's criterion
 * 4.1 (TT 25/2023 Art. 16.4.a, 17.4.a).
 *
 * @param province  the province's request; its {@code districts} counts must be left out, since the roll-up computes
 *                  them
 * @param districts every district of the province, once each; when the province lists its district codes, exactly
 *                  those
 */
public record ProvinceTree(ProvinceEvaluationRequest province, List<DistrictTree> districts) {
    public ProvinceTree {
        required(province, "province");
        districts = validatedList(districts, "districts", d -> d);
        if (province.districts() != null) {
            throw new InvalidInputException("province.districts", "bỏ trống: số huyện được công nhận được tính từ kết"
                    + " quả của các huyện / leave out: the counts come from the districts' results");
        }
        if (districts.isEmpty()) {
            throw new InvalidInputException("districts", "cần ít nhất một huyện / at least one district");
        }
        RollUpChecks.sameYear(districts.stream().map(d -> d.district().evaluationYear()).toList(),
                province.evaluationYear(), "districts", "district.evaluationYear");
        RollUpChecks.exactly(districts.stream().map(DistrictTree::code).toList(),
                province.province().districtCodes(), "districts", "district.district.unit.code",
                "province.districtCodes");
    }
}
