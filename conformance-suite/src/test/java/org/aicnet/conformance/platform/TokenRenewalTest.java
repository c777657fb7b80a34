package org.aicnet.conformance.platform;

import com.sun.net.httpserver.HttpServer;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reading "the suite's own token": a token of the suite's own answered 401/0102 is renewed and the request sent once
 * more; a token the suite was given as expired gets the platform's answer as it is. The platform is a loopback
 * server whose only live token is "fresh".
 */
class TokenRenewalTest {

    private HttpServer server;
    private final List<String> tokensSeen = new CopyOnWriteArrayList<>();
    private final List<String> renewed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String token = exchange.getRequestHeaders().getFirst("X-Auth-Token");
            tokensSeen.add(token);
            boolean live = "fresh".equals(token);
            byte[] body = (live ? "{\"centers\":[],\"totalSize\":0}"
                    : "{\"errorCode\":\"0102\",\"errorMsg\":\"token expired\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(live ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PlatformClient client() {
        return new PlatformClient(SuiteConfig.of(Map.of(Setting.BASE_URL, "http://127.0.0.1:"
                + server.getAddress().getPort(), Setting.USER, "u", Setting.PASSWORD, "p")), exchange -> { },
                stale -> {
                    renewed.add(stale);
                    return "own-stale".equals(stale) ? Optional.of("fresh") : Optional.empty();
                });
    }

    @Test
    void anExpiredTokenOfTheSuitesOwnIsRenewedAndTheRequestSentAgain() {
        ApiResponse response = client().get("/centers").token("own-stale").send();
        assertEquals(200, response.status());
        assertEquals(List.of("own-stale", "fresh"), tokensSeen);
        assertEquals(List.of("own-stale"), renewed);
    }

    @Test
    void theExpiredTokenOfATokenCheckGetsThePlatformsAnswer() {
        ApiResponse response = client().get("/centers").token("given-expired").send();
        assertEquals(401, response.status());
        assertEquals("0102", response.errorCode());
        assertEquals(List.of("given-expired"), tokensSeen);
    }

    @Test
    void aRequestWithoutTokenIsNeverRenewed() {
        assertEquals(401, client().get("/centers").send().status());
        assertEquals(List.of(), renewed);
    }
}
