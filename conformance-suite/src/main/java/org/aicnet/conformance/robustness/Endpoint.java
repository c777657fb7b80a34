package org.aicnet.conformance.robustness;

import org.aicnet.conformance.platform.Standard;

import java.util.List;
import java.util.Set;

/**
 * An endpoint of annex A as the robustness checks see it: its method and path, the schema of schemas/ that types its
 * body or query, and the codes its placeholder values may draw as well (reading R-several-errors: where a malformed
 * request also names an unknown user, spec, image or job, the platform may answer either error).
 */
public record Endpoint(String method, String path, Input input, String schema, Set<String> alsoAllowed) {

    /** Where the schema's fields travel. */
    public enum Input { JSON, QUERY, MULTIPART, NONE }

    /** B.1: 0101 a log-in of an unknown user; 0210/0211/0221 unknown center, spec, image; 0240 unknown job. */
    private static final Set<String> UNKNOWN_USER = Set.of("0101");
    private static final Set<String> UNKNOWN_REFERENCES = Set.of("0210", "0211", "0221");
    private static final Set<String> UNKNOWN_JOB = Set.of("0240");

    /** The endpoints of annex A (A.2 to A.59), each once. */
    public static final List<Endpoint> ANNEX_A = List.of(
            new Endpoint("POST", Standard.TOKENS, Input.JSON, "token-request.json", UNKNOWN_USER),
            new Endpoint("GET", Standard.CENTERS, Input.QUERY, "centers-query.json", Set.of()),
            new Endpoint("GET", Standard.SPECS, Input.QUERY, "resource-specs-query.json", Set.of()),
            new Endpoint("GET", Standard.IDLE, Input.QUERY, "idle-resources-query.json", Set.of()),
            new Endpoint("GET", Standard.IMAGES, Input.QUERY, "images-query.json", Set.of()),
            new Endpoint("GET", Standard.DATASETS, Input.QUERY, "datasets-query.json", Set.of()),
            new Endpoint("POST", Standard.DATASET_UPLOAD, Input.MULTIPART, "dataset-upload-request.json", Set.of()),
            new Endpoint("POST", Standard.TRAIN_JOBS, Input.JSON, "trainjob-create-request.json", UNKNOWN_REFERENCES),
            new Endpoint("GET", Standard.TRAIN_JOBS, Input.QUERY, "trainjob-list-query.json", Set.of()),
            new Endpoint("GET", Standard.TRAIN_JOB, Input.NONE, null, UNKNOWN_JOB),
            new Endpoint("DELETE", Standard.TRAIN_JOB, Input.NONE, null, UNKNOWN_JOB),
            new Endpoint("POST", Standard.TRAIN_JOB_STOP, Input.NONE, null, UNKNOWN_JOB),
            new Endpoint("GET", Standard.TRAIN_JOB_DOWNLOAD, Input.NONE, null, UNKNOWN_JOB),
            new Endpoint("GET", Standard.TASK_LOG_URL, Input.QUERY, "trainjob-log-url-params.json", UNKNOWN_JOB),
            new Endpoint("POST", Standard.ONLINE_JOBS, Input.JSON, "onlinejob-create-request.json",
                    UNKNOWN_REFERENCES));

    /** The endpoint named "METHOD /path" in a feature. */
    public static Endpoint named(String name) {
        return ANNEX_A.stream().filter(endpoint -> endpoint.toString().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kit defect: no endpoint of annex A is " + name));
    }

    /** The path's parameters are the path's own: the schema's fields of that name are not sent in the query. */
    boolean isPathParameter(String field) {
        return path.contains("{" + field + "}");
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
