package org.aicnet.server.datasets;

import io.restassured.path.json.JsonPath;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.aicnet.server.ApiAssertions.assertValid;
import static org.aicnet.server.ApiAssertions.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads written byte by byte on a socket, as browsers and curl send them: a body cut off half-way leaves nothing
 * behind, the file is streamed to disk while it arrives, text fields without a charset are UTF-8, and a body above
 * the limit is refused whether its length is declared or not.
 */
class RawUploadTest {

    private static final String BOUNDARY = "----aicnet-test-boundary";
    private static final int MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

    @RegisterExtension
    static final ServerExtension network = ServerExtension.network("""
            datasets: {maxUploadBytes: %d}
            publicDatasets: [{id: mnist, title: MNIST, owner: aicnet, size: 11594722}]
            accounts: [{name: carol, password: carol-secret}]
            """.formatted(MAX_UPLOAD_BYTES));
    static Path data;
    static String token;

    @BeforeAll
    static void logIn() {
        data = network.dataDirectory();
        token = network.token("carol", "carol-secret");
    }

    @AfterEach
    void nothingIsLeftHalfWritten() throws InterruptedException {
        assertTrue(Uploads.eventually(() -> Uploads.filesUnder(data.resolve("tmp")).isEmpty()),
                "the parser's files are removed: " + Uploads.filesUnder(data.resolve("tmp")));
        assertTrue(Uploads.filesUnder(data.resolve("datasets")).stream()
                .noneMatch(file -> file.getFileName().toString().startsWith(".")));
    }

    private static long datasetCount() {
        return ok(given(network.request(token)).get(ApiPaths.DATASETS), TableSchemas.DATASETS_RESPONSE)
                .getLong("totalSize");
    }

    @Test
    void anInterruptedUploadLeavesNothingBehind() throws IOException, InterruptedException {
        long before = datasetCount();
        byte[] content = Uploads.randomBytes(4 * 1024 * 1024, 21);
        byte[] head = head(content, "big.bin");
        try (Socket socket = new Socket("127.0.0.1", network.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(requestHead(token, "Content-Length: " + (head.length + content.length + tail().length)));
            out.write(head);
            out.write(content, 0, content.length / 2);
            out.flush();
            assertTrue(Uploads.eventually(() -> !Uploads.filesUnder(data.resolve("tmp")).isEmpty()),
                    "the part is streamed to disk while it arrives");
        }
        assertTrue(Uploads.eventually(() -> Uploads.filesUnder(data.resolve("tmp")).isEmpty()),
                "the parser's file is removed: " + Uploads.filesUnder(data.resolve("tmp")));
        assertEquals(List.of(), Uploads.filesUnder(data.resolve("datasets")));
        assertEquals(before, datasetCount());
    }

    @Test
    void aCompleteUploadOnASocketIsStoredWithUtf8Fields() throws IOException {
        byte[] content = Uploads.randomBytes(300_000, 22);
        Answer answer = send(token, concat(head(content, "语料.bin"), content, tail()));
        assertEquals(200, answer.status(), answer.body());
        assertValid(TableSchemas.DATASET_UPLOAD_RESPONSE, answer.body());
        String id = JsonPath.from(answer.body()).getString("id");
        JsonPath listed = ok(given(network.request(token)).queryParam(ListQueries.QUERY, "中文")
                .get(ApiPaths.DATASETS), TableSchemas.DATASETS_RESPONSE);
        assertEquals(List.of(id), listed.getList("datasets.id"));
        assertEquals("中文数据集", listed.getString("datasets[0].title"));
        assertTrue(Uploads.filesUnder(data.resolve("datasets")).contains(data.resolve("datasets").resolve(id)));
    }

    @Test
    void aDeclaredLengthAboveTheLimitIs0204BeforeTheBodyIsRead() throws IOException {
        long length = MAX_UPLOAD_BYTES + UploadForm.FORM_ALLOWANCE + 1;
        try (Socket socket = new Socket("127.0.0.1", network.server().port())) {
            socket.getOutputStream().write(requestHead(token, "Content-Length: " + length));
            Answer answer = Answer.read(socket);
            assertEquals(400, answer.status(), answer.body());
            assertValid(TableSchemas.ERROR, answer.body());
            assertEquals(ErrorCode.PARAMETER_RANGE.code(), JsonPath.from(answer.body()).getString("errorCode"));
        }
    }

    @Test
    void aChunkedBodyAboveTheLimitIs0204() throws IOException {
        long before = datasetCount();
        byte[] content = Uploads.randomBytes(MAX_UPLOAD_BYTES + (int) UploadForm.FORM_ALLOWANCE + 4096, 23);
        Answer answer = send(concat(requestHead(token, "Transfer-Encoding: chunked"),
                chunked(concat(head(content, "big.bin"), content, tail()))));
        assertEquals(400, answer.status(), answer.body());
        assertValid(TableSchemas.ERROR, answer.body());
        assertEquals(ErrorCode.PARAMETER_RANGE.code(), JsonPath.from(answer.body()).getString("errorCode"));
        assertEquals(before, datasetCount());
    }

    @Test
    void withoutATokenIs0101() throws IOException {
        byte[] content = Uploads.randomBytes(1000, 24);
        Answer answer = send(null, concat(head(content, "x.bin"), content, tail()));
        assertEquals(401, answer.status(), answer.body());
        assertValid(TableSchemas.ERROR, answer.body());
        assertEquals(ErrorCode.AUTHENTICATION_FAILED.code(), JsonPath.from(answer.body()).getString("errorCode"));
    }

    /** The whole request written at once with its Content-Length, then its answer. */
    private static Answer send(String token, byte[] body) throws IOException {
        return send(concat(requestHead(token, "Content-Length: " + body.length), body));
    }

    private static Answer send(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", network.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return Answer.read(socket);
        }
    }

    private record Answer(int status, String body) {

        static Answer read(Socket socket) throws IOException {
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
            return new Answer(status, response.substring(response.indexOf("\r\n\r\n") + 4));
        }
    }

    /** A request head framed by {@code framing} (Content-Length or Transfer-Encoding); no token when null. */
    private static byte[] requestHead(String token, String framing) {
        return ("POST " + ApiPaths.DATASET_UPLOAD + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + network.server().port() + "\r\n"
                + (token == null ? "" : Api.TOKEN_HEADER + ": " + token + "\r\n")
                + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                + framing + "\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int chunk = 64 * 1024;
        for (int offset = 0; offset < body.length; offset += chunk) {
            int length = Math.min(chunk, body.length - offset);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, offset, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The text fields, without a Content-Type of their own (so without a charset), and the file part's header. */
    private static byte[] head(byte[] content, String fileName) {
        String fields = field(Api.MD5, Uploads.md5(content)) + field(Api.TITLE, "中文数据集")
                + field(Api.SIZE, Integer.toString(content.length)) + field(Api.DATASET_DESC, "上传的数据");
        String file = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + Api.FILE + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        return (fields + file).getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static byte[] tail() {
        return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
