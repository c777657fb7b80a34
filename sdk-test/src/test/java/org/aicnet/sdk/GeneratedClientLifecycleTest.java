package org.aicnet.sdk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.aicnet.sdk.client.ApiClient;
import org.aicnet.sdk.client.ApiException;
import org.aicnet.sdk.client.api.DefaultApi;
import org.aicnet.sdk.client.model.Center;
import org.aicnet.sdk.client.model.DatasetUploadResponse;
import org.aicnet.sdk.client.model.Image;
import org.aicnet.sdk.client.model.JobConfig;
import org.aicnet.sdk.client.model.JobStatus;
import org.aicnet.sdk.client.model.OnlinejobConfig;
import org.aicnet.sdk.client.model.OnlinejobCreateRequest;
import org.aicnet.sdk.client.model.OnlinejobCreateResponse;
import org.aicnet.sdk.client.model.ResourceSpec;
import org.aicnet.sdk.client.model.Task;
import org.aicnet.sdk.client.model.TokenRequest;
import org.aicnet.sdk.client.model.TokenRequestAuthMethod;
import org.aicnet.sdk.client.model.TokenUser;
import org.aicnet.sdk.client.model.TrainjobCreateRequest;
import org.aicnet.sdk.client.model.TrainjobCreateResponse;
import org.aicnet.sdk.client.model.TrainjobDetailResponse;
import org.aicnet.sdk.client.model.TrainjobStopResponse;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that openapi-generator made from the OpenAPI document in this build drives a whole job life cycle against
 * the reference server on a free loopback port, with the embedded default network, discovering what it uses through
 * the API as an app would. Every answer is read into the document's models, so a field, a type, a status or a media
 * type that the document gets wrong fails here.
 */
class GeneratedClientLifecycleTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String OUTPUT = "epoch 2 done";

    @TempDir
    static Path directory;
    private static ReferenceServer server;
    private static DefaultApi api;

    @BeforeAll
    static void startServerAndLogIn() throws ApiException {
        server = ReferenceServer.start(new ServerOptions(null, "127.0.0.1", 0, directory.resolve("data")));
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(server.baseUrl());
        String token = new DefaultApi(anonymous).createToken(new TokenRequest()
                .authMethod(new TokenRequestAuthMethod("password"))
                .user(new TokenUser().name("alice").password("alice-secret"))).getToken();
        assertFalse(token.isBlank());
        ApiClient client = new ApiClient();
        // a field the server sends that the document does not name is a mismatch too
        client.setObjectMapper(client.getObjectMapper().copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        client.updateBaseUri(server.baseUrl());
        client.setRequestInterceptor(request -> request.header("X-Auth-Token", token));
        api = new DefaultApi(client);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aTrainingJobFromCreationToDeletion() throws Exception {
        Center center = api.listCenters(null, null, null, null, null, true).getCenters().get(0);
        assertTrue(center.getConnected());
        ResourceSpec spec = api.listResourceSpecs(null, null, null, null, center.getCenterId()).getResourceSpecs()
                .get(0);
        Image image = api.listImages(null, null, null, null, center.getCenterId(), null, null, null, null)
                .getImages().get(0);
        assertFalse(api.listIdleResources(center.getCenterId()).getCenterResources().isEmpty());

        TrainjobCreateResponse created = api.createTrainJob(new TrainjobCreateRequest().jobName("sdk-lifecycle")
                .jobDesc("through the generated client")
                .config(new JobConfig().centerId(List.of(center.getCenterId())).specId(spec.getResourceSpecId())
                        .imageId(image.getImageId()).command("echo epoch 1; sleep 0.5; echo " + OUTPUT)));
        String id = created.getMetadata().getId();
        assertEquals("sdk-lifecycle", created.getMetadata().getName());

        TrainjobDetailResponse detail = follow(id, JobStatus.SUCCEEDED);
        Task task = detail.getTasks().get(0);
        assertEquals(center.getCenterId(), task.getCenterId());
        assertEquals(spec.getResourceSpecId(), task.getSpecId());
        assertTrue(api.listTrainJobs(null, null, null, null, null, null, JobStatus.SUCCEEDED, null, null).getItems()
                .stream().anyMatch(job -> job.getMetadata().getId().equals(id)), "the list shows the job");

        URI logUrl = api.getTrainTaskLogUrl("text/plain", id, task.getTaskId()).getLogUrl();
        String log = HttpClient.newHttpClient().send(HttpRequest.newBuilder(logUrl).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(log.contains("epoch 1") && log.contains(OUTPUT), log);

        File result = api.downloadTrainJobResult(id);
        try (ZipFile zip = new ZipFile(result)) {
            assertTrue(zip.size() > 0, "the result archive has entries");
        } finally {
            Files.deleteIfExists(result.toPath());
        }

        api.deleteTrainJob(id);
        ApiException gone = assertThrows(ApiException.class, () -> api.getTrainJob(id));
        assertEquals(400, gone.getCode());
        assertTrue(gone.getResponseBody().contains("\"0240\""), gone.getResponseBody());
    }

    @Test
    void aDatasetUploadedThroughTheClientIsListed() throws Exception {
        byte[] content = "label,text\n1,hello\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(directory.resolve("sdk-dataset.csv"), content);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        DatasetUploadResponse uploaded = api.uploadDataset(md5, "sdk dataset", file.toFile(), content.length,
                "uploaded by the generated client", null);
        assertNotNull(uploaded.getId());
        assertTrue(api.listDatasets(null, null, null, null, "sdk dataset").getDatasets().stream()
                .anyMatch(dataset -> dataset.getId().equals(uploaded.getId())), "the list shows the dataset");
    }

    @Test
    void aRunningJobIsStoppedThroughTheClient() throws Exception {
        JobConfig config = runnableConfig().command("sleep 60");
        String id = api.createTrainJob(new TrainjobCreateRequest().jobName("sdk-stopped").config(config))
                .getMetadata().getId();
        follow(id, JobStatus.RUNNING);
        TrainjobStopResponse stopped = api.stopTrainJob(id);
        assertEquals(id, stopped.getId());
        assertEquals(JobStatus.STOPPED, stopped.getStatus());
        assertNotNull(stopped.getStoppedTime());
        api.deleteTrainJob(id);
    }

    @Test
    void anOnlineJobAnswersWithItsServiceAddress() throws Exception {
        JobConfig training = runnableConfig();
        OnlinejobCreateResponse created = api.createOnlineJob(new OnlinejobCreateRequest().jobName("sdk-service")
                .config(new OnlinejobConfig().centerId(training.getCenterId()).specId(training.getSpecId())
                        .imageId(training.getImageId()).port(8000)));
        assertEquals("sdk-service", created.getMetadata().getName());
        assertTrue(created.getMetadata().getUrl().toString().startsWith(server.baseUrl()),
                created.getMetadata().getUrl().toString());
    }

    @Test
    void aRefusalArrivesAsTheDocumentsErrorBody() {
        ApiException refused = assertThrows(ApiException.class, () -> api.createTrainJob(new TrainjobCreateRequest()
                .jobName("no spaces allowed").config(new JobConfig().specId("any").imageId("any"))));
        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"0205\""), refused.getResponseBody());
    }

    /** A center that is connected, its first spec and its first image, found through the API. */
    private static JobConfig runnableConfig() throws ApiException {
        String center = api.listCenters(null, null, null, null, null, true).getCenters().get(0).getCenterId();
        return new JobConfig().centerId(List.of(center))
                .specId(api.listResourceSpecs(null, null, null, null, center).getResourceSpecs().get(0)
                        .getResourceSpecId())
                .imageId(api.listImages(null, null, null, null, center, null, null, null, null).getImages().get(0)
                        .getImageId());
    }

    private static TrainjobDetailResponse follow(String id, JobStatus wanted) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (true) {
            TrainjobDetailResponse detail = api.getTrainJob(id);
            if (detail.getStatus() == wanted) {
                return detail;
            }
            assertTrue(Instant.now().isBefore(deadline), "job " + id + " is still " + detail.getStatus());
            Thread.sleep(200);
        }
    }
}
