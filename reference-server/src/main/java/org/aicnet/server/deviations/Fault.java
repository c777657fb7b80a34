package org.aicnet.server.deviations;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.http.Route;
import org.aicnet.server.standard.Api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.aicnet.server.http.Route.delete;
import static org.aicnet.server.http.Route.get;
import static org.aicnet.server.http.Route.post;

/**
 * The catalog of deliberate deviations from T/AI 123.8 that the reference server can be started with
 * ({@code --fault NAME}, or {@code faults: [NAME]} in its configuration), each realistic, each breaking the
 * requirements of {@code features/requirements.yaml} it names. They exist to measure the conformance suite: a fault
 * the suite does not catch is a missing check. A server started without faults conforms; with one, it must fail.
 */
public enum Fault {

    // POST /auth/tokens (A.1-A.4)
    TOKEN_EXPIRY_IN_ISO_8601(FaultKind.TIME_FORMAT, post(ApiPaths.TOKENS),
            "expiresAt is written in ISO 8601 with an offset (2025-01-01T08:00:00+08:00)", "A.4-expiresAt"),
    LOGIN_TAKES_ANY_AUTH_METHOD(FaultKind.VALIDATION, post(ApiPaths.TOKENS),
            "an authMethod other than password is accepted", "A.2-authMethod-value"),
    LOGIN_OF_FROZEN_ACCOUNT(FaultKind.STATE_RULE, post(ApiPaths.TOKENS),
            "a frozen account logs in with its password", "B.1-0103"),
    LOGIN_MISSING_FIELD_AS_500(FaultKind.HTTP_STATUS, post(ApiPaths.TOKENS),
            "a log-in without authMethod, user, name or password is answered 500/0100 instead of 400/0203",
            "A.2-authMethod", "A.2-user", "A.3-name", "A.3-password"),

    // the token check in front of every call
    EXPIRED_TOKEN_AS_0101(FaultKind.BUSINESS_CODE, "every call with a token",
            "an expired token is answered 401/0101 instead of 401/0102", "B.1-0102"),
    IMAGES_WITHOUT_TOKEN(FaultKind.ACCESS, get(ApiPaths.IMAGES),
            "the images are listed without a token (the token check is missing)", "7.2.1-token-required",
            "B.1-0101-auth"),
    FROZEN_ACCOUNT_TOKENS_STILL_WORK(FaultKind.STATE_RULE, "every call with a token",
            "the tokens a frozen account was issued before it was frozen keep working; only new log-ins are refused",
            "B.1-0103"),

    // GET /centers (A.5-A.8)
    CENTERS_WITHOUT_PROVINCE(FaultKind.MISSING_FIELD, get(ApiPaths.CENTERS), "a center has no province",
            "A.8-province"),
    CENTERS_CONNECTED_AS_STRING(FaultKind.WRONG_TYPE, get(ApiPaths.CENTERS),
            "connected is the string \"true\" or \"false\", not a Boolean", "A.8-connected"),
    CENTERS_PROCESSOR_TYPE_FILTER_IGNORED(FaultKind.FILTER, get(ApiPaths.CENTERS),
            "processorType is ignored: every center is listed", "A.6-processorType", "7.3.1-filtered-centers"),
    CENTERS_ORDER_INVERTED(FaultKind.SORT_ORDER, get(ApiPaths.CENTERS),
            "order is inverted: asc lists the centers in descending order, desc in ascending", "A.6-order"),
    CENTERS_TOTAL_SIZE_OF_PAGE(FaultKind.PAGING, get(ApiPaths.CENTERS),
            "totalSize counts the centers of the page, not all matching ones", "A.7-totalSize"),
    CENTERS_JSON_AS_TEXT(FaultKind.MEDIA_TYPE, get(ApiPaths.CENTERS),
            "the JSON answer is sent as text/plain", "6.2-json"),

    // GET /resource/specs (A.9-A.12)
    SPECS_DEFAULT_PAGE_SIZE_10(FaultKind.PAGING, get(ApiPaths.SPECS),
            "without pageSize a page holds 10 specs, not 50", "A.10-pageSize-default"),
    SPECS_CENTER_FILTER_IGNORED(FaultKind.FILTER, get(ApiPaths.SPECS),
            "centerId is ignored: the specs of the whole network are listed", "A.10-centerId",
            "7.3.2-center-specs"),
    SPECS_UNKNOWN_SORT_ACCEPTED(FaultKind.VALIDATION, get(ApiPaths.SPECS),
            "a sort value A.10 does not list gives the default order instead of 400/0202", "A.10-sort-unknown"),
    SPECS_PAGES_COUNTED_FROM_0(FaultKind.PAGING, get(ApiPaths.SPECS),
            "pages are counted from 0: page=0 is accepted as the first page and page=1 gives the second slice",
            "A.10-page", "A.10-page-range"),
    SPECS_PROCESSOR_MEMORY_WITH_UNIT(FaultKind.WRONG_TYPE, get(ApiPaths.SPECS),
            "processorMemory is a string with its unit (\"80GiB\"), not an integer", "6.3.2-processorMemory",
            "A.12-processor"),

    // GET /resource/idle (A.13-A.18)
    IDLE_CENTER_FILTER_IGNORED(FaultKind.FILTER, get(ApiPaths.IDLE),
            "centerId is ignored: the idle resources of every center are listed", "A.14-centerId",
            "7.3.3-idle-resources"),
    IDLE_NODES_NOT_COUNTED_TOGETHER(FaultKind.AGGREGATION, get(ApiPaths.IDLE),
            "nodes with the same idle resources are listed one by one, each with nodeCount \"1\"",
            "7.3.3-node-aggregation"),
    IDLE_MEMORY_WITHOUT_UNIT(FaultKind.MISSING_FIELD, get(ApiPaths.IDLE),
            "the memory of idle resources has no memoryUnit", "6.3.3-memoryUnit", "A.18-memory"),

    // GET /resource/images (A.19-A.22)
    IMAGES_CREATE_TIME_IN_MILLIS(FaultKind.TIME_FORMAT, get(ApiPaths.IMAGES),
            "an image's createTime is epoch milliseconds, not yyyy-MM-dd HH:mm:ss", "A.22-createTime"),
    IMAGES_PROCESSOR_FILTER_IGNORED(FaultKind.FILTER, get(ApiPaths.IMAGES),
            "processor is ignored: images of every processor type are listed", "A.20-processor",
            "7.3.4-filter-sort"),
    IMAGES_ORDER_IGNORED(FaultKind.SORT_ORDER, get(ApiPaths.IMAGES),
            "order is ignored: the images are always in descending order", "A.20-order"),
    IMAGES_TIME_RANGE_UNCHECKED(FaultKind.BUSINESS_CODE, get(ApiPaths.IMAGES),
            "createAfter later than createBefore gives an empty list instead of 400/0230", "B.1-0230"),
    IMAGES_PAGE_PAST_THE_END_REFUSED(FaultKind.PAGING, get(ApiPaths.IMAGES),
            "a page past the end is refused with 400/0204 instead of an empty list", "A.20-page-range"),
    IMAGES_PROCESSOR_IN_LOWER_CASE(FaultKind.ENUM_CASING, get(ApiPaths.IMAGES),
            "an image's processor is written in lower case (\"gpu\")", "A.22-processor"),

    // GET /datasets (A.23-A.26)
    DATASETS_OVERLAPPING_PAGES(FaultKind.PAGING, get(ApiPaths.DATASETS),
            "each page after the first starts one dataset early, repeating the last of the page before",
            "A.24-page"),
    DATASETS_QUERY_SEARCHES_TITLE_ONLY(FaultKind.FILTER, get(ApiPaths.DATASETS),
            "query searches the title only, not the description", "A.24-query"),
    DATASETS_SIZE_HUMAN_READABLE(FaultKind.WRONG_TYPE, get(ApiPaths.DATASETS),
            "a dataset's size is a human-readable string (\"11.0 MiB\"), not an integer number of bytes",
            "A.26-size"),
    DATASETS_ASCENDING_BY_DEFAULT(FaultKind.SORT_ORDER, get(ApiPaths.DATASETS),
            "without order the datasets are sorted in ascending order, not descending", "A.24-order-default"),

    // POST /datasets/upload (A.27-A.29)
    UPLOAD_MD5_NOT_VERIFIED(FaultKind.VALIDATION, post(ApiPaths.DATASET_UPLOAD),
            "a file whose MD5 is not the md5 given is stored anyway", "A.28-md5-verify"),
    UPLOAD_TITLE_OPTIONAL(FaultKind.VALIDATION, post(ApiPaths.DATASET_UPLOAD),
            "an upload without title is accepted, titled with the file's name", "A.28-title"),
    UPLOAD_ANSWERS_DATASET_ID(FaultKind.MISSING_FIELD, post(ApiPaths.DATASET_UPLOAD),
            "the answer names the new dataset datasetId instead of id", "A.29-id"),

    // POST /trainjob (A.30-A.34)
    JOB_NAME_TAKEN_ANSWERS_EXISTING_JOB(FaultKind.UNIQUENESS, post(ApiPaths.TRAIN_JOBS),
            "a job named like another job of the user is answered with that job instead of 400/0208", "B.1-0208"),
    JOB_NAME_CHARACTERS_UNCHECKED(FaultKind.VALIDATION, post(ApiPaths.TRAIN_JOBS),
            "a job name with characters outside [A-Za-z0-9_-] is accepted", "A.31-jobName-pattern", "B.1-0205"),
    JOB_DESC_TOO_LONG_AS_0206(FaultKind.BUSINESS_CODE, post(ApiPaths.TRAIN_JOBS),
            "a description longer than 256 characters is answered 0206 (name length) instead of 0207",
            "B.1-0207", "A.31-jobDesc-length"),
    JOB_MISSING_FIELD_AS_500(FaultKind.HTTP_STATUS, post(ApiPaths.TRAIN_JOBS),
            "a job without jobName, config or specId is answered 500/0100 instead of 400/0203", "A.31-jobName",
            "A.31-config", "A.32-specId", "B.1-0203"),
    JOB_STATUS_IN_LOWER_CASE(FaultKind.ENUM_CASING, post(ApiPaths.TRAIN_JOBS),
            "the status of a created job is written in lower case (\"pending\")", "A.33-status", "6.3.4-values"),
    JOB_ZERO_NODES_AS_ONE(FaultKind.VALIDATION, post(ApiPaths.TRAIN_JOBS),
            "nodeCount 0 is taken as 1 instead of being refused with 400/0204", "A.32-nodeCount-range",
            "B.1-0204"),
    JOB_CREATED_WITHOUT_USER_ID(FaultKind.MISSING_FIELD, post(ApiPaths.TRAIN_JOBS),
            "the metadata of a created job has no userId", "A.34-userId"),
    JOB_NODE_COUNT_AS_STRING_ACCEPTED(FaultKind.WRONG_TYPE, post(ApiPaths.TRAIN_JOBS),
            "config.nodeCount sent as a JSON string of digits (\"2\") is accepted instead of 400/0201",
            "A.32-nodeCount", "B.1-0201"),

    // GET /trainjob (A.35-A.39)
    JOB_LIST_SHOWS_OTHER_USERS_JOBS(FaultKind.ISOLATION, get(ApiPaths.TRAIN_JOBS),
            "the training jobs of every user are listed, not only the caller's", "7.4.2-own-jobs"),
    JOB_LIST_STATUS_FILTER_IGNORED(FaultKind.FILTER, get(ApiPaths.TRAIN_JOBS),
            "status is ignored: jobs in every state are listed", "A.36-status", "7.4.2-list"),
    JOB_LIST_SORT_IGNORED(FaultKind.SORT_ORDER, get(ApiPaths.TRAIN_JOBS),
            "sort is ignored: the training jobs are always sorted by id", "A.36-sort"),
    JOB_LIST_TOTAL_SIZE_OF_PAGE(FaultKind.PAGING, get(ApiPaths.TRAIN_JOBS),
            "totalSize counts the jobs of the page, not all matching ones", "A.37-totalSize"),
    JOB_LIST_PAGE_SIZE_UNBOUNDED(FaultKind.PAGING, get(ApiPaths.TRAIN_JOBS),
            "pageSize has no upper bound: 1001 is accepted instead of 400/0204", "A.36-pageSize-range"),
    JOB_LIST_SHOWS_ONLINE_JOBS(FaultKind.ISOLATION, get(ApiPaths.TRAIN_JOBS),
            "online jobs are listed among the training jobs", "7.4.8-own-namespace"),

    // GET /trainjob/{id} (A.40-A.45)
    JOB_DETAIL_OF_OTHER_USER(FaultKind.ISOLATION, get(ApiPaths.TRAIN_JOB),
            "another user's job is answered to whoever asks for its id", "7.4.3-other-users-job", "A.41-id"),
    JOB_DETAIL_WITHOUT_CENTER_NAME(FaultKind.MISSING_FIELD, get(ApiPaths.TRAIN_JOB),
            "the tasks of a job have no centerName", "A.44-centerName"),
    STOPPED_JOB_SHOWS_RUNNING(FaultKind.STATE_RULE, get(ApiPaths.TRAIN_JOB),
            "a stopped job's detail says RUNNING again: its state goes backwards", "6.3.4-stopped",
            "7.4.5-stop"),
    UNKNOWN_JOB_AS_404(FaultKind.HTTP_STATUS, get(ApiPaths.TRAIN_JOB),
            "an unknown job is answered 404/0240 instead of 400/0240", "A.41-id", "B.1-0240"),

    // POST /trainjob/{id}/stop (A.49-A.51)
    STOP_OF_ENDED_JOB_ACCEPTED(FaultKind.STATE_RULE, post(ApiPaths.TRAIN_JOB_STOP),
            "stopping a job that has ended is answered STOPPED instead of 400/0202", "7.4.5-stop-only-active"),
    STOP_WITHOUT_STOPPED_TIME(FaultKind.MISSING_FIELD, post(ApiPaths.TRAIN_JOB_STOP),
            "the answer to a stop has no stoppedTime", "A.51-stoppedTime"),

    // DELETE /trainjob/{id} (A.52, A.53)
    DELETE_OF_RUNNING_JOB_ACCEPTED(FaultKind.STATE_RULE, delete(ApiPaths.TRAIN_JOB),
            "a running job is stopped and deleted instead of being refused with 400/0202",
            "7.4.6-delete-only-ended"),
    DELETED_JOB_STILL_READABLE(FaultKind.STATE_RULE, delete(ApiPaths.TRAIN_JOB),
            "delete answers 204 but the job stays, readable and listed", "7.4.6-delete"),
    DELETE_ANSWERS_A_BODY(FaultKind.HTTP_STATUS, delete(ApiPaths.TRAIN_JOB),
            "a delete is answered 200 with a JSON body instead of without a body", "A.52-no-body"),

    // GET /trainjob/{id}/tasks/{taskId}/logs/url (A.46-A.48) and the link it hands out
    LOG_URL_RELATIVE(FaultKind.LINK, get(ApiPaths.TASK_LOG_URL),
            "logUrl is a path relative to the server, not an absolute URL", "A.48-logUrl"),
    LOG_URL_ANY_CONTENT_TYPE(FaultKind.VALIDATION, get(ApiPaths.TASK_LOG_URL),
            "a contentType other than text/plain or application/octet-stream is accepted",
            "A.47-contentType-values"),
    LOG_URL_UNKNOWN_TASK_AS_0240(FaultKind.BUSINESS_CODE, get(ApiPaths.TASK_LOG_URL),
            "an unknown task is answered 0240 (no such job) instead of 0241", "A.47-taskId", "B.1-0241"),
    LOG_LINK_NEEDS_TOKEN(FaultKind.ACCESS, get(Api.SIGNED_LOG),
            "the log link works only with the user's token, not in a browser without one", "A.48-logUrl",
            "7.4.4-task-log"),
    LOG_LINK_NEVER_EXPIRES(FaultKind.LINK, get(Api.SIGNED_LOG),
            "a log link keeps working after it has expired", "A.48-logUrl-temporary"),
    LOG_LINK_SIGNATURE_UNCHECKED(FaultKind.LINK, get(Api.SIGNED_LOG),
            "a log link whose signature was changed still serves the log", "A.48-logUrl-tampered"),

    // GET /trainjob/{id}/download (A.54, A.55)
    DOWNLOAD_AS_JSON(FaultKind.MEDIA_TYPE, get(ApiPaths.TRAIN_JOB_DOWNLOAD),
            "the result archive is sent as application/json, not application/octet-stream",
            "A.54-output-stream", "7.4.7-download"),
    DOWNLOAD_OF_RUNNING_JOB_ACCEPTED(FaultKind.STATE_RULE, get(ApiPaths.TRAIN_JOB_DOWNLOAD),
            "a running job's download is answered with an empty archive instead of 400/0202", "7.4.7-no-result"),

    // POST /onlineJob (A.56-A.60)
    ONLINE_JOB_WITHOUT_URL(FaultKind.MISSING_FIELD, post(ApiPaths.ONLINE_JOBS),
            "the metadata of an online job has no url", "A.60-url", "7.4.8-create"),
    ONLINE_JOB_NAMES_SHARED_WITH_TRAINING(FaultKind.UNIQUENESS, post(ApiPaths.ONLINE_JOBS),
            "an online job named like a training job of the user is refused with 0208", "7.4.8-own-namespace"),
    ONLINE_JOB_SERVICE_UNREACHABLE(FaultKind.LINK, get(Api.SERVICE),
            "the url of an online job answers 502 while the job is RUNNING: it does not serve what the job runs",
            "A.60-url"),

    // every error answer, unknown paths and methods
    ERROR_BODY_CODE_AND_MESSAGE(FaultKind.ERROR_BODY, "every error answer",
            "the error body is {\"code\", \"message\"} instead of {\"errorCode\", \"errorMsg\"}", "B.1-errorCode",
            "B.1-errorMsg"),
    ERROR_CODE_AS_NUMBER(FaultKind.ERROR_BODY, "every error answer",
            "errorCode is a JSON number (202), not the string \"0202\"", "B.1-errorCode"),
    UNKNOWN_PATH_AS_400(FaultKind.HTTP_STATUS, "a path annex A does not define",
            "an unknown path is answered 400 instead of 404", "6.2-unknown-route"),
    WRONG_METHOD_WITHOUT_ALLOW(FaultKind.HTTP_STATUS, "a path of annex A with another method",
            "405 is answered without an Allow header", "6.2-wrong-method");

    private final FaultKind kind;
    private final Route route;
    private final String endpoint;
    private final String description;
    private final List<String> requirements;

    Fault(FaultKind kind, Route route, String description, String... requirements) {
        this.kind = kind;
        this.route = route;
        this.endpoint = route.toString();
        this.description = description;
        this.requirements = List.of(requirements);
    }

    /** A fault of no single route: {@code answers} says in words which answers it changes. */
    Fault(FaultKind kind, String answers, String description, String... requirements) {
        this.kind = kind;
        this.route = null;
        this.endpoint = answers;
        this.description = description;
        this.requirements = List.of(requirements);
    }

    /** The name of the fault on the command line and in the configuration, e.g. {@code centers-sort-ignored}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public FaultKind kind() {
        return kind;
    }

    /** The route of annex A it changes; empty for a fault of every answer, every token or unknown paths. */
    Optional<Route> route() {
        return Optional.ofNullable(route);
    }

    /** The route it changes, as {@code METHOD /path} of annex A, or the answers it changes in words. */
    public String endpoint() {
        return endpoint;
    }

    public String description() {
        return description;
    }

    /** Ids of the requirements of {@code features/requirements.yaml} it breaks. */
    public List<String> requirements() {
        return requirements;
    }
}
