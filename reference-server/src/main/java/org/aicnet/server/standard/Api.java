package org.aicnet.server.standard;

import java.util.List;

/**
 * The vocabulary of annex A in one place: the URIs, the query parameter names and the sort values of each list.
 * Response fields are the component names of the response records.
 */
public final class Api {

    // Paths of annex A (A.1, A.5, A.9, A.13, A.19, A.23, A.27, A.30, A.35, A.40, A.46, A.49, A.52, A.54, A.56).
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

    // The server's own routes, outside annex A: the signed log link of A.48 and the address of an online job (A.60).
    public static final String SIGNED_LOG = "/logs/{id}/{taskId}";
    public static final String SERVICE = "/services/{id}";
    public static final String SERVICE_PATH = "/services/{id}/<path>";

    // Path parameters (and ID, below).
    public static final String TASK_ID = "taskId";

    // The token of a secured call (reading R-token-header): X-Auth-Token, or Authorization: Bearer.
    public static final String TOKEN_HEADER = "X-Auth-Token";
    public static final String AUTHORIZATION_HEADER = "Authorization";
    public static final String BEARER_SCHEME = "Bearer";

    // A.2, A.3: the log-in body; authMethod's one value is "password".
    public static final String AUTH_METHOD = "authMethod";
    public static final String USER = "user";
    public static final String USER_NAME = "name";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_METHOD = "password";

    // Paging and sorting, common to A.6, A.10, A.20, A.24, A.36.
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";
    public static final String SORT = "sort";
    public static final String ORDER = "order";
    public static final String ASC = "asc";
    public static final String DESC = "desc";
    public static final int DEFAULT_PAGE_SIZE = 50;

    // Filters.
    public static final String CENTER_ID = "centerId";
    public static final String PROCESSOR_TYPE = "processorType";
    public static final String CONNECTED = "connected";
    public static final String PROCESSOR = "processor";
    public static final String FRAMEWORK = "framework";
    public static final String CREATE_AFTER = "createAfter";
    public static final String CREATE_BEFORE = "createBefore";
    public static final String QUERY = "query";
    public static final String STATUS = "status";
    public static final String CONTENT_TYPE = "contentType";

    // Query parameters of a signed log link.
    public static final String EXPIRES = "expires";
    public static final String SIGNATURE = "signature";

    // Body fields of A.31/A.32 and A.57/A.58 (config.centerId is CENTER_ID, config.imageId IMAGE_ID), and
    // config.port (reading R-online-port).
    public static final String JOB_NAME = "jobName";
    public static final String JOB_DESC = "jobDesc";
    public static final String CONFIG = "config";
    public static final String SPEC_ID = "specId";
    public static final String NODE_COUNT = "nodeCount";
    public static final String IMAGE_URL = "imageUrl";
    public static final String COMMAND = "command";
    public static final String PORT = "port";

    // A.28: the fields of the multipart form of an upload.
    public static final String MD5 = "md5";
    public static final String FILE = "file";
    public static final String DATASET_DESC = "desc";
    public static final String LABELS = "labels";

    // Sort values of A.6, A.10, A.20 and A.24 that are not filters as well.
    public static final String CENTER_NAME = "centerName";
    public static final String CREATE_TIME = "createTime";
    public static final String RESOURCE_SPEC_ID = "resourceSpecId";
    public static final String RESOURCE_SPEC_NAME = "resourceSpecName";
    public static final String IMAGE_ID = "imageId";
    public static final String IMAGE_NAME = "imageName";
    public static final String ARCH = "arch";
    public static final String DATASET_NAME = "datasetName";
    public static final String TITLE = "title";
    public static final String ID = "id";
    public static final String SIZE = "size";
    public static final String OWNER = "owner";
    public static final String NAME = "name";

    // Sort values; the first of each list is the default (reading R-default-sort).
    public static final List<String> CENTER_SORTS = List.of(CENTER_ID, CENTER_NAME, PROCESSOR_TYPE, CREATE_TIME);
    public static final List<String> SPEC_SORTS = List.of(RESOURCE_SPEC_ID, RESOURCE_SPEC_NAME);
    public static final List<String> IMAGE_SORTS =
            List.of(IMAGE_ID, IMAGE_NAME, ARCH, PROCESSOR, FRAMEWORK, CREATE_TIME);
    public static final List<String> DATASET_SORTS = List.of(DATASET_NAME, TITLE, ID, SIZE, OWNER);
    public static final List<String> JOB_SORTS = List.of(ID, NAME, STATUS, CREATE_TIME);

    // A.22: the processor architectures of an image.
    public static final List<String> IMAGE_ARCHES = List.of("X86", "ARM");

    // A.47 contentType values.
    public static final String TEXT_PLAIN = "text/plain";
    public static final String OCTET_STREAM = "application/octet-stream";

    private Api() {
    }
}
