package org.aicnet.server.deviations;

import io.restassured.response.Response;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.aicnet.server.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Conforming variants switched on from the configuration and the options, as a server started with them answers. */
class VariantServerTest {

    @TempDir
    Path directory;

    @Test
    void variantsOfTheConfigurationAndOfTheOptionsAreBothSwitchedOn() {
        Path config = TestServers.config(directory, FaultedServerTest.defaultNetwork()
                + "\nvariants: [api-under-base-path]\n");
        try (ReferenceServer server = start(config, "error-messages-in-chinese", "connection-close",
                "extra-fields-in-every-answer")) {
            assertEquals("connection-close, extra-fields-in-every-answer, error-messages-in-chinese, "
                    + "api-under-base-path", server.variantNames());
            assertTrue(server.baseUrl().endsWith(VariantDeviations.BASE_PATH), server.baseUrl());
            Response unknown = given(TestServers.request(server)).get("/trainjob/no-such-job");
            assertEquals(401, unknown.statusCode());
            assertEquals("用户认证失败", unknown.jsonPath().getString("errorMsg"));
            assertEquals("aicnet", unknown.jsonPath().getString(JsonAnswers.EXTRA_FIELD));
            assertEquals("close", unknown.header("Connection"));
            Response wrongMethod = given(TestServers.request(server)).delete(ApiPaths.CENTERS);
            assertEquals(405, wrongMethod.statusCode());
            assertEquals("GET, HEAD", wrongMethod.header("Allow"));
            Response centers = given(TestServers.authorized(server)).get(ApiPaths.CENTERS);
            assertEquals(200, centers.statusCode());
            assertEquals("aicnet", centers.jsonPath().getString("centers[0]." + JsonAnswers.EXTRA_FIELD));
            assertEquals(404, given(TestServers.request(server)).baseUri(URI.create(server.baseUrl())
                    .resolve("/").toString()).get(ApiPaths.CENTERS).statusCode());
        }
    }

    @Test
    void aChunkedBodyIsRefusedWithLengthRequiredAndTheErrorBody() throws IOException {
        try (ReferenceServer server = start(null, "chunked-request-bodies-refused");
             Socket socket = new Socket("127.0.0.1", server.port())) {
            String body = "{\"authMethod\": \"password\"}";
            String request = "POST " + ApiPaths.TOKENS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 411"), answer);
            assertTrue(answer.contains("\"errorCode\":\"0201\""), answer);
        }
    }

    @Test
    void idleNodeCountsAreIntegersAndEveryAnswerIsGzippedWhenAsked() {
        try (ReferenceServer server = start(null, "idle-node-count-as-integer", "gzip-every-answer")) {
            Response idle = given(TestServers.authorized(server)).header("Accept-Encoding", "gzip").get(ApiPaths.IDLE);
            assertEquals("gzip", idle.header("Content-Encoding"));
            Object nodeCount = idle.jsonPath().get("centerResources[0].nodeResources[0].nodeCount");
            assertTrue(nodeCount instanceof Integer, String.valueOf(nodeCount));
            Response refused = given(TestServers.request(server)).header("Accept-Encoding", "gzip").get(ApiPaths.IDLE);
            assertEquals("gzip", refused.header("Content-Encoding"));
        }
    }

    private ReferenceServer start(Path config, String... variants) {
        return ReferenceServer.start(new ServerOptions(config, ServerOptions.DEFAULT_HOST, 0,
                directory.resolve("data"), List.of(), List.of(variants)));
    }
}
