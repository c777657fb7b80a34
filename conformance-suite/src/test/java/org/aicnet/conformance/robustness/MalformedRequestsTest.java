package org.aicnet.conformance.robustness;

import org.aicnet.conformance.platform.ApiResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MalformedRequestsTest {

    private static final String ID = "no-such-job";

    private static Malformed find(String endpoint, String what) {
        return MalformedRequests.of(Endpoint.named(endpoint), ID).stream().filter(m -> m.what().equals(what))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + what + "' for " + endpoint + " among "
                        + MalformedRequests.of(Endpoint.named(endpoint), ID)));
    }

    @Test
    void everyEndpointOfAnnexAGetsMalformedRequestsAndTheSetIsBounded() {
        assertEquals(15, Endpoint.ANNEX_A.size());
        for (Endpoint endpoint : Endpoint.ANNEX_A) {
            List<Malformed> requests = MalformedRequests.of(endpoint, ID);
            assertTrue(requests.size() >= 3 && requests.size() <= 100, endpoint + ": " + requests.size());
        }
    }

    @Test
    void aJobBodyGetsEachMistakeOfItsSchemaOnAWellFormedPlaceholder() {
        Malformed missing = find("POST /trainjob", "config.specId left out");
        assertFalse(missing.body().contains("specId"), missing.body());
        assertTrue(missing.body().contains("\"imageId\""), "the first image alternative: " + missing.body());
        assertTrue(missing.codes().contains("0203"));
        assertTrue(find("POST /trainjob", "config.nodeCount below its minimum 1").body().contains("\"nodeCount\":0"));
        assertTrue(find("POST /trainjob", "jobDesc of 257 characters").codes().contains("0207"));
        assertEquals(Set.of("0201", "0210", "0211", "0221"),
                find("POST /trainjob", "config.centerId of the wrong JSON type").codes());
        assertTrue(find("POST /onlineJob", "config.port past its maximum 65535").body().contains("65536"));
        assertTrue(find("POST /onlineJob", "config.port past its maximum 65535").body().contains("specId"),
                "A.58 takes the fields of A.32 through allOf");
    }

    @Test
    void brokenJsonAndAnOversizedBodyAreAmongThem() {
        assertEquals(Set.of("0201", "0101"), find("POST /auth/tokens", "JSON cut off").codes());
        Malformed big = find("POST /auth/tokens", "a body of 2 MiB (in user.name)");
        assertTrue(big.body().getBytes(StandardCharsets.UTF_8).length > MalformedRequests.OVERSIZED_BYTES);
        assertTrue(big.codes().contains("0204"));
    }

    @Test
    void badEscapesGoIntoPathAndQueryAsWritten() {
        assertEquals("/trainjob/%zz/stop", find("POST /trainjob/{id}/stop", "path parameter id with the escape %zz")
                .target());
        assertEquals(Set.of("0201"), find("GET /trainjob/{id}", "path parameter id with the escape %u002e").codes());
        assertEquals("/centers?pageSize=%zz", find("GET /centers", "pageSize with the escape %zz").target());
        assertTrue(find("GET /trainjob/{id}/tasks/{taskId}/logs/url", "contentType left out").target()
                .endsWith("/logs/url"));
        assertEquals("/resource/images?sort=aicnet%20no%20such%20value%21",
                find("GET /resource/images", "sort outside the values it may take").target());
    }

    @Test
    void theRefusalMustBeOfTheAllowedCodeWithTheErrorBodyAndNever5xx() {
        Set<String> codes = Set.of("0201");
        org.aicnet.conformance.platform.Expect.refusal(answer(400, "{\"errorCode\":\"0201\",\"errorMsg\":\"x\"}"),
                codes, "/errorCode");
        assertThrows(AssertionError.class, () -> org.aicnet.conformance.platform.Expect.refusal(
                answer(500, "{\"errorCode\":\"0100\",\"errorMsg\":\"x\"}"), codes, "/errorCode"));
        assertThrows(AssertionError.class, () -> org.aicnet.conformance.platform.Expect.refusal(
                answer(400, "{\"errorCode\":\"0202\",\"errorMsg\":\"x\"}"), codes, "/errorCode"));
        assertThrows(AssertionError.class, () -> org.aicnet.conformance.platform.Expect.refusal(
                new ApiResponse(400, Map.of("Content-Type", "text/html"), "<html>".getBytes(), "/errorCode"),
                codes, "/errorCode"));
    }

    private static ApiResponse answer(int status, String json) {
        return new ApiResponse(status, Map.of("Content-Type", "application/json"), json.getBytes(), "/errorCode");
    }
}
