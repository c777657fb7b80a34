package org.aicnet.server.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestServers;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A download racing the delete of its job (A.54, A.52, reading R-0240): each download is a whole zip, or 400/0240 with
 * the error body once the job is gone; never part of a zip followed by an error, never 0202 for a job deleted.
 */
class DownloadRaceTest {

    private static final int ROUNDS = 6;
    private static final int DOWNLOADS = 6;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();

    @Test
    void aDownloadRacingADeleteIsAWholeZipOr0240() throws Exception {
        JobCalls alice = new JobCalls(network.server(), TestServers.ALICE);
        String token = network.token(TestServers.ALICE);
        ExecutorService pool = Executors.newFixedThreadPool(DOWNLOADS + 1);
        int whole = 0;
        int gone = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String id = alice.create("raced-" + round, "echo result " + round);
                alice.await(id, JobStatus.SUCCEEDED);
                CountDownLatch start = new CountDownLatch(1);
                int pause = round;
                List<Future<HttpResponse<byte[]>>> downloads = new ArrayList<>();
                for (int i = 0; i < DOWNLOADS; i++) {
                    downloads.add(pool.submit(() -> {
                        start.await();
                        return send(HttpRequest.newBuilder(uri(ApiPaths.TRAIN_JOB_DOWNLOAD, id)).GET(), token);
                    }));
                }
                Future<HttpResponse<byte[]>> delete = pool.submit(() -> {
                    start.await();
                    Thread.sleep(pause);
                    return send(HttpRequest.newBuilder(uri(ApiPaths.TRAIN_JOB, id)).DELETE(), token);
                });
                start.countDown();
                assertEquals(204, delete.get(60, TimeUnit.SECONDS).statusCode());
                for (Future<HttpResponse<byte[]>> download : downloads) {
                    HttpResponse<byte[]> answer = download.get(60, TimeUnit.SECONDS);
                    if (answer.statusCode() == 200) {
                        assertWholeZip(answer);
                        whole++;
                    } else {
                        assertEquals(400, answer.statusCode(), new String(answer.body()));
                        assertEquals("0240", JSON.readTree(answer.body()).get("errorCode").asText(),
                                new String(answer.body()));
                        gone++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ROUNDS * DOWNLOADS, whole + gone);
    }

    private static void assertWholeZip(HttpResponse<byte[]> answer) throws IOException {
        assertEquals("application/octet-stream", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.body()))) {
            while (zip.getNextEntry() != null) {
                zip.readAllBytes();
                entries++;
            }
        }
        assertTrue(entries > 0, "a zip of the job's output files");
    }

    private static URI uri(String path, String id) {
        return URI.create(network.server().baseUrl() + path.replace("{id}", id));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request, String token) throws Exception {
        return HTTP.send(request.header(Api.TOKEN_HEADER, token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
