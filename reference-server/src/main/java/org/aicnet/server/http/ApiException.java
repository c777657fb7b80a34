package org.aicnet.server.http;

import org.aicnet.server.standard.ErrorCode;

/** An error answered to the client as the error body of the product readings: {@code {"errorCode", "errorMsg"}}. */
public final class ApiException extends RuntimeException {

    private final ErrorCode errorCode;

    public ApiException(ErrorCode errorCode, String detail) {
        super(detail, null, false, false);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The errorMsg of the body: the code's meaning and what exactly was wrong. */
    public String errorMsg() {
        String detail = getMessage();
        return detail == null || detail.isBlank() ? errorCode.meaning() : errorCode.meaning() + ": " + detail;
    }
}
