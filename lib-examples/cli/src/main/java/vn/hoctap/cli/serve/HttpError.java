package vn.hoctap.cli.serve;

import vn.hoctap.cli.common.ErrorBody;

/** An HTTP refusal: its status and the error body sent with it. */
final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final transient ErrorBody body;

    HttpError(int status, ErrorBody body) {
        super(body.code(), null, false, false);
        this.status = status;
        this.body = body;
    }

    static HttpError of(int status, String code, String vi, String en) {
        return new HttpError(status, new ErrorBody(code, "$", vi, en));
    }
}
