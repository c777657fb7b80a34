package org.aicnet.schemas.standard;

import java.util.Arrays;
import java.util.Optional;

/**
 * Table B.1: every error a client can receive, with its HTTP status and business code. Every error response of the
 * reference server is built from one of these, and the suite judges error answers by them; the code 0101 appears
 * twice in B.1, told apart by status (reading R-0101-twice).
 */
public enum ErrorCode {
    SCHEDULER_FAILURE(500, "0100", "scheduler service failure", "调度器服务异常"),
    AUTHENTICATION_FAILED(401, "0101", "authentication failed", "用户认证失败"),
    TOKEN_EXPIRED(401, "0102", "token expired", "token已过期"),
    ACCOUNT_FROZEN(401, "0103", "account frozen", "账号已冻结"),
    PARAMETER_TYPE(400, "0201", "parameter of the wrong type", "参数类型错误"),
    PARAMETER_VALUE(400, "0202", "illegal parameter value", "参数值不合法"),
    PARAMETER_MISSING(400, "0203", "missing parameter", "参数缺失"),
    PARAMETER_RANGE(400, "0204", "parameter value out of the allowed range", "参数值超出允许范围"),
    JOB_NAME_CHARACTERS(400, "0205", "job name contains illegal characters", "训练作业名称包含非法字符"),
    JOB_NAME_LENGTH(400, "0206", "job name length out of range", "训练作业名称超出指定长度范围"),
    JOB_DESC_LENGTH(400, "0207", "job description length out of range", "训练作业描述超出指定长度范围"),
    JOB_NAME_EXISTS(400, "0208", "job name already exists", "训练作业名称已存在"),
    CENTER_UNAVAILABLE(400, "0210", "the given computing center is not available", "指定的智算中心不可用"),
    SPEC_UNAVAILABLE(400, "0211", "the given resource spec is not available", "指定的资源规格不可用"),
    IMAGE_MISSING(400, "0220", "no job image given", "未指定作业镜像信息"),
    IMAGE_UNAVAILABLE(400, "0221", "image id not available", "镜像ID不可用"),
    TIME_RANGE(400, "0230", "start time later than end time", "开始时间不得晚于结束时间"),
    JOB_NOT_FOUND(400, "0240", "training job does not exist", "训练作业不存在"),
    TASK_NOT_FOUND(400, "0241", "training task id does not exist", "训练任务ID不存在"),
    ADAPTER_FAILURE(500, "0101", "adapter service failure", "适配器服务异常");

    private final int httpStatus;
    private final String code;
    private final String meaning;
    private final String description;

    ErrorCode(int httpStatus, String code, String meaning, String description) {
        this.httpStatus = httpStatus;
        this.code = code;
        this.meaning = meaning;
        this.description = description;
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

    /** The 描述 of the code's row of B.1, as the standard writes it. */
    public String description() {
        return description;
    }

    /** The row of B.1 of this status and code; of the code alone where no row has the status (a 405, a 403). */
    public static Optional<ErrorCode> row(int httpStatus, String code) {
        Optional<ErrorCode> exact = Arrays.stream(values())
                .filter(row -> row.httpStatus == httpStatus && row.code.equals(code)).findFirst();
        return exact.isPresent() ? exact
                : Arrays.stream(values()).filter(row -> row.code.equals(code)).findFirst();
    }

    /** A row of B.1 whose status is a 4xx: an error the client's request causes, not a failure of the platform. */
    public boolean clientError() {
        return httpStatus / 100 == 4;
    }

    /** Whether the text is a business code of some row of B.1. */
    public static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(row -> row.code.equals(code));
    }
}
