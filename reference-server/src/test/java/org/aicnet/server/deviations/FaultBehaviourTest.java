package org.aicnet.server.deviations;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
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
import org.aicnet.server.jobs.JobCalls;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a server with faults answers where the conforming one answers otherwise: one server with faults that touch
 * different routes, each test the wire behaviour of one fault.
 */
class FaultBehaviourTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork().withFaults(
            Fault.FROZEN_ACCOUNT_TOKENS_STILL_WORK.id(), Fault.CENTERS_ORDER_INVERTED.id(),
            Fault.SPECS_PAGES_COUNTED_FROM_0.id(), Fault.IMAGES_PAGE_PAST_THE_END_REFUSED.id(),
            Fault.JOB_NODE_COUNT_AS_STRING_ACCEPTED.id(), Fault.JOB_LIST_PAGE_SIZE_UNBOUNDED.id(),
            Fault.ONLINE_JOB_SERVICE_UNREACHABLE.id());

    @Test
    void aFrozenAccountsEarlierTokenStillWorks() {
        String earlier = network.token(TestServers.BOB);
        for (int attempt = 1; attempt <= 5; attempt++) {
            error(logIn(TestServers.BOB.name(), "wrong-" + attempt), ErrorCode.AUTHENTICATION_FAILED);
        }
        error(logIn(TestServers.BOB.name(), TestServers.BOB.password()), ErrorCode.ACCOUNT_FROZEN);
        ok(given(network.request(earlier)).get(ApiPaths.CENTERS), TableSchemas.CENTERS_RESPONSE);
    }

    @Test
    void centersInAscendingOrderComeDescending() {
        List<String> asc = centerIds("asc");
        assertEquals(List.of("offline-center", "npu-center", "gpu-center"), asc);
        assertEquals(List.of("gpu-center", "npu-center", "offline-center"), centerIds("desc"));
    }

    @Test
    void specPagesAreCountedFrom0() {
        List<String> all = specIds(Map.of(ListQueries.PAGE_SIZE, 1000));
        assertEquals(all.subList(0, 2), specIds(Map.of(ListQueries.PAGE, 0, ListQueries.PAGE_SIZE, 2)));
        assertEquals(all.subList(2, 4), specIds(Map.of(ListQueries.PAGE, 1, ListQueries.PAGE_SIZE, 2)));
        assertEquals(all.subList(0, 2), specIds(Map.of(ListQueries.PAGE_SIZE, 2)));
    }

    @Test
    void anImagePagePastTheEndIsRefused() {
        error(given(network.as(TestServers.ALICE)).queryParam(ListQueries.PAGE, 99).get(ApiPaths.IMAGES),
                ErrorCode.PARAMETER_RANGE);
        ok(given(network.as(TestServers.ALICE)).queryParam(ListQueries.PAGE, 1).get(ApiPaths.IMAGES),
                TableSchemas.IMAGES_RESPONSE);
    }

    @Test
    void aNodeCountSentAsAStringIsAccepted() {
        JobCalls alice = new JobCalls(network.server(), TestServers.ALICE);
        Map<String, Object> body = JobCalls.body("string-node-count", TestNetworks.GPU_1, "exit 0");
        JobCalls.config(body).put(JobFields.NODE_COUNT, "2");
        String id = alice.create(body);
        assertEquals(2, alice.detail(id).getList("tasks").size());
    }

    @Test
    void theJobListTakesAPageSizeAbove1000() {
        ok(given(network.as(TestServers.ALICE)).queryParam(ListQueries.PAGE_SIZE, 1001).get(ApiPaths.TRAIN_JOBS),
                TableSchemas.TRAINJOB_LIST_RESPONSE);
    }

    @Test
    void aRunningOnlineJobsUrlAnswers502() throws InterruptedException {
        JobCalls alice = new JobCalls(network.server(), TestServers.ALICE);
        JsonPath created = ok(alice.post(ApiPaths.ONLINE_JOBS, JobCalls.body("unreachable", TestNetworks.GPU_1, null)),
                TableSchemas.ONLINEJOB_CREATE_RESPONSE);
        String id = created.getString("metadata.id");
        alice.await(id, JobStatus.RUNNING);
        Response answer = RestAssured.given().get(URI.create(created.getString("metadata.url")));
        assertEquals(502, answer.statusCode(), answer.asString());
        alice.stop(id);
    }

    private static List<String> centerIds(String order) {
        return ok(given(network.as(TestServers.ALICE)).queryParam(ListQueries.ORDER, order).get(ApiPaths.CENTERS),
                TableSchemas.CENTERS_RESPONSE).getList("centers.centerId");
    }

    private static List<String> specIds(Map<String, Object> query) {
        return ok(given(network.as(TestServers.ALICE)).queryParams(query).get(ApiPaths.SPECS),
                TableSchemas.RESOURCE_SPECS_RESPONSE).getList("resourceSpecs.specId");
    }

    private static Response logIn(String name, String password) {
        return given(network.request()).contentType(ContentType.JSON)
                .body(Map.of(Api.AUTH_METHOD, "password", Api.USER, Map.of("name", name, "password", password)))
                .post(ApiPaths.TOKENS);
    }
}
