package org.aicnet.server.deviations;

import java.util.Locale;

/**
 * The catalog of conforming variants, the mirror of {@link Fault}: behaviours other than the reference server's own
 * that T/AI 123.8 and the readings of docs/interpretations.md allow, each one how some real platform differs
 * ({@code --variant NAME}, or {@code variants: [NAME]} in the configuration). They measure the conformance suite the
 * other way round: a server with variants still conforms, so a check that fails against one is a false verdict of
 * the suite.
 */
public enum Variant {

    // the HTTP stack
    CHUNKED_REQUEST_BODIES_REFUSED("every request with a body",
            "a body sent with Transfer-Encoding: chunked is refused with 411 Length Required and the error body "
                    + "0201; a body with its Content-Length is read",
            "reading \"request bodies\" (the suite sends every body with a Content-Length); RFC 9110 15.5.12"),
    GZIP_EVERY_ANSWER("every answer",
            "every answer but files, small and error answers included, is gzip-compressed when the request "
                    + "accepts gzip",
            "6.2 (common REST practice); RFC 9110 8.4 and 12.5.3 (content coding on the client's Accept-Encoding)"),
    CONNECTION_CLOSE("every answer",
            "every answer carries Connection: close and the connection is closed after it",
            "RFC 9112 9.6: a server may close a connection after any answer"),
    ETAGS("every GET answer", "GET answers carry an ETag; a matching If-None-Match is answered 304",
            "RFC 9110 8.8.3 and 13.1.2"),
    EXTRA_HEADERS("every answer",
            "every answer carries X-Request-Id, Cache-Control: no-store and Access-Control-Allow-Origin: *",
            "6.2; RFC 9110 5.1 (a recipient ignores header fields it does not know)"),
    PRETTY_PRINTED_JSON("every JSON answer", "JSON answers are indented over several lines",
            "RFC 8259 2 (whitespace between tokens is insignificant)"),

    // the bodies of answers
    EXTRA_FIELDS_IN_EVERY_ANSWER("every JSON answer",
            "every JSON object of every answer, error bodies included, carries a field annex A does not list",
            "reading R-response-fields (the fields a table lists must be there; nothing forbids more)"),
    FIELDS_IN_REVERSE_ORDER("every JSON answer",
            "the fields of every JSON object come in the reverse of the reference server's order",
            "RFC 8259 4 (an object is an unordered collection of members)"),
    NON_ASCII_ESCAPED("every JSON answer", "every character outside ASCII is written as a \\u escape",
            "RFC 8259 7"),
    ERROR_MESSAGES_IN_CHINESE("every error answer",
            "errorMsg is the Chinese 描述 of the code's row of table B.1 (训练作业不存在, ...)",
            "B.1; reading R-error-body (errorMsg is a human-readable reason)"),
    TASKS_SHOW_BOTH_IMAGE_FIELDS("GET /trainjob/{id}",
            "the tasks of a job created with an imageId show an imageUrl too, the image resolved to its address",
            "reading R-image-choice"),
    TASKS_WITHOUT_STATUS("GET /trainjob/{id}", "tasks carry no status, as A.44 lists none",
            "A.44; reading R-task-status"),
    IDLE_NODE_COUNT_AS_INTEGER("GET /resource/idle",
            "nodeResources[].nodeCount is a JSON integer, not a decimal string", "reading R-nodecount-type"),
    EMPTY_LOG_OF_A_SILENT_TASK("GET /logs/{id}/{taskId}",
            "a log holds only what the task's command wrote, no lines of the platform, so the log of a task whose "
                    + "command writes nothing is empty",
            "A.48 (the link shows the task's whole log; the standard asks for no lines of the platform)"),

    // the addresses of the API and of what it hands out
    API_UNDER_BASE_PATH("every path", "the paths of annex A are served under /api/v1",
            "reading R-paths (paths relative to a configured base URL)"),
    ONLINE_JOB_URL_ON_OTHER_HOST("POST /onlineJob",
            "metadata.url names another host name (localhost) than the one the API was called at",
            "A.60; reading R-online-url (an absolute URL of the running service)"),
    LOG_URL_ON_OTHER_HOST("GET /trainjob/{id}/tasks/{taskId}/logs/url",
            "logUrl names another host name (localhost) than the one the API was called at",
            "A.48; reading R-log-link (an absolute URL)"),

    // times, ids and the pace of jobs
    TOKENS_LIVE_20_SECONDS("POST /auth/tokens", "a token expires 20 s after its log-in",
            "reading R-token-lifetime; reading \"the suite's own token\""),
    TIMES_IN_UTC("every time", "every time is written and read in UTC, not in Asia/Shanghai",
            "reading R-time-format (the server's time zone)"),
    UUID_JOB_IDS("POST /trainjob, POST /onlineJob",
            "job ids are random UUIDs, written as 32 hex digits (0f9c4e...)", "A.33, A.60: id is a String"),
    UUID_DATASET_IDS("POST /datasets/upload",
            "an uploaded dataset's id is a random UUID in its canonical form (0f9c4e2a-...), without the server's "
                    + "ds- prefix", "A.29, A.26: id is a String"),
    TASK_IDS_OF_ANOTHER_SHAPE("GET /trainjob/{id}", "task ids are worker-1, worker-2, ... counted from 1",
            "A.44; reading R-tasks-per-node (unique within their job)"),
    JOB_STAYS_PENDING("POST /trainjob, POST /onlineJob",
            "a new job stays PENDING for 3 s at least, however free the nodes (a queue's admission)",
            "6.3.4 (PENDING); the standard gives no time to start");

    private final String endpoint;
    private final String description;
    private final String allowedBy;

    Variant(String endpoint, String description, String allowedBy) {
        this.endpoint = endpoint;
        this.description = description;
        this.allowedBy = allowedBy;
    }

    /** The name of the variant on the command line and in the configuration, e.g. {@code uuid-job-ids}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The route it changes, as {@code METHOD /path} of annex A, or the answers it changes in words. */
    public String endpoint() {
        return endpoint;
    }

    public String description() {
        return description;
    }

    /** The text of the standard, the readings or the RFCs that allow it. */
    public String allowedBy() {
        return allowedBy;
    }
}
