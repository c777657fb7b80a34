package org.aicnet.server.backend;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.TestServers;
import org.aicnet.server.jobs.JobCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reference server does with a center whose tasks really run, over HTTP: a job runs its command and leaves
 * its log and results, a failing command fails its job, a running job stops, and a job of more nodes than the
 * center has is refused (0204). Each backend's test extends this with its center's backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RealCenterContract {

    @TempDir
    static Path directory;
    private ReferenceServer server;
    private JobCalls alice;
    private final List<String> created = new ArrayList<>();

    /** The center's backend as a YAML flow mapping. */
    protected abstract String backend();

    @BeforeAll
    void start() {
        server = TestServers.start(TestServers.config(directory, RealCenters.yaml(backend())),
                directory.resolve("data"));
        alice = new JobCalls(server, TestServers.ALICE);
    }

    @AfterAll
    void stop() {
        if (server == null) {
            return;
        }
        for (String id : created) {
            String status = alice.detail(id).getString("status");
            if (JobStatus.valueOf(status).stoppable()) {
                alice.stop(id);
            }
        }
        server.close();
    }

    @Test
    void aJobRunsItsCommandAndLeavesItsLogAndResults() throws Exception {
        String id = create("round-trip",
                "echo \"hello from $AICNET_JOB_ID\"; echo 42 > \"$AICNET_OUTPUT_DIR/answer.txt\"");
        JsonPath detail = alice.await(id, JobStatus.SUCCEEDED);
        String taskId = detail.getString("tasks[0].taskId");
        assertEquals(RealCenters.CENTER, detail.getString("tasks[0].centerId"));

        String link = ok(alice.request().queryParam(LogContentTypes.CONTENT_TYPE, "text/plain")
                .get(ApiPaths.TASK_LOG_URL, id, taskId), TableSchemas.TRAINJOB_LOG_URL_RESPONSE).getString("logUrl");
        Response log = RestAssured.given().urlEncodingEnabled(false).get(URI.create(link));
        assertEquals(200, log.statusCode());
        assertTrue(log.asString().contains("hello from " + id + "\n"), log.asString());

        Map<String, String> results = unzip(alice.request().get(ApiPaths.TRAIN_JOB_DOWNLOAD, id).asByteArray());
        assertEquals(Map.of(taskId + "/answer.txt", "42\n"), results);
    }

    @Test
    void aFailingCommandFailsItsJob() throws Exception {
        alice.await(create("failing", "echo failing; exit 3"), JobStatus.FAILED);
    }

    @Test
    void aRunningJobStops() throws Exception {
        String id = create("long", "sleep 300");
        alice.await(id, JobStatus.RUNNING);
        assertEquals(JobStatus.STOPPED.name(), alice.stop(id).getString("status"));
        Thread.sleep(500);
        assertEquals(JobStatus.STOPPED.name(), alice.detail(id).getString("status"));
    }

    @Test
    void aJobOfMoreNodesThanTheCenterHasIsRefused() {
        Map<String, Object> body = body("too-big", "echo never");
        JobCalls.config(body).put(JobFields.NODE_COUNT, 64);
        JsonPath refusal = error(alice.post(ApiPaths.TRAIN_JOBS, body), ErrorCode.PARAMETER_RANGE);
        assertTrue(refusal.getString("errorMsg").contains("at most"), refusal.prettify());
    }

    private String create(String name, String command) {
        String id = alice.create(body(name, command));
        created.add(id);
        return id;
    }

    private static Map<String, Object> body(String name, String command) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(JobFields.SPEC_ID, RealCenters.SPEC);
        config.put(JobFields.IMAGE_ID, RealCenters.IMAGE);
        config.put(JobFields.COMMAND, command);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(JobFields.JOB_NAME, name);
        body.put(JobFields.CONFIG, config);
        return body;
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
