package org.aicnet.server.jobs;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Api;
import org.aicnet.server.standard.Times;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 7.4.8 (A.56-A.60): online jobs, their own name space, and a service address that answers while they run. */
class OnlineJobTest {

    private static final int UNAVAILABLE = 503;
    private static final int NOT_FOUND = 404;

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();
    static JobCalls alice;

    @BeforeAll
    static void logIn() {
        alice = new JobCalls(network.server(), TestServers.ALICE);
    }

    private static JsonPath create(Map<String, Object> body) {
        return ok(alice.post(ApiPaths.ONLINE_JOBS, body), TableSchemas.ONLINEJOB_CREATE_RESPONSE);
    }

    private static Response call(String url) {
        return RestAssured.given().get(URI.create(url));
    }

    @Test
    void anOnlineJobAnswersAtItsUrlWhileItRunsAndNotOnceStopped() throws Exception {
        Map<String, Object> body = JobCalls.body("inference", TestNetworks.GPU_1, "python serve.py");
        body.put(JobFields.JOB_DESC, "resnet inference");
        JobCalls.config(body).put(JobFields.PORT, 9000);
        JsonPath created = create(body);
        String id = created.getString("metadata.id");
        String url = created.getString("metadata.url");
        assertEquals("PENDING", created.getString("status"));
        assertEquals("inference", created.getString("metadata.name"));
        assertEquals("resnet inference", created.getString("metadata.desc"));
        assertTrue(Times.parse(created.getString("metadata.createTime")).isPresent());
        assertTrue(id.matches("svc-[a-z2-7]{26}"), id + ": 128 random bits, not a count");
        String address = network.server().baseUrl() + "/services/" + id + "/";
        assertTrue(url.startsWith(address + "?" + Api.SIGNATURE + "="), url);
        String signed = url.substring(address.length());

        alice.await(id, JobStatus.RUNNING);
        Response answer = call(url);
        assertEquals(200, answer.statusCode(), answer.asString());
        assertEquals(id, answer.jsonPath().getString("jobId"));
        assertEquals(9000, answer.jsonPath().getInt("port"));
        assertEquals(200, RestAssured.given().body("{\"image\": \"cat.png\"}")
                .post(URI.create(address + "predict" + signed)).statusCode());
        assertEquals(200, alice.request().get(URI.create(address)).statusCode(), "the owner's token");

        alice.stop(id);
        error(call(url), UNAVAILABLE, ErrorCode.SCHEDULER_FAILURE);
    }

    @Test
    void aServiceWhoseCommandEndsStopsAnsweringByItself() throws Exception {
        JsonPath created = create(JobCalls.body("short-lived", TestNetworks.GPU_1, "sleep 0.5"));
        String id = created.getString("metadata.id");
        alice.await(id, JobStatus.SUCCEEDED);
        error(call(created.getString("metadata.url")), UNAVAILABLE, ErrorCode.SCHEDULER_FAILURE);
    }

    @Test
    void aServiceIsUnavailableWhileItWaitsForNodes() {
        Map<String, Object> whole = JobCalls.body("holds-every-node", TestNetworks.GPU_8, "sleep 60");
        JobCalls.config(whole).put(JobFields.NODE_COUNT, 2);
        String running = alice.create(whole);
        JsonPath waiting = create(JobCalls.body("waiting-service", TestNetworks.GPU_1, null));
        error(call(waiting.getString("metadata.url")), UNAVAILABLE, ErrorCode.SCHEDULER_FAILURE);
        alice.stop(waiting.getString("metadata.id"));
        alice.stop(running);
    }

    @Test
    void anAddressOfNoOnlineJobOfTheCallerIs404() throws Exception {
        String base = network.server().baseUrl() + "/services/";
        error(alice.request().get(URI.create(base + "svc-0000099999/")), NOT_FOUND, ErrorCode.JOB_NOT_FOUND);
        String training = alice.create("not-a-service", "exit 0");
        error(alice.request().get(URI.create(base + training + "/")), NOT_FOUND, ErrorCode.JOB_NOT_FOUND);
        String id = create(JobCalls.body("alices-service", TestNetworks.GPU_1, "python serve.py")).getString("metadata.id");
        alice.await(id, JobStatus.RUNNING);
        Response bobs = RestAssured.given(network.as(TestServers.BOB)).get(URI.create(base + id + "/"));
        error(bobs, NOT_FOUND, ErrorCode.JOB_NOT_FOUND);
        alice.stop(id);
    }

    @Test
    void withoutTheOwnersTokenOrTheSignedAddressAServiceRevealsNothing() throws Exception {
        Map<String, Object> body = JobCalls.body("private-service", TestNetworks.GPU_1, "python serve.py");
        JobCalls.config(body).put(JobFields.PORT, 9123);
        JsonPath created = create(body);
        String id = created.getString("metadata.id");
        alice.await(id, JobStatus.RUNNING);
        String address = network.server().baseUrl() + "/services/" + id + "/";
        Response bare = call(address);
        error(bare, 401, ErrorCode.AUTHENTICATION_FAILED);
        Response forged = call(address + "?" + Api.SIGNATURE + "=AAAA");
        error(forged, 403, ErrorCode.AUTHENTICATION_FAILED);
        String otherId = create(JobCalls.body("other-service", TestNetworks.GPU_1, "python serve.py"))
                .getString("metadata.id");
        String othersSignature = created.getString("metadata.url").replaceAll(".*\\?", "?");
        error(call(network.server().baseUrl() + "/services/" + otherId + "/" + othersSignature), 403,
                ErrorCode.AUTHENTICATION_FAILED);
        for (Response refused : List.of(bare, forged)) {
            String text = refused.asString();
            assertFalse(text.contains("private-service") || text.contains("9123") || text.contains("RUNNING"), text);
        }
        assertNotEquals(id, otherId);
        alice.stop(id);
        alice.stop(otherId);
    }

    @Test
    void aServiceAddressTakesGetAndPostOnly() {
        Response wrong = RestAssured.given().delete(URI.create(network.server().baseUrl() + "/services/svc-1/models/resnet"));
        error(wrong, 405, ErrorCode.PARAMETER_VALUE);
        assertEquals("GET, HEAD, POST", wrong.header("Allow"));
    }

    @Test
    void onlineJobsHaveTheirOwnNameSpaceAndAreNotListedAsTrainingJobs() {
        String training = alice.create("shared-name", "exit 0");
        String online = create(JobCalls.body("shared-name", TestNetworks.GPU_1, null)).getString("metadata.id");
        error(alice.post(ApiPaths.ONLINE_JOBS, JobCalls.body("shared-name", TestNetworks.GPU_1, null)),
                ErrorCode.JOB_NAME_EXISTS);
        String list = alice.request().queryParam(ListQueries.PAGE_SIZE, 1000).get(ApiPaths.TRAIN_JOBS).asString();
        assertTrue(list.contains(training));
        assertFalse(list.contains(online), list);
        alice.stop(online);
    }

    @Test
    void portIsAnInteger1To65535() {
        Map<String, Object> body = JobCalls.body("ports", TestNetworks.GPU_1, null);
        JobCalls.config(body).put(JobFields.PORT, 0);
        error(alice.post(ApiPaths.ONLINE_JOBS, body), ErrorCode.PARAMETER_RANGE);
        JobCalls.config(body).put(JobFields.PORT, 65536);
        error(alice.post(ApiPaths.ONLINE_JOBS, body), ErrorCode.PARAMETER_RANGE);
        JobCalls.config(body).put(JobFields.PORT, "8080");
        error(alice.post(ApiPaths.ONLINE_JOBS, body), ErrorCode.PARAMETER_TYPE);
        JobCalls.config(body).remove(JobFields.PORT);
        String id = create(body).getString("metadata.id");
        alice.stop(id);
    }

    @Test
    void theChecksOfATrainingJobApply() {
        error(alice.post(ApiPaths.ONLINE_JOBS, Map.of(JobFields.JOB_NAME, "x")), ErrorCode.PARAMETER_MISSING);
        error(alice.post(ApiPaths.ONLINE_JOBS, JobCalls.body("bad name", TestNetworks.GPU_1, null)),
                ErrorCode.JOB_NAME_CHARACTERS);
        error(alice.post(ApiPaths.ONLINE_JOBS, JobCalls.body("no-spec", "gpu-99", null)), ErrorCode.SPEC_UNAVAILABLE);
        error(io.restassured.RestAssured.given(network.request())
                .contentType(io.restassured.http.ContentType.JSON)
                .body(JobCalls.body("anonymous", TestNetworks.GPU_1, null)).post(ApiPaths.ONLINE_JOBS),
                ErrorCode.AUTHENTICATION_FAILED);
    }
}
