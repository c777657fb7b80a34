package org.aicnet.server.jobs;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Times;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.aicnet.server.ApiAssertions.error;
import static org.aicnet.server.ApiAssertions.ok;
import static org.aicnet.server.TestNetworks.GPU_1;
import static org.aicnet.server.TestNetworks.GPU_CENTER;
import static org.aicnet.server.TestNetworks.NPU_1;
import static org.aicnet.server.TestNetworks.NPU_CENTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /trainjob (A.30-A.34): the checks of A.31/A.32 and the readings, in their order, and the created job. */
class CreateTrainJobTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();
    static JobCalls alice;
    static int names;

    @BeforeAll
    static void logIn() {
        alice = new JobCalls(network.server(), TestServers.ALICE);
    }

    private static Map<String, Object> job() {
        return JobCalls.body("create" + names++, GPU_1, "sleep 0.1");
    }

    private static void refused(Object body, ErrorCode code) {
        error(alice.post(ApiPaths.TRAIN_JOBS, body), code);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = job();
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> withConfig(String field, Object value) {
        Map<String, Object> body = job();
        JobCalls.config(body).put(field, value);
        return body;
    }

    @Test
    void aCreatedJobIsPendingWithTheMetadataOfA34() {
        Map<String, Object> body = job();
        body.put(JobFields.JOB_DESC, "fine-tune resnet");
        JsonPath created = ok(alice.post(ApiPaths.TRAIN_JOBS, body), TableSchemas.TRAINJOB_CREATE_RESPONSE);
        assertEquals(JobStatus.PENDING.name(), created.getString("status"));
        assertEquals(body.get(JobFields.JOB_NAME), created.getString("metadata.name"));
        assertEquals("fine-tune resnet", created.getString("metadata.desc"));
        assertEquals("u-alice", created.getString("metadata.userId"));
        assertTrue(created.getString("metadata.id").startsWith("job-"));
        assertTrue(Times.parse(created.getString("metadata.createTime")).isPresent());
    }

    @Test
    void descDefaultsToEmptyAndNodeCountToOne() {
        String id = alice.create(job());
        JsonPath detail = alice.detail(id);
        assertEquals("", detail.getString("metadata.desc"));
        assertEquals(1, detail.getList("tasks").size());
    }

    @Test
    void missingFieldsAre0203() {
        refused(Map.of(), ErrorCode.PARAMETER_MISSING);
        Map<String, Object> noConfig = job();
        noConfig.remove(JobFields.CONFIG);
        refused(noConfig, ErrorCode.PARAMETER_MISSING);
        Map<String, Object> noName = job();
        noName.remove(JobFields.JOB_NAME);
        refused(noName, ErrorCode.PARAMETER_MISSING);
        refused(with(JobFields.JOB_NAME, null), ErrorCode.PARAMETER_MISSING);
        Map<String, Object> noSpec = job();
        JobCalls.config(noSpec).remove(JobFields.SPEC_ID);
        refused(noSpec, ErrorCode.PARAMETER_MISSING);
    }

    @Test
    void fieldsOfTheWrongJsonTypeAre0201() {
        refused(with(JobFields.JOB_NAME, 5), ErrorCode.PARAMETER_TYPE);
        refused(with(JobFields.JOB_DESC, 5), ErrorCode.PARAMETER_TYPE);
        refused(with(JobFields.CONFIG, "gpu"), ErrorCode.PARAMETER_TYPE);
        refused(withConfig(JobFields.CENTER_ID, GPU_CENTER), ErrorCode.PARAMETER_TYPE);
        refused(withConfig(JobFields.CENTER_ID, List.of(1)), ErrorCode.PARAMETER_TYPE);
        refused(withConfig(JobFields.SPEC_ID, 1), ErrorCode.PARAMETER_TYPE);
        refused(withConfig(JobFields.NODE_COUNT, "2"), ErrorCode.PARAMETER_TYPE);
        refused(withConfig(JobFields.NODE_COUNT, 1.5), ErrorCode.PARAMETER_TYPE);
        refused(withConfig(JobFields.IMAGE_ID, 3), ErrorCode.PARAMETER_TYPE);
        refused(withConfig(JobFields.IMAGE_URL, true), ErrorCode.PARAMETER_TYPE);
        refused(withConfig(JobFields.COMMAND, List.of("sleep", "1")), ErrorCode.PARAMETER_TYPE);
        refused(List.of(job()), ErrorCode.PARAMETER_TYPE);
        error(alice.request().contentType(ContentType.JSON).body("{\"jobName\": ").post(ApiPaths.TRAIN_JOBS),
                ErrorCode.PARAMETER_TYPE);
        error(alice.request().contentType(ContentType.TEXT).body("jobName=a").post(ApiPaths.TRAIN_JOBS),
                ErrorCode.PARAMETER_TYPE);
    }

    @Test
    void jobNameIs1To64OfLettersDigitsUnderscoreAndHyphen() {
        refused(with(JobFields.JOB_NAME, "bad name"), ErrorCode.JOB_NAME_CHARACTERS);
        refused(with(JobFields.JOB_NAME, "训练"), ErrorCode.JOB_NAME_CHARACTERS);
        refused(with(JobFields.JOB_NAME, "a.b"), ErrorCode.JOB_NAME_CHARACTERS);
        refused(with(JobFields.JOB_NAME, ""), ErrorCode.JOB_NAME_LENGTH);
        refused(with(JobFields.JOB_NAME, "a".repeat(65)), ErrorCode.JOB_NAME_LENGTH);
        alice.create(with(JobFields.JOB_NAME, "Az09_-" + "x".repeat(58)));
        alice.create(with(JobFields.JOB_NAME, "q"));
    }

    @Test
    void jobDescIsAtMost256Characters() {
        refused(with(JobFields.JOB_DESC, "d".repeat(257)), ErrorCode.JOB_DESC_LENGTH);
        alice.create(with(JobFields.JOB_DESC, "描".repeat(256)));
        alice.create(with(JobFields.JOB_DESC, ""));
    }

    @Test
    void nodeCountIsAtLeastOneAndAtMostWhatACenterCanEverPlace() {
        refused(withConfig(JobFields.NODE_COUNT, 0), ErrorCode.PARAMETER_RANGE);
        refused(withConfig(JobFields.NODE_COUNT, -1), ErrorCode.PARAMETER_RANGE);
        refused(withConfig(JobFields.NODE_COUNT, 3), ErrorCode.PARAMETER_RANGE);
        refused(withConfig(JobFields.NODE_COUNT, 1L << 40), ErrorCode.PARAMETER_RANGE);
        assertEquals(2, alice.detail(alice.create(withConfig(JobFields.NODE_COUNT, 2))).getList("tasks").size());
    }

    @Test
    void anImageIsRequiredAndImageIdMustExistWhereTheJobCanRun() {
        Map<String, Object> none = job();
        JobCalls.config(none).remove(JobFields.IMAGE_ID);
        refused(none, ErrorCode.IMAGE_MISSING);
        refused(withConfig(JobFields.IMAGE_ID, ""), ErrorCode.IMAGE_MISSING);
        refused(withConfig(JobFields.IMAGE_ID, "img-nope"), ErrorCode.IMAGE_UNAVAILABLE);
        refused(withConfig(JobFields.IMAGE_ID, TestNetworks.MINDSPORE), ErrorCode.IMAGE_UNAVAILABLE);
    }

    @Test
    void imageIdWinsOverImageUrl() {
        Map<String, Object> both = withConfig(JobFields.IMAGE_URL, "docker.io/library/python:3.12");
        JsonPath task = alice.detail(alice.create(both)).setRootPath("tasks[0]");
        assertEquals(TestNetworks.TORCH, task.getString("imageId"));
        assertFalse(task.getMap("").containsKey("imageUrl"));

        Map<String, Object> url = withConfig(JobFields.IMAGE_URL, "docker.io/library/python:3.12");
        JobCalls.config(url).remove(JobFields.IMAGE_ID);
        JsonPath byUrl = alice.detail(alice.create(url)).setRootPath("tasks[0]");
        assertEquals("docker.io/library/python:3.12", byUrl.getString("imageUrl"));
        assertFalse(byUrl.getMap("").containsKey("imageId"));
    }

    @Test
    void centersMustBeKnownAndConnected() {
        refused(withConfig(JobFields.CENTER_ID, List.of("nowhere")), ErrorCode.CENTER_UNAVAILABLE);
        refused(withConfig(JobFields.CENTER_ID, List.of(GPU_CENTER, TestNetworks.OFFLINE_CENTER)),
                ErrorCode.CENTER_UNAVAILABLE);
        Map<String, Object> npu = JobCalls.body("npu" + names++, NPU_1, "exit 0");
        JobCalls.config(npu).put(JobFields.IMAGE_ID, TestNetworks.MINDSPORE);
        JobCalls.config(npu).put(JobFields.CENTER_ID, List.of(NPU_CENTER));
        assertEquals(NPU_CENTER, alice.detail(alice.create(npu)).getString("tasks[0].centerId"));
        assertEquals(GPU_CENTER, alice.detail(alice.create(withConfig(JobFields.CENTER_ID, List.of())))
                .getString("tasks[0].centerId"));
    }

    @Test
    void theSpecMustExistInAnAllowedCenter() {
        refused(withConfig(JobFields.SPEC_ID, "gpu-99"), ErrorCode.SPEC_UNAVAILABLE);
        Map<String, Object> npuInGpuCenter = withConfig(JobFields.SPEC_ID, NPU_1);
        JobCalls.config(npuInGpuCenter).put(JobFields.CENTER_ID, List.of(GPU_CENTER));
        refused(npuInGpuCenter, ErrorCode.SPEC_UNAVAILABLE);
    }

    @Test
    void aNameIsUniqueAmongTheUsersTrainingJobs() {
        Map<String, Object> body = job();
        alice.create(body);
        refused(body, ErrorCode.JOB_NAME_EXISTS);
    }

    @Test
    void checksComeInTheOrderMissingTypesValuesReferencesConflicts() {
        Map<String, Object> missingAndWrongType = Map.of(JobFields.JOB_NAME, 5);
        refused(missingAndWrongType, ErrorCode.PARAMETER_MISSING);
        Map<String, Object> typeAndValue = with(JobFields.JOB_NAME, "bad name");
        JobCalls.config(typeAndValue).put(JobFields.NODE_COUNT, "x");
        refused(typeAndValue, ErrorCode.PARAMETER_TYPE);
        Map<String, Object> valueAndReference = with(JobFields.JOB_NAME, "bad name");
        JobCalls.config(valueAndReference).put(JobFields.SPEC_ID, "gpu-99");
        refused(valueAndReference, ErrorCode.JOB_NAME_CHARACTERS);
        Map<String, Object> taken = job();
        alice.create(taken);
        JobCalls.config(taken).put(JobFields.SPEC_ID, "gpu-99");
        refused(taken, ErrorCode.SPEC_UNAVAILABLE);
    }

    @Test
    void withoutATokenNothingIsCreated() {
        error(io.restassured.RestAssured.given(network.request()).contentType(ContentType.JSON)
                .body(job()).post(ApiPaths.TRAIN_JOBS), ErrorCode.AUTHENTICATION_FAILED);
    }
}
