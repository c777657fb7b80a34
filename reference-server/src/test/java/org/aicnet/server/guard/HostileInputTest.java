package org.aicnet.server.guard;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.server.ApiAssertions;
import org.aicnet.server.ServerExtension;
import org.aicnet.server.TestNetworks;
import org.aicnet.server.TestServers;
import org.aicnet.server.jobs.JobCalls;
import org.aicnet.server.standard.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.aicnet.server.ApiAssertions.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading R-no-input-harm: every malformed request the server was seen to answer with a 5xx, Jetty's HTML page or an
 * empty body gets a status and code of table B.1 with the error body; each cause has its test here.
 */
class HostileInputTest {

    @RegisterExtension
    static final ServerExtension network = ServerExtension.testNetwork();
    static JobCalls alice;
    static String token;

    @BeforeAll
    static void logIn() {
        alice = new JobCalls(network.server(), TestServers.ALICE);
        token = network.token(TestServers.ALICE);
    }

    private static RawHttp raw(String method, String target, String... headers) throws IOException {
        String[] lines = new String[headers.length + 1];
        lines[0] = Api.TOKEN_HEADER + ": " + token;
        System.arraycopy(headers, 0, lines, 1, headers.length);
        return RawHttp.request(network.server().port(), method, target, lines);
    }

    /** The error body of table B.1 with {@code status} and {@code code}, and the security headers. */
    static JsonPath refused(RawHttp answer, int status, ErrorCode code) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals(ApiAssertions.JSON_MEDIA_TYPE, answer.header("Content-Type").replace(" ", "").toLowerCase());
        ApiAssertions.assertValid(TableSchemas.ERROR, answer.body());
        JsonPath json = JsonPath.from(answer.body());
        assertEquals(code.code(), json.getString("errorCode"), answer.body());
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("no-store", answer.header("Cache-Control"));
        return json;
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /trainjob/%u002e", "POST /trainjob/%u002e/stop", "GET /trainjob/%u002e/download",
            "GET /trainjob/%u002e/tasks/task-0/logs/url?contentType=text/plain", "DELETE /trainjob/%u002e",
            "GET /trainjob/job-%u0030"})
    void aPercentUEscapeInAPathParameterIs0201(String request) throws IOException {
        String[] parts = request.split(" ");
        refused(raw(parts[0], parts[1], "Content-Length: 0"), 400, ErrorCode.PARAMETER_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /trainjob/%zz", "DELETE /trainjob/%zz", "GET /trainjob/%00", "DELETE /trainjob/%00",
            "POST /trainjob/%zz/stop", "GET /trainjob/%2", "GET /centers/%"})
    void aBadPercentEscapeInThePathIs0201WithTheErrorBody(String request) throws IOException {
        String[] parts = request.split(" ");
        refused(raw(parts[0], parts[1], "Content-Length: 0"), 400, ErrorCode.PARAMETER_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/trainjob?pageSize=abc%zz", "/centers?page=1%", "/resource/specs?sort=%u0069d"})
    void aBadPercentEscapeInTheQueryIs0201NotADroppedParameter(String target) throws IOException {
        refused(raw("GET", target), 400, ErrorCode.PARAMETER_TYPE);
    }

    @Test
    void aTenThousandCharacterIdIs0204() throws IOException {
        refused(raw("GET", "/trainjob/" + "a".repeat(10_000)), 400, ErrorCode.PARAMETER_RANGE);
        refused(raw("DELETE", "/trainjob/" + "a".repeat(10_000)), 400, ErrorCode.PARAMETER_RANGE);
    }

    @Test
    void aNineKilobyteTokenIs0204() throws IOException {
        RawHttp answer = RawHttp.request(network.server().port(), "GET", "/centers",
                Api.TOKEN_HEADER + ": " + "t".repeat(9 * 1024));
        refused(answer, 400, ErrorCode.PARAMETER_RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /centers HTTP/3.7\r\nHost: x\r\n\r\n", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
            "GET /centers HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", "GARBAGE\r\n\r\n",
            "GET /centers HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            "GET /centers HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"})
    void jettysOwnRefusalsAre0201WithTheErrorBody(String request) throws IOException {
        refused(RawHttp.send(network.server().port(), request), 400, ErrorCode.PARAMETER_TYPE);
    }

    @Test
    void anUpgradeToAnotherProtocolIsIgnoredOrRefusedWithTheErrorBody() throws IOException {
        for (String upgrade : List.of("websocket", "h2c", "TLS/1.0")) {
            RawHttp answer = raw("GET", "/centers", "Upgrade: " + upgrade, "Connection: Upgrade");
            assertEquals(200, answer.status(), upgrade + ": " + answer.body());
            assertTrue(answer.body().contains("\"totalSize\""), answer.body());
        }
    }

    @Test
    void aJobDescOf256EmojiIsStoredAnd257Are0207() throws Exception {
        for (int emoji : List.of(129, 200, 256)) {
            Map<String, Object> body = JobCalls.body("emoji-" + emoji, TestNetworks.GPU_1, "exit 0");
            body.put(JobFields.JOB_DESC, "\uD83D\uDE00".repeat(emoji));
            String id = alice.create(body);
            assertEquals("\uD83D\uDE00".repeat(emoji), alice.detail(id).getString("metadata.desc"));
        }
        Map<String, Object> body = JobCalls.body("emoji-257", TestNetworks.GPU_1, "exit 0");
        body.put(JobFields.JOB_DESC, "\uD83D\uDE00".repeat(257));
        error(alice.post(ApiPaths.TRAIN_JOBS, body), ErrorCode.JOB_DESC_LENGTH);
    }

    @Test
    void aCommandOf65536CharactersIsStoredAndOneMoreIs0204() throws Exception {
        String longest = "echo " + "\uD83D\uDE00".repeat(65_536 - 5);
        String id = alice.create(JobCalls.body("longest-command", TestNetworks.GPU_1, longest));
        assertEquals(200, alice.get(ApiPaths.TRAIN_JOB, id).statusCode());
        error(alice.post(ApiPaths.TRAIN_JOBS, JobCalls.body("too-long-command", TestNetworks.GPU_1, longest + "x")),
                ErrorCode.PARAMETER_RANGE);
    }

    @Test
    void anImageUrlOf2048CharactersIsStoredAndOneMoreIs0204() throws Exception {
        String longest = "https://registry.example/" + "\u00e9".repeat(2048 - 25);
        Map<String, Object> body = JobCalls.body("longest-image-url", TestNetworks.GPU_1, "exit 0");
        JobCalls.config(body).remove(JobFields.IMAGE_ID);
        JobCalls.config(body).put(JobFields.IMAGE_URL, longest);
        assertEquals(200, alice.get(ApiPaths.TRAIN_JOB, alice.create(body)).statusCode());
        body.put(JobFields.JOB_NAME, "too-long-image-url");
        JobCalls.config(body).put(JobFields.IMAGE_URL, longest + "x");
        error(alice.post(ApiPaths.TRAIN_JOBS, body), ErrorCode.PARAMETER_RANGE);
    }

    @Test
    void anUploadFileNameOfMoreThan1024CharactersIs0204() {
        for (int length : List.of(1025, 4000)) {
            Response answer = alice.request()
                    .multiPart(Api.FILE, "n".repeat(length), new byte[]{1, 2, 3}, "application/octet-stream")
                    .multiPart(Api.MD5, "5289df737df57326fcdd22597afb1fac")
                    .multiPart(Api.TITLE, "long-file-name")
                    .multiPart(Api.SIZE, "3")
                    .post(ApiPaths.DATASET_UPLOAD);
            error(answer, ErrorCode.PARAMETER_RANGE);
        }
    }

    @Test
    void headMirrorsGetWithoutTheBody() throws IOException {
        for (String target : List.of("/trainjob/job-0009999999", "/centers", "/trainjob?pageSize=0", "/nowhere")) {
            RawHttp get = raw("GET", target);
            RawHttp head = raw("HEAD", target);
            assertEquals(get.status(), head.status(), target);
            assertEquals(get.header("Content-Type"), head.header("Content-Type"), target);
            assertEquals(get.header("Cache-Control"), head.header("Cache-Control"), target);
            assertEquals("", head.body(), target);
        }
        RawHttp put = raw("PUT", "/trainjob", "Content-Length: 0");
        refused(put, 405, ErrorCode.PARAMETER_VALUE);
        assertEquals("GET, HEAD, POST", put.header("Allow"));
    }

    @Test
    void theTokenAnswerAndTheSignedLogLinkAreNotStored() throws Exception {
        Response login = io.restassured.RestAssured.given(TestServers.request(network.server())).contentType(ContentType.JSON)
                .body(Map.of(Api.AUTH_METHOD, Api.PASSWORD_METHOD, Api.USER, Map.of(Api.USER_NAME, "alice",
                        Api.PASSWORD, "alice-secret")))
                .post(ApiPaths.TOKENS);
        assertEquals(200, login.statusCode());
        assertEquals("no-store", login.header("Cache-Control"));
        assertEquals("nosniff", login.header("X-Content-Type-Options"));

        String id = alice.create("log-headers", "echo hello");
        alice.await(id, JobStatus.SUCCEEDED);
        String url = alice.request().queryParam(LogContentTypes.CONTENT_TYPE, LogContentTypes.TEXT_PLAIN)
                .get(ApiPaths.TASK_LOG_URL, id, "task-0")
                .jsonPath().getString("logUrl");
        Response log = io.restassured.RestAssured.given().urlEncodingEnabled(false).get(java.net.URI.create(url));
        assertEquals(200, log.statusCode(), log.asString());
        assertEquals("no-store", log.header("Cache-Control"));
        assertEquals("nosniff", log.header("X-Content-Type-Options"));
    }

    @Test
    void theDataDirectoryIsTheServersUsersOnly() throws IOException {
        Path data = network.dataDirectory();
        if (!data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        for (String file : List.of("aicnet.mv.db", "log-link.key", "service-link.key")) {
            assertEquals("rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(file))), file);
        }
        assertEquals("rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("datasets"))));
    }

    @Test
    void aJsonBodyPastTheLimitIs0204() throws IOException {
        String body = "{\"authMethod\":\"password\",\"pad\":\"" + "x".repeat(1 << 20) + "\"}";
        RawHttp answer = RawHttp.send(network.server().port(), "POST /auth/tokens HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
                + body);
        refused(answer, 400, ErrorCode.PARAMETER_RANGE);
        assertNull(answer.header("Set-Cookie"));
    }
}
