package org.aicnet.server.http;

import org.aicnet.schemas.standard.ErrorCode;

/** An error answered to the client as the error body of the product readings: {@code {"errorCode", "errorMsg"}}. */
public final class ApiException extends RuntimeException {

    private final ErrorCode errorCode;
    private final int httpStatus;

    public ApiException(ErrorCode errorCode, String detail) {
        this(errorCode, detail, errorCode.httpStatus());
    }

    /** An error answered with another HTTP status than table B.1's, where a reading says so. */
    public ApiException(ErrorCode errorCode, String detail, int httpStatus) {
        super(detail, null, false, false);
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
    }

    /** The error of the row of B.1 as a handler throws it; {@code detail} tells the client what exactly was wrong. */
    public static ApiException of(ErrorCode errorCode, String detail) {
        return new ApiException(errorCode, detail);
    }

    /**
     * The error with another HTTP status than B.1's, where a reading says so: a refused log link is 403 with 0101 or
     * 0102 (reading R-log-link), a job's service that is not running answers 503.
     */
    public static ApiException of(ErrorCode errorCode, int httpStatus, String detail) {
        return new ApiException(errorCode, detail, httpStatus);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The errorMsg of the body: the code's meaning and what exactly was wrong. */
    public String errorMsg() {
        String detail = getMessage();
        return detail == null || detail.isBlank() ? errorCode.meaning() : errorCode.meaning() + ": " + detail;
    }
}
