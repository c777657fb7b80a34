package org.aicnet.schemas.standard;

/**
 * The paths of annex A (A.1, A.5, A.9, A.13, A.19, A.23, A.27, A.30, A.35, A.40, A.46, A.49, A.52, A.54, A.56),
 * relative to a platform's base URL, as openapi.yaml lists them.
 */
public final class ApiPaths {

    public static final String TOKENS = "/auth/tokens";
    public static final String CENTERS = "/centers";
    public static final String SPECS = "/resource/specs";
    public static final String IDLE = "/resource/idle";
    public static final String IMAGES = "/resource/images";
    public static final String DATASETS = "/datasets";
    public static final String DATASET_UPLOAD = "/datasets/upload";
    public static final String TRAIN_JOBS = "/trainjob";
    public static final String TRAIN_JOB = "/trainjob/{id}";
    public static final String TASK_LOG_URL = "/trainjob/{id}/tasks/{taskId}/logs/url";
    public static final String TRAIN_JOB_STOP = "/trainjob/{id}/stop";
    public static final String TRAIN_JOB_DOWNLOAD = "/trainjob/{id}/download";
    public static final String ONLINE_JOBS = "/onlineJob";

    private ApiPaths() {
    }
}
