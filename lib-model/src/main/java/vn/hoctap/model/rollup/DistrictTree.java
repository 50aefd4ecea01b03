package vn.hoctap.model.rollup;

import static vn.hoctap.model.Checks.required;
import static vn.hoctap.model.Checks.validatedList;

import java.util.List;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.DistrictEvaluationRequest;

/**
 * A district with its communes: the roll-up evaluates every commune and counts them into the district's criterion 4.1
 * (TT 25/2023 Art. 11.4.a, 12.4.a).
 *
 * @param district the district's request; its {@code communes} counts must be left out, since the roll-up computes
 *                 them
 * @param communes every commune of the district, once each; when the district lists its commune codes, exactly those,
 *                 so that the share is taken over all of them
 */
public record DistrictTree(DistrictEvaluationRequest district, List<CommuneTree> communes) {
    public DistrictTree {
        required(district, "district");
        communes = validatedList(communes, "communes", c -> c);
        if (district.communes() != null) {
            throw new InvalidInputException("district.communes", "bỏ trống: số xã được công nhận được tính từ kết quả"
                    + " của các xã / leave out: the counts come from the communes' results");
        }
        if (communes.isEmpty()) {
            throw new InvalidInputException("communes", "cần ít nhất một xã / at least one commune");
        }
        RollUpChecks.sameYear(communes.stream().map(c -> c.commune().evaluationYear()).toList(),
                district.evaluationYear(), "communes", "commune.evaluationYear");
        RollUpChecks.exactly(communes.stream().map(CommuneTree::code).toList(),
                district.district().communeCodes(), "communes", "commune.commune.unit.code", "district.communeCodes");
    }

    /** The district's code, by which a province lists it. */
    public String code() {
        return district.district().unit().code();
    }
}
