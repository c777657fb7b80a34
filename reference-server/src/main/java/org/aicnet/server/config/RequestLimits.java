package org.aicnet.server.config;

/**
 * How much of a request the server reads (reading R-no-input-harm): a JSON body, the request line and headers
 * together, and the text fields of a multipart form together. Past a limit the server answers 400/0204 without reading on.
 */
public record RequestLimits(Long maxJsonBodyBytes, Integer maxHeaderBytes, Integer maxFormTextBytes) {

    /** 1 MiB (reading R-no-input-harm). */
    public static final long DEFAULT_JSON_BODY_BYTES = 1L << 20;
    /** The request line (the URI included) and every header field together: Jetty's default, 8 KiB. */
    public static final int DEFAULT_HEADER_BYTES = 8 * 1024;
    /** The text fields of a multipart form together (title, desc, labels, md5, size): 64 KiB. */
    public static final int DEFAULT_FORM_TEXT_BYTES = 64 * 1024;

    public static final RequestLimits DEFAULTS =
            new RequestLimits(DEFAULT_JSON_BODY_BYTES, DEFAULT_HEADER_BYTES, DEFAULT_FORM_TEXT_BYTES);

    /** The defaults where this leaves a limit out. */
    RequestLimits filled() {
        return new RequestLimits(maxJsonBodyBytes == null ? DEFAULT_JSON_BODY_BYTES : maxJsonBodyBytes,
                maxHeaderBytes == null ? DEFAULT_HEADER_BYTES : maxHeaderBytes,
                maxFormTextBytes == null ? DEFAULT_FORM_TEXT_BYTES : maxFormTextBytes);
    }
}
