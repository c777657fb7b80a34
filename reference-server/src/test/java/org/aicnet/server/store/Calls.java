package org.aicnet.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The calls of the kill -9 test to one run of the server: its own HTTP/1.1 client, a token of one account, every call
 * bounded by a timeout so that a call the kill interrupts ends with an IOException instead of hanging.
 */
final class Calls {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final String baseUrl;
    private String token;

    private Calls(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Logs {@code user} in at {@code baseUrl}. */
    static Calls logIn(String baseUrl, String user, String password) throws IOException, InterruptedException {
        Calls calls = new Calls(baseUrl);
        HttpResponse<String> answer = calls.post("/auth/tokens", Map.of("authMethod", List.of("password"),
                "user", Map.of("name", user, "password", password)));
        calls.token = json(answer, 200).get("token").asText();
        return calls;
    }

    HttpResponse<String> createJob(String name, String spec, String image) throws IOException, InterruptedException {
        return post("/trainjob", Map.of("jobName", name,
                "config", Map.of("specId", spec, "imageId", image, "command", "train " + name)));
    }

    HttpResponse<String> stop(String jobId) throws IOException, InterruptedException {
        return send(request("/trainjob/" + jobId + "/stop").POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> delete(String jobId) throws IOException, InterruptedException {
        return send(request("/trainjob/" + jobId).DELETE());
    }

    /** POST /datasets/upload of A.28: the file with its size and MD5, a title, a description and labels. */
    HttpResponse<String> upload(String title, byte[] content, String md5) throws IOException, InterruptedException {
        String boundary = "----aicnet" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("md5", md5, "title", title, "size", String.valueOf(content.length),
                "desc", "uploaded under kill -9", "labels", "durability");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + title
                + ".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/datasets/upload").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).GET());
    }

    /** The body of an answer of the expected status, as JSON; an IllegalStateException for any other. */
    static JsonNode json(HttpResponse<String> answer, int expectedStatus) throws IOException {
        if (answer.statusCode() != expectedStatus) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri().getPath() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT);
        return token == null ? request : request.header("X-Auth-Token", token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
