package vn.hoctap.model.json;

import static vn.hoctap.model.Checks.required;

import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.request.EvaluationRequest;
import vn.hoctap.model.request.RequestKind;

/**
 * A request together with the name of its kind: the one format in which requests of mixed kinds travel (a line of a
 * JSON Lines stream, a batch sent over HTTP, the {@code kind} and {@code request} of a case file).
 *
 * <pre>{@code
 * {"kind": "commune", "id": "row-17", "request": {"evaluationYear": 2024, "commune": {...}, ...}}
 * }</pre>
 *
 * <p>{@code kind} is one of {@link RequestKind#jsonNames()}; {@code request} is the request exactly as it would be
 * sent alone; {@code id} (optional) is the caller's own reference, echoed in every answer so that answers can be
 * matched to lines; {@code in} (optional) names the subject this one belongs to, for roll-ups. Read it with
 * {@link RequestEnvelopes}.
 *
 * @param id      the caller's reference, or {@code null}
 * @param kind    the kind of request
 * @param request the request, of the type {@code kind} names
 * @param in      the enclosing subject in a roll-up, or {@code null}
 */
public record RequestEnvelope(String id, RequestKind kind, EvaluationRequest request, Parent in) {
    public RequestEnvelope {
        required(kind, "kind");
        required(request, "request");
        if (request.kind() != kind) {
            throw new InvalidInputException("kind", "loại '" + kind.jsonName() + "' không khớp với yêu cầu loại '"
                    + request.kind().jsonName() + "' / kind '" + kind.jsonName() + "' does not match a request of kind '"
                    + request.kind().jsonName() + "'");
        }
    }

    /** A request without a caller id or an enclosing subject. */
    public static RequestEnvelope of(EvaluationRequest request) {
        return new RequestEnvelope(null, request.kind(), request, null);
    }

    /**
     * The subject an envelope's subject belongs to, in a roll-up: a person or an organisation in a commune
     * ({@code {"kind": "commune", "id": "<commune code>"}}), or a member of an organisation
     * ({@code {"kind": "unit", "id": "<unit id>"}}). Communes and districts name their parent in their own request
     * ({@code parentCode}), so they need none.
     *
     * @param kind the enclosing subject's kind
     * @param id   its code (commune, district) or id (unit)
     */
    public record Parent(RequestKind kind, String id) {
        public Parent {
            required(kind, "kind");
            vn.hoctap.model.Checks.requiredText(id, "id");
        }
    }
}
