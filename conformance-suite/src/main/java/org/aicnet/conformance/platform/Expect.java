package org.aicnet.conformance.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.schemas.SchemaCatalog;
import org.aicnet.schemas.standard.LogContentTypes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The suite's checks of a single response. Each throws an {@link AssertionError} naming what the standard expected
 * and what the platform sent, so a failed check reads as a finding about the platform.
 */
public final class Expect {

    /** The HTTP status of each business code of table B.1 that a client can provoke (0101 here is authentication). */
    public static final Map<String, Integer> STATUS_OF_CODE = Map.ofEntries(
            Map.entry("0101", 401), Map.entry("0102", 401), Map.entry("0103", 401),
            Map.entry("0201", 400), Map.entry("0202", 400), Map.entry("0203", 400), Map.entry("0204", 400),
            Map.entry("0205", 400), Map.entry("0206", 400), Map.entry("0207", 400), Map.entry("0208", 400),
            Map.entry("0210", 400), Map.entry("0211", 400), Map.entry("0220", 400), Map.entry("0221", 400),
            Map.entry("0230", 400), Map.entry("0240", 400), Map.entry("0241", 400));

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

    /**
     * Reading R-media-type: application/json in UTF-8; the charset parameter may be left out (UTF-8 is JSON's).
     * Returns the charset the answer names, empty where it names none.
     */
    public static Optional<String> jsonInUtf8(ApiResponse response) {
        json(response);
        Optional<String> charset = MediaType.charset(response.contentType());
        if (charset.isPresent() && !MediaType.isUtf8(charset.get())) {
            throw new AssertionError("the answer is JSON in " + charset.get()
                    + "; expected application/json; charset=utf-8 (R-media-type)");
        }
        return charset;
    }

    /** The HTTP status a reading asks for, e.g. 404 for a path annex A does not define (R-unknown-route). */
    public static void status(ApiResponse response, int status, String reading) {
        if (response.status() != status) {
            throw new AssertionError("expected HTTP " + status + " (" + reading + "), got HTTP " + response.status()
                    + ": " + Exchange.cut(response.text()));
        }
    }

    /** A 2xx answer without a body, where the standard gives the answer no response parameters. */
    public static void successWithoutBody(ApiResponse response, String what) {
        success(response);
        if (!response.text().isBlank()) {
            throw new AssertionError(what + " has no response parameters, got the body: "
                    + Exchange.cut(response.text()));
        }
    }

    /** Reading R-unknown-route: a 405 answer's Allow header names the method the path has in annex A. */
    public static void allowNames(ApiResponse response, String method, String path) {
        String allow = response.header("Allow").orElseThrow(() -> new AssertionError(
                "a 405 answer carries an Allow header naming the methods of the path (R-unknown-route); none sent"));
        boolean named = Arrays.stream(allow.split(",")).map(each -> each.strip().toUpperCase(Locale.ROOT))
                .anyMatch(method::equals);
        if (!named) {
            throw new AssertionError("the Allow header '" + allow + "' does not name " + method
                    + ", the method of " + path + " in annex A");
        }
    }

    /** A file to download: a 2xx answer of application/octet-stream as an attachment ({@code what} serves it). */
    public static void download(ApiResponse response, String what) {
        success(response);
        if (!MediaType.is(response.contentType(), LogContentTypes.OCTET_STREAM)) {
            throw new AssertionError(what + " serves application/octet-stream, got '" + response.contentType() + "'");
        }
        String disposition = response.header("Content-Disposition").orElse("");
        if (!disposition.toLowerCase(Locale.ROOT).startsWith("attachment")) {
            throw new AssertionError(what + " serves an attachment, got Content-Disposition: '" + disposition + "'");
        }
    }

    /** A value the platform answers is the one expected of it ({@code what}: the field and where the rule stands). */
    public static void equal(String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError(what + ": expected '" + expected + "', got " + (actual == null ? "none"
                    : "'" + actual + "'"));
        }
    }

    /** Every field of {@code expected} has the same value in {@code actual} ({@code what}: the two objects). */
    public static void sameFields(String what, JsonNode expected, JsonNode actual) {
        if (expected.isMissingNode() && (actual.isMissingNode() || actual.isNull())) {
            return;
        }
        if (!expected.isObject() || !actual.isObject()) {
            throw new AssertionError(what + ": expected two objects, got " + expected + " and " + actual);
        }
        List<String> differences = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().equals(actual.path(field.getKey()))) {
                differences.add(field.getKey() + " " + field.getValue() + " vs " + actual.path(field.getKey()));
            }
        }
        if (!differences.isEmpty()) {
            throw new AssertionError(what + " differ: " + String.join(", ", differences));
        }
    }

    /**
     * A part of an answer (an item of a list, a node entry, a cpu) has the shape of a JSON Schema of schemas/:
     * {@code what} names the part, {@code shape} the table or schema it is judged against.
     */
    public static void shape(String what, JsonNode part, String schemaFile, String shape) {
        List<String> violations = SchemaCatalog.get().violations(schemaFile, part.toString());
        if (!violations.isEmpty()) {
            throw new AssertionError(what + " does not have the shape of " + shape + ": "
                    + String.join("; ", violations));
        }
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
