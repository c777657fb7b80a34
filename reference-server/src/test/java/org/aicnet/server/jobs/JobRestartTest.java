package org.aicnet.server.jobs;

import io.restassured.path.json.JsonPath;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.TestStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Persistence: a server started on the data directory of a closed one keeps every job, resumes the running tasks
 * (they hold their nodes again and go on from their recorded start) and keeps numbering jobs after the last.
 */
class JobRestartTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void everyJobSurvivesARestartAndRunningTasksResume(TestStore store) throws Exception {
        Path config = TestNetworks.write(directory, TestNetworks.yaml() + store.yaml());
        Path data = directory.resolve("data");
        String succeeded;
        String failed;
        String stopped;
        String running;
        String online;
        JsonPath before;
        try (ReferenceServer first = TestServers.start(config, data)) {
            JobCalls alice = new JobCalls(first, TestServers.ALICE);
            succeeded = alice.create("ok", "exit 0");
            failed = alice.create("broken", "exit 3");
            stopped = alice.create("stopped", "sleep 60");
            Map<String, Object> body = JobCalls.body("long", TestNetworks.GPU_4,
                    "echo epoch 1; sleep 60; echo epoch 2");
            JobCalls.config(body).put(JobFields.NODE_COUNT, 2);
            running = alice.create(body);
            online = ok(alice.post(ApiPaths.ONLINE_JOBS, JobCalls.body("service", TestNetworks.GPU_1,
                    "python serve.py")),
                    TableSchemas.ONLINEJOB_CREATE_RESPONSE).getString("metadata.id");
            alice.await(succeeded, JobStatus.SUCCEEDED);
            alice.await(failed, JobStatus.FAILED);
            alice.await(stopped, JobStatus.RUNNING);
            alice.stop(stopped);
            alice.await(running, JobStatus.RUNNING);
            alice.await(online, JobStatus.RUNNING);
            before = ok(alice.request().queryParam(ListQueries.SORT, "name").get(ApiPaths.TRAIN_JOBS),
                    TableSchemas.TRAINJOB_LIST_RESPONSE);
        }

        try (ReferenceServer second = TestServers.start(config, data)) {
            JobCalls alice = new JobCalls(second, TestServers.ALICE);
            JsonPath after = ok(alice.request().queryParam(ListQueries.SORT, "name").get(ApiPaths.TRAIN_JOBS),
                    TableSchemas.TRAINJOB_LIST_RESPONSE);
            assertEquals(before.getList("items.metadata"), after.getList("items.metadata"));
            assertEquals(List.of("SUCCEEDED", "FAILED", "STOPPED", "RUNNING"),
                    List.of(alice.detail(succeeded).getString("status"), alice.detail(failed).getString("status"),
                            alice.detail(stopped).getString("status"), alice.detail(running).getString("status")));
            JsonPath idle = ok(alice.request().queryParam(ListQueries.CENTER_ID, TestNetworks.GPU_CENTER)
                    .get(ApiPaths.IDLE),
                    TableSchemas.IDLE_RESOURCES_RESPONSE);
            assertEquals(16 - 8 - 1, idle.getInt("centerResources[0].idleResource.processor.processorNum"),
                    "the running tasks hold their cards again");
            assertEquals(200, alice.request()
                    .get(java.net.URI.create(second.baseUrl() + "/services/" + online + "/")).statusCode());

            String log = io.restassured.RestAssured.given().urlEncodingEnabled(false).get(java.net.URI.create(
                    ok(alice.request().queryParam(LogContentTypes.CONTENT_TYPE, LogContentTypes.TEXT_PLAIN)
                            .get(ApiPaths.TASK_LOG_URL, running, "task-1"), TableSchemas.TRAINJOB_LOG_URL_RESPONSE)
                            .getString("logUrl"))).asString();
            int resumed = log.indexOf("resumed after a restart of the server");
            assertTrue(log.indexOf("Z epoch 1") >= 0 && log.indexOf("Z epoch 1") < resumed, log);
            assertTrue(!log.contains("Z epoch 2") && !log.contains("finished"), log);
            assertEquals("STOPPED", alice.stop(running).getString("status"));
            alice.stop(online);
            String again = alice.create("after-restart", "exit 0");
            assertTrue(again.compareTo(running) > 0, "ids keep growing: " + again);
        }
    }
}
