package org.aicnet.conformance.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.schemas.SchemaCatalog;
import org.aicnet.schemas.standard.ErrorCode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The suite's checks of a single response. Each throws an {@link AssertionError} naming what the standard expected
 * and what the platform sent, so a failed check reads as a finding about the platform.
 */
public final class Expect {

    /** The HTTP status of each business code of table B.1 that a client can provoke (0101 here is authentication). */
    public static final Map<String, Integer> STATUS_OF_CODE = Arrays.stream(ErrorCode.values())
            .filter(ErrorCode::clientError)
            .collect(Collectors.toUnmodifiableMap(ErrorCode::code, ErrorCode::httpStatus));

    private Expect() {
    }

    /** A 2xx answer (reading R-success-status: the standard names no success status). */
    public static void success(ApiResponse response) {
        if (response.status() / 100 != 2) {
            throw new AssertionError("expected success (2xx), got HTTP " + response.status() + ": "
                    + Exchange.cut(response.text()));
        }
    }

    /** A JSON answer: media type application/json (reading R-media-type) and a body that parses. */
    public static JsonNode json(ApiResponse response) {
        String contentType = response.contentType().toLowerCase();
        if (!contentType.startsWith("application/json")) {
            throw new AssertionError("expected Content-Type application/json, got '" + response.contentType() + "'");
        }
        return response.json();
    }

    /** The body matches the JSON Schema of schemas/ derived from the standard's table. */
    public static JsonNode schema(ApiResponse response, String schemaFile) {
        JsonNode body = json(response);
        List<String> violations = SchemaCatalog.get().violations(schemaFile, body.toString());
        if (!violations.isEmpty()) {
            throw new AssertionError("the body does not have the shape of " + schemaFile + ": "
                    + String.join("; ", violations));
        }
        return body;
    }

    /** An error answer of table B.1: its HTTP status and its business code (read at the configured pointer). */
    public static void error(ApiResponse response, String code) {
        Integer status = STATUS_OF_CODE.get(code);
        if (status == null) {
            throw new IllegalArgumentException("kit defect: " + code + " is no code of table B.1 a client can provoke");
        }
        if (response.status() != status) {
            throw new AssertionError("expected HTTP " + status + " with error code " + code + " (table B.1), got HTTP "
                    + response.status() + ": " + Exchange.cut(response.text()));
        }
        String actual = response.errorCode();
        if (!code.equals(actual)) {
            throw new AssertionError("expected error code " + code + " (table B.1), got " + actual + ": "
                    + Exchange.cut(response.text()));
        }
    }

    /**
     * A refusal of a malformed request (reading R-no-input-harm): never a 5xx, always the error body, and the status
     * and code of one of the rows of table B.1 the readings allow for the mistake.
     */
    public static void refusal(ApiResponse response, Set<String> codes, String codePointer) {
        if (response.status() >= 500) {
            throw new AssertionError("expected a refusal of table B.1 (" + String.join(" or ", sorted(codes))
                    + "), got HTTP " + response.status() + " (R-no-input-harm: no input may cause a 5xx): "
                    + Exchange.cut(response.text()));
        }
        ErrorBody.check(response, codePointer);
        String actual = response.errorCode();
        if (!codes.contains(actual) || STATUS_OF_CODE.get(actual) != response.status()) {
            throw new AssertionError("expected " + String.join(" or ", sorted(codes)) + " with its status of table B.1,"
                    + " got HTTP " + response.status() + " with " + actual + ": " + Exchange.cut(response.text()));
        }
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }
}
