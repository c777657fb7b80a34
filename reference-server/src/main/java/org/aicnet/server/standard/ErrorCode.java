package org.aicnet.server.standard;

import org.aicnet.server.http.ApiException;

/**
 * Table B.1: every error a client can receive, with its HTTP status and business code. Every error response of the
 * server is built from one of these; the code 0101 appears twice in B.1, told apart by status (reading R-0101-twice).
 */
public enum ErrorCode {
    SCHEDULER_FAILURE(500, "0100", "scheduler service failure"),
    AUTHENTICATION_FAILED(401, "0101", "authentication failed"),
    TOKEN_EXPIRED(401, "0102", "token expired"),
    ACCOUNT_FROZEN(401, "0103", "account frozen"),
    PARAMETER_TYPE(400, "0201", "parameter of the wrong type"),
    PARAMETER_VALUE(400, "0202", "illegal parameter value"),
    PARAMETER_MISSING(400, "0203", "missing parameter"),
    PARAMETER_RANGE(400, "0204", "parameter value out of the allowed range"),
    JOB_NAME_CHARACTERS(400, "0205", "job name contains illegal characters"),
    JOB_NAME_LENGTH(400, "0206", "job name length out of range"),
    JOB_DESC_LENGTH(400, "0207", "job description length out of range"),
    JOB_NAME_EXISTS(400, "0208", "job name already exists"),
    CENTER_UNAVAILABLE(400, "0210", "the given computing center is not available"),
    SPEC_UNAVAILABLE(400, "0211", "the given resource spec is not available"),
    IMAGE_MISSING(400, "0220", "no job image given"),
    IMAGE_UNAVAILABLE(400, "0221", "image id not available"),
    TIME_RANGE(400, "0230", "start time later than end time"),
    JOB_NOT_FOUND(400, "0240", "training job does not exist"),
    TASK_NOT_FOUND(400, "0241", "training task id does not exist"),
    ADAPTER_FAILURE(500, "0101", "adapter service failure");

    private final int httpStatus;
    private final String code;
    private final String meaning;

    ErrorCode(int httpStatus, String code, String meaning) {
        this.httpStatus = httpStatus;
        this.code = code;
        this.meaning = meaning;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The error as an exception a handler throws; {@code detail} tells the client what exactly was wrong. */
    public ApiException exception(String detail) {
        return new ApiException(this, detail);
    }

    /**
     * The error with another HTTP status than B.1's, where a reading says so: a refused log link is 403 with 0101 or
     * 0102 (reading R-log-link), a job's service that is not running answers 503.
     */
    public ApiException exception(int httpStatus, String detail) {
        return new ApiException(this, detail, httpStatus);
    }
}
