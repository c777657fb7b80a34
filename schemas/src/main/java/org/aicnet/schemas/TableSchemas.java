package org.aicnet.schemas;

import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The files of schemas/ by their paths below it: which schema describes each table of annex A and the error body of
 * B.1, request and response, the common data types of 6.3, and the kit's own report. Code names a schema through
 * these constants only; each file's {@code title} starts with the tables it describes, and it lies in the folder of
 * the clause whose annex A tables first define it ({@code 7.3.1-centers/}), of 6.3's data types, of annex B's error
 * codes or, for the kit's own report, {@code aicnet-kit/}.
 */
public final class TableSchemas {

    // 7.2.1 tokens: A.2, A.3, A.4 (and A.4's time string, which every time field uses).
    public static final String TOKEN_REQUEST = "7.2.1-tokens/token-request.json";
    public static final String TOKEN_USER = "7.2.1-tokens/token-user.json";
    public static final String TOKEN_RESPONSE = "7.2.1-tokens/token-response.json";
    public static final String TIME = "7.2.1-tokens/time.json";

    // 7.3.1 centers: A.6, A.7, A.8, and the paging and sort direction parameters that A.6 defines first and the
    // other lists share (A.10, A.20, A.24, A.36).
    public static final String CENTERS_QUERY = "7.3.1-centers/centers-query.json";
    public static final String CENTERS_RESPONSE = "7.3.1-centers/centers-response.json";
    public static final String CENTER = "7.3.1-centers/center.json";
    public static final String PAGING_QUERY = "7.3.1-centers/paging-query.json";

    // 7.3.2 resource specs: A.10, A.11, A.12.
    public static final String RESOURCE_SPECS_QUERY = "7.3.2-resource-specs/resource-specs-query.json";
    public static final String RESOURCE_SPECS_RESPONSE = "7.3.2-resource-specs/resource-specs-response.json";
    public static final String RESOURCE_SPEC = "7.3.2-resource-specs/resource-spec.json";

    // 7.3.3 idle resources: A.14 to A.18 (A.18 and A.45 are one spec info).
    public static final String IDLE_RESOURCES_QUERY = "7.3.3-idle-resources/idle-resources-query.json";
    public static final String IDLE_RESOURCES_RESPONSE = "7.3.3-idle-resources/idle-resources-response.json";
    public static final String CENTER_RESOURCE = "7.3.3-idle-resources/center-resource.json";
    public static final String NODE_RESOURCE = "7.3.3-idle-resources/node-resource.json";
    public static final String RESOURCE_SPEC_INFO = "7.3.3-idle-resources/resource-spec-info.json";

    // 7.3.4 images: A.20, A.21, A.22.
    public static final String IMAGES_QUERY = "7.3.4-images/images-query.json";
    public static final String IMAGES_RESPONSE = "7.3.4-images/images-response.json";
    public static final String IMAGE = "7.3.4-images/image.json";

    // 7.3.5 and 7.3.6 datasets: A.24 to A.29.
    public static final String DATASETS_QUERY = "7.3.5-datasets/datasets-query.json";
    public static final String DATASETS_RESPONSE = "7.3.5-datasets/datasets-response.json";
    public static final String DATASET = "7.3.5-datasets/dataset.json";
    public static final String DATASET_UPLOAD_REQUEST = "7.3.6-dataset-upload/dataset-upload-request.json";
    public static final String DATASET_UPLOAD_RESPONSE = "7.3.6-dataset-upload/dataset-upload-response.json";

    // 7.4.1 to 7.4.7 training jobs: A.31 to A.55 (A.34, A.39 and A.43 are one metadata; A.41, A.50, A.53 and A.55
    // one path parameter).
    public static final String TRAINJOB_CREATE_REQUEST = "7.4.1-trainjob-create/trainjob-create-request.json";
    public static final String JOB_CONFIG = "7.4.1-trainjob-create/job-config.json";
    public static final String TRAINJOB_CREATE_RESPONSE = "7.4.1-trainjob-create/trainjob-create-response.json";
    public static final String JOB_METADATA = "7.4.1-trainjob-create/job-metadata.json";
    public static final String TRAINJOB_LIST_QUERY = "7.4.2-trainjob-list/trainjob-list-query.json";
    public static final String TRAINJOB_LIST_RESPONSE = "7.4.2-trainjob-list/trainjob-list-response.json";
    public static final String JOB = "7.4.2-trainjob-list/job.json";
    public static final String TRAINJOB_PATH_PARAMS = "7.4.3-trainjob-detail/trainjob-path-params.json";
    public static final String TRAINJOB_DETAIL_RESPONSE = "7.4.3-trainjob-detail/trainjob-detail-response.json";
    public static final String TASK = "7.4.3-trainjob-detail/task.json";
    public static final String TRAINJOB_LOG_URL_PARAMS = "7.4.4-trainjob-logs/trainjob-log-url-params.json";
    public static final String TRAINJOB_LOG_URL_RESPONSE = "7.4.4-trainjob-logs/trainjob-log-url-response.json";
    public static final String TRAINJOB_STOP_RESPONSE = "7.4.5-trainjob-stop/trainjob-stop-response.json";

    // 7.4.8 online jobs: A.57 to A.60.
    public static final String ONLINEJOB_CREATE_REQUEST = "7.4.8-onlinejob-create/onlinejob-create-request.json";
    public static final String ONLINEJOB_CONFIG = "7.4.8-onlinejob-create/onlinejob-config.json";
    public static final String ONLINEJOB_CREATE_RESPONSE = "7.4.8-onlinejob-create/onlinejob-create-response.json";
    public static final String ONLINEJOB_METADATA = "7.4.8-onlinejob-create/onlinejob-metadata.json";

    // 6.3 common data types: cpu (6.3.1), processor (6.3.2), memory (6.3.3), job status (6.3.4).
    public static final String CPU = "6.3-data-types/cpu.json";
    public static final String PROCESSOR = "6.3-data-types/processor.json";
    public static final String MEMORY = "6.3-data-types/memory.json";
    public static final String JOB_STATUS = "6.3-data-types/job-status.json";

    // B.1: the error body.
    public static final String ERROR = "B-error-codes/error.json";

    // The kit's own compliance report (compliance.json), described by no table of the standard.
    public static final String COMPLIANCE_REPORT = "aicnet-kit/compliance-report.json";

    /** The regular expression of a table name that {@link #responseOf} knows. */
    public static final String TABLES = "A\\.\\d+|B\\.1";

    private static final Map<String, String> RESPONSE_OF_TABLE = Map.ofEntries(
            Map.entry("A.4", TOKEN_RESPONSE),
            Map.entry("A.7", CENTERS_RESPONSE),
            Map.entry("A.11", RESOURCE_SPECS_RESPONSE),
            Map.entry("A.15", IDLE_RESOURCES_RESPONSE),
            Map.entry("A.21", IMAGES_RESPONSE),
            Map.entry("A.25", DATASETS_RESPONSE),
            Map.entry("A.29", DATASET_UPLOAD_RESPONSE),
            Map.entry("A.33", TRAINJOB_CREATE_RESPONSE),
            Map.entry("A.37", TRAINJOB_LIST_RESPONSE),
            Map.entry("A.42", TRAINJOB_DETAIL_RESPONSE),
            Map.entry("A.48", TRAINJOB_LOG_URL_RESPONSE),
            Map.entry("A.51", TRAINJOB_STOP_RESPONSE),
            Map.entry("A.59", ONLINEJOB_CREATE_RESPONSE),
            Map.entry("B.1", ERROR));

    private static final Map<String, String> REQUEST_OF_TABLE = Map.ofEntries(
            Map.entry("A.2", TOKEN_REQUEST),
            Map.entry("A.6", CENTERS_QUERY),
            Map.entry("A.10", RESOURCE_SPECS_QUERY),
            Map.entry("A.14", IDLE_RESOURCES_QUERY),
            Map.entry("A.20", IMAGES_QUERY),
            Map.entry("A.24", DATASETS_QUERY),
            Map.entry("A.28", DATASET_UPLOAD_REQUEST),
            Map.entry("A.31", TRAINJOB_CREATE_REQUEST),
            Map.entry("A.36", TRAINJOB_LIST_QUERY),
            Map.entry("A.41", TRAINJOB_PATH_PARAMS),
            Map.entry("A.47", TRAINJOB_LOG_URL_PARAMS),
            Map.entry("A.50", TRAINJOB_PATH_PARAMS),
            Map.entry("A.53", TRAINJOB_PATH_PARAMS),
            Map.entry("A.55", TRAINJOB_PATH_PARAMS),
            Map.entry("A.57", ONLINEJOB_CREATE_REQUEST));

    private TableSchemas() {
    }

    /** The schema of the response body of a table of annex A ("A.7"), or of the error body ("B.1"). */
    public static String responseOf(String table) {
        return of(RESPONSE_OF_TABLE, table, "response body");
    }

    /** The schema of the request parameters or body of a table of annex A ("A.6"). */
    public static String requestOf(String table) {
        return of(REQUEST_OF_TABLE, table, "request");
    }

    /** The response tables of annex A and B.1, each with its schema. */
    public static Map<String, String> responses() {
        return RESPONSE_OF_TABLE;
    }

    /** The request tables of annex A, each with its schema. */
    public static Map<String, String> requests() {
        return REQUEST_OF_TABLE;
    }

    private static String of(Map<String, String> tables, String table, String what) {
        String schema = tables.get(table);
        if (schema == null) {
            throw new NoSuchElementException("kit defect: table " + table + " describes no " + what);
        }
        return schema;
    }
}
