package org.aicnet.conformance.robustness;

import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;

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
            new Endpoint("POST", ApiPaths.TOKENS, Input.JSON, TableSchemas.TOKEN_REQUEST, UNKNOWN_USER),
            new Endpoint("GET", ApiPaths.CENTERS, Input.QUERY, TableSchemas.CENTERS_QUERY, Set.of()),
            new Endpoint("GET", ApiPaths.SPECS, Input.QUERY, TableSchemas.RESOURCE_SPECS_QUERY, Set.of()),
            new Endpoint("GET", ApiPaths.IDLE, Input.QUERY, TableSchemas.IDLE_RESOURCES_QUERY, Set.of()),
            new Endpoint("GET", ApiPaths.IMAGES, Input.QUERY, TableSchemas.IMAGES_QUERY, Set.of()),
            new Endpoint("GET", ApiPaths.DATASETS, Input.QUERY, TableSchemas.DATASETS_QUERY, Set.of()),
            new Endpoint("POST", ApiPaths.DATASET_UPLOAD, Input.MULTIPART, TableSchemas.DATASET_UPLOAD_REQUEST,
                    Set.of()),
            new Endpoint("POST", ApiPaths.TRAIN_JOBS, Input.JSON, TableSchemas.TRAINJOB_CREATE_REQUEST,
                    UNKNOWN_REFERENCES),
            new Endpoint("GET", ApiPaths.TRAIN_JOBS, Input.QUERY, TableSchemas.TRAINJOB_LIST_QUERY, Set.of()),
            new Endpoint("GET", ApiPaths.TRAIN_JOB, Input.NONE, null, UNKNOWN_JOB),
            new Endpoint("DELETE", ApiPaths.TRAIN_JOB, Input.NONE, null, UNKNOWN_JOB),
            new Endpoint("POST", ApiPaths.TRAIN_JOB_STOP, Input.NONE, null, UNKNOWN_JOB),
            new Endpoint("GET", ApiPaths.TRAIN_JOB_DOWNLOAD, Input.NONE, null, UNKNOWN_JOB),
            new Endpoint("GET", ApiPaths.TASK_LOG_URL, Input.QUERY, TableSchemas.TRAINJOB_LOG_URL_PARAMS, UNKNOWN_JOB),
            new Endpoint("POST", ApiPaths.ONLINE_JOBS, Input.JSON, TableSchemas.ONLINEJOB_CREATE_REQUEST,
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
