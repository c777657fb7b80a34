package org.aicnet.conformance.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A response of the platform under test. Reading it as JSON, or reading its business error code, fails the check
 * (an {@link AssertionError}) when the platform did not send what the standard asks: that is the platform's fault,
 * not the kit's.
 */
public final class ApiResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String errorCodePointer;

    public ApiResponse(int status, Map<String, String> headers, byte[] body, String errorCodePointer) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.errorCodePointer = errorCodePointer;
    }

    public int status() {
        return status;
    }

    /** A header's value, names compared without case. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public byte[] bytes() {
        return body;
    }

    public String text() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The body as JSON; a body that is not JSON fails the check. */
    public JsonNode json() {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new AssertionError("expected a JSON body, got an empty one (HTTP " + status + ")");
            }
            return node;
        } catch (IOException e) {
            throw new AssertionError("expected a JSON body (HTTP " + status + "), got: " + Exchange.cut(text()));
        }
    }

    /** The business error code at the configured JSON pointer; absent fails the check. */
    public String errorCode() {
        JsonNode code = json().at(errorCodePointer);
        if (code.isMissingNode() || code.isNull()) {
            throw new AssertionError("expected a business error code at " + errorCodePointer + " of the body, got: "
                    + Exchange.cut(text()));
        }
        return code.asText();
    }

    /** The business error code where the answer carries one; empty for an answer without the error body. */
    public Optional<String> errorCodeIfAny() {
        try {
            return Optional.of(errorCode());
        } catch (AssertionError | RuntimeException noErrorBody) {
            return Optional.empty();
        }
    }
}
