package org.aicnet.schemas.standard;

/** A.47: the contentType query parameter of a task's log link and its two values. */
public final class LogContentTypes {

    public static final String CONTENT_TYPE = "contentType";
    public static final String TEXT_PLAIN = "text/plain";
    public static final String OCTET_STREAM = "application/octet-stream";

    private LogContentTypes() {
    }
}
