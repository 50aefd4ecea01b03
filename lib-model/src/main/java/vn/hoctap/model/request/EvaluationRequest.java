package vn.hoctap.model.request;

import java.time.LocalDate;

/**
 * A request to evaluate one subject for one year: any of the nine kinds the library judges. Tools that take requests
 * of mixed kinds (a JSON Lines stream, a batch over HTTP, case files) read them through {@link RequestKind} and hand
 * them to {@code Evaluator.evaluate(EvaluationRequest)}.
 */
public sealed interface EvaluationRequest
        permits UnitEvaluationRequest, CommuneEvaluationRequest, DistrictEvaluationRequest,
        ProvinceEvaluationRequest, CitizenEvaluationRequest, HouseholdEvaluationRequest, ClanEvaluationRequest,
        HamletEvaluationRequest, GrassrootsUnitEvaluationRequest {

    /** The calendar year evaluated ("năm đánh giá"). */
    Integer evaluationYear();

    /** The date whose rules apply: the request's reference date if given, else 31 December of the evaluation year. */
    LocalDate effectiveReferenceDate();

    /** Which of the nine kinds this request is. */
    default RequestKind kind() {
        return RequestKind.of(this);
    }
}
