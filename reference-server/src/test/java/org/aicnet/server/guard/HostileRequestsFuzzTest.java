package org.aicnet.server.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.server.ApiAssertions;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.jobs.JobCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reading R-no-input-harm, tried by generation: 10,000 requests made from the request schemas of schemas/
 * ({@link HostileRequests}) over every route and many methods, against the real server on loopback. No answer is a
 * 5xx, every error answer carries the error body of table B.1, no body shows a stack trace or a path of the server's
 * files, and the server still answers GET /centers afterwards.
 * <p>The run is fixed by its seed, printed first: {@code -Daicnet.fuzz.seed=N} runs the same requests again,
 * {@code -Daicnet.fuzz.only=I} only request I of them; {@code -Daicnet.fuzz.requests} sets how many.
 */
class HostileRequestsFuzzTest {

    private static final long DEFAULT_SEED = 20_261_202L;
    private static final int DEFAULT_REQUESTS = 10_000;
    private static final Duration TIME_BOUND = Duration.ofSeconds(150);
    private static final Pattern LEAK = Pattern.compile(
            "\\bat (org|java|io|com|jdk|sun)\\.[\\w.$]+\\(|\\.java:\\d+|Exception\\b|/tmp/|/home/|/root/|aicnet\\.mv\\.db");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();

    @Test
    void noGeneratedRequestGetsA5xxOrAnAnswerWithoutTheErrorBody() throws Exception {
        long seed = Long.getLong("aicnet.fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("aicnet.fuzz.requests", DEFAULT_REQUESTS);
        Integer only = Integer.getInteger("aicnet.fuzz.only");
        System.out.println("fuzz seed " + seed + ", " + requests + " requests (replay: -Daicnet.fuzz.seed=" + seed
                + ", one of them: -Daicnet.fuzz.only=I)");

        HostileRequests generator = new HostileRequests(network.token(TestServers.ALICE), knownIds());
        Map<String, Integer> perEndpoint = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<Slow> slowest = new ArrayList<>();
        long begun = System.nanoTime();
        long deadline = System.nanoTime() + TIME_BOUND.toNanos();
        int sent = 0;
        for (int i = only == null ? 0 : only; i < (only == null ? requests : only + 1); i++) {
            if (System.nanoTime() > deadline) {
                fail("the fuzz run passed its time bound of " + TIME_BOUND + " after " + sent + " requests");
            }
            HostileRequests.Fuzzed request = generator.next(new SplittableRandom(seed * 1_000_003L + i));
            perEndpoint.merge(request.endpoint().method() + " " + request.endpoint().path(), 1, Integer::sum);
            long started = System.nanoTime();
            String problem = judge(request);
            slowest.add(new Slow((System.nanoTime() - started) / 1_000_000, i, request.summary()));
            slowest.sort(java.util.Comparator.comparingLong(Slow::millis).reversed());
            if (slowest.size() > 5) {
                slowest.remove(5);
            }
            sent++;
            if (problem != null) {
                failures.add("request " + i + ": " + problem + "\n    " + request.summary());
                if (failures.size() >= 20) {
                    break;
                }
            }
        }
        System.out.printf("fuzz: %d requests in %.1f s; slowest: %s%n", sent, (System.nanoTime() - begun) / 1e9,
                slowest);
        assertEquals(List.of(), failures, "seed " + seed);
        if (only == null) {
            assertEquals(requests, sent);
            for (HostileRequests.Endpoint endpoint : HostileRequests.ENDPOINTS) {
                assertTrue(perEndpoint.getOrDefault(endpoint.method() + " " + endpoint.path(), 0) >= requests / 100,
                        "every route is tried: " + perEndpoint);
            }
        }
        assertEquals(200, io.restassured.RestAssured.given(network.as(TestServers.ALICE)).get("/centers")
                .statusCode(), "GET /centers after the run");
    }

    private record Slow(long millis, int request, String summary) {
        @Override
        public String toString() {
            return "\n    " + millis + " ms: request " + request + ": " + summary;
        }
    }

    /** What is wrong with the answer to {@code request}, or null. */
    private static String judge(HostileRequests.Fuzzed request) {
        RawHttp answer;
        try {
            answer = RawHttp.send(network.server().port(), request.bytes());
        } catch (IOException e) {
            return "no answer: " + e;
        }
        if (answer.status() >= 500) {
            return "answered " + answer.status() + ": " + answer.body();
        }
        if (LEAK.matcher(answer.body()).find()) {
            return "the body shows a stack trace or a path: " + answer.body();
        }
        if (answer.status() < 300 || request.method().equals("HEAD")) {
            return null;
        }
        String contentType = answer.header("Content-Type");
        if (contentType == null || !contentType.replace(" ", "").toLowerCase().equals(ApiAssertions.JSON_MEDIA_TYPE)) {
            return "answered " + answer.status() + " as " + contentType + ": " + answer.body();
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (body == null || !body.path("errorCode").isTextual() || !body.path("errorMsg").isTextual()) {
                return "answered " + answer.status() + " without the error body: " + answer.body();
            }
        } catch (IOException e) {
            return "answered " + answer.status() + " with a body that is not JSON: " + answer.body();
        }
        return null;
    }

    /** Ids that exist, so that some generated requests reach a real job: a finished one and a running one. */
    private static List<String> knownIds() throws InterruptedException {
        JobCalls alice = new JobCalls(network.server(), TestServers.ALICE);
        String finished = alice.create("fuzz-finished", "echo done");
        String running = alice.create(JobCalls.body("fuzz-running", TestNetworks.GPU_1, "sleep 600"));
        alice.await(finished, JobStatus.SUCCEEDED);
        return List.of(finished, running, "job-0000000001", "svc-aaaaaaaaaaaaaaaaaaaaaaaaaa", "nothing");
    }
}
