package org.aicnet.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.aicnet.server.ServerProcess.get;
import static org.aicnet.server.ServerProcess.okJson;
import static org.aicnet.server.ServerProcess.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue #3, point 11, on the runnable jar as the README starts it: {@code java -jar aicnet-server.jar --port 0
 * --data-dir DIR}. It prints its URL and where its configuration came from, then one line per request (method, path,
 * status, milliseconds) that never holds a token, a password or a log link's signature. Runs in the package phase.
 */
class ServerJarIT {

    private static final Pattern STARTED = Pattern.compile(
            "^aicnet reference server listening on (http://127\\.0\\.0\\.1:\\d+) \\(configuration: (.+); data: (.+)\\)"
                    + " in \\d+ ms$");
    private static final Pattern REQUEST = Pattern.compile("\\b(GET|POST|PUT|DELETE) (\\S+) (\\d{3}) \\d+\\.\\dms$");
    private static final String PASSWORD = "alice-secret";
    private static final String WRONG_PASSWORD = "not-alices-password";
    /** The spec and image of the README's walk-through, in the embedded default network. */
    private static final String README_SPEC = "gpu-a100-1x";
    private static final String README_IMAGE = "pytorch-2.1-cuda12.1";

    @TempDir
    Path directory;

    /** Requests sent, as "METHOD route status" (the route as declared, its ids as {id}), in order. */
    private final List<String> sent = new ArrayList<>();

    @Test
    void itsStartUpLineGivesItsUrlConfigurationAndDataDirectory() throws Exception {
        Path data = directory.resolve("data");
        Path config = TestNetworks.write(directory, TestNetworks.yaml());
        try (ServerProcess embedded = startJar("--port", "0", "--data-dir", data.toString())) {
            Matcher line = startUpLine(embedded);
            assertEquals(embedded.awaitListening(), line.group(1));
            assertEquals("embedded default default-network.yaml", line.group(2));
            assertEquals(data.toAbsolutePath().toString(), line.group(3));
        }
        try (ServerProcess configured = startJar("--config", config.toString(), "--port", "0",
                "--data-dir", data.toString())) {
            assertEquals(config.toAbsolutePath().toString(), startUpLine(configured).group(2));
        }
    }

    @Test
    void itLogsOneLinePerRequestWithoutTokensPasswordsOrSignatures() throws Exception {
        try (ServerProcess server = startJar("--port", "0", "--data-dir", directory.resolve("data").toString())) {
            String baseUrl = server.awaitListening();
            send("POST", post(baseUrl + "/auth/tokens", null, logIn(WRONG_PASSWORD)));
            String token = okJson(send("POST", post(baseUrl + "/auth/tokens", null, logIn(PASSWORD)))).get("token")
                    .asText();
            send("GET", get(baseUrl + "/resource/specs", null));
            send("GET", get(baseUrl + "/resource/specs?pageSize=1", token));
            String id = okJson(send("POST", post(baseUrl + "/trainjob", token, Map.of("jobName", "logged",
                    "config", Map.of("specId", README_SPEC, "imageId", README_IMAGE, "command", "echo logged")))))
                    .at("/metadata/id").asText();
            String taskId = awaitTask(baseUrl, token, id);
            String link = okJson(send("GET", get(baseUrl + "/trainjob/" + id + "/tasks/" + taskId
                    + "/logs/url?contentType=text/plain", token))).get("logUrl").asText();
            send("GET", get(link, null));
            String signature = URI.create(link).getRawQuery();

            List<String> logged = awaitRequestLines(server, sent.size());
            for (String line : server.output()) {
                assertFalse(line.contains(token), "a token in the log: " + line);
                assertFalse(line.contains(PASSWORD) || line.contains(WRONG_PASSWORD), "a password in the log");
                assertFalse(line.contains(signature), "a log link's signature in the log: " + line);
                assertFalse(line.contains(id), "a request's value, the job id, in the log: " + line);
            }
            assertEquals(sent, logged, "one line per request, in order");
        }
    }

    private ServerProcess startJar(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("-jar", ServerProcess.jar().toString()));
        command.addAll(List.of(arguments));
        return ServerProcess.start(command);
    }

    private static Matcher startUpLine(ServerProcess server) throws InterruptedException {
        server.awaitListening();
        for (String line : server.output()) {
            Matcher matcher = STARTED.matcher(line);
            if (matcher.matches()) {
                return matcher;
            }
        }
        return fail("no start-up line in:\n" + String.join("\n", server.output()));
    }

    private static Map<String, Object> logIn(String password) {
        return Map.of("authMethod", List.of("password"), "user", Map.of("name", "alice", "password", password));
    }

    private HttpResponse<String> send(String method, HttpResponse<String> response) {
        String route = response.uri().getRawPath().replaceAll("^/trainjob/[^/]+", "/trainjob/{id}")
                .replaceAll("/tasks/[^/]+/", "/tasks/{taskId}/").replaceAll("^/logs/[^/]+/[^/]+$", "/logs/{id}/{taskId}");
        sent.add(method + " " + route + " " + response.statusCode());
        return response;
    }

    /** The job's first task, once the job has ended. */
    private String awaitTask(String baseUrl, String token, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode detail = null;
        while (System.nanoTime() < deadline) {
            detail = okJson(send("GET", get(baseUrl + "/trainjob/" + id, token)));
            if (detail.get("status").asText().equals("SUCCEEDED")) {
                return detail.at("/tasks/0/taskId").asText();
            }
            Thread.sleep(100);
        }
        return fail("the job did not succeed: " + detail);
    }

    /** The request lines of its output, once there are {@code count} of them (a line follows its answer). */
    private static List<String> awaitRequestLines(ServerProcess server, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> lines;
        do {
            lines = new ArrayList<>();
            for (String line : server.output()) {
                Matcher request = REQUEST.matcher(line);
                if (request.find()) {
                    lines.add(request.group(1) + " " + request.group(2) + " " + request.group(3));
                }
            }
            if (lines.size() >= count) {
                return lines;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return lines;
    }
}
