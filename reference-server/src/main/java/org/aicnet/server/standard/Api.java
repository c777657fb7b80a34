package org.aicnet.server.standard;

import java.util.List;

/**
 * The server's own vocabulary beside the standard's of org.aicnet.schemas.standard (paths, list queries, job fields):
 * its routes outside annex A, the token header, the log-in body, the upload form, the signed log link's parameters
 * and the sort values the lists order by. Response fields are the component names of the response records.
 */
public final class Api {

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

    // Query parameters of a signed log link.
    public static final String EXPIRES = "expires";
    public static final String SIGNATURE = "signature";

    // A.28: the fields of the multipart form of an upload.
    public static final String MD5 = "md5";
    public static final String FILE = "file";
    public static final String DATASET_DESC = "desc";
    public static final String LABELS = "labels";

    // Sort values of A.6, A.10, A.20, A.24 and A.36 that are not filters as well (the lists and their defaults are
    // ListQueries'; IMAGE_ID is also the config field of A.32, JobFields.IMAGE_ID).
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

    // A.22: the processor architectures of an image.
    public static final List<String> IMAGE_ARCHES = List.of("X86", "ARM");

    private Api() {
    }
}
