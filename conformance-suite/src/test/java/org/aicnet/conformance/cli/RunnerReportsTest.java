package org.aicnet.conformance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.conformance.report.ReportDirectory;
import org.aicnet.conformance.report.ReportFormat;
import org.aicnet.server.ReferenceServer;
import org.aicnet.server.ServerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner end to end against a reference server: it writes every report after a run, says where, keeps the exit
 * code of the run, and turns a report it cannot write into a harness error. The runs select one check, so they take
 * the same short time whatever features the suite holds.
 */
class RunnerReportsTest {

    private static final String PASSWORD = "alice-secret";
    /** One check, of the centers list: a short run that passes against the reference server. */
    private static final String ONE_CHECK = "@req:A.5-endpoint";

    @TempDir
    static Path temp;
    private static ReferenceServer server;

    @BeforeAll
    static void startServer() {
        server = ReferenceServer.start(new ServerOptions(null, ServerOptions.DEFAULT_HOST, 0, temp.resolve("data")));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void writesEveryReportAfterARunAndKeepsItsExitCode() throws Exception {
        Path reports = temp.resolve("reports-of-a-short-run");
        Output output = run("--base-url", server.baseUrl(), "--user", "alice", "--password", PASSWORD, "--tags",
                ONE_CHECK, "--report-dir", reports.toString());
        assertEquals(Runner.OK, output.exitCode(), "the check passed: " + output.err() + output.out());
        for (ReportFormat format : ReportDirectory.FORMATS) {
            Path file = reports.resolve(format.fileName());
            assertTrue(Files.isRegularFile(file), "missing " + file);
            assertTrue(output.out().contains(file.toString()), "the runner says where " + file + " is");
        }
        assertTrue(Files.isDirectory(reports.resolve(ReportDirectory.ALLURE_RESULTS)));
        assertTrue(Files.isRegularFile(reports.resolve(ReportDirectory.ALLURE_REPORT).resolve("index.html")),
                output.out());
        JsonNode json = new ObjectMapper().readTree(reports.resolve("compliance.json").toFile());
        assertEquals(0, json.path("exitCode").intValue());
        assertEquals("PASS", json.path("verdict").asText());
        assertEquals("COMPLETE", json.at("/completion/state").asText());
        assertEquals(1, json.at("/counts/checks/total").intValue());
        assertEquals(ONE_CHECK, json.path("configuration").path("tags").asText());
        assertEquals("***", json.path("configuration").path("password").asText());
        assertFalse(output.out().contains(PASSWORD) || output.err().contains(PASSWORD));
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(PASSWORD), file.toString());
            }
        }
    }

    @Test
    void aReportThatCannotBeWrittenIsAHarnessErrorWithItsReason() throws Exception {
        Path blocker = Files.writeString(temp.resolve("a-file-not-a-folder"), "");
        Output output = run("--base-url", server.baseUrl(), "--user", "alice", "--password", PASSWORD, "--tags",
                ONE_CHECK, "--report-dir", blocker.resolve("reports").toString());
        assertEquals(Runner.HARNESS_ERROR, output.exitCode());
        assertTrue(output.err().contains("the reports could not be written: cannot prepare the report directory"),
                output.err());
    }

    @Test
    void anAllureHomeWithoutTheCommandLineIsAConfigurationError() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("not-allure"));
        Output output = run("--base-url", server.baseUrl(), "--user", "alice", "--password", PASSWORD, "--tags",
                ONE_CHECK, "--report-dir", temp.resolve("unused").toString(), "--allure-home", empty.toString());
        assertEquals(Runner.HARNESS_ERROR, output.exitCode());
        assertTrue(output.err().contains("--allure-home " + empty + " holds no Allure command line"), output.err());
        assertFalse(Files.exists(temp.resolve("unused")), "no run without its reports");
    }

    private record Output(int exitCode, String out, String err) {
    }

    private static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = new Runner(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run(args);
        return new Output(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
