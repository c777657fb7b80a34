package org.aicnet.conformance.report;

import org.aicnet.conformance.ledger.Ledger;
import org.aicnet.conformance.ledger.Readings;
import org.aicnet.conformance.platform.Exchange;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A run as the suite would return it, against the requirements of the real ledger: two checks of each outcome,
 * mandatory and optional ones, a check covering two requirements, a check that names no requirement of the ledger,
 * a failure whose response is hostile HTML, an error after many exchanges, and a skip with its reason.
 *
 * <p>Its counts, worked out by hand: 8 checks, 2 of each outcome; 6 mandatory (2 PASS, 1 FAIL, 2 ERROR, 1 SKIP: badge
 * 2/5), 2 optional (1 FAIL, 1 SKIP); 9 requirements checked (3 PASS, 2 FAIL, 2 ERROR, 2 SKIP), the rest of the ledger
 * not checked; verdict FAIL, exit code 1.
 */
final class SampleRun {

    static final String BASE_URL = "http://platform.example:8080/api";
    /** A response body a hostile or careless platform might send: the HTML report must show it, not run it. */
    static final String HOSTILE_BODY = "<script>document.body.setAttribute('data-pwned','yes')</script>"
            + "<img src=x onerror=\"document.body.setAttribute('data-pwned','yes')\"> | ``` **bold** \u0007 end";
    static final String NOT_SELECTED = "A.6-sort";

    private SampleRun() {
    }

    static RunResult result() {
        Instant started = Instant.parse("2025-11-27T08:00:00Z");
        List<CheckResult> checks = List.of(
                check("auth:5", "Obtaining a token", "The user logs in and gets a token",
                        List.of("A.1-endpoint", "A.4-token"), true, Outcome.PASS, null,
                        List.of(login())),
                check("protocol:8", "Protocol", "An unknown path is answered 404 with the error body",
                        List.of("6.2-unknown-route"), true, Outcome.PASS, null,
                        List.of(exchange("GET", "/no/such/path", 404, "{\"errorCode\":\"0202\",\"errorMsg\":\"no route\"}"))),
                check("protocol:14", "Protocol", "A path of annex A called with another method answers 405",
                        List.of("6.2-wrong-method"), true, Outcome.FAIL,
                        "expected HTTP 405 with an Allow header (reading R-unknown-route), got HTTP 404: " + HOSTILE_BODY,
                        List.of(exchange("PUT", "/centers", 404, HOSTILE_BODY))),
                check("auth:20", "Obtaining a token", "Every call without a token is refused with 0101",
                        List.of("7.2.1-token-required", "B.1-0101-auth"), true, Outcome.ERROR,
                        "no answer from the platform to GET " + BASE_URL + "/trainjob: java.net.SocketTimeoutException: "
                                + "Read timed out",
                        IntStream.rangeClosed(1, 12).mapToObj(i -> exchange("GET", "/centers?page=" + i, 401,
                                "{\"errorCode\":\"0101\",\"errorMsg\":\"token missing\"}")).toList()),
                check("auth:31", "Obtaining a token", "An expired token is refused with 0102",
                        List.of("B.1-0102"), true, Outcome.SKIP,
                        "no expired token configured (--expired-token): this check needs one", List.of()),
                check("centers:40", "Listing the available computing centers",
                        "A pageSize out of range is refused with 0204", List.of("A.6-pageSize-range"), false,
                        Outcome.FAIL, "expected HTTP 400 with error code 0204 (table B.1), got HTTP 200: {\"centers\":[]}",
                        List.of(exchange("GET", "/centers?pageSize=0", 200, "{\"totalSize\":0,\"centers\":[]}"))),
                check("centers:52", "Listing the available computing centers", "page defaults to 1",
                        List.of("A.6-page-default"), false, Outcome.SKIP,
                        "non-destructive mode: this check would create something on the platform", List.of()),
                check("misc:3", "Miscellany", "A check whose tag names no requirement of the ledger",
                        List.of("A.99-not-in-ledger"), true, Outcome.ERROR,
                        "kit defect: a step of this check has no definition", List.of()));
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("baseUrl", BASE_URL);
        configuration.put("user", "alice");
        configuration.put("password", "***");
        configuration.put("tokenHeader", "X-Auth-Token");
        configuration.put("tags", "not @slow");
        List<String> withChecks = new ArrayList<>();
        checks.forEach(check -> withChecks.addAll(check.requirements()));
        withChecks.add(NOT_SELECTED);
        return new RunResult("aicnet-20251127-080000", BASE_URL, started, started.plusSeconds(95), configuration,
                checks, List.of("training job job-17 stopped and deleted",
                "dataset ds-3 of alice left in place: annex A has no endpoint to delete a dataset"),
                Map.of("R-authMethod-form", "array [\"password\"]"), Set.copyOf(withChecks));
    }

    static ComplianceReport report() {
        return builder().build(result());
    }

    static ComplianceReportBuilder builder() {
        return new ComplianceReportBuilder(Ledger.load(), Readings.load(), "0.1.0-test");
    }

    static CheckResult check(String id, String feature, String name, List<String> requirements, boolean mandatory,
                             Outcome outcome, String message, List<Exchange> evidence) {
        List<String> tags = new ArrayList<>();
        requirements.forEach(requirement -> tags.add("@req:" + requirement));
        tags.add(mandatory ? "@mandatory" : "@optional");
        return new CheckResult(id, feature, name, tags, requirements, mandatory, outcome, message,
                Duration.ofMillis(120), evidence);
    }

    static Exchange exchange(String method, String path, int status, String responseBody) {
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        requestHeaders.put("X-Auth-Token", "***");
        requestHeaders.put("Accept", "application/json");
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        responseHeaders.put("Content-Type", "application/json; charset=utf-8");
        return new Exchange(method, BASE_URL + path, requestHeaders, null, status, responseHeaders, responseBody, 35,
                "curl -sS -X " + method + " '" + BASE_URL + path + "' -H \"X-Auth-Token: $AICNET_TOKEN\"");
    }

    private static Exchange login() {
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        requestHeaders.put("Content-Type", "application/json; charset=utf-8");
        return new Exchange("POST", BASE_URL + "/auth/tokens", requestHeaders,
                "{\"authMethod\":[\"password\"],\"user\":{\"name\":\"alice\",\"password\":\"***\"}}", 200,
                Map.of("Content-Type", "application/json; charset=utf-8"),
                "{\"token\":\"***\",\"expiresAt\":\"2025-11-28 16:00:00\"}", 80,
                "curl -sS -X POST '" + BASE_URL + "/auth/tokens' -H 'Content-Type: application/json; charset=utf-8' "
                        + "--data '{\"authMethod\":[\"password\"],\"user\":{\"name\":\"alice\",\"password\":\"***\"}}'");
    }
}
