package org.aicnet.server.metrics;

import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.jobs.JobCalls;
import org.aicnet.server.web.Extensions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /metrics in the Prometheus text format: requests by route and status, jobs by state and center, backend calls. */
class MetricsTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();

    @Test
    void countsRequestsByRouteTemplateAndStatusIncludingUnknownPathsAndRefusals() {
        double before = sample(scrape(), "aicnet_http_requests_total{method=\"GET\",route=\"/trainjob/{id}\","
                + "status=\"401\"}");
        for (int i = 0; i < 3; i++) {
            given(network.request()).get("/trainjob/job-" + i).then().statusCode(401);
        }
        given(network.request()).get("/no/such/path/secret-looking-segment").then().statusCode(404);
        String text = scrape();
        assertEquals(before + 3, sample(text, "aicnet_http_requests_total{method=\"GET\",route=\"/trainjob/{id}\","
                + "status=\"401\"}"), text);
        assertTrue(sample(text, "aicnet_http_requests_total{method=\"GET\",route=\"" + MetricsRoutes.UNMATCHED
                + "\",status=\"404\"}") >= 1, text);
        assertFalse(text.contains("secret-looking-segment"), "a raw path is never a label");
        assertFalse(text.contains("job-1"), "nor an id");
    }

    @Test
    void aMadeUpMethodIsCountedAsOtherNeverAsALabelOfItsOwn() {
        double before = sample(scrape(), "aicnet_http_requests_total{method=\"OTHER\",route=\""
                + MetricsRoutes.UNMATCHED + "\",status=\"404\"}");
        for (int i = 0; i < 3; i++) {
            given(network.request()).header("X-HTTP-Method-Override", "MADEUP" + i).get("/no/such/path");
        }
        String text = scrape();
        assertFalse(text.contains("MADEUP"), text);
        assertEquals(before + 3, sample(text, "aicnet_http_requests_total{method=\"OTHER\",route=\""
                + MetricsRoutes.UNMATCHED + "\",status=\"404\"}"), text);
    }

    @Test
    void countsJobsByKindStateAndCenterAndTheCallsToTheirBackend() throws Exception {
        JobCalls alice = new JobCalls(network.server(), TestServers.ALICE);
        String id = alice.create("metered", "echo metered");
        alice.await(id, JobStatus.SUCCEEDED);
        String text = scrape();
        assertTrue(sample(text, "aicnet_jobs{kind=\"TRAINING\",state=\"SUCCEEDED\",center=\""
                + TestNetworks.GPU_CENTER + "\"}") >= 1, text);
        assertTrue(sample(text, "aicnet_backend_calls_total{center=\"" + TestNetworks.GPU_CENTER
                + "\",operation=\"submitJob\",outcome=\"ok\"}") >= 1, text);
        assertTrue(sample(text, "aicnet_backend_calls_total{center=\"" + TestNetworks.GPU_CENTER
                + "\",operation=\"states\",outcome=\"ok\"}") >= 1, text);
        assertTrue(text.contains("# TYPE aicnet_backend_calls_seconds summary\n"), text);
        alice.request().delete(ApiPaths.TRAIN_JOB, id).then().statusCode(204);
    }

    @Test
    void needsNoTokenAndIsPlainText() {
        given(network.request()).get(Extensions.METRICS).then().statusCode(200)
                .contentType(startsWith("text/plain; version=0.0.4"));
    }

    private static String scrape() {
        return given(network.request()).get(Extensions.METRICS).then().statusCode(200).extract().asString();
    }

    /** The value of the sample line that starts with {@code series}, 0 when there is none. */
    private static double sample(String text, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
