package org.aicnet.schemas.standard;

import org.aicnet.schemas.TableSchemas;

/**
 * The fields of the bodies that create a job: A.31 and A.32 (training), A.57 and A.58 (online, with config.port of
 * reading R-online-port), and the longest jobName and jobDesc, read from trainjob-create-request.json (readings
 * R-jobname-rules and R-jobdesc-rules).
 */
public final class JobFields {

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

    public static final int JOB_NAME_MAX = maxLength(JOB_NAME);
    public static final int JOB_DESC_MAX = maxLength(JOB_DESC);

    private JobFields() {
    }

    private static int maxLength(String field) {
        return SchemaValues.at(TableSchemas.TRAINJOB_CREATE_REQUEST, "/properties/" + field + "/maxLength").asInt();
    }
}
