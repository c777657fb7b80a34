package org.aicnet.server.jobs;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Times;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.aicnet.server.ApiAssertions.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A job's life over HTTP: detail (A.42), stop (A.51), delete (A.52) and download (A.54), and their refusals. */
class TrainJobLifecycleTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();
    static JobCalls alice;

    @BeforeAll
    static void logIn() {
        alice = new JobCalls(network.server(), TestServers.ALICE);
    }

    private static Response delete(String id) {
        return alice.request().delete(ApiPaths.TRAIN_JOB, id);
    }

    private static Response download(String id) {
        return alice.request().get(ApiPaths.TRAIN_JOB_DOWNLOAD, id);
    }

    @Test
    void theDetailShowsTheJobAndEachTaskWithItsCenterSpecAndStatus() throws Exception {
        Map<String, Object> body = JobCalls.body("detailed", TestNetworks.GPU_4, "sleep 30");
        JobCalls.config(body).put(JobFields.NODE_COUNT, 2);
        String id = alice.create(body);
        JsonPath detail = alice.await(id, JobStatus.RUNNING);
        assertEquals("detailed", detail.getString("metadata.name"));
        assertEquals("u-alice", detail.getString("metadata.userId"));
        assertEquals(List.of("task-0", "task-1"), detail.getList("tasks.taskId"));
        assertEquals(List.of("RUNNING", "RUNNING"), detail.getList("tasks.status"));
        assertEquals("gpu-center", detail.getString("tasks[1].centerId"));
        assertEquals("GPU Center", detail.getString("tasks[1].centerName"));
        assertEquals("sleep 30", detail.getString("tasks[1].command"));
        assertEquals("gpu-4", detail.getString("tasks[1].specId"));
        assertEquals("4 x V100", detail.getString("tasks[1].specName"));
        assertEquals(Map.of("arch", "X86", "coreNum", 16), detail.getMap("tasks[1].specInfo.cpu"));
        assertEquals(Map.of("memorySize", 64, "memoryUnit", "GiB"), detail.getMap("tasks[1].specInfo.memory"));
        assertEquals(Map.of("processorType", "GPU", "processorNum", 4, "productName", "Nvidia/GPU/V100",
                "processorMemory", 32), detail.getMap("tasks[1].specInfo.processor"));
        alice.stop(id);
    }

    @Test
    void aJobWithoutCommandShowsAnEmptyOne() throws Exception {
        String id = alice.create("no-command", null);
        assertEquals("", alice.detail(id).getString("tasks[0].command"));
        alice.await(id, JobStatus.SUCCEEDED);
    }

    @Test
    void stoppingARunningJobAnswersItsStoppedTimeAndFreesIt() throws Exception {
        String id = alice.create("to-stop", "sleep 60");
        alice.await(id, JobStatus.RUNNING);
        JsonPath stopped = alice.stop(id);
        assertEquals(id, stopped.getString("id"));
        assertEquals("STOPPED", stopped.getString("status"));
        assertTrue(Times.parse(stopped.getString("stoppedTime")).isPresent());
        JsonPath detail = alice.detail(id);
        assertEquals("STOPPED", detail.getString("status"));
        assertEquals(List.of("STOPPED"), detail.getList("tasks.status"));
        error(alice.request().post(ApiPaths.TRAIN_JOB_STOP, id), ErrorCode.PARAMETER_VALUE);
    }

    @Test
    void aPendingJobStopsToo() {
        Map<String, Object> whole = JobCalls.body("whole-center", TestNetworks.GPU_8, "sleep 60");
        JobCalls.config(whole).put(JobFields.NODE_COUNT, 2);
        String first = alice.create(whole);
        whole.put(JobFields.JOB_NAME, "whole-center-again");
        String waiting = alice.create(whole);
        assertEquals("STOPPED", alice.stop(waiting).getString("status"));
        assertEquals("STOPPED", alice.stop(first).getString("status"));
    }

    @Test
    void aFinishedJobDoesNotStop() throws Exception {
        String succeeded = alice.create("done", "exit 0");
        alice.await(succeeded, JobStatus.SUCCEEDED);
        error(alice.request().post(ApiPaths.TRAIN_JOB_STOP, succeeded), ErrorCode.PARAMETER_VALUE);
        String failed = alice.create("broken", "exit 1");
        alice.await(failed, JobStatus.FAILED);
        error(alice.request().post(ApiPaths.TRAIN_JOB_STOP, failed), ErrorCode.PARAMETER_VALUE);
        assertEquals("FAILED", alice.detail(failed).getString("status"));
    }

    @Test
    void aRunningJobIsNotDeletedAFinishedOneIsAndThenAnswers0240() throws Exception {
        String id = alice.create("to-delete", "sleep 60");
        alice.await(id, JobStatus.RUNNING);
        error(delete(id), ErrorCode.PARAMETER_VALUE);
        alice.stop(id);
        Response deleted = delete(id);
        assertEquals(204, deleted.statusCode());
        assertEquals("", deleted.asString());
        error(alice.get(ApiPaths.TRAIN_JOB, id), ErrorCode.JOB_NOT_FOUND);
        error(alice.request().post(ApiPaths.TRAIN_JOB_STOP, id), ErrorCode.JOB_NOT_FOUND);
        error(delete(id), ErrorCode.JOB_NOT_FOUND);
        error(download(id), ErrorCode.JOB_NOT_FOUND);
        error(alice.request().queryParam(LogContentTypes.CONTENT_TYPE, LogContentTypes.TEXT_PLAIN)
                .get(ApiPaths.TASK_LOG_URL, id, "task-0"),
                ErrorCode.JOB_NOT_FOUND);
        assertFalse(alice.request().get(ApiPaths.TRAIN_JOBS).asString().contains(id));
        alice.create("to-delete", "exit 0");
    }

    @Test
    void succeededFailedAndUnknownIdsAre0240OnEveryEndpoint() throws Exception {
        String failed = alice.create("fails-then-deleted", "exit 9");
        alice.await(failed, JobStatus.FAILED);
        assertEquals(204, delete(failed).statusCode());
        for (String id : List.of("job-0000999999", "nothing")) {
            error(alice.get(ApiPaths.TRAIN_JOB, id), ErrorCode.JOB_NOT_FOUND);
            error(alice.request().post(ApiPaths.TRAIN_JOB_STOP, id), ErrorCode.JOB_NOT_FOUND);
            error(delete(id), ErrorCode.JOB_NOT_FOUND);
            error(download(id), ErrorCode.JOB_NOT_FOUND);
        }
    }

    @Test
    void aJobWithoutResultYetIsNotDownloaded() throws Exception {
        String id = alice.create("no-result-yet", "sleep 60");
        error(download(id), ErrorCode.PARAMETER_VALUE);
        alice.await(id, JobStatus.RUNNING);
        error(download(id), ErrorCode.PARAMETER_VALUE);
        alice.stop(id);
    }

    @Test
    void theResultIsAZipOfEveryTasksOutputFiles() throws Exception {
        Map<String, Object> body = JobCalls.body("with-results", TestNetworks.GPU_1, "echo training; exit 0");
        JobCalls.config(body).put(JobFields.NODE_COUNT, 2);
        String id = alice.create(body);
        alice.await(id, JobStatus.SUCCEEDED);
        Response response = download(id);
        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(LogContentTypes.OCTET_STREAM, response.contentType());
        assertEquals("attachment; filename=\"with-results-" + id + ".zip\"", response.header("Content-Disposition"));
        Map<String, String> entries = unzip(response.asByteArray());
        assertEquals(List.of("task-0/metrics.json", "task-0/model-summary.txt", "task-1/metrics.json",
                "task-1/model-summary.txt"), List.copyOf(entries.keySet()));
        assertTrue(entries.get("task-1/metrics.json").contains("\"taskId\" : \"task-1\""));
        assertTrue(entries.get("task-0/model-summary.txt").contains("trained on 1 x Nvidia/GPU/V100"));
    }

    @Test
    void aFailedOrStoppedJobsResultIsWhatItLeft() throws Exception {
        String id = alice.create("failed-results", "exit 2");
        alice.await(id, JobStatus.FAILED);
        Map<String, String> entries = unzip(download(id).asByteArray());
        assertEquals(List.of("task-0/metrics.json"), List.copyOf(entries.keySet()));
        assertTrue(entries.get("task-0/metrics.json").contains("\"exitCode\" : 2"));
    }

    @Test
    void aJobThatLeftNoFileHasNoResult() throws Exception {
        Map<String, Object> whole = JobCalls.body("stopped-before-start", TestNetworks.GPU_8, "sleep 60");
        JobCalls.config(whole).put(JobFields.NODE_COUNT, 2);
        String running = alice.create(whole);
        whole.put(JobFields.JOB_NAME, "never-started");
        String waiting = alice.create(whole);
        alice.stop(waiting);
        error(download(waiting), ErrorCode.PARAMETER_VALUE);
        alice.stop(running);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes()));
            }
        }
        return entries;
    }
}
