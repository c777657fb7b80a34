package org.aicnet.server.guard;

import com.fasterxml.jackson.databind.JsonNode;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.server.Main;
import org.aicnet.server.ServerProcess;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's bounded memory, reading R-no-input-harm: the server in a process of its own with a 64 MiB heap gets each
 * oversized input (a 16 MiB and a 48 MiB JSON body with and without a Content-Length, headers and a URI past their
 * limit, a 20 MiB multipart text field), answers each 400/0204, stays up and keeps writing: a job created afterwards
 * is there after a restart. Its output, the request log, never shows what the requests carried.
 */
class SmallHeapTest {

    private static final int MIB = 1 << 20;
    private static final String MARKER = "leakmarker7f3a";

    @Test
    void oversizedInputsAreRefusedAndTheServerKeepsWriting(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("data");
        List<String> output = new ArrayList<>();
        String jobId;
        try (ServerProcess server = start(data)) {
            String base = server.awaitListening();
            int port = URI.create(base).getPort();
            String token = logIn(base);

            refused(RawHttp.send(port, json("POST", Api.TOKENS, null, padded(16 * MIB), true)));
            refused(RawHttp.send(port, json("POST", Api.TOKENS, null, padded(16 * MIB), false)));
            refused(RawHttp.send(port, json("POST", Api.TRAIN_JOBS, token, padded(48 * MIB), true)));
            refused(RawHttp.send(port, json("POST", Api.TRAIN_JOBS, token, padded(48 * MIB), false)));
            refused(RawHttp.request(port, "GET", "/trainjob/" + "i".repeat(10_000), Api.TOKEN_HEADER + ": " + token));
            List<String> headers = new ArrayList<>(List.of(Api.TOKEN_HEADER + ": " + token));
            for (int i = 0; i < 200; i++) {
                headers.add("X-Filler-" + i + ": " + "h".repeat(100));
            }
            refused(RawHttp.request(port, "GET", Api.CENTERS, headers.toArray(String[]::new)));
            refused(RawHttp.send(port, multipartWithHugeTitle(token, 20 * MIB)));

            // What the request log may not hold: ids, names and values of refused requests.
            RawHttp.request(port, "GET", "/trainjob/" + MARKER, Api.TOKEN_HEADER + ": " + token);
            RawHttp.request(port, "GET", "/trainjob?sort=" + MARKER, Api.TOKEN_HEADER + ": " + token);
            RawHttp.send(port, json("POST", Api.TRAIN_JOBS, token, ("{\"jobName\":\"" + MARKER + "!\",\"config\":{}}")
                    .getBytes(StandardCharsets.UTF_8), true));

            JsonNode created = ServerProcess.okJson(ServerProcess.post(base + Api.TRAIN_JOBS, token, Map.of(
                    Api.JOB_NAME, "after-the-flood", Api.CONFIG, Map.of(Api.SPEC_ID, "gpu-a100-1x",
                            Api.IMAGE_ID, "pytorch-2.1-cuda12.1", Api.COMMAND, "exit 0"))));
            jobId = created.at("/metadata/id").asText();
            assertFalse(jobId.isEmpty(), created.toString());
            output.addAll(server.output());
        }
        try (ServerProcess restarted = start(data)) {
            String base = restarted.awaitListening();
            JsonNode job = ServerProcess.okJson(ServerProcess.get(base + "/trainjob/" + jobId, logIn(base)));
            assertEquals("after-the-flood", job.at("/metadata/name").asText(), job.toString());
            output.addAll(restarted.output());
        }
        assertTrue(output.stream().anyMatch(line -> line.contains("GET /trainjob/{id} 400")), String.join("\n", output));
        for (String line : output) {
            assertFalse(line.contains(MARKER), "the log holds a request's value: " + line);
            assertFalse(line.contains("OutOfMemoryError"), line);
        }
    }

    private static ServerProcess start(Path data) throws Exception {
        return ServerProcess.start(List.of("-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--data-dir", data.toString(), "--port", "0"));
    }

    private static String logIn(String base) throws Exception {
        return ServerProcess.okJson(ServerProcess.post(base + Api.TOKENS, null, Map.of(Api.AUTH_METHOD,
                Api.PASSWORD_METHOD, Api.USER, Map.of(Api.USER_NAME, "alice", Api.PASSWORD, "alice-secret"))))
                .get("token").asText();
    }

    private static void refused(RawHttp answer) {
        HostileInputTest.refused(answer, 400, ErrorCode.PARAMETER_RANGE);
    }

    /** A JSON object of about {@code bytes} bytes. */
    private static byte[] padded(int bytes) {
        return ("{\"authMethod\":\"password\",\"pad\":\"" + "p".repeat(bytes) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** A request with a JSON body, sent with a Content-Length or chunked. */
    private static byte[] json(String method, String path, String token, byte[] body, boolean withLength) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + (token == null ? "" : Api.TOKEN_HEADER + ": " + token + "\r\n")
                + (withLength ? "Content-Length: " + body.length : "Transfer-Encoding: chunked") + "\r\n"
                + "Connection: close\r\n\r\n";
        request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        if (withLength) {
            request.writeBytes(body);
        } else {
            for (int offset = 0; offset < body.length; offset += 65_536) {
                int length = Math.min(65_536, body.length - offset);
                request.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                request.write(body, offset, length);
                request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return request.toByteArray();
    }

    private static byte[] multipartWithHugeTitle(String token, int titleBytes) {
        String boundary = "smallheap";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + "t".repeat(titleBytes)
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"md5\"\r\n\r\n"
                + "5289df737df57326fcdd22597afb1fac\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"size\"\r\n\r\n3\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nabc\r\n--" + boundary + "--\r\n";
        String head = "POST " + Api.DATASET_UPLOAD + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + Api.TOKEN_HEADER + ": " + token
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.ISO_8859_1);
    }
}
