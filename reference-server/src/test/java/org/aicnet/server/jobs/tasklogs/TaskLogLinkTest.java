package org.aicnet.server.jobs.tasklogs;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.jobs.JobCalls;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 7.4.4 and reading R-log-link: the signed, temporary, token-free link to a task's log. */
class TaskLogLinkTest {

    private static final int FORBIDDEN = 403;

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();
    static JobCalls alice;

    @BeforeAll
    static void logIn() {
        alice = new JobCalls(network.server(), TestServers.ALICE);
    }

    static String link(JobCalls calls, String id, String taskId, String contentType) {
        return ok(calls.request().queryParam(LogContentTypes.CONTENT_TYPE, contentType).get(ApiPaths.TASK_LOG_URL, id,
                taskId),
                TableSchemas.TRAINJOB_LOG_URL_RESPONSE).getString("logUrl");
    }

    /** The link as a browser follows it: no token, the URL exactly as handed out. */
    static Response follow(String url) {
        return RestAssured.given().urlEncodingEnabled(false).get(URI.create(url));
    }

    private static String replaceQuery(String url, String name, String value) {
        return url.replaceFirst("([?&]" + name + "=)[^&]*", "$1" + value);
    }

    @Test
    void aLinkIsAnAbsoluteUrlOnThisServerServingTheLogInlineWithoutAToken() throws Exception {
        String id = alice.create("logged", "echo hello from the task; exit 0");
        alice.await(id, JobStatus.SUCCEEDED);
        String url = link(alice, id, "task-0", LogContentTypes.TEXT_PLAIN);
        assertTrue(url.startsWith(network.server().baseUrl() + "/"), url);
        Response log = follow(url);
        assertEquals(200, log.statusCode(), log.asString());
        assertEquals("text/plain;charset=utf-8", log.contentType().replace(" ", "").toLowerCase());
        assertEquals("inline", log.header("Content-Disposition"));
        assertTrue(log.asString().contains(" hello from the task\n"), log.asString());
        assertTrue(log.asString().contains("finished with exit code 0"), log.asString());
    }

    @Test
    void anOctetStreamLinkIsAnAttachment() throws Exception {
        String id = alice.create("downloaded-log", "echo bytes; exit 0");
        alice.await(id, JobStatus.SUCCEEDED);
        Response log = follow(link(alice, id, "task-0", LogContentTypes.OCTET_STREAM));
        assertEquals(200, log.statusCode());
        assertEquals(LogContentTypes.OCTET_STREAM, log.contentType());
        assertEquals("attachment; filename=\"" + id + "-task-0.log\"", log.header("Content-Disposition"));
        assertTrue(log.asString().contains(" bytes\n"));
    }

    @Test
    void aRunningTasksLogShowsWhatWasWrittenSoFar() throws Exception {
        String id = alice.create("still-running", "echo epoch 1 done; sleep 60");
        alice.await(id, JobStatus.RUNNING);
        String url = link(alice, id, "task-0", LogContentTypes.TEXT_PLAIN);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String log = "";
        while (!log.contains("epoch 1 done") && System.nanoTime() < deadline) {
            log = follow(url).asString();
        }
        assertTrue(log.contains(" epoch 1 done\n"), log);
        assertFalse(log.contains("finished"), log);
        alice.stop(id);
        assertTrue(follow(url).asString().contains("stopped"));
    }

    @Test
    void contentTypeIsRequiredAndOneOfTwo() {
        String id = alice.create("content-types", "exit 0");
        error(alice.get(ApiPaths.TASK_LOG_URL, id, "task-0"), ErrorCode.PARAMETER_MISSING);
        error(alice.request().queryParam(LogContentTypes.CONTENT_TYPE, "text/html").get(ApiPaths.TASK_LOG_URL, id,
                "task-0"),
                ErrorCode.PARAMETER_VALUE);
        error(alice.request().queryParam(LogContentTypes.CONTENT_TYPE, LogContentTypes.TEXT_PLAIN)
                .get(ApiPaths.TASK_LOG_URL, id, "task-7"),
                ErrorCode.TASK_NOT_FOUND);
        error(alice.request().queryParam(LogContentTypes.CONTENT_TYPE, LogContentTypes.TEXT_PLAIN)
                .get(ApiPaths.TASK_LOG_URL, "job-0", "task-0"),
                ErrorCode.JOB_NOT_FOUND);
    }

    @Test
    void aPendingTasksLogIsEmpty() {
        Map<String, Object> whole = JobCalls.body("fills-the-center", TestNetworks.GPU_8, "sleep 60");
        JobCalls.config(whole).put(JobFields.NODE_COUNT, 2);
        String running = alice.create(whole);
        whole.put(JobFields.JOB_NAME, "waits");
        String waiting = alice.create(whole);
        Response log = follow(link(alice, waiting, "task-1", LogContentTypes.TEXT_PLAIN));
        assertEquals(200, log.statusCode());
        assertEquals("", log.asString());
        alice.stop(waiting);
        alice.stop(running);
    }

    @Test
    void aTamperedLinkIs403With0101() throws Exception {
        Map<String, Object> body = JobCalls.body("tampered", TestNetworks.GPU_1, "exit 0");
        JobCalls.config(body).put(JobFields.NODE_COUNT, 2);
        String id = alice.create(body);
        alice.await(id, JobStatus.SUCCEEDED);
        String url = link(alice, id, "task-0", LogContentTypes.TEXT_PLAIN);
        String signature = url.substring(url.indexOf(Api.SIGNATURE + "=") + Api.SIGNATURE.length() + 1);
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        for (String tampered : new String[]{
                replaceQuery(url, Api.SIGNATURE, flipped),
                url.replace("/task-0?", "/task-1?"),
                replaceQuery(url, LogContentTypes.CONTENT_TYPE, "application%2Foctet-stream"),
                replaceQuery(url, Api.EXPIRES, "99999999999999"),
                url.substring(0, url.indexOf("&" + Api.SIGNATURE)),
                url.substring(0, url.indexOf('?'))}) {
            error(follow(tampered), FORBIDDEN, ErrorCode.AUTHENTICATION_FAILED);
        }
        assertEquals(200, follow(url).statusCode());
    }

    @Test
    void aLinkToADeletedJobIs0240() throws Exception {
        String id = alice.create("deleted-with-link", "exit 0");
        alice.await(id, JobStatus.SUCCEEDED);
        String url = link(alice, id, "task-0", LogContentTypes.TEXT_PLAIN);
        assertEquals(204, alice.request().delete(ApiPaths.TRAIN_JOB, id).statusCode());
        error(follow(url), ErrorCode.JOB_NOT_FOUND);
    }

    @Test
    void anExpiredLinkIs403With0102(@TempDir Path shortLived) throws Exception {
        try (ReferenceServer quick = TestServers.start(
                TestNetworks.write(shortLived, TestNetworks.yaml("PT0.2S", "")), shortLived.resolve("data"))) {
            JobCalls calls = new JobCalls(quick, TestServers.ALICE);
            String id = calls.create("expires", "exit 0");
            String url = link(calls, id, "task-0", LogContentTypes.TEXT_PLAIN);
            Thread.sleep(400);
            error(follow(url), FORBIDDEN, ErrorCode.TOKEN_EXPIRED);
        }
    }

    @Test
    void aLinkHandedOutBeforeARestartStillWorksAfterIt(@TempDir Path restarted) throws Exception {
        Path config = TestNetworks.write(restarted, TestNetworks.yaml());
        String pathAndQuery;
        try (ReferenceServer first = TestServers.start(config, restarted.resolve("data"))) {
            JobCalls calls = new JobCalls(first, TestServers.ALICE);
            String id = calls.create("survives", "echo before the restart; exit 0");
            calls.await(id, JobStatus.SUCCEEDED);
            String url = link(calls, id, "task-0", LogContentTypes.TEXT_PLAIN);
            pathAndQuery = url.substring(first.baseUrl().length());
        }
        try (ReferenceServer second = TestServers.start(config, restarted.resolve("data"))) {
            Response log = follow(second.baseUrl() + pathAndQuery);
            assertEquals(200, log.statusCode(), log.asString());
            assertTrue(log.asString().contains("before the restart"));
        }
    }

    @Test
    void theConfiguredPublicUrlIsTheBaseOfTheLink(@TempDir Path proxied) {
        String yaml = TestNetworks.yaml("PT1H", "  publicUrl: https://aicnet.example.org/platform/");
        try (ReferenceServer behindProxy = TestServers.start(TestNetworks.write(proxied, yaml),
                proxied.resolve("data"))) {
            JobCalls calls = new JobCalls(behindProxy, TestServers.ALICE);
            String id = calls.create("proxied", "exit 0");
            String url = link(calls, id, "task-0", LogContentTypes.TEXT_PLAIN);
            assertTrue(url.startsWith("https://aicnet.example.org/platform/logs/" + id + "/task-0?"), url);
        }
    }
}
