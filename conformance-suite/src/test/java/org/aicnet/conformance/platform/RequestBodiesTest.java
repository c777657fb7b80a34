package org.aicnet.conformance.platform;

import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading "request bodies": the suite sends every body with its Content-Length, never chunked, and hears a platform
 * that answers before it has read the body. The platform here is a loopback socket that reads the request head only.
 */
class RequestBodiesTest {

    private static final String REFUSAL = "{\"errorCode\":\"0204\",\"errorMsg\":\"too large\"}";

    private ServerSocket server;
    private final CompletableFuture<String> head = new CompletableFuture<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    @Test
    void aMultipartUploadGoesWithItsLengthAndNotChunked() throws Exception {
        answerAfterReading(true);
        ApiResponse response = client().post("/datasets/upload").field("md5", "0123").field("title", "t")
                .file("file", "data.bin", new byte[]{1, 2, 3}).send();
        assertEquals(200, response.status());
        String request = head.get(10, TimeUnit.SECONDS).toLowerCase(Locale.ROOT);
        assertTrue(request.contains("content-length:"), request);
        assertFalse(request.contains("transfer-encoding"), request);
        assertTrue(request.contains("content-type: multipart/form-data; boundary="), request);
    }

    @Test
    void aJsonBodyGoesWithItsLength() throws Exception {
        answerAfterReading(true);
        client().post("/trainjob").json("{\"jobName\":\"a\"}").send();
        String request = head.get(10, TimeUnit.SECONDS).toLowerCase(Locale.ROOT);
        assertTrue(request.contains("content-length: 15"), request);
        assertFalse(request.contains("transfer-encoding"), request);
    }

    @Test
    void aRefusalSentBeforeTheBodyIsReadIsTheAnswer() throws Exception {
        answerAfterReading(false);
        byte[] large = new byte[8 * 1024 * 1024];
        Arrays.fill(large, (byte) 'x');
        ApiResponse response = client().post("/datasets/upload").field("md5", "0123")
                .file("file", "large.bin", large).send();
        assertEquals(400, response.status());
        assertEquals("0204", response.errorCode());
    }

    /** Answers one request: after reading its head and body, or after its head only (then closes, body unread). */
    private void answerAfterReading(boolean body) {
        Thread thread = new Thread(() -> {
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                String requestHead = readHead(in);
                head.complete(requestHead);
                OutputStream out = socket.getOutputStream();
                if (body) {
                    long length = Long.parseLong(requestHead.replaceAll("(?is).*content-length:\\s*(\\d+).*", "$1"));
                    in.readNBytes((int) length);
                    out.write(answer(200, "{}"));
                } else {
                    out.write(answer(400, REFUSAL));
                }
                out.flush();
            } catch (IOException | RuntimeException e) {
                head.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            bytes.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] answer(int status, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return ("HTTP/1.1 " + status + " X\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n" + json).getBytes(StandardCharsets.UTF_8);
    }

    private PlatformClient client() {
        return new PlatformClient(SuiteConfig.of(Map.of(Setting.BASE_URL, "http://127.0.0.1:" + server.getLocalPort(),
                Setting.USER, "u", Setting.PASSWORD, "p", Setting.REQUEST_TIMEOUT, "PT10S")), exchange -> { });
    }
}
