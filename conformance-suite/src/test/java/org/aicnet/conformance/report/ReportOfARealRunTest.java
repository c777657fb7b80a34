package org.aicnet.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.conformance.config.ConfigSources;
import org.aicnet.conformance.config.Setting;
import org.aicnet.conformance.config.SuiteConfig;
import org.aicnet.conformance.report.selftest.SelfTestSteps;
import org.aicnet.conformance.run.CheckResult;
import org.aicnet.conformance.run.Outcome;
import org.aicnet.conformance.run.RunResult;
import org.aicnet.conformance.run.SuiteRun;
import org.aicnet.schemas.SchemaCatalog;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real run: the report self-test feature (one check of each outcome) against a reference server, through
 * Cucumber, the outcome collector, the Allure plugin and every writer. Its reports agree on every count, hold no
 * secret (passwords, the expired token, the tokens the run obtained), and the Allure report renders offline.
 */
class ReportOfARealRunTest {

    private static final String PASSWORD = "alice-secret";
    private static final String EXPIRED_TOKEN = "expired-token-4c1f9a";

    @TempDir
    static Path temp;
    private static ReferenceServer server;
    private static RunResult result;
    private static ReportDirectory directory;
    private static RunReports.Written written;

    @BeforeAll
    static void runAgainstTheReferenceServer() {
        server = ReferenceServer.start(new ServerOptions(null, ServerOptions.DEFAULT_HOST, 0, temp.resolve("data")));
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.BASE_URL, server.baseUrl());
        flags.put(Setting.USER, "alice");
        flags.put(Setting.PASSWORD, PASSWORD);
        flags.put(Setting.EXPIRED_TOKEN, EXPIRED_TOKEN);
        flags.put(Setting.RUN_ID, "report-selftest");
        SuiteConfig config = new ConfigSources().flags(flags).build();
        SuiteRun run = new SuiteRun(config, new PrintStream(OutputStream.nullOutputStream()))
                .features("classpath:report-selftest").glue("org.aicnet.conformance.report.selftest");
        directory = ReportDirectory.of(Optional.of(temp.resolve("reports")), run.runId());
        directory.prepare();
        SelfTestSteps.TOKENS.clear();
        result = run.plugin(AllureResultsPlugin.option(directory.allureResults()))
                .keepSecretsOutOf(directory.allureResults()).execute();
        written = new RunReports(directory, AllureHome.fromBuild(), "test").write(result);
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachCheckEndsWithTheOutcomeItIsWrittenFor() {
        Map<String, Outcome> outcomes = new TreeMap<>();
        result.checks().forEach(check -> outcomes.put(check.name(), check.outcome()));
        assertEquals(Map.of(
                "The user logs in and gets a token", Outcome.PASS,
                "An unknown path is answered 404", Outcome.PASS,
                "A deliberately wrong expectation fails with its evidence", Outcome.FAIL,
                "A failure that quotes the token is reported without it", Outcome.FAIL,
                "A check that needs a second user skips without one", Outcome.SKIP,
                "A step the kit does not define is an error", Outcome.ERROR), outcomes);
        assertTrue(result.requirementsWithChecks().contains("B.1-errorMsg"));
    }

    @Test
    void everyFormatWrittenToDiskStatesTheSameCounts() throws Exception {
        String json = read(ComplianceJson.FILE);
        assertEquals(List.of(), SchemaCatalog.get().violations(ComplianceJson.SCHEMA, json));
        FormatCounts stated = ReadBack.jsonStated(json);
        assertEquals(Map.of("total", 6, "PASS", 2, "FAIL", 2, "ERROR", 1, "SKIP", 1), stated.checks());
        for (FormatCounts other : List.of(ReadBack.jsonRecounted(json), ReadBack.junit(read(JunitXml.FILE)),
                ReadBack.markdown(read(ComplianceMarkdown.FILE)), ReadBack.badge(read(BadgeSvg.FILE)),
                ReadBack.html(read(ComplianceHtml.FILE)))) {
            if (other.checks() != null) {
                assertEquals(stated.checks(), other.checks(), other.source());
            }
            if (other.requirements() != null) {
                assertEquals(stated.requirements(), other.requirements(), other.source());
            }
            assertEquals(stated.mandatoryPassed(), other.mandatoryPassed(), other.source());
            assertEquals(stated.mandatoryRun(), other.mandatoryRun(), other.source());
        }
        assertEquals(written.files().stream().map(file -> file.getFileName().toString()).toList(),
                ReportDirectory.FORMATS.stream().map(ReportFormat::fileName).toList());
    }

    @Test
    void aFailureCarriesTheRealExchangeAndACurlCommand() throws Exception {
        JsonNode root = new ObjectMapper().readTree(read(ComplianceJson.FILE));
        JsonNode check = null;
        for (JsonNode clause : root.path("clauses")) {
            for (JsonNode requirement : clause.path("requirements")) {
                if (requirement.path("id").asText().equals("6.2-wrong-method")) {
                    check = requirement.path("checks").get(0);
                }
            }
        }
        assertTrue(check != null && check.path("outcome").asText().equals("FAIL"), String.valueOf(check));
        JsonNode failure = check.path("failure");
        assertTrue(failure.path("expectation").asText().startsWith("expected HTTP 200, got HTTP 405"),
                failure.path("expectation").asText());
        JsonNode last = failure.path("exchanges").get(failure.path("exchanges").size() - 1);
        assertEquals("DELETE", last.path("request").path("method").asText());
        assertEquals("***", last.path("request").path("headers").path("X-Auth-Token").asText());
        assertEquals(405, last.path("response").path("status").intValue());
        assertFalse(last.path("response").path("body").asText().isEmpty());
        assertTrue(failure.path("curl").asText().startsWith("curl -sS -X DELETE '" + server.baseUrl()
                + "/auth/tokens' -H \"X-Auth-Token: $AICNET_TOKEN\""), failure.path("curl").asText());
        assertEquals("R-unknown-route", failure.path("readings").get(0).path("id").asText());
    }

    @Test
    void noReportHoldsAPasswordOrAToken() throws IOException {
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, EXPIRED_TOKEN));
        assertFalse(SelfTestSteps.TOKENS.isEmpty(), "the run obtained no token to look for");
        secrets.addAll(SelfTestSteps.TOKENS);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory.path())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() > ReportDirectory.FORMATS.size(), "the formats and the Allure results: " + files);
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                assertFalse(content.contains(secret), file + " holds a secret");
            }
        }
        String quoted = result.checks().stream().filter(check -> check.name().startsWith("A failure that quotes"))
                .map(CheckResult::message).findFirst().orElseThrow();
        assertEquals("the platform echoed the token *** in its answer", quoted);
        assertEquals("***", new ObjectMapper().readTree(read(ComplianceJson.FILE)).path("configuration")
                .path("password").asText());
    }

    @Test
    void allureGetsAResultPerCheckAndItsReportRendersOffline() throws IOException {
        long results;
        try (Stream<Path> files = Files.list(directory.allureResults())) {
            results = files.filter(file -> file.getFileName().toString().endsWith("-result.json")).count();
        }
        assertEquals(result.checks().size(), results, "Allure results in " + directory.allureResults());
        Path index = written.allureReport().orElseGet(() -> fail("no Allure command line: " + AllureHome.REASON));
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertFalse(html.contains("googletagmanager"), "the Allure report loads no tracker");
        assertTrue(html.contains("window.reportData"), "a single-file report carries its data");
    }

    private static String read(String file) throws IOException {
        return Files.readString(directory.path().resolve(file), StandardCharsets.UTF_8);
    }
}
