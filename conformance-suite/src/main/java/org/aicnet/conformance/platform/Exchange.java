package org.aicnet.conformance.platform;

import java.util.Map;

/**
 * One HTTP request the kit made and the response it got, as evidence for a report: headers with every token
 * redacted, bodies cut at {@link #MAX_BODY} characters, and a curl command that repeats the request.
 */
public record Exchange(String method, String url, Map<String, String> requestHeaders, String requestBody,
                       int status, Map<String, String> responseHeaders, String responseBody, long millis,
                       String curl) {

    public static final int MAX_BODY = 4096;

    /** A body cut to {@link #MAX_BODY} characters, saying how much was left out. */
    public static String cut(String body) {
        if (body == null || body.length() <= MAX_BODY) {
            return body;
        }
        return body.substring(0, MAX_BODY) + "... [" + (body.length() - MAX_BODY) + " more characters]";
    }
}
