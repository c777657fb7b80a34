package org.aicnet.conformance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.aicnet.conformance.e2e.ReferenceNetwork;
import org.aicnet.server.ReferenceServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preflight: each set-up the suite cannot use ends the run in seconds, before any check, with exit 2, one line on
 * stderr that says what to fix, and reports whose verdict is NOT_RUN with the same reason.
 */
class PreflightTest {

    /** Catches a hang (retries, connect timeouts), not speed: that no check ran is what proves the preflight. */
    private static final long SECONDS_AT_MOST = 30;

    @TempDir
    static Path temp;
    private static ReferenceServer server;

    @BeforeAll
    static void startServer() {
        server = ReferenceNetwork.start(ReferenceNetwork.configuration(temp.resolve("config"), "PT24H"),
                temp.resolve("data"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aWrongPasswordIsTriedOnceAndSaysWhichSettingToFix() throws Exception {
        // the server freezes an account after 3 refused log-ins in a row: two runs that each try once leave it usable
        for (int run = 0; run < 2; run++) {
            Path reports = temp.resolve("wrong-password-" + run);
            RunnerOutput output = notRun(reports, "--base-url", server.baseUrl(), "--user", "alice", "--password",
                    "not-alice-secret");
            assertLine(output, "log-in of user 'alice' refused with HTTP 401 code 0101: check --password (AICNET_PASSWORD)");
            assertFalse(output.out().contains("not-alice-secret") || output.err().contains("not-alice-secret"));
        }
        ReferenceNetwork.token(server, ReferenceNetwork.ALICE);
    }

    @Test
    void aUrlThatAnswersHtmlIsNotTheApi() throws Exception {
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", exchange -> {
            byte[] page = "<!DOCTYPE html><html><body>It works!</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        web.start();
        try {
            String base = "http://127.0.0.1:" + web.getAddress().getPort() + "/api";
            RunnerOutput output = notRun(temp.resolve("html"), "--base-url", base, "--user", "alice", "--password",
                    "alice-secret");
            assertLine(output, "GET " + base + "/centers answered HTTP 200 text/html; charset=utf-8, not JSON: "
                    + "--base-url must be the base of the T/AI 123.8 API");
        } finally {
            web.stop(0);
        }
    }

    @Test
    void nothingListeningEndsTheRunAtOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        RunnerOutput output = notRun(temp.resolve("nothing"), "--base-url", "http://127.0.0.1:" + port, "--user",
                "alice", "--password", "alice-secret");
        assertLine(output, "nothing listens at 127.0.0.1:" + port + ": start the platform, or check the host and port");
    }

    @Test
    void httpsToAPlainHttpPortSaysToUseHttp() throws Exception {
        String base = server.baseUrl().replace("http://", "https://");
        RunnerOutput output = notRun(temp.resolve("tls"), "--base-url", base, "--user", "alice", "--password",
                "alice-secret");
        assertLine(output, "speaks plain HTTP, not TLS: use http:// in --base-url");
    }

    @Test
    void aPortOutOfRangeIsAConfigurationError() {
        Path reports = temp.resolve("port");
        RunnerOutput output = RunnerOutput.run("--base-url", "http://127.0.0.1:99999", "--user", "alice",
                "--password", "alice-secret", "--report-dir", reports.toString());
        assertEquals(Runner.HARNESS_ERROR, output.exitCode(), output.out() + output.err());
        assertTrue(output.millis() < SECONDS_AT_MOST * 1000, output.millis() + " ms");
        assertEquals(List.of("aicnet-conformance: configuration error: --base-url has port 99999, out of the range "
                + "1-65535: http://127.0.0.1:99999"), output.errLines());
    }

    /** Runs with a short report directory, and checks the run ended in seconds with exit 2 and a NOT_RUN report. */
    private static RunnerOutput notRun(Path reports, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--report-dir", reports.toString()));
        RunnerOutput output = RunnerOutput.run(all.toArray(String[]::new));
        assertEquals(Runner.HARNESS_ERROR, output.exitCode(), output.out() + output.err());
        assertTrue(output.millis() < SECONDS_AT_MOST * 1000, "took " + output.millis() + " ms");
        assertEquals(1, output.errLines().size(), "one line on stderr:\n" + output.err());
        assertFalse(output.out().contains("passed,"), "no check ran:\n" + output.out());
        JsonNode json = new ObjectMapper().readTree(reports.resolve("compliance.json").toFile());
        assertEquals("NOT_RUN", json.path("verdict").asText());
        assertEquals("NOT_RUN", json.path("completion").path("state").asText());
        String reason = json.path("completion").path("reason").asText();
        assertTrue(output.err().contains(reason), reason + " vs " + output.err());
        String markdown = Files.readString(reports.resolve("compliance.md"));
        assertTrue(markdown.startsWith("## T/AI 123.8 conformance: **NOT RUN**"), markdown);
        assertTrue(markdown.contains("> **Not run: the preflight found the set-up unusable"), markdown);
        assertTrue(Files.readString(reports.resolve("compliance.html")).contains("id=\"completion\""));
        assertEquals(0, json.path("counts").path("checks").path("total").intValue());
        return output;
    }

    private static void assertLine(RunnerOutput output, String expected) {
        String line = output.errLines().get(0);
        assertTrue(line.startsWith("aicnet-conformance: preflight: "), line);
        assertTrue(line.contains(expected), "expected «" + expected + "» in: " + line);
    }
}
