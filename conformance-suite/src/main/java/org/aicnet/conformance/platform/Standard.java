package org.aicnet.conformance.platform;

import java.util.List;

/**
 * The vocabulary of T/AI 123.8 as the suite uses it, in one place: the paths of annex A, parameter and field names,
 * sort values, job states (6.3.4) and the codes of table B.1.
 */
public final class Standard {

    // Paths of annex A.
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

    // Paging and sorting.
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";
    public static final String SORT = "sort";
    public static final String ORDER = "order";
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int DEFAULT_PAGE = 1;

    // Sort values of the tables; the first is the default.
    public static final List<String> CENTER_SORTS = List.of("centerId", "centerName", "processorType", "createTime");
    public static final List<String> SPEC_SORTS = List.of("resourceSpecId", "resourceSpecName");
    public static final List<String> IMAGE_SORTS =
            List.of("imageId", "imageName", "arch", "processor", "framework", "createTime");
    public static final List<String> DATASET_SORTS = List.of("datasetName", "title", "id", "size", "owner");
    public static final List<String> JOB_SORTS = List.of("id", "name", "status", "createTime");

    // 6.3.4 job states.
    public static final List<String> JOB_STATES = List.of("PENDING", "RUNNING", "SUCCEEDED", "FAILED", "STOPPED",
            "UNKNOWN");
    public static final List<String> STOPPABLE_STATES = List.of("PENDING", "RUNNING");
    public static final List<String> FINAL_STATES = List.of("SUCCEEDED", "FAILED", "STOPPED");

    // Time format of A.4 and the readings.
    public static final String TIME_PATTERN = "yyyy-MM-dd HH:mm:ss";
    public static final String TIME_REGEX = "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$";

    // A.47 contentType values.
    public static final String TEXT_PLAIN = "text/plain";
    public static final String OCTET_STREAM = "application/octet-stream";

    // Fields of the job create bodies (A.31, A.32; A.57, A.58 and config.port of reading R-online-port).
    public static final String JOB_NAME = "jobName";
    public static final String JOB_DESC = "jobDesc";
    public static final String CONFIG = "config";
    public static final String CENTER_ID = "centerId";
    public static final String SPEC_ID = "specId";
    public static final String NODE_COUNT = "nodeCount";
    public static final String IMAGE_ID = "imageId";
    public static final String IMAGE_URL = "imageUrl";
    public static final String COMMAND = "command";
    public static final String PORT = "port";
    public static final String CONTENT_TYPE = "contentType";
    // Bounds of reading R-jobname-rules and R-jobdesc-rules.
    public static final int JOB_NAME_MAX = 64;
    public static final int JOB_DESC_MAX = 256;

    private Standard() {
    }
}
